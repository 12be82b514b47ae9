"""Concept matching for the pre-post checks: accent-folded text and "A near B" rules.

A check written as a phrase list misses the next wording ("5 etoiles = le dessert offert",
"rate us higher and lunch is on the house"). Here a check names concepts instead (a
reward, a rating or its change, a legal threat…), each a small pattern on text folded to
lower case without accents, and fires when two concepts meet within a few words. The
folded text keeps the draft's length, so findings still point into the original draft.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

# Concept checks read this much of a draft: every platform's reply limit is below it, and a
# pasted 100 kB text must not cost seconds.
SCAN_CHARS = 6_000
_WORD = re.compile(r"\w+|[=★⭐→>%€$£*/#@]")


# A ligature is two letters in one character ("cœliaque", "ex æquo"); folding keeps one
# character per character, so it becomes its first letter, and `concept` lets every "oe" /
# "ae" of a pattern also match that single letter: "coeliaque" matches "cœliaque".
_LIGATURES = {"œ": "o", "æ": "a"}
_LIGATURE_PAIR = re.compile(r"(?<=[oa])e(?![?*+{])")


@lru_cache(maxsize=2048)
def _fold_char(ch: str) -> str:
    lower = ch.lower()
    if len(lower) != 1:
        return ch
    if lower in "’‘`´":
        return "'"
    if lower == "\u00a0":
        return " "
    if lower in _LIGATURES:
        return _LIGATURES[lower]
    base = unicodedata.normalize("NFD", lower)[0]
    return base if len(base) == 1 else lower


def fold_same_length(text: str) -> str:
    """Lower case, accents stripped, apostrophes unified; one character per character."""
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(ch) for ch in text)


def concept(pattern: str) -> re.Pattern[str]:
    """A concept pattern on folded text, anchored on word boundaries; "oe" and "ae" in the
    pattern also match a folded ligature ("œ" → "o", "æ" → "a")."""
    return re.compile(rf"(?<![\w])(?:{_LIGATURE_PAIR.sub('e?', pattern)})(?![\w])")


@dataclass(frozen=True, slots=True)
class Tokens:
    """Start offsets of the words of a text, to measure distances in words."""

    starts: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> Tokens:
        return cls(tuple(m.start() for m in _WORD.finditer(text)))

    def index(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1


def spans(rx: re.Pattern[str], text: str, limit: int = 50) -> list[tuple[int, int]]:
    out = []
    for m in rx.finditer(text):
        if m.end() > m.start():
            out.append((m.start(), m.end()))
            if len(out) >= limit:
                break
    return out


def near(
    tokens: Tokens,
    first: Iterable[tuple[int, int]],
    second: Iterable[tuple[int, int]],
    window: int,
) -> list[tuple[int, int]]:
    """Spans covering a match of each concept at most `window` words apart, in text order."""
    seconds = list(second)
    out: list[tuple[int, int]] = []
    for a in first:
        ia = tokens.index(a[0])
        for b in seconds:
            gap = abs(tokens.index(b[0]) - ia)
            if gap <= window and not (a[0] < b[1] and b[0] < a[1] and a == b):
                out.append((min(a[0], b[0]), max(a[1], b[1])))
                break
    return sorted(set(out))


def without(
    found: list[tuple[int, int]], excluded: Iterable[tuple[int, int]]
) -> list[tuple[int, int]]:
    """`found` minus the spans overlapping an excluded one (e.g. "thank you for the 5 stars")."""
    blocked = list(excluded)
    return [s for s in found if not any(s[0] < e[1] and e[0] < s[1] for e in blocked)]


def blanked(rx: re.Pattern[str], text: str) -> str:
    """`text` with the matches of `rx` blanked (same length: offsets stay), so a later concept
    cannot match inside them ("sorry to read" is the business reading, not an audience)."""
    return rx.sub(lambda m: " " * len(m.group(0)), text)
