"""English contracted negation is read as the plain one (issue 18, 18nt).

The composer's words of criticism held "n't" after a word boundary, which can never match inside
"isn't" or "didn't": "the room isn't clean" was no criticism while "the room is not clean" was. These
tests pin the contracted forms (straight and curly apostrophes), and that the praise contraction
brings — "can't fault", "couldn't have been better", "wasn't bad", a question tag — is not a complaint.
"""

from __future__ import annotations

import pytest

from tests.replies.points_of import complaints_of as _points


@pytest.mark.parametrize(
    ("text", "stars", "point"),
    [
        ("Nice view, but the bathroom isn't clean at all.", 3, "cleanliness"),
        ("Good location, but the coffee wasn’t hot.", 3, "food"),
        ("Friendly place, but the prices aren't reasonable for what you get.", 4, "price"),
    ],
)
def test_a_contracted_negation_criticises_like_a_plain_one(text: str, stars: int, point: str) -> None:
    plain = text.replace("isn't", "is not").replace("wasn’t", "was not").replace("wasn't", "was not")
    plain = plain.replace("aren't", "are not")
    assert point in _points(plain, stars, "en")  # the reading the contraction now shares
    assert point in _points(text, stars, "en")


@pytest.mark.parametrize(
    ("text", "stars", "point"),
    [
        ("Can't fault the staff, and the food couldn't have been better.", 4, "staff"),
        ("Can't fault the staff, and the food couldn't have been better.", 4, "food"),
        ("The food wasn't bad at all and we can't wait to come back.", 4, "food"),
        ("Sushi above average, isn't it? Don't hesitate to try the food.", 4, "food"),
    ],
)
def test_praise_in_contracted_words_is_not_a_complaint(text: str, stars: int, point: str) -> None:
    assert point not in _points(text, stars, "en")
