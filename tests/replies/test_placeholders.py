"""Safe placeholder rendering and first-name extraction."""

from __future__ import annotations

import pytest

from workstation.replies.fill import first_name, placeholder_values
from workstation.replies.model import ReplyProfile, ReviewInput
from workstation.replies.placeholders import (
    clean_value,
    missing_label,
    placeholders_in,
    render,
    unknown_placeholders,
)


def test_values_are_filled() -> None:
    r = render(
        "Hi {first_name}, thanks from {business}.",
        {"first_name": "Ana", "business": "Chez Léon"},
        "en",
    )
    assert r.text == "Hi Ana, thanks from Chez Léon."
    assert r.missing == () and r.unknown == ()


def test_missing_value_is_visible_and_reported_in_the_template_language() -> None:
    en = render("Hi {first_name}, {signature}", {"first_name": None}, "en")
    assert en.text == "Hi [first name], [signature]"
    assert en.missing == ("first_name", "signature")
    fr = render("Bonjour {first_name}", {}, "fr")
    assert fr.text == "Bonjour [prénom]"
    assert "{" not in fr.text


def test_unknown_placeholder_is_visible_and_reported() -> None:
    r = render("Hello {nickname} and {first_name}", {"first_name": "Bo"}, "en")
    assert r.text == "Hello [nickname] and Bo"
    assert r.unknown == ("nickname",)
    assert unknown_placeholders("{a} {first_name} {a}") == ["a"]
    assert placeholders_in("{first_name} {{literal}} {topic}") == ["first_name", "topic"]


def test_values_are_never_expanded_twice_and_braces_escape() -> None:
    r = render("Hi {first_name} {{ok}}", {"first_name": "{signature}"}, "en")
    assert r.text == "Hi {signature} {ok}"


def test_values_are_cleaned() -> None:
    assert clean_value("  Ana\x00\x1b[31m  \n Maria ") == "Ana[31m Maria"
    assert clean_value("   ") is None
    assert clean_value(None) is None
    assert len(clean_value("x" * 10_000) or "") == 200


def test_missing_label_for_unknown_name() -> None:
    assert missing_label("order_id", "fr") == "[order id]"


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        ("Marie Dupont", "Marie"),
        ("marie", "Marie"),
        ("JEAN-PIERRE M.", "Jean-Pierre"),
        ("Chloé", "Chloé"),
        ("O'Brien Kate", "O'Brien"),
        ("A Google user", None),
        ("Utilisateur de Google", None),
        ("Anonymous", None),
        ("user12345", None),
        ("bob@example.com", None),
        ("", None),
        (None, None),
        ("😀 Sam", None),
        ("J.", None),
    ],
)
def test_first_name(author: str | None, expected: str | None) -> None:
    assert first_name(author) == expected


def test_placeholder_values_prefer_review_then_profile() -> None:
    review = ReviewInput(author="Zoé L.", topics=("waiting_time",), location="Lyon")
    profile = ReplyProfile(
        signature="Claire", contact="hi@x.example", business="Le Bistrot", location="Paris"
    )
    values = placeholder_values(review, profile, "fr")
    assert values == {
        "first_name": "Zoé",
        "business": "Le Bistrot",
        "location": "Lyon",
        "topic": "le temps d'attente",
        "contact": "hi@x.example",
        "signature": "Claire",
    }
