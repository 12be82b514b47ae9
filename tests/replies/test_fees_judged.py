"""A fee judged in everyday words is the price point (issue 18, 18fees).

"Fees are too high", "ridiculous fees", "des frais exorbitants": the price words needed a word such as
"expensive" or "rip-off" beside a fee, so these drafts answered nothing, or a money dispute nobody
raised. A fee charged twice stays the money point too.
"""

from __future__ import annotations

import pytest

from tests.replies.points_of import complaints_of


@pytest.mark.parametrize(
    ("text", "stars", "lang"),
    [
        ("Fees are too high.", 3, "en"),
        ("I was about to buy until I saw the ridiculous service fee.", 1, "en"),
        ("The delivery fees are insane now.", 2, "en"),
        ("Les frais de tenue de compte sont exorbitants.", 2, "fr"),
        ("Des frais bancaires trop élevés pour un service minimum.", 2, "fr"),
    ],
)
def test_a_fee_judged_is_the_price_point(text: str, stars: int, lang: str) -> None:
    assert "price" in complaints_of(text, stars, lang)


def test_a_fee_named_without_judgement_is_not() -> None:
    assert "price" not in complaints_of("The service fee was shown before I paid, all clear.", 4)
