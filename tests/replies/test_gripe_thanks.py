"""A happy review's gripe is thanked for, not ignored (issue 18, 18gripe).

"Chambre très agréable / Parking trop petit": no point names the parking, so the four-star
thank-you used to read as if the reviewer had said nothing else. One sentence now thanks for
what could be better and says it will be looked at with the team; a review with nothing to
improve gets no such sentence.
"""

from __future__ import annotations

import pytest

from workstation.replies.blocks import load_blocks
from workstation.replies.complaints import clauses_by_criticism, review_points
from workstation.replies.compose import compose
from workstation.replies.model import ReviewInput


def _has_gripe_sentence(text: str, lang: str) -> bool:
    return any(s in text for s in load_blocks(lang).frame["gripe"])


@pytest.mark.parametrize(
    ("text", "stars", "lang"),
    [
        ("Chambre très agréable, personnel aimable / Parking trop petit, pas assez de places.", 4, "fr"),
        ("Lovely stay and friendly staff, but the parking was too small.", 4, "en"),
    ],
)
def test_a_happy_review_with_a_gripe_gets_it_thanked(text: str, stars: int, lang: str) -> None:
    review = ReviewInput(id="g1", text=text, stars=stars, lang=lang, read=True)
    assert not review_points(review).complaints  # still a thank-you: no point is apologised for
    assert _has_gripe_sentence(compose(review).text, lang)


@pytest.mark.parametrize(
    ("text", "stars", "lang"),
    [
        ("Great food and lovely staff, will be back!", 5, "en"),
        ("Parfait, rien à redire, on reviendra.", 5, "fr"),
        ("Ne changez rien, tout était parfait.", 5, "fr"),
    ],
)
def test_a_review_with_nothing_to_improve_gets_no_such_sentence(text: str, stars: int, lang: str) -> None:
    assert not clauses_by_criticism(text, stars)[0]  # no clause criticises anything
    assert not _has_gripe_sentence(compose(ReviewInput(id="g2", text=text, stars=stars, lang=lang, read=True)).text, lang)
