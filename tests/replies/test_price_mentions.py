"""An amount or a fee judged as a price is the price point (18pricey): "£4.20 for a croissant is a
lot", "les frais ont augmenté"; an amount in a dispute stays the money point's."""

from __future__ import annotations

import pytest

from tests.replies.points_of import complaints_of

pytestmark = pytest.mark.usefixtures("lists_alone")


@pytest.mark.parametrize(
    ("text", "stars", "lang"),
    [
        ("Lovely pastries but £4.20 for a croissant is a lot.", 3, "en"),
        ("Valet parking is $38 a night, which is steep.", 4, "en"),
        ("Nice pub. £7.40 a pint is cheeky though.", 3, "en"),
        ("Les frais de tenue de compte ont encore augmenté.", 2, "fr"),
        ("6,50€ le chocolat chaud, ça pique.", 3, "fr"),
        ("Pour 42€ le menu, on s'attend à mieux.", 2, "fr"),
    ],
)
def test_a_judged_amount_is_a_price_complaint(text: str, stars: int, lang: str) -> None:
    assert "price" in complaints_of(text, stars, lang)


@pytest.mark.parametrize(
    ("text", "stars", "lang"),
    [
        ("They charged me £64 twice and I am still waiting for the refund.", 1, "en"),
        ("Cela fait un mois que je me bats pour récupérer 8,50€.", 1, "fr"),
        ("Great brunch for 18€, worth every cent.", 5, "en"),
        ("Des fruits frais et un accueil adorable.", 5, "fr"),
    ],
)
def test_an_amount_alone_or_disputed_is_not_a_price_complaint(text: str, stars: int, lang: str) -> None:
    assert "price" not in complaints_of(text, stars, lang)
