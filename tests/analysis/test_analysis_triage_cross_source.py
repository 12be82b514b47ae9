"""Round 15 (issue 17cs), `--cross-source-words`: the categories classifier of a fit trains only on
the words found in the real labelled reviews of at least two distinct sources of that fit. A
word of one source is dropped, a word of two is kept, rule markers are always kept, hand-written
rows and evidence quotes count for no source and are filtered by the same words; a dropped word
is not read at inference either (its hashed weights are shared with trained words, so it would
still move the scores), and the model keeps its words on disk; the training option is off by
default and needs its own folder."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from training.training_args import parse_training_args
from training.triage_data import CATEGORIES, HANDWRITTEN
from training.triage_fit import (
    CROSS_SOURCE_MIN,
    cross_source_rows,
    cross_source_vocabulary,
    fit,
    load,
    out_of_fold_categories,
    save,
)
from workstation.analysis.triage import CATEGORY_WORDS_FILE

FRAUD, HEALTH = frozenset({"fraud_billing"}), frozenset({"health_safety"})
ROWS = [
    (["arnaque", "colis", "__fraud_billing_hit"], FRAUD),  # source a
    (["arnaque", "remboursement", "__lex-1"], FRAUD),  # source b
    (["vomi", "remboursement"], HEALTH),  # source b
    (["colis", "vomi", "serveur"], frozenset()),  # source c
    (["serveur", "arnaque", "intoxication", "__health_safety_hit"], HEALTH),  # hand-written
    (["intoxication", "serveur", "colis"], HEALTH),  # hand-written
    (["intoxication", "remboursement", "arnaque"], FRAUD),  # an evidence quote
]
SOURCES = ["a", "b", "b", "c", HANDWRITTEN, HANDWRITTEN, None]


def test_only_words_of_two_real_sources_are_kept() -> None:
    assert CROSS_SOURCE_MIN == 2
    vocabulary = cross_source_vocabulary([norms for norms, _c in ROWS], SOURCES)
    # arnaque a+b, colis a+c, vomi b+c: kept. remboursement (b twice: one source), serveur (c and
    # hand-written), intoxication (hand-written and a quote only): dropped. No marker is a word.
    assert vocabulary == {"arnaque", "colis", "vomi"}
    filtered, words = cross_source_rows(ROWS, SOURCES)
    assert words == vocabulary
    assert [norms for norms, _c in filtered] == [
        ["arnaque", "colis", "__fraud_billing_hit"],
        ["arnaque", "__lex-1"],
        ["vomi"],
        ["colis", "vomi"],
        ["arnaque", "__health_safety_hit"],  # hand-written rows filtered by the same words
        ["colis"],
        ["arnaque"],  # and the evidence quote too
    ]
    assert [cats for _n, cats in filtered] == [cats for _n, cats in ROWS]


def test_the_model_reads_only_its_words_and_keeps_them_on_disk(tmp_path: Path) -> None:
    rows = [(["prix", "facture", "__fraud_billing_hit"], FRAUD), (["prix", "escroc"], FRAUD),
            (["facture", "plat"], frozenset()), (["plat", "prix"], frozenset()),
            (["escroc", "escroc2"], FRAUD)]
    model = fit(rows, None, word_sources=["a", "a", "b", "b", None])
    # "escroc" is only in source a's reviews (and a quote), "plat" only in b's: never trained on,
    # and never read.
    assert model.category_words == {"prix", "facture"}
    assert model.category_features([["prix", "escroc", "__lex-1"]]) == [["prix", "__lex-1"]]
    reviews, kept = [["prix", "escroc", "escroc2"], ["facture", "plat", "escroc"]], [["prix"], ["facture"]]
    without = model.category_matrix(model.docs(kept))
    assert np.array_equal(model.category_matrix_of(reviews), without)
    assert [s.categories for s in model.score(reviews)] == [s.categories for s in model.score(kept)]
    save(model, tmp_path, {})
    loaded = load(tmp_path)
    assert loaded.category_words == model.category_words
    assert np.array_equal(loaded.category_matrix_of(reviews), without)
    # The same fit without the option reads every word (and writes no word list).
    plain = fit(rows, None)
    assert plain.category_words is None and plain.category_features(reviews) is reviews
    assert not np.array_equal(plain.category_matrix_of(reviews), plain.category_matrix_of(kept))
    save(plain, tmp_path / "plain", {})
    assert not (tmp_path / "plain" / CATEGORY_WORDS_FILE).exists()


def test_out_of_fold_models_filter_with_their_own_sources() -> None:
    rows = [(norms, cats) for (norms, cats), s in zip(ROWS, SOURCES, strict=True) if s is not None]
    groups = [s for s in SOURCES if s is not None]
    fold_of = [{"a": 0, "b": 1, "c": 2}.get(g, -1) for g in groups]
    scores = out_of_fold_categories(rows, fold_of, [(1, ROWS[-1][0], ROWS[-1][1])], groups=groups)
    assert scores.shape == (len(rows), len(CATEGORIES))
    assert np.isnan(scores[[i for i, f in enumerate(fold_of) if f < 0]]).all()
    assert not np.isnan(scores[[i for i, f in enumerate(fold_of) if f >= 0]]).any()


def test_the_option_is_off_by_default_and_never_writes_the_shipped_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    (tmp_path / "severity-train.jsonl").write_text("", encoding="utf-8")
    shipped = tmp_path / "resources" / "triage"
    data = ["--data", str(tmp_path)]
    assert parse_training_args("t", [*data, "--cross-source-words"], shipped) is None
    assert "--out" in capsys.readouterr().out
    args = parse_training_args("t", [*data, "--cross-source-words", "--out", str(tmp_path / "x")], shipped)
    assert args is not None and args.cross_source_words and args.out == tmp_path / "x"
    args = parse_training_args("t", data, shipped)
    assert args is not None and not args.cross_source_words and args.out == shipped
