"""Issue 17w's pretrained French word vectors (training/fr_vectors.py, measured and not kept):
a review's mean vector on a tiny hand-made table (which words count, the lower-case fallback,
unit length), loading from a package or `vocab/` folder, the blend's input order, and that the
measuring option never writes (refused without --measure) and stops clearly without vectors.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from spacy.vectors import Vectors

from training import fr_vectors, refit_sentiment
from training.fr_vectors import FrVectors


def _table() -> Vectors:
    table = Vectors(shape=(4, 3))
    table.add("hôtel", vector=np.array([3.0, 0.0, 0.0], dtype="float32"))
    table.add("sale", vector=np.array([0.0, 4.0, 0.0], dtype="float32"))
    table.add("Paris", vector=np.array([0.0, 0.0, 2.0], dtype="float32"))
    table.add("paris", vector=np.array([0.0, 0.0, -2.0], dtype="float32"))
    # A second key on an existing row, as in the real (pruned) table.
    table.add("crasseux", row=1)
    return table


def test_the_mean_is_over_words_with_a_vector_and_has_unit_length() -> None:
    mean = FrVectors(_table()).mean_vector(["Hôtel", "très", "sale", "!", "5", "/", "20", " "])
    # "Hôtel" by its lower-case form, "très" has no vector, punctuation and numbers are no words.
    assert (mean.words, mean.found) == (3, 2)
    assert mean.vector == pytest.approx(np.array([3.0, 4.0, 0.0]) / 5.0)
    assert float(np.linalg.norm(mean.vector)) == pytest.approx(1.0)


def test_word_vectors_are_averaged_before_normalising_and_keys_may_share_a_row() -> None:
    mean = FrVectors(_table()).mean_vector(["sale", "crasseux", "hôtel"])
    assert mean.vector == pytest.approx(np.array([3.0, 8.0, 0.0]) / np.sqrt(73.0))


def test_the_cased_form_wins_over_the_lower_case_one() -> None:
    vectors = FrVectors(_table())
    assert vectors.lookup("Paris") == ("Paris", 2)
    assert vectors.lookup("PARIS") == ("paris", 3)
    assert vectors.lookup("Hôtel") == ("hôtel", 0)
    assert vectors.lookup("Londres") is None


def test_a_text_without_a_known_word_gives_zeros() -> None:
    mean = FrVectors(_table()).mean_vector(["très", "bien", "!"])
    assert (mean.words, mean.found) == (2, 0)
    assert not mean.vector.any()


def test_vectors_load_from_a_package_or_its_vocab_folder(tmp_path: Path) -> None:
    _table().to_disk(tmp_path / "vocab")
    for folder in (tmp_path, tmp_path / "vocab"):
        assert FrVectors.load(folder).lookup("sale") == ("sale", 1)
    with pytest.raises(FileNotFoundError):
        FrVectors.load(tmp_path / "nowhere")


def test_the_blend_input_is_the_sentiment_one_plus_the_vector_logit() -> None:
    assert list(fr_vectors.blend_features(0.5, 0.25, -1.5)) == [1.0, 0.0, 0.25, -1.5]
    assert fr_vectors.VECTOR_FEATURES == ("bias", "model_logit", "lexicon", "vector_logit")


def test_the_vector_regression_learns_a_direction() -> None:
    means = np.array([[1.0, 0.0], [0.9, 0.1], [0.0, 1.0], [0.1, 0.9]])
    weights = fr_vectors.fit(means, np.array([True, True, False, False]))
    scores = fr_vectors.logits(weights, means)
    assert min(scores[:2]) > max(scores[2:])


def test_the_vectors_option_only_measures() -> None:
    with pytest.raises(SystemExit) as refused:
        refit_sentiment.main(["--fr-vectors", "anywhere"])
    assert refused.value.code == 2


def test_the_vectors_option_stops_clearly_without_vectors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert refit_sentiment.main(["--measure", "--fr-vectors", str(tmp_path)]) == 2
    assert "skipped: no spaCy vectors in" in capsys.readouterr().out
