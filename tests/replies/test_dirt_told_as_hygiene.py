"""Hair left in the bathtub is answered once, as cleanliness (issue 18, 18dirt).

The hygiene words ("cheveux dans", "hygiene") and the cleanliness words both read a review about
a dirty room, and the first draft apologised twice for it — once for "a hygiene problem we take
very seriously", once for the cleanliness. On every reply-labelled review where both points were
read, the labellers named cleanliness and no health matter. Food, pests and a reported health
incident keep the hygiene point.
"""

from __future__ import annotations

import pytest

from tests.replies.points_of import complaints_of
from workstation.replies.complaints import _dirt_told_as_hygiene
from workstation.replies.drafting import draft_suggestions
from workstation.replies.model import ReplyProfile, ReviewInput


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Séjour décevant. Des cheveux dans la douche à notre arrivée et la moquette tachée.", "fr"),
        ("La salle de bain mal nettoyée, des cheveux dans la baignoire.", "fr"),
        ("Toilets filthy and the hygiene generally is unacceptable.", "en"),
    ],
)
def test_dirt_is_one_cleanliness_point(text: str, lang: str) -> None:
    points = complaints_of(text, 2, lang)
    assert "cleanliness" in points and "hygiene" not in points


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Des cafards dans la salle de bain et une chambre sale.", "fr"),
        ("Mouse droppings in the corner and a filthy room.", "en"),
        ("Un cheveu dans mon plat, la nourriture froide et la table sale.", "fr"),
    ],
)
def test_pests_and_food_keep_the_serious_point(text: str, lang: str) -> None:
    # Read here as health & safety, whose block answers hygiene in full (COVERS).
    assert {"hygiene", "health_safety"} & set(complaints_of(text, 2, lang))


def test_the_guard_keeps_hygiene_for_pests_and_food() -> None:
    both = {"hygiene", "cleanliness"}
    assert _dirt_told_as_hygiene(set(both), "Hair in the bathtub, the room was dirty.")
    assert not _dirt_told_as_hygiene(set(both), "A cockroach in the bathroom, the room was dirty.")
    assert not _dirt_told_as_hygiene(set(both), "Des souris dans la cuisine, la chambre était sale.")
    assert not _dirt_told_as_hygiene(both | {"food"}, "Un cheveu dans mon plat, la table était sale.")
    assert not _dirt_told_as_hygiene(both | {"health_safety"}, "Malade après le repas, table sale.")


def test_the_first_draft_apologises_for_the_dirt_once() -> None:
    review = ReviewInput(
        text="Séjour décevant. Des cheveux dans la douche à notre arrivée et la moquette tachée.",
        stars=2,
        lang="fr",
        author="Paul",
    )
    first = draft_suggestions(review, profile=ReplyProfile())[0]
    assert "cleanliness" in first.addresses and "hygiene" not in first.addresses
    assert "hygiène" not in first.text
