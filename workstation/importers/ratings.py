"""Read a star rating from the many ways exports write it.

"4", "4.0", "4,0", "4/5", "4 étoiles", "4 stars", "★★★★☆", "⭐⭐⭐⭐" and Google's enum
names ("FOUR", "STAR_RATING_FOUR"). Only whole ratings 1–5 are accepted.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
}
_STAR_CHARS = "★⭐🌟"
_EMPTY_STAR_CHARS = "☆✩"
_NUMBER = re.compile(
    r"^(-?\d+(?:[.,]\d+)?)\s*(?:/\s*5(?:[.,]0+)?|sur\s*5|"
    r"(?:etoiles?|étoiles?|stars?|pts?|points?|\*|★))?$",
    re.IGNORECASE,
)


class RatingError(ValueError):
    """A rating cell that is not usable; `out_of_range` tells which message applies."""

    def __init__(self, value: str, *, out_of_range: bool) -> None:
        super().__init__(value)
        self.value = value
        self.out_of_range = out_of_range


def parse_stars(value: str) -> int | None:
    """1–5, or None for an empty cell.

    Raises:
        RatingError: not a rating, or a number outside 1–5 (or not whole).
    """
    return _parse_cached(value.strip())


@lru_cache(maxsize=1024)
def _parse_cached(text: str) -> int | None:
    if not text or text.upper() == "STAR_RATING_UNSPECIFIED":
        return None
    stars = _from_symbols(text)
    if stars is None:
        stars = _from_words(text)
    if stars is None:
        match = _NUMBER.match(text)
        if match is None:
            raise RatingError(text, out_of_range=False)
        number = float(match.group(1).replace(",", "."))
        if number != int(number) or not 1 <= number <= 5:
            raise RatingError(text, out_of_range=True)
        stars = int(number)
    if not 1 <= stars <= 5:
        raise RatingError(text, out_of_range=True)
    return stars


def _from_symbols(text: str) -> int | None:
    compact = text.replace(" ", "").replace("\ufe0f", "")
    if not compact or any(ch not in _STAR_CHARS + _EMPTY_STAR_CHARS for ch in compact):
        return None
    return sum(1 for ch in compact if ch in _STAR_CHARS)


def _from_words(text: str) -> int | None:
    word = text.casefold().removeprefix("star_rating_").replace(" ", "")
    for suffix in ("stars", "star", "etoiles", "étoiles", "etoile", "étoile"):
        word = word.removesuffix(suffix)
    return _WORDS.get(word)
