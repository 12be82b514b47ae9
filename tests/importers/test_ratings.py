"""Star ratings in their many spellings, and what counts as out of range."""

from __future__ import annotations

import pytest

from workstation.importers.ratings import RatingError, parse_stars


@pytest.mark.parametrize(
    ("value", "stars"),
    [
        ("4", 4), (" 5 ", 5), ("4.0", 4), ("4,0", 4), ("4/5", 4), ("3 / 5", 3), ("4 sur 5", 4),
        ("4 étoiles", 4), ("1 étoile", 1), ("5 stars", 5), ("★★★★☆", 4), ("⭐⭐⭐", 3),
        ("FOUR", 4), ("STAR_RATING_TWO", 2), ("five", 5), ("", None), ("STAR_RATING_UNSPECIFIED", None),
    ],
)  # fmt: skip
def test_accepted(value: str, stars: int | None) -> None:
    assert parse_stars(value) == stars


@pytest.mark.parametrize("value", ["0", "6", "10/10", "4.5", "-1", "☆☆☆☆☆", "7 étoiles"])
def test_out_of_range(value: str) -> None:
    with pytest.raises(RatingError) as info:
        parse_stars(value)
    assert info.value.out_of_range or value == "10/10"


@pytest.mark.parametrize("value", ["good", "4 pommes", "SIX", "★a"])
def test_not_a_rating(value: str) -> None:
    with pytest.raises(RatingError) as info:
        parse_stars(value)
    assert not info.value.out_of_range
