"""Sentiment lexicons and valence shifters, loaded from resources/analysis.

Keys are stored as NORM sequences produced by the same tokenizer as review text, so a
phrase in a resource file matches exactly what the tokenizer makes of a review.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.tokenizer import Tokenizer

from .normalize import fold
from .resources import ResourceError, load_json, load_weights, resources_dir
from .text import phrase_norms

LANGS = ("en", "fr")
MODIFIERS_FILE = "modifiers.json"


@dataclass(frozen=True, slots=True)
class Shifters:
    """Global tuning constants of the scorer (see modifiers.json)."""

    negation_window: int
    negation_factor: float
    contrast_before: float
    contrast_after: float
    caps_boost: float
    exclamation_boost: float
    length_exponent: float = 0.0


@dataclass(slots=True)
class LangLexicon:
    """Everything the scorer needs for one language."""

    # first norm → [(norm sequence, weight)], longest first
    entries: dict[str, list[tuple[tuple[str, ...], float]]]
    negators_before: frozenset[str]
    negators_after: frozenset[str]
    post_negated: frozenset[str]
    boosters: dict[tuple[str, ...], float]
    contrast: frozenset[tuple[str, ...]]
    scope_breakers: frozenset[str] = frozenset()


def _strings(path: Path, section: dict[str, Any], key: str) -> list[str]:
    value = section.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ResourceError(path, f"'{key}' must be a list of strings")
    return value


def _add(entries: dict[str, list[tuple[tuple[str, ...], float]]], key: tuple[str, ...], w: float) -> None:
    if not key:
        return
    bucket = entries.setdefault(key[0], [])
    bucket[:] = [e for e in bucket if e[0] != key]  # later lines override earlier ones
    bucket.append((key, w))
    bucket.sort(key=lambda e: -len(e[0]))


def load_lexicons(
    tokenizer: Tokenizer, base: Path | None = None
) -> tuple[Shifters, dict[str, LangLexicon]]:
    """Read modifiers.json and sentiment_<lang>.txt for every supported language."""
    folder = base or resources_dir()
    mods = load_json(MODIFIERS_FILE, folder)
    path = folder / MODIFIERS_FILE
    try:
        shifters = Shifters(
            negation_window=int(mods["negation_window"]),
            negation_factor=float(mods["negation_factor"]),
            contrast_before=float(mods["contrast_before"]),
            contrast_after=float(mods["contrast_after"]),
            caps_boost=float(mods["caps_boost"]),
            exclamation_boost=float(mods["exclamation_boost"]),
            length_exponent=float(mods.get("length_exponent", 0.0)),
        )
        emoji = {str(k): float(v) for k, v in dict(mods["emoji"]).items()}
    except (KeyError, TypeError, ValueError) as exc:
        raise ResourceError(path, f"bad or missing setting: {exc}") from exc
    out: dict[str, LangLexicon] = {}
    for lang in LANGS:
        section = mods.get(lang)
        if not isinstance(section, dict):
            raise ResourceError(path, f"missing section '{lang}'")
        entries: dict[str, list[tuple[tuple[str, ...], float]]] = {}
        for phrase, weight in {**emoji, **load_weights(f"sentiment_{lang}.txt", folder)}.items():
            _add(entries, phrase_norms(tokenizer, phrase), weight)
        boosters_raw = section.get("boosters", {})
        if not isinstance(boosters_raw, dict):
            raise ResourceError(path, f"'{lang}.boosters' must be an object")
        try:
            boosters = {
                phrase_norms(tokenizer, k): float(v) for k, v in boosters_raw.items()
            }
        except (TypeError, ValueError) as exc:
            raise ResourceError(path, f"'{lang}.boosters': {exc}") from exc
        out[lang] = LangLexicon(
            entries=entries,
            negators_before=frozenset(fold(w) for w in _strings(path, section, "negators_before")),
            negators_after=frozenset(fold(w) for w in _strings(path, section, "negators_after")),
            post_negated=frozenset(fold(w) for w in _strings(path, section, "post_negated")),
            boosters=boosters,
            contrast=frozenset(phrase_norms(tokenizer, w) for w in _strings(path, section, "contrast")),
            scope_breakers=frozenset(fold(w) for w in _strings(path, section, "scope_breakers")),
        )
    return shifters, out
