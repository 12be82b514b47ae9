"""The composer thanks a happy customer for what they praised, in the words reviewers use
("personnel très sympathique", "the staff were so helpful"), not only "great" or "excellent";
criticism in the same clause still wins."""

from __future__ import annotations

import pytest

from workstation.replies.complaints import review_points
from workstation.replies.model import ReviewInput


@pytest.mark.parametrize(("text", "lang", "topic"), [
    ("Personnel très sympathique, lits confortables.", "fr", "staff"),
    ("La gentillesse des employés, vraiment agréable.", "fr", "staff"),
    ("The staff were so helpful from start to finish.", "en", "staff"),
    ("Lovely food, and such a welcoming team.", "en", "food"),
])
def test_praise_in_everyday_words_is_thanked(text: str, lang: str, topic: str) -> None:
    assert topic in review_points(ReviewInput(text=text, stars=5, lang=lang)).praised


@pytest.mark.parametrize(("text", "lang", "topic"), [
    ("Personnel désagréable et pas aimable du tout.", "fr", "staff"),
    ("The staff were rude, nothing nice about them.", "en", "staff"),
])
def test_criticism_in_the_clause_is_not_praise(text: str, lang: str, topic: str) -> None:
    points = review_points(ReviewInput(text=text, stars=1, lang=lang))
    assert topic not in points.praised
