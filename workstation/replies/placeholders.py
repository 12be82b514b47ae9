"""Safe placeholders: which names exist, how a missing one is shown, and the renderer.

Rendering is a single regex pass, so a value that itself contains "{x}" is never
expanded again, and values are cleaned (no control characters, bounded length).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from .contact_wording import for_contact
from .model import Rendered

# name -> label shown in place of a missing value, per language.
PLACEHOLDERS: dict[str, dict[str, str]] = {
    "first_name": {"en": "first name", "fr": "prénom"},
    "business": {"en": "business", "fr": "établissement"},
    "location": {"en": "location", "fr": "lieu"},
    "topic": {"en": "topic", "fr": "sujet"},
    "contact": {"en": "contact", "fr": "coordonnées"},
    "signature": {"en": "signature", "fr": "signature"},
}

# "{{" and "}}" are literal braces; anything else in braces is a placeholder.
_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}\n]{0,40})\}")
_NAME = re.compile(r"[a-z_][a-z0-9_]*\Z")
_MAX_VALUE = 200


def placeholders_in(body: str) -> list[str]:
    """Placeholder names used in a template body, in order of first use."""
    seen: list[str] = []
    for m in _TOKEN.finditer(body):
        name = m.group(1)
        if name is not None and name.strip() not in seen:
            seen.append(name.strip())
    return seen


def unknown_placeholders(body: str) -> list[str]:
    return [n for n in placeholders_in(body) if n not in PLACEHOLDERS]


def missing_label(name: str, lang: str) -> str:
    """Visible stand-in for a placeholder without a value, e.g. "[first name]" / "[prénom]"."""
    labels = PLACEHOLDERS.get(name)
    text = labels.get(lang, labels["en"]) if labels else name.replace("_", " ")
    return f"[{text}]"


def all_missing_labels() -> frozenset[str]:
    """Every stand-in in every language (the checker looks for them in drafts)."""
    return frozenset(f"[{label}]" for labels in PLACEHOLDERS.values() for label in labels.values())


def clean_value(value: str | None) -> str | None:
    """Strip control characters and excess whitespace; None when nothing usable is left."""
    if value is None:
        return None
    kept = "".join(ch for ch in value if unicodedata.category(ch)[0] != "C" or ch == " ")
    kept = " ".join(kept.split())[:_MAX_VALUE].strip()
    return kept or None


def render(body: str, values: Mapping[str, str | None], lang: str) -> Rendered:
    """Fill `body` with `values`; missing or unknown names become visible "[label]" text.
    A phone number as the contact gets the wording of a call ("call us on", "appelez-nous au")."""
    body = for_contact(body, clean_value(values.get("contact")), lang)
    missing: list[str] = []
    unknown: list[str] = []

    def sub(m: re.Match[str]) -> str:
        token = m.group(0)
        if token == "{{":
            return "{"
        if token == "}}":
            return "}"
        name = (m.group(1) or "").strip()
        if name not in PLACEHOLDERS or not _NAME.match(name):
            if name not in unknown:
                unknown.append(name)
            return missing_label(name, lang)
        value = clean_value(values.get(name))
        if value is None:
            if name not in missing:
                missing.append(name)
            return missing_label(name, lang)
        return value

    text = _TOKEN.sub(sub, body)
    return Rendered(text=text.strip(), missing=tuple(missing), unknown=tuple(unknown))
