"""Language identification, including very short texts."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from workstation.analysis import Analyzer, ResourceError
from workstation.analysis.language import (
    LANGID_FILE,
    REDUCED_MODEL_FILE,
    LanguageDetector,
    write_reduced_model,
)
from workstation.analysis.resources import resources_dir


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The food was great and the staff were lovely.", "en"),
        ("Great place", "en"),
        ("Very bad", "en"),
        ("La cuisine était excellente et le personnel adorable.", "fr"),
        ("Très déçu", "fr"),
        ("pas terrible", "fr"),
        ("Nickel, je recommande", "fr"),
        ("Das Essen war sehr gut und der Service freundlich.", "other"),
        ("La comida estaba muy rica y el servicio fue excelente.", "other"),
        ("", "unknown"),
        ("👍👍", "unknown"),
        ("12345 !!!", "unknown"),
    ],
)
def test_detect(analyzer: Analyzer, text: str, lang: str) -> None:
    assert analyzer.analyze(text).lang == lang


def test_other_language_still_gets_emoji_sentiment(analyzer: Analyzer) -> None:
    result = analyzer.analyze("Das Essen war schrecklich 😡🤮")
    assert result.lang == "other" and result.sentiment < 0


def _texts(dev_reviews_csv: Path) -> list[str]:
    with dev_reviews_csv.open(encoding="utf-8", newline="") as fh:
        real = [row["text"] for row in csv.DictReader(fh)][:600]
    return [
        *real, "Das Essen war sehr gut.", "Servizio pessimo, non tornerò.", "Heel lekker gegeten!",
        "Atendimento péssimo.", "ok", "Top!", "Nickel", "???", "The wait was long mais le café était bon",
    ]


def test_reduced_language_model_answers_like_the_full_one(tmp_path: Path, dev_reviews_csv: Path) -> None:
    """The frozen build ships a model cut down to our candidate languages: same answers."""
    source = Path(resources_dir())
    full_dir, reduced_dir = tmp_path / "full", tmp_path / "reduced"
    for folder in (full_dir, reduced_dir):
        folder.mkdir()
        shutil.copy(source / LANGID_FILE, folder / LANGID_FILE)
    full, reduced = LanguageDetector(full_dir), LanguageDetector(reduced_dir)
    candidates = full._candidates
    written = write_reduced_model(candidates, reduced_dir / REDUCED_MODEL_FILE)
    assert written.stat().st_size < 1_500_000  # the full model is 4.6 MB
    full_id, reduced_id = full._load_identifier(), reduced._load_identifier()
    assert list(reduced_id.nb_classes) == list(full_id.nb_classes)
    for text in _texts(dev_reviews_csv):
        assert reduced_id.classify(text) == full_id.classify(text), text


def test_reduced_model_missing_a_candidate_is_a_clear_error(tmp_path: Path) -> None:
    shutil.copy(Path(resources_dir()) / LANGID_FILE, tmp_path / LANGID_FILE)
    write_reduced_model(["en", "fr"], tmp_path / REDUCED_MODEL_FILE)  # langid.json asks for 7
    with pytest.raises(ResourceError, match="language model"):
        LanguageDetector(tmp_path)._load_identifier()
    with pytest.raises(ValueError, match="no model for"):
        write_reduced_model(["en", "tlh"], tmp_path / "x.npz.xz")
