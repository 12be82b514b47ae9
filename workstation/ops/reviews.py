"""Finding reviews: the inbox's filters and accent-insensitive search, for scripts too.

`find_reviews` is what `workstation review list` prints; its JSON rows carry what a
person triaging needs (text, author, urgency level, categories, the reasons with the
words that triggered them, the reply deadline and the reply state).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from workstation.analysis.model import LEVELS, Analysis
from workstation.store.db import Store
from workstation.store.queries import ListedReview, ReviewFilter, fetch_listing, search_ids


@dataclass(frozen=True)
class Reason:
    """Why the review is urgent: a category and the words of the review that show it."""

    category: str
    label_en: str
    label_fr: str
    evidence: str
    start: int
    end: int


@dataclass(frozen=True)
class FoundReview:
    row: ListedReview
    categories: tuple[str, ...]
    reasons: tuple[Reason, ...]

    def to_json(self) -> dict[str, Any]:
        r = self.row
        return {
            "id": r.id, "source_id": r.source_id, "platform": r.platform, "external_id": r.external_id,
            "author": r.author, "stars": r.stars, "title": r.title, "text": r.text, "lang": r.lang,
            "created_at": r.created_at, "status": r.status, "level": r.level,
            "categories": list(self.categories),
            "reasons": [
                {"category": x.category, "label_en": x.label_en, "label_fr": x.label_fr,
                 "evidence": x.evidence, "start": x.start, "end": x.end}
                for x in self.reasons
            ],
            "due_at": r.due_at, "reply_state": r.reply_state, "removed": r.removed,
        }


def _explained(row: ListedReview) -> FoundReview:
    try:
        analysis = Analysis.from_json(row.analysis_json) if row.analysis_json else None
    except ValueError:  # an unreadable old result: listed without reasons, re-analysed later
        analysis = None
    if analysis is None:
        return FoundReview(row, (), ())
    reasons = tuple(Reason(e.category, e.label_en, e.label_fr, e.text, e.start, e.end) for e in analysis.evidence)
    return FoundReview(row, analysis.categories, reasons)


def review_filter(
    *, search: str = "", levels: Sequence[str] = (), needs_reply: bool = False, source_id: int | None = None,
) -> ReviewFilter:
    """The inbox filter `review list` means (also on a team server); ValueError for an unknown level."""
    unknown = [lv for lv in levels if lv not in LEVELS]
    if unknown:
        raise ValueError(f"unknown level {unknown[0]!r}; choose among {', '.join(LEVELS)}")
    return ReviewFilter(view="needs_reply" if needs_reply else "all", search=search, source_id=source_id,
                        levels=tuple(levels), sort="newest")


def find_reviews(
    store: Store,
    *,
    search: str = "",
    levels: Sequence[str] = (),
    needs_reply: bool = False,
    source_id: int | None = None,
    limit: int | None = None,
) -> list[FoundReview]:
    """Reviews matching, newest first (the window's rules: same search, same "needs reply").

    Raises ValueError for an unknown level.
    """
    f = review_filter(search=search, levels=levels, needs_reply=needs_reply, source_id=source_id)
    return [_explained(row) for row in fetch_listing(store, search_ids(store, f, limit=limit))]
