"""The scheduler: due sources from interval and last sync, calm retries when offline."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from workstation.store.sync_state import SourceRow
from workstation.sync import SyncScheduler

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def source(sid: int, *, interval: int | None = 60, last: datetime | None = None, status: str = "ok",
           platform: str = "google_business", kind: str = "api") -> SourceRow:
    return SourceRow(sid, platform, f"s{sid}", kind, None, {}, None, None, interval,
                     last.strftime("%Y-%m-%dT%H:%M:%SZ") if last else None, status, None)


def test_due_by_interval_and_never_synced_first() -> None:
    sched = SyncScheduler()
    sources = [
        source(1, last=NOW - timedelta(minutes=30)),  # not yet
        source(2, last=NOW - timedelta(minutes=61)),  # due
        source(3, last=None),  # never synced: due now
        source(4, interval=None, last=None),  # manual only
        source(5, platform="yelp", kind="file"),  # no API
    ]
    assert sched.due(sources, NOW) == [3, 2]
    assert sched.seconds_until_next(sources, NOW) == 0
    assert sched.seconds_until_next([sources[0]], NOW) == 30 * 60
    assert sched.seconds_until_next([sources[3]], NOW) is None


def test_offline_source_is_retried_calmly_not_in_a_storm() -> None:
    sched = SyncScheduler(retry_min=5)
    offline = source(1, last=None, status="offline")
    assert sched.due([offline], NOW) == [1]
    sched.attempted(1, NOW)
    assert sched.due([offline], NOW + timedelta(minutes=1)) == []
    assert sched.due([offline], NOW + timedelta(minutes=5)) == [1]
    # A source synced an hour ago that then went offline: retried after 5 min, not 60.
    failing = source(2, last=NOW - timedelta(minutes=90), status="offline")
    sched.attempted(2, NOW)
    assert sched.seconds_until_next([failing], NOW) == 5 * 60


def test_damaged_timestamp_means_sync_now() -> None:
    bad = SourceRow(1, "google_business", "x", "api", None, {}, None, None, 60, "not a date", "ok", None)
    assert SyncScheduler().due([bad], NOW) == [1]
