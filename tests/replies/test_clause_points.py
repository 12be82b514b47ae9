"""A topic named without a word of tone is read by the learned points, clause by clause (issue
18, 18clause).

"Salle de bain un peu vieillotte", "Le lit grinçait toute la nuit": the clause names the room and
no word the tone lists know, so the word lists neither thank nor apologise, and on a four-star
review the whole-review model may not guess (a happy review's gripe stays a thank-you,
18gripe). Read alone, with the review's rating and language, the clause is a complaint the
model is sure of. These tests pin that reading with the shipped model, and what it must not do.
"""

from __future__ import annotations

import pytest

from tests.replies.points_of import complaints_of
from workstation.replies import point_model


@pytest.mark.parametrize(
    "text",
    [
        "Personnel aux petits soins. / Salle de bain un peu vieillotte.",
        "Personnel aux petits soins. / Le lit grinçait toute la nuit.",
    ],
)
def test_a_room_gripe_without_a_word_of_tone_is_answered_on_four_stars(text: str) -> None:
    assert "room" in complaints_of(text, 4, "fr")


# A clause none of the word lists reads as criticism (since 18tone they know "vieillotte" and "grinçait").
_TONELESS_ROOM_GRIPE = "Bruit de ventilation dans la chambre toute la nuit"


def test_the_learned_reading_answers_what_the_word_lists_alone_do_not(lists_alone: None) -> None:
    assert complaints_of(f"Personnel aux petits soins. / {_TONELESS_ROOM_GRIPE}.", 4, "fr") == ()


def test_with_the_model_the_toneless_gripe_is_answered() -> None:
    assert "room" in complaints_of(f"Personnel aux petits soins. / {_TONELESS_ROOM_GRIPE}.", 4, "fr")


@pytest.mark.parametrize(
    ("text", "stars", "lang"),
    [
        ("The room had a view of the lake.", 5, "en"),
        ("Nous avons dîné au restaurant de l'hôtel.", 4, "fr"),
        ("Personnel aux petits soins.", 4, "fr"),
    ],
)
def test_a_mere_mention_is_no_complaint(text: str, stars: int, lang: str) -> None:
    assert complaints_of(text, stars, lang) == ()


def test_a_praised_topic_is_never_read_as_a_complaint() -> None:
    clauses = [("Salle de bain un peu vieillotte", ("room",))]
    assert point_model.clause_points(clauses, 4, "fr") == {"room"}
    # Praised in another clause of the same review: thanked, not apologised for.
    assert point_model.clause_points([(_TONELESS_ROOM_GRIPE, ("room",))], 4, "fr") == {"room"}
    assert "room" not in complaints_of(f"Chambre superbe et très propre. {_TONELESS_ROOM_GRIPE}.", 4, "fr")


def test_only_the_languages_and_topics_the_model_reads() -> None:
    clauses = [("Salle de bain un peu vieillotte", ("room",))]
    assert point_model.clause_points(clauses, 4, "de") == set()
    assert point_model.clause_points([("Salle de bain un peu vieillotte", ("hygiene",))], 4, "fr") == set()
    assert point_model.clause_points([], 4, "fr") == set()


def test_a_learned_service_point_replaces_the_catch_all() -> None:
    assert point_model.with_named({"other", "food"}, {"service"}) == {"food", "service"}
    assert point_model.with_named({"other", "food"}, {"room"}) == {"other", "food", "room"}
