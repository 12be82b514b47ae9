"""Keyword fallback (categories, topics, polarity) and the draft language guess."""

from __future__ import annotations

import pytest

from workstation.replies.keywords import guess_categories, guess_stars, guess_topics
from workstation.replies.langguess import guess_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thank you for your review, we are sorry about the wait.", "en"),
        ("Merci pour votre avis, nous sommes désolés pour l'attente.", "fr"),
        ("Vielen Dank für Ihre Bewertung, wir sind sehr froh.", "de"),
        ("Muchas gracias por su visita, es muy amable.", "es"),
        ("Merci !", None),
        ("", None),
        ("12345 !!!", None),
    ],
)
def test_guess_language(text: str, expected: str | None) -> None:
    assert guess_language(text) == expected


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("I got food poisoning after the fish", "health_safety"),
        ("J'ai été malade toute la nuit", "health_safety"),
        ("My lawyer will contact you", "legal_threat"),
        ("Je vais porter plainte", "legal_threat"),
        ("The doorman was openly racist", "discrimination"),
        ("Refusé à cause de mon fauteuil roulant", "discrimination"),
        ("They charged twice, this is a scam", "fraud_billing"),
        ("Une vraie arnaque", "fraud_billing"),
        ("I want to speak to the manager", "escalation"),
        ("Je veux parler au responsable", "escalation"),
        ("The waiter was rude and yelled", "staff_behaviour"),
        ("Serveuse désagréable et méprisante", "staff_behaviour"),
        ("My son was left alone and got hurt", "minors_safety"),
        ("Un enfant seul près de la piscine, danger", "minors_safety"),
    ],
)
def test_guess_categories(text: str, category: str) -> None:
    assert category in guess_categories(text)


def test_guess_categories_on_a_plain_review() -> None:
    assert guess_categories("Lovely dinner, great wine, we will come back.") == ()


def test_guess_topics_most_mentioned_first() -> None:
    assert guess_topics("Delivery late, the delivery guy lost the parcel, food cold")[:2] == (
        "delivery",
        "food",
    )
    assert "app_crash" in guess_topics("L'appli plante au démarrage")
    assert guess_topics("") == ()


@pytest.mark.parametrize(
    ("text", "stars"),
    [
        ("Terrible, the worst meal, never again", 2),
        ("Excellent, parfait, je recommande, merci", 5),
        ("Great food but terrible service", 3),
        ("We went on Tuesday", None),
    ],
)
def test_guess_stars(text: str, stars: int | None) -> None:
    assert guess_stars(text) == stars
