"""A website or an app criticised as such is the app point (issue 18, 18site).

"La page de paiement ne s'ouvre pas", "I found your website a bit confusing", "Le site est mal
organisé": the labellers' app_crash is "an app or website that crashes, bugs or
does not work", but the app point knew only crashes, bugs and freezes. Pinned with the word lists
alone, with the look-alikes that stay as they were.
"""

from __future__ import annotations

import pytest

from tests.replies.points_of import complaints_of


@pytest.mark.parametrize(
    ("text", "stars", "lang"),
    [
        ("I found your website a bit confusing when looking for my addresses.", 4, "en"),
        ("Impossible de finaliser un paiement, la page de paiement ne s'ouvre pas.", 1, "fr"),
        ("Le site est mal organisé, on ne trouve rien.", 3, "fr"),
        ("The app keeps logging me out and the checkout never loads.", 2, "en"),
    ],
)
def test_a_criticised_website_or_app_is_the_app_point(lists_alone: None, text: str, stars: int, lang: str) -> None:
    assert "app_crash" in complaints_of(text, stars, lang)


@pytest.mark.parametrize(
    ("text", "stars", "lang"),
    [
        ("Super site, livraison rapide, je recommande.", 5, "fr"),
        ("Great app, easy to order and the food was delicious.", 5, "en"),
        ("J'ai commandé sur le site un canapé qui est arrivé cassé.", 1, "fr"),
    ],
)
def test_a_website_merely_named_is_not_the_app_point(lists_alone: None, text: str, stars: int, lang: str) -> None:
    assert "app_crash" not in complaints_of(text, stars, lang)
