"""What an operation changed: the change set every mutation returns (like Anki's OpChanges).

The core decides what changed; the window only reads the flags to know which views to
redraw, and the command line ignores them. Flags say *what kind* of data changed;
`review_ids` narrows "reviews changed" to a few rows when the operation knows them
(empty means "possibly many": redraw the list).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, fields

ProgressFn = Callable[[int, int], None]
"""`progress(done, total)`, called between batches (from the thread running the operation)."""


@dataclass(frozen=True)
class OpChanges:
    """Kinds of data an operation changed; combine two with `|`."""

    reviews: bool = False  # review rows: text, triage status, analysis, deadlines, reply state
    counts: bool = False  # how many reviews each view holds (sidebar badges, tray)
    outbox: bool = False  # replies waiting, sent or failed
    drafts: bool = False  # unsent reply drafts
    labels: bool = False  # the categories/topics/flags the filter offers
    crises: bool = False  # crisis alerts
    sources: bool = False  # sources, their sync state
    settings: bool = False  # business settings (targets, opening hours, reply settings)
    review_ids: frozenset[int] = frozenset()  # the reviews concerned, when few and known

    def __or__(self, other: OpChanges) -> OpChanges:
        merged = {f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)}
        # Ids only narrow a change when both sides named theirs; otherwise "many" wins.
        both_named = bool(self.review_ids or not self.reviews) and bool(other.review_ids or not other.reviews)
        merged["review_ids"] = self.review_ids | other.review_ids if both_named else frozenset()
        return OpChanges(**merged)

    @property
    def empty(self) -> bool:
        return not any(getattr(self, f.name) for f in fields(self) if f.name != "review_ids")


NO_CHANGES = OpChanges()


class CancelToken:
    """Asked to stop by one thread, checked by another between small batches.

    Calling the token answers "was I cancelled?", so it fits every `cancelled=` hook
    of the core (importers, analysis) as is.
    """

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def __call__(self) -> bool:
        return self._event.is_set()


Cancelled = Callable[[], bool]
"""Any `() -> bool` answering "stop now?": a CancelToken, or a Qt job's flag."""


def never() -> bool:
    """The token of an operation nobody cancels (the command line)."""
    return False
