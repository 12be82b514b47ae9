"""Near-duplicate detection between a draft and replies already posted (word shingles)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

_WORD = re.compile(r"\w+", re.UNICODE)


@lru_cache(maxsize=4096)
def shingles(text: str, size: int = 3) -> frozenset[tuple[str, ...]]:
    """Overlapping word n-grams of the case-folded text (whole text if shorter)."""
    words = [w.casefold() for w in _WORD.findall(text)]
    if len(words) < size:
        return frozenset({tuple(words)}) if words else frozenset()
    return frozenset(tuple(words[i : i + size]) for i in range(len(words) - size + 1))


def jaccard(a: frozenset[tuple[str, ...]], b: frozenset[tuple[str, ...]]) -> float:
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def most_similar(text: str, previous: Iterable[str]) -> tuple[float, str | None]:
    """Highest similarity of `text` to any of `previous`, and that previous text."""
    mine = shingles(text)
    best, which = 0.0, None
    for other in previous:
        # Length ratio bounds Jaccard from above: skip texts that cannot beat the best.
        theirs = shingles(other)
        if not theirs:
            continue
        small, big = sorted((len(mine), len(theirs)))
        if big == 0 or small / big <= best:
            continue
        score = jaccard(mine, theirs)
        if score > best:
            best, which = score, other
    return best, which
