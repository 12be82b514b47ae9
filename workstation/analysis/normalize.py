"""Case/accent folding shared by lookups, rules and batch detectors (no spaCy import,
so light modules such as crisis and batch stay cheap to import)."""

from __future__ import annotations

import unicodedata

_FOLD_TABLE = str.maketrans({"’": "'", "`": "'", "œ": "oe", "æ": "ae", "ß": "ss"})


def fold(text: str) -> str:
    """Lower-case, strip accents, unify apostrophes: the key used for every lookup."""
    lowered = text.lower().translate(_FOLD_TABLE)
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFD", lowered)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
