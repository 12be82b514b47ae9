"""A price criticised in the words people use — "pricy", "costs", "tarifs élevés", "trop chers",
"not worth" — is answered (issue 18, 18price).

On reply points P1-P13 price was left unanswered in 95 of 1,950 reviews: the composer knew "price",
"expensive", "cher", but not "pricy", "cost", "chers", nor that "high prices" or "tarifs élevés"
criticise. These tests pin the wider reading, and that "bien élevé" (well-mannered) or "high
quality" are not a price complaint.

A fee judged in everyday words — "fees are too high", "ridiculous fees", "des frais exorbitants" —
is the price point too (18fees): those drafts answered nothing, or a money dispute nobody raised.
So are value for money denied and a price raised (18raise): "no value for money", "not worth the money
paid", "they tripled the prices", "then increased to £64" — but not a price that has "not gone up".
"""

from __future__ import annotations

import pytest

from tests.replies.points_of import complaints_of as _points


@pytest.mark.parametrize(
    ("text", "stars", "lang"),
    [
        ("Good program, but the costs are too high to justify.", 4, "en"),
        ("Nice and clean place, a bit pricy.", 4, "en"),
        ("Extensive menu and high prices.", 3, "en"),
        ("Proximité / Tarifs élevés", 3, "fr"),
        ("Le petit déjeuner et les services sont excessivement chers.", 4, "fr"),
        ("Fees are too high.", 3, "en"),
        ("I was about to buy until I saw the ridiculous service fee.", 1, "en"),
        ("The delivery fees are insane now.", 2, "en"),
        ("Les frais de tenue de compte sont exorbitants.", 2, "fr"),
        ("Des frais bancaires trop élevés pour un service minimum.", 2, "fr"),
        ("No value for money. Table and chair not clean.", 3, "en"),
        ("Easy access to many places. Not worth for the money paid.", 3, "en"),
        ("Good app. Was paying £50, now it's increased to £72 for a different tariff.", 3, "en"),
        ("Nice shop, but they tripled the prices for the same quality.", 3, "en"),
    ],
)
def test_a_criticised_price_is_a_point(text: str, stars: int, lang: str) -> None:
    assert "price" in _points(text, stars, lang)


@pytest.mark.parametrize(
    ("text", "stars", "lang"),
    [
        ("Propreté et personnel bien élevé.", 4, "fr"),
        ("High quality food, friendly staff.", 4, "en"),
        ("Prices are fair and the food is great.", 5, "en"),
        ("The service fee was shown before I paid, all clear.", 4, "en"),
        ("Great value for money and lovely staff.", 5, "en"),
        ("Prices have not increased in years, lovely place.", 5, "en"),
    ],
)
def test_praise_or_good_manners_are_not_a_price_complaint(text: str, stars: int, lang: str) -> None:
    assert "price" not in _points(text, stars, lang)
