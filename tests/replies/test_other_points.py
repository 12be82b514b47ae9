"""Criticism no point names is acknowledged, last, as "everything else that fell short" (issue 18,
18rest).

On reply points P27-P30 the complaint drafts most often left unanswered was the labellers'
"service", in words no list holds: a parking lot, a location hard to find, an administration
whose desks do not talk to each other. A mixed or unhappy review's clause that criticises
something and names no point now gets the composer's point "other": one sentence that does not
guess what it is. Not on four or five stars (a gripe there is thanked for), not when the service
is already answered or praised, and never beside a learned service point, which names it.
"""

from __future__ import annotations

import pytest

from tests.replies.points_of import complaints_of
from workstation.replies import point_model
from workstation.replies.blocks import load_blocks
from workstation.replies.complaints import unnamed_criticism
from workstation.replies.compose import label
from workstation.replies.drafting import draft_suggestions
from workstation.replies.model import ReviewInput


@pytest.fixture(autouse=True)
def _word_lists_alone(lists_alone: None) -> None:
    """The learned points read the whole review: these tests pin the word lists' reading."""


@pytest.mark.parametrize(
    ("text", "stars", "lang"),
    [
        ("Not a bad restaurant. But its location is not easy to find.", 3, "en"),
        ("Administration nulle, pas de coordination entre le guichet et le bureau. Le repas était froid.", 1, "fr"),
        ("Great place. Unfortunately the parking is far too small.", 3, "en"),
        ("Nous devions partir à 7h et rien n'était prévu avant 7h30.", 2, "fr"),
    ],
)
def test_criticism_no_point_names_is_acknowledged(text: str, stars: int, lang: str) -> None:
    assert unnamed_criticism(text, stars)
    assert complaints_of(text, stars, lang)[-1] == "other"


@pytest.mark.parametrize(
    ("text", "stars", "lang"),
    [
        # Four and five stars: the gripe is thanked for, not apologised for.
        ("Great place. Unfortunately the parking is far too small.", 4, "en"),
        ("Great place. Unfortunately the parking is far too small.", 5, "en"),
        # Every criticised clause names a point: the points answer it.
        ("The food was cold. The wait was far too long.", 2, "en"),
        ("Le repas était froid et le serveur impoli.", 1, "fr"),
        # The service is criticised already: its own blocks answer the rest of it.
        ("Terrible support. Nobody ever answers the phone.", 1, "en"),
        # No rating: nothing to go by.
        ("The parking is hellish to get through.", None, "en"),
    ],
)
def test_no_acknowledgement_where_a_point_or_thanks_answer(text: str, stars: int | None, lang: str) -> None:
    assert "other" not in complaints_of(text, stars, lang)  # type: ignore[arg-type]


def test_a_single_word_verdict_is_no_point_of_its_own() -> None:
    assert unnamed_criticism("Bof.", 1) == []
    assert "other" not in complaints_of("Bof.", 1, "fr")


def test_a_learned_service_point_names_what_the_acknowledgement_stood_for() -> None:
    added = point_model.with_additions(frozenset({"service", "food"}), {"other", "waiting_time"}, (), 2)
    assert added == {"service", "food", "waiting_time"}
    kept = point_model.with_additions(frozenset({"food"}), {"other"}, (), 2)
    assert kept == {"other", "food"}


@pytest.mark.parametrize(
    ("lang", "text", "also"),
    [
        ("en", "The pizza was cold. But its location is not easy to find and the signs are confusing.", "everything else that fell short"),
        ("fr", "Le repas était froid. Administration nulle, pas de coordination entre le guichet et le bureau.", "les autres désagréments que vous décrivez"),
    ],
)
def test_after_another_point_the_draft_says_it_is_the_rest(lang: str, text: str, also: str) -> None:
    drafts = draft_suggestions(ReviewInput(id="r", text=text, stars=2, lang=lang))
    assert drafts[0].addresses[-1] == "other"
    assert all(also in d.text for d in drafts if "other" in d.addresses[1:])
    own = load_blocks(lang).issues["other"].sorry
    # Its own apology ("We're sorry about what fell short") reads well only alone.
    assert not any(s in d.text for d in drafts for s in own)


def test_alone_the_draft_uses_its_own_apology_and_the_window_names_it() -> None:
    review = ReviewInput(id="r", text="Not a bad restaurant. But its location is not easy to find.", stars=3, lang="en")
    first = draft_suggestions(review)[0]
    assert first.addresses == ("other",)
    assert any(s in first.text for s in load_blocks("en").issues["other"].sorry)
    assert label("other", "en") == "Other points raised"
    assert label("other", "fr") == "Autres points soulevés"
