"""An order that came incomplete, leaking or not as described is answered as what did not work
(issue 18, 18kit).

On reply points P1-P14, product_defect was left unanswered in 241 of 2,100 reviews; outside hotels
most were meal kits and online orders: "missing meals", "ingredients had opened", "the container
leaked", "il manque une pièce", "non conforme". These tests pin the reading, and that a praised
order or a mere "nothing was missing" is not a complaint.
"""

from __future__ import annotations

import pytest

from tests.replies.points_of import complaints_of as _points


@pytest.mark.parametrize(
    ("text", "stars", "lang"),
    [
        ("Missing meals. The last 2 weeks, meals were missing in the boxes.", 2, "en"),
        ("So far I've enjoyed it. However meat has been leaking on 2 occasions.", 4, "en"),
        ("Salon de jardin reçu, le carton n'est pas complet, il manque une pièce.", 2, "fr"),
        ("Produit non conforme à la description.", 2, "fr"),
    ],
)
def test_an_incomplete_or_leaking_order_is_what_did_not_work(text: str, stars: int, lang: str) -> None:
    assert "product_defect" in _points(text, stars, lang)


@pytest.mark.parametrize(
    ("text", "stars", "lang"),
    [
        ("Everything arrived, nothing was missing, great packaging.", 5, "en"),
        ("Commande complète et conforme, merci !", 5, "fr"),
    ],
)
def test_a_complete_order_is_not(text: str, stars: int, lang: str) -> None:
    assert "product_defect" not in _points(text, stars, lang)
