"""What a draft answers in a happy review: praise written with a negation or a degree word is
not a complaint, and a five-star review's draft does not apologise for the triage's misreading
of praise. Sentences written for these tests."""

from __future__ import annotations

import pytest

from workstation.replies.complaints import review_points
from workstation.replies.model import ReviewInput


def _complaints(text: str, stars: int, lang: str = "en", categories: tuple[str, ...] = ()) -> set[str]:
    review = ReviewInput(text=text, stars=stars, lang=lang, categories=categories, read=True)
    return set(review_points(review).complaints)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Couscous exceptionnel, on s'est régalés. Franchement ne changez rien !", "fr"),
        ("No waiting at all and the food was delicious.", "en"),
        ("Livraison rapide et sans frais de port, le repas était parfait.", "fr"),
        ("A bit pricey but worth every penny, the meal was superb.", "en"),
    ],
)
def test_five_star_praise_with_a_negation_is_no_complaint(text: str, lang: str) -> None:
    assert not _complaints(text, 5, lang)


def test_a_five_star_review_still_complains_with_a_word_that_is_a_complaint() -> None:
    assert "food" in _complaints("Lovely staff, but the food was cold when it arrived.", 5)


def test_a_four_star_review_keeps_its_negated_complaint() -> None:
    assert "waiting_time" in _complaints("Nice place, but the wait was too long.", 4)


def test_colloquial_trop_before_praise_is_praise() -> None:
    points = review_points(ReviewInput(text="Personnel trop aimable et petit-déjeuner trop bon !", stars=4,
                                       lang="fr", read=True))
    assert not {"staff", "food"} & set(points.complaints)


def test_booking_liked_and_disliked_halves_are_read_apart() -> None:
    # " / " separates what the guest liked from what they did not.
    complaints = _complaints("Personnel très accueillant / Le parking est trop cher", 4, "fr")
    assert "staff" not in complaints
    assert "price" in complaints


def test_five_stars_do_not_apologise_for_a_staff_or_money_misreading() -> None:
    text = "The sommelier pitched the pairing perfectly without being snobby about it."
    assert "staff_behaviour" not in _complaints(text, 5, categories=("staff_behaviour",))
    # ...unless the review says something went wrong (a rating given by mistake).
    assert "staff_behaviour" in _complaints("Rude staff, they made us wait outside.", 5,
                                            categories=("staff_behaviour",))
    # A reported incident is always answered.
    assert "health_safety" in _complaints("Great meal, but my son had an allergic reaction.", 5,
                                          categories=("health_safety",))


def test_a_five_star_n_apostrophe_is_a_negation_not_a_complaint() -> None:
    # "n'" ends on an apostrophe: the five-star reading once counted it as a complaint word.
    assert "waiting_time" not in _complaints("Service parfait, je n'ai plus eu à attendre.", 5, "fr")
    assert "food" in _complaints("Service parfait mais le plat était froid.", 5, "fr")
