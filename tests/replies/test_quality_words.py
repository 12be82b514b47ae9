"""What a thing is criticised for in words of its own quality is a complaint (issue 18, 18tone).

"The shepherd's pie was bland", "Salle de bain un peu vieillotte", "Le service laisse à désirer",
"CHAMBRE PETITE", "Pas de peigne dans la chambre": the reviewer says what fell short, in words that
were neither the polarity lists' nor the criticism list's, so the draft thanked or said nothing.
These pin the word lists' reading (without the learned points) and the look-alikes that stay praise.
"""

from __future__ import annotations

import pytest

from tests.replies.points_of import complaints_of
from workstation.replies.complaints import clauses_by_criticism


@pytest.mark.parametrize(
    ("text", "stars", "lang", "point"),
    [
        ("Well presented. The shepherd's pie was bland.", 3, "en", "food"),
        ("The beef was overcooked, dry and rubbery.", 4, "en", "food"),
        ("Le petit déjeuner et le dîner étaient très médiocres.", 3, "fr", "food"),
        ("Very small portions for the money.", 3, "en", "food"),
        ("L'emplacement / Salle de bain un peu vieillotte.", 4, "fr", "room"),
        ("Le personnel / Un peu vieillot.", 3, "fr", "room"),
        ("Great location / The room is dated and the carpet worn.", 4, "en", "room"),
        ("Personnel adorable. / CHAMBRE PETITE", 5, "fr", "room"),
        ("L'accueil du personnel. / Petite chambre mais fonctionnelle.", 5, "fr", "room"),
        ("Le service peut parfois laisser à désirer.", 4, "fr", "service"),
        ("Le restaurant buffet était mal organisé.", 3, "fr", "service"),
    ],
)
def test_a_quality_word_makes_the_topic_a_complaint(
    lists_alone: None, text: str, stars: int, lang: str, point: str
) -> None:
    assert point in complaints_of(text, stars, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Personnel très sympathique. / Pas de peigne dans la chambre.", "fr"),
        ("Tout était parfait. / La chambre n'avait pas de mini frigo pour garder nos boissons au frais.", "fr"),
        ("Lovely stay. / There was no kettle in the room.", "en"),
    ],
)
def test_a_missing_amenity_is_a_room_complaint_even_on_five_stars(lists_alone: None, text: str, lang: str) -> None:
    # On five stars a bare negation criticises nothing ("ne changez rien"); an amenity said to be
    # missing does.
    assert complaints_of(text, 5, lang) == ("room",)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Pas mal du tout, petit déjeuner copieux.", "fr"),
        ("Nice TV, a big fridge and no problem with the shower.", "en"),
        ("Use the app to order, it's great.", "en"),
        ("We only had limited time in Paris but the hotel was perfect.", "en"),
        ("Une petite terrasse charmante, un accueil parfait.", "fr"),
        ("Rien à redire, la chambre était parfaite.", "fr"),
    ],
)
def test_look_alikes_stay_praise(lists_alone: None, text: str, lang: str) -> None:
    critical, _ = clauses_by_criticism(text, 5)
    assert critical == []
    assert complaints_of(text, 5, lang) == ()


@pytest.mark.parametrize(
    ("text", "lang", "point"),
    [
        ("We were a party of four and the wait was too long.", "en", "waiting_time"),
        ("La vaisselle était sale.", "fr", "cleanliness"),
    ],
)
def test_a_number_or_a_restaurants_dishes_are_not_the_room(lists_alone: None, text: str, lang: str, point: str) -> None:
    # Review mend of 18combo: "four" (the English number) and "vaisselle" were among a room's amenities.
    assert complaints_of(text, 2, lang) == (point,)


@pytest.mark.parametrize(
    "text",
    [
        "Lits très confortables et à deux pas du parc.",
        "Hôtel à quelques pas du métro, chambre agréable.",
        "Coin cuisine en bas trop pratique pour les repas !",
    ],
)
def test_steps_and_colloquial_praise_are_no_criticism(lists_alone: None, text: str) -> None:
    # Review mend (session s): "à deux pas" is a short walk, not a negation; "trop pratique" praises.
    assert complaints_of(text, 4, "fr") == ()


def test_a_real_negation_beside_the_steps_still_criticises(lists_alone: None) -> None:
    assert "cleanliness" in complaints_of("Hôtel à deux pas du métro mais chambre pas propre.", 4, "fr")
