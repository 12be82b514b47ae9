"""Words the French lists read as a complaint that mean something else in English (review mend).

"Your sales agent was very helpful" and "Love the sales!" on five stars were answered with an
apology for the cleanliness: French "sale(s)" is "dirty". In a review read as English it is a
shop's offers; in French it stays a complaint, and "Sale de bains" (a misspelt bathroom) is none.
"""

from __future__ import annotations

import pytest

from tests.replies.points_of import complaints_of
from workstation.replies.complaints import as_read, clauses_by_criticism


@pytest.mark.parametrize(
    ("text", "stars"),
    [
        ("Your sales agent was very helpful and efficient filling my order.", 5),
        ("Many years of wonderful fruit! Love the sales! Can't wait for the next delivery.", 4),
        ("I trust them to be honest in their sales.", 5),
    ],
)
def test_an_english_sale_is_no_dirt(lists_alone: None, text: str, stars: int) -> None:
    assert complaints_of(text, stars, "en") == ()
    assert clauses_by_criticism(text, stars, "en")[0] == []


def test_a_misspelt_french_bathroom_is_no_dirt(lists_alone: None) -> None:
    assert complaints_of("Hôtel très bien situé. Sale de bains avec tout ce qu'il faut.", 5, "fr") == ()


@pytest.mark.parametrize(
    ("text", "stars"),
    [("La chambre était sale.", 4), ("Toilettes sales et odeur désagréable.", 3)],
)
def test_french_dirt_is_still_a_complaint(lists_alone: None, text: str, stars: int) -> None:
    assert "cleanliness" in complaints_of(text, stars, "fr")


def test_only_an_english_review_is_read_so() -> None:
    assert as_read("Love the sales, great Sale!", "en") == "Love the offers, great offer!"
    assert as_read("Chambre sale", "fr") == "Chambre sale"
    assert as_read("Chambre sale", None) == "Chambre sale"
