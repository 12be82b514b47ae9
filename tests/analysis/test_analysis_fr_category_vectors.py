"""Pretrained French vectors for the category regressions (round 10, issue 17p, measure only):
the reader of a spaCy vocab folder (training/fr_category_vectors.py) on a tiny hand-made
`Vectors` table, the surface-form / folded-form choice, and one regression per language."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from spacy.strings import StringStore
from spacy.vectors import Vectors

from training.fr_category_vectors import (
    MIN_POSITIVES,
    LangRow,
    fit_language_regressions,
    out_of_fold_language_logits,
    read_fr_category_vectors,
)
from training.word_vectors import SourceCounts
from workstation.analysis import Analyzer
from workstation.analysis.blend import Blend
from workstation.analysis.triage import TriageModel
from workstation.analysis.word_vectors import LanguageVectorInput, WordVectors

# Keys as fr_core_news_md has them: lower-cased surface forms with accents. "intoxique" shares
# the row of "intoxiqué" (pruned vectors map rare keys to a kept row).
TABLE = {"intoxiqué": [3.0, 4.0, 0.0], "hotel": [0.0, 0.0, 2.0], "malade": [1.0, 0.0, 0.0]}


def _vocab(folder: Path) -> Path:
    strings = StringStore()
    keys = [strings.add(w) for w in TABLE]
    table = Vectors(data=np.asarray(list(TABLE.values()), dtype="float32"), keys=keys)
    table.add(strings.add("intoxique"), row=0)
    folder.mkdir()
    table.to_disk(folder)
    strings.add("inconnu")  # a string with no vector
    strings.to_disk(folder / "strings.json")
    return folder


def test_reader_keeps_the_words_with_a_vector_as_unit_rows(tmp_path: Path) -> None:
    vectors = read_fr_category_vectors(_vocab(tmp_path / "vocab"),
                                       ["intoxiqué", "intoxique", "hôtel", "hotel", "inconnu", "jamais-vu"])
    assert vectors.words == ("hotel", "intoxique", "intoxiqué")
    assert vectors.matrix.dtype == np.float16
    assert np.allclose(vectors.matrix.astype("float64"), [[0, 0, 1], [0.6, 0.8, 0], [0.6, 0.8, 0]], atol=1e-3)


def test_reader_says_clearly_when_the_folder_has_no_vectors(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no spaCy vectors"):
        read_fr_category_vectors(tmp_path, ["malade"])


def test_pick_prefers_the_surface_form_then_the_folded_one_and_skips_unknown_words(tmp_path: Path) -> None:
    vectors = read_fr_category_vectors(_vocab(tmp_path / "vocab"), ["intoxiqué", "hotel", "malade"])
    tokens = [("intoxiqué", "intoxique"), ("hôtel", "hotel"), ("inconnu", "inconnu"), ("malade", "malade")]
    assert vectors.pick(tokens) == ["intoxiqué", "hotel", "malade"]
    # Each word once: the mean of "intoxiqué" twice and "hotel" is that of the two words.
    twice = vectors.features(vectors.pick([("intoxiqué", "x"), ("intoxiqué", "x"), ("hôtel", "hotel")]))
    assert np.allclose(twice, vectors.features(["intoxiqué", "hotel"]))


def _toy_vectors() -> dict[str, WordVectors]:
    fr = WordVectors(("intoxiqué", "malade", "délicieux", "super"),
                     np.array([[1, 0], [0.8, 0.6], [0, 1], [-0.6, 0.8]], dtype="float16"))
    en = WordVectors(("sick", "poisoning", "tasty", "great"),
                     np.array([[1, 0], [0.8, 0.6], [0, 1], [-0.6, 0.8]], dtype="float16"))
    return {"fr": fr, "en": en}


def _rows() -> list[LangRow]:
    health, none = frozenset({"health_safety"}), frozenset()
    fr = [LangRow("fr", ["intoxique"], [("intoxiqué", "intoxique")], health) for _ in range(MIN_POSITIVES)]
    fr += [LangRow("fr", ["delicieux"], [("délicieux", "delicieux")], none) for _ in range(6)]
    en = [LangRow("en", ["sick"], [("sick", "sick")], health) for _ in range(MIN_POSITIVES - 1)]
    en += [LangRow("en", ["tasty"], [("tasty", "tasty")], none) for _ in range(6)]
    return fr + en


def test_one_regression_per_language_and_none_below_the_minimum() -> None:
    skipped: list[tuple[str, str]] = []
    model = fit_language_regressions(_toy_vectors(), _rows(), skipped)
    assert model.surface == frozenset({"fr"})
    assert "health_safety" in model.by_lang["fr"].regression.labels
    assert "health_safety" not in model.by_lang["en"].regression.labels  # 4 positives < 5
    assert ("en", "health_safety") in skipped and ("fr", "health_safety") not in skipped
    sick = model.logits("fr", ["malade"], [("malade", "malade")])
    happy = model.logits("fr", ["super"], [("super", "super")])
    assert sick["health_safety"] > 0 > happy["health_safety"]
    # No regression: the logit is 0 in English, and for every category in a language without vectors.
    assert model.logits("en", ["sick"], [("sick", "sick")])["health_safety"] == 0.0
    assert set(model.logits("other", ["x"], [("x", "x")]).values()) == {0.0}
    # The French regression reads French rows only: English rows change none of its weights.
    alone = fit_language_regressions(_toy_vectors(), [r for r in _rows() if r.lang == "fr"])
    for c, w in alone.by_lang["fr"].regression.weights.items():
        assert np.array_equal(w, model.by_lang["fr"].regression.weights[c])


def test_out_of_fold_logits_never_read_their_own_fold_labels() -> None:
    """Flipping the labels of the rows of one fold leaves their out-of-fold logits unchanged."""
    rows = [r for r in _rows() if r.lang == "fr"] * 2
    groups = ["a"] * 11 + ["b"] * 11
    counts = SourceCounts([("a", [["sick", "poisoning", "tasty"]] * 6), ("b", [["great", "tasty", "sick"]] * 6)])
    fr = _toy_vectors()["fr"]
    folds = {"a": 0, "b": 1}
    before = out_of_fold_language_logits(counts, set(), fr, rows, folds, groups)
    flipped = [LangRow(r.lang, r.norms, r.tokens, frozenset() if r.categories else frozenset({"health_safety"}))
               if g == "a" else r for r, g in zip(rows, groups, strict=True)]
    after = out_of_fold_language_logits(counts, set(), fr, flipped, folds, groups)
    assert np.array_equal(before[:11], after[:11])
    assert not np.array_equal(before[11:], after[11:])


def test_analyzer_reads_french_surface_forms_and_decides_as_the_blend_with_a_zero_weight(analyzer: Analyzer) -> None:
    model = analyzer.model
    assert model.blend is not None
    vectors = fit_language_regressions(_toy_vectors(), _rows())
    zero = Blend({c: np.append(w, 0.0) for c, w in model.blend.category_weights.items()},
                 model.blend.thresholds, model.blend.sentiment_weights)
    with_zero = Analyzer(triage=TriageModel(model.nlp, model.thresholds, zero, vectors), vectors=True)
    assert isinstance(with_zero.model.vectors, LanguageVectorInput)
    for text, lang in (("Intoxiqué après le poulet, malade toute la nuit.", "fr"),
                       ("I got food poisoning and was sick all night.", "en")):
        plain, vec = analyzer.analyze(text, stars=1, lang=lang), with_zero.analyze(text, stars=1, lang=lang)
        assert vec.categories == plain.categories
    lang, tokens = analyzer.surface_tokens("Intoxiqué à l'hôtel !", "fr")
    assert lang == "fr" and ("intoxiqué", "intoxique") in tokens and all(s != "!" for s, _f in tokens)
