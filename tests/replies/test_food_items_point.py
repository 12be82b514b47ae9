"""Food named by what it is — breakfast, chicken, coffee, légumes — is answered when criticised
(issue 18, 18food).

On reply points P1-P12, food was the third complaint most often left unanswered (152 of 1,800
reviews): "the chicken was tough", "le petit déjeuner pas assez fourni" named no word of the
composer's food list ("food", "meal", "plat"…). These tests pin the wider reading and its limits:
only in a clause that criticises, never when the clause names another topic the criticism is about
(the price of breakfast, the queue for it), never from a mere mention on a low rating.
"""

from __future__ import annotations

import pytest

from tests.replies.points_of import complaints_of as _points


@pytest.mark.parametrize(
    ("text", "stars", "lang"),
    [
        ("Lovely place. The chicken was tough and the rice cold.", 3, "en"),
        ("L'accueil et la situation géographique / Le petit déjeuner pas assez fourni", 4, "fr"),
        ("Vegetables not ripe enough, very disappointing.", 3, "en"),
        ("Les boissons étaient tièdes.", 3, "fr"),
    ],
)
def test_criticised_food_by_name_is_the_food_point(text: str, stars: int, lang: str) -> None:
    assert "food" in _points(text, stars, lang)


@pytest.mark.parametrize(
    ("text", "stars", "lang"),
    [
        ("Bonne literie, propreté. / Petit déjeuner trop cher (24 €)", 4, "fr"),
        ("File d'attente interminable pour le petit déjeuner.", 3, "fr"),
        ("I ordered the chicken at 7pm and it was never delivered.", 1, "en"),
        ("Great coffee and lovely pancakes.", 5, "en"),
    ],
)
def test_breakfast_named_beside_another_complaint_or_praised_is_not(text: str, stars: int, lang: str) -> None:
    assert "food" not in _points(text, stars, lang)
