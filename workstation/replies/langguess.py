"""Cheap language guess for drafts from function words (fast, deterministic, no model).

Replies are short and use many function words, which separate our languages well;
below a minimum of evidence the answer is "unknown" rather than a guess.
"""

from __future__ import annotations

import re
from typing import Any

_WORDS = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)

# fmt: off
_STOP: dict[str, frozenset[str]] = {
    "en": frozenset((
        "the", "and", "you", "your", "we", "our", "to", "of", "for", "is", "are", "was", "were",
        "with", "this", "that", "it", "be", "have", "has", "thank", "thanks", "sorry", "please",
        "will", "would", "not", "very", "in", "at", "on", "us",
    )),
    "fr": frozenset((
        "le", "la", "les", "et", "vous", "votre", "vos", "nous", "notre", "nos", "de", "des", "du",
        "pour", "est", "sont", "était", "avec", "ce", "cette", "merci", "désolé", "désolés", "pas",
        "très", "dans", "sur", "une", "un", "au", "aux", "que", "qui", "être", "avons", "avez",
    )),
    "de": frozenset((
        "der", "die", "das", "und", "sie", "ihr", "wir", "unser", "für", "ist", "sind", "war",
        "mit", "nicht", "sehr", "danke",
    )),
    "es": frozenset((
        "el", "los", "las", "y", "usted", "su", "nosotros", "nuestro", "para", "es", "son", "con",
        "muy", "gracias", "por",
    )),
    "it": frozenset((
        "il", "gli", "e", "lei", "suo", "noi", "nostro", "per", "sono", "con", "molto", "grazie",
        "della", "che",
    )),
    "nl": frozenset((
        "de", "het", "en", "u", "uw", "wij", "ons", "voor", "is", "zijn", "met", "niet", "zeer",
        "bedankt", "een",
    )),
}
# fmt: on


def guess_language(text: str, *, min_hits: int = 3) -> str | None:
    """Most likely language code, or None when the text gives too little evidence."""
    counts = dict.fromkeys(_STOP, 0)
    for n, m in enumerate(_WORDS.finditer(text[:5000])):
        if n > 400:
            break
        word = m.group(0).lower()
        # "l'équipe" / "we're": the part after the apostrophe is a word of its own.
        for base in {word, word.split("'")[-1]}:
            for lang, stop in _STOP.items():
                if base in stop:
                    counts[lang] += 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    (best, top), (_, second) = ranked[0], ranked[1]
    if top < min_hits or top < 2 * second:
        return None
    return best


def model_language(text: str) -> str | None:
    """The triage engine's language detector ("en", "fr" or None), for texts too short for
    the vote above ("Intoxication alimentaire, mon fils à l'hôpital")."""
    if not text.strip():
        return None
    global _detector
    if _detector is None:
        from workstation.analysis.language import LanguageDetector
        from workstation.analysis.normalize import fold

        _detector = (LanguageDetector(), fold)
    detector, fold_word = _detector
    lang = detector.detect(text, [fold_word(w) for w in _WORDS.findall(text[:5000])])
    return lang if lang in ("en", "fr") else None


_detector: Any = None
