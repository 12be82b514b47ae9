"""Language identification, including very short texts."""

from __future__ import annotations

import pytest

from workstation.analysis import Analyzer


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
