"""The share of automatic replies: of the replies posted in a period, how many an
automatic-reply rule wrote (and nobody edited). Shown on the dashboard and in
`workstation metrics --json`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from workstation.store.auto_replies import sent_replies
from workstation.store.db import Store
from workstation.store.metrics_data import parse_time

Posted = tuple[datetime | None, bool]  # (posted at, automatic)


@dataclass(frozen=True, slots=True)
class AutomaticShare:
    automatic: int = 0
    replies: int = 0

    @property
    def share(self) -> float | None:
        return self.automatic / self.replies if self.replies else None

    def as_json(self) -> dict[str, object]:
        share = self.share
        return {"automatic": self.automatic, "replies": self.replies,
                "share": None if share is None else round(share, 4)}


def load_posted(store: Store) -> list[Posted]:
    """Every posted reply's time and whether a rule wrote it."""
    return [(parse_time(at), automatic) for at, automatic in sent_replies(store)]


def automatic_share(posted: Iterable[Posted], *, start: datetime | None, end: datetime | None) -> AutomaticShare:
    """Replies posted in [start, end) (None: unbounded); undated ones count only without bounds."""
    automatic = replies = 0
    for at, is_auto in posted:
        if (start is not None or end is not None) and at is None:
            continue
        if at is not None and ((start is not None and at < start) or (end is not None and at >= end)):
            continue
        replies += 1
        automatic += is_auto
    return AutomaticShare(automatic, replies)
