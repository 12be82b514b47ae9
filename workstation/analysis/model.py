"""Result types of the analysis engine and their JSON form (stored by the store)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

# Bump whenever results for the same input can change (rules, lexicons, formula):
# the store re-runs analysis on rows whose stored version differs.
ANALYSIS_VERSION = 18  # 18: the French verb "avoir" (to have) is no "returns & refunds" topic, "un avoir" (a credit note) still is (18avoir2); 17: no mask worn, an expired item, a regulator named, advances made; "you people" no discrimination (round 37); 16: incidents told in passing (a hair found in a dish, blood-stained bedding, raw from inside) and set phrases that name none (a bug in the app, a cuisine's name) (round 36); 15: an insurer's 'file a claim', a 'formal complaint', 'poorly hung', 'treated like animals' and 'if we got hurt' read in context (round 35); 14: set phrases that name no incident ('point de chute', 'spoiled our evening') are no hit (round 34); 13: twelve critical phrases that were wrong more often than right removed (round 33, 17prune); 12: staff behaviour and money verdicts without a rule hit likewise (round 31); 11: a health & safety verdict without a rule hit shows only a sentence of its domain (round 30); 10: staff attitude, money problems, escalation and harassment as customers describe them (round 28); 9: a hotel's "réception" (front desk) is no delivery topic; 8: the reason for a visit is no incident, bare French care places neither (round 26c); 7: bare care-setting words no longer health evidence, care errors are (round 26b); 6: the critical rules widened on real reviews labelled for it (17dev); 5: critical evidence checked for scope (scope.py); 4: the blend decides by default

LEVELS = ("critical", "high", "normal", "low")


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why a severity category fired: a character span of the original text."""

    category: str
    label_en: str
    label_fr: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class TopicHit:
    """A topic mention (first span) with the sentiment of the clauses that mention it."""

    topic: str
    sentiment: float
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the inbox needs about one review."""

    lang: str  # "en" | "fr" | "other" | "unknown"
    sentiment: float  # [-1, 1], from the text only
    urgency: float  # [0, 1]
    level: str  # one of LEVELS
    categories: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    topics: tuple[TopicHit, ...] = ()
    flags: tuple[str, ...] = ()
    version: int = ANALYSIS_VERSION

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, s: str) -> Analysis:
        """Inverse of `to_json`; raises ValueError on anything malformed."""
        try:
            data: dict[str, Any] = json.loads(s)
            return cls(
                lang=str(data["lang"]),
                sentiment=float(data["sentiment"]),
                urgency=float(data["urgency"]),
                level=str(data["level"]),
                categories=tuple(str(c) for c in data.get("categories", ())),
                evidence=tuple(Evidence(**e) for e in data.get("evidence", ())),
                topics=tuple(TopicHit(**t) for t in data.get("topics", ())),
                flags=tuple(str(f) for f in data.get("flags", ())),
                version=int(data.get("version", 0)),
            )
        except (KeyError, TypeError, AttributeError, json.JSONDecodeError) as exc:
            raise ValueError(f"not an Analysis JSON: {exc}") from exc


@dataclass(frozen=True, slots=True)
class AnalysisInput:
    """One review for `Analyzer.analyze_many`."""

    text: str
    stars: int | None = None
    lang: str | None = None
    created_at: datetime | None = None
    platform: str | None = None
