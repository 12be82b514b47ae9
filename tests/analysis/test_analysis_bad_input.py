"""Odd input never raises and always gives a well-formed result."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workstation.analysis import LEVELS, Analysis, Analyzer

ODD_TEXTS = [
    "",
    "   \n\t ",
    "😡😡😡",
    "👍",
    "<html><body><script>alert(1)</script><p>Bad &amp; rude staff</p></body></html>",
    "الخدمة سيئة جدا والطعام بارد",  # Arabic, right-to-left
    "השירות היה נורא",  # Hebrew
    "\u202eevif srats\u202c",  # RTL override characters
    "Très bon \ufffd\ufffd service � merci",  # invalid UTF-8 already replaced
    "Great food mais service nul, the waiter was rude et le patron aussi",
    "服务很差，食物很冷",
    "a" * 5000,
    "!!!???...",
    "\x00\x01\x02 control chars",
    "l'",
    "'''''''",
    "{braces} [brackets] (parens) @#$%^&*",
]


def check(result: Analysis, text: str) -> None:
    assert result.lang in {"en", "fr", "other", "unknown"}
    assert -1.0 <= result.sentiment <= 1.0
    assert 0.0 <= result.urgency <= 1.0
    assert result.level in LEVELS
    for ev in result.evidence:
        assert 0 <= ev.start < ev.end <= len(text)
        assert text[ev.start : ev.end] == ev.text
    for topic in result.topics:
        assert 0 <= topic.start < topic.end <= len(text)
        assert -1.0 <= topic.sentiment <= 1.0


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_odd_text(analyzer: Analyzer, text: str) -> None:
    check(analyzer.analyze(text, stars=3), text)


def test_empty_and_emoji_only_languages(analyzer: Analyzer) -> None:
    assert analyzer.analyze("").lang == "unknown"
    assert analyzer.analyze("😡😡").lang == "unknown"
    assert analyzer.analyze("😡😡").sentiment < 0


def test_huge_text_is_analysed(analyzer: Analyzer) -> None:
    """Correctness only: bench/robustness.py times this input against ordinary reviews."""
    text = ("The waiter was rude and I got food poisoning. " * 2300)[:100_000]
    result = analyzer.analyze(text)
    check(result, text)
    assert "health_safety" in result.categories


def test_non_string_and_bad_metadata(analyzer: Analyzer) -> None:
    check(analyzer.analyze(None, stars=9, lang="zz-ZZ", platform=""), "")  # type: ignore[arg-type]
    check(analyzer.analyze(12345, stars=-1, lang=""), "12345")  # type: ignore[arg-type]
    assert analyzer.analyze("Great", lang="FR_fr").lang == "fr"
    assert analyzer.analyze("Great", lang="de").lang == "other"


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=300), stars=st.one_of(st.none(), st.integers(-3, 9)))
def test_fuzz(analyzer: Analyzer, text: str, stars: int | None) -> None:
    check(analyzer.analyze(text, stars=stars), text)
