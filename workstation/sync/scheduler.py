"""Which sources are due for a sync: the UI's timer asks, the sync runs them.

A source with `sync_interval_min` is due once that many minutes have passed since its
last completed sync (never synced: due now). An offline or failing source is retried
sooner, yet never in a storm: at most every `retry_min` minutes after the last
attempt, which the scheduler remembers (attempts are not stored in the database).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from workstation.domain import from_iso
from workstation.store.sync_state import SourceRow
from workstation.sync.source_sync import syncable

#: How soon an offline/failed source is tried again (capped by its own interval).
DEFAULT_RETRY_MIN = 5
_NEVER = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass
class SyncScheduler:
    """Plain-data scheduler; the UI calls `due(...)` from a timer and `attempted(...)`
    when it starts a sync."""

    retry_min: int = DEFAULT_RETRY_MIN
    last_attempt: dict[int, datetime] = field(default_factory=dict)

    def attempted(self, source_id: int, now: datetime) -> None:
        self.last_attempt[source_id] = now

    def next_sync_at(self, source: SourceRow) -> datetime | None:
        """When `source` should sync next; None when it has no schedule."""
        if not syncable(source) or not source.sync_interval_min or source.sync_interval_min <= 0:
            return None
        try:
            last = from_iso(source.last_synced_at) or _NEVER
        except ValueError:
            last = _NEVER  # a damaged timestamp: sync now rather than never
        interval = timedelta(minutes=source.sync_interval_min)
        when = last + interval if last is not _NEVER else _NEVER
        tried = self.last_attempt.get(source.id)
        if tried is not None and tried >= last:
            # The last attempt did not complete (or is running): wait before the next one.
            wait = min(interval, timedelta(minutes=self.retry_min)) if source.status != "ok" else interval
            when = max(when, tried + wait)
        return when

    def due(self, sources: Sequence[SourceRow], now: datetime) -> list[int]:
        """Ids of the sources due at `now`, the longest-waiting first."""
        due = [(when, s.id) for s in sources if (when := self.next_sync_at(s)) is not None and when <= now]
        return [sid for _when, sid in sorted(due)]

    def seconds_until_next(self, sources: Sequence[SourceRow], now: datetime) -> float | None:
        """How long the UI timer may sleep before something is due (0: now; None: nothing scheduled)."""
        times = [t for s in sources if (t := self.next_sync_at(s)) is not None]
        if not times:
            return None
        return max(0.0, (min(times) - now).total_seconds())
