"""Plain data of the reply assistant: review input, templates, findings, suggestions."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path

LANGS = ("en", "fr")
# The kinds of business whose replies word things their own way (resources/compose/kinds/);
# no kind keeps the original wording, written for a restaurant or café. "care" is health and care
# (practices, dentists, pharmacies, vets, opticians, clinics, nursing homes), worded for patients.
BUSINESS_KINDS = ("restaurant", "hotel", "shop", "online", "services", "care")


class ReplyError(Exception):
    """The only error type the reply assistant raises (bad template id, unwritable folder…)."""


class Severity(enum.StrEnum):
    """How strongly a finding argues against posting the draft."""

    BLOCK = "block"
    WARN = "warn"
    HINT = "hint"


# What each severity means for the user, in English and French (`workstation reply check`).
SEVERITY_LABELS: dict[Severity, tuple[str, str]] = {
    Severity.BLOCK: ("Must fix before sending", "À corriger avant l’envoi"),
    Severity.WARN: ("Check (you can still send)", "À vérifier (vous pouvez quand même envoyer)"),
    Severity.HINT: ("Tip", "Conseil"),
}


class Kind(enum.StrEnum):
    """What situation a template answers."""

    POSITIVE = "positive"
    MIXED = "mixed"
    NEGATIVE = "negative"
    NEUTRAL = "neutral"


@dataclass(frozen=True, slots=True)
class ReviewInput:
    """The review a reply answers, as plain values (no dependency on the triage engine)."""

    text: str = ""
    stars: int | None = None
    lang: str | None = None
    author: str | None = None
    platform: str | None = None
    categories: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    location: str | None = None
    business: str | None = None
    id: str | None = None  # seeds the wording, so similar reviews get different replies
    # True when `categories` and `topics` are the triage engine's reading of the text: empty
    # then means "none found", which the keyword fallback must not second-guess.
    read: bool = False


@dataclass(frozen=True, slots=True)
class ReplyProfile:
    """Per-location settings that fill the {signature} and {contact} placeholders, and the
    kind of business (one of BUSINESS_KINDS) whose wording the composed drafts follow."""

    signature: str | None = None
    contact: str | None = None
    business: str | None = None
    location: str | None = None
    kind: str | None = None


@dataclass(frozen=True, slots=True)
class Template:
    """One reply template as read from a TOML file.

    `auto` False means the template is never suggested unless one of its
    categories is given explicitly (crisis statement, suspected fake review…).
    `platforms`, when set, limits suggestions to those platforms (short app-store replies).
    """

    id: str
    lang: str
    body: str
    title: str = ""
    kinds: tuple[Kind, ...] = ()
    stars: tuple[int, int] = (1, 5)
    categories: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    platforms: tuple[str, ...] = ()
    auto: bool = True
    enabled: bool = True
    source: Path | None = None
    line: int | None = None


@dataclass(frozen=True, slots=True)
class LoadIssue:
    """A problem found while loading templates: file, 1-based line (when known), message."""

    path: Path
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        return f"{where}: {self.message}"


@dataclass(frozen=True, slots=True)
class LoadResult:
    """Templates that loaded, plus every issue found on the way."""

    templates: tuple[Template, ...]
    issues: tuple[LoadIssue, ...] = ()

    def by_id(self) -> dict[str, Template]:
        return {t.id: t for t in self.templates}


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in a draft; `start`/`end` are character offsets into the draft."""

    code: str
    severity: Severity
    message_en: str
    message_fr: str
    start: int
    end: int

    def message(self, lang: str | None) -> str:
        return self.message_fr if lang == "fr" else self.message_en

    @property
    def blocks_sending(self) -> bool:
        """A blocking finding stops the send; a warning or a tip leaves the choice to the user."""
        return self.severity is Severity.BLOCK

    def as_json(self, lang: str | None) -> dict[str, object]:
        return {
            "code": self.code,
            "severity": self.severity.value,
            "blocks_sending": self.blocks_sending,
            "label": SEVERITY_LABELS[self.severity][1 if lang == "fr" else 0],
            "message": self.message(lang),
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True, slots=True)
class Rendered:
    """A rendered template: text plus the placeholders that had no value or are unknown."""

    text: str
    missing: tuple[str, ...] = ()
    unknown: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Suggestion:
    """One suggested template, filled in for the review."""

    template_id: str
    title: str
    text: str
    score: float
    missing: tuple[str, ...] = field(default=())
    # Category and topic ids the text answers (composed drafts), so a gap shows before sending.
    addresses: tuple[str, ...] = field(default=())
