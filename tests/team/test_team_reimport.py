"""Re-importing on a team server (the batch joined on the server, unchanged reviews never sent
back nor rewritten): the counts stay those of SQLite, an edit made by two desktops at once is
versioned once, an unchanged review keeps its `last_seen_at` (no row rewritten), a removed
review that comes back is restored (its `last_seen_at` moves then),
and one file with several platforms fills each platform's source."""

from __future__ import annotations

import dataclasses
import threading
import time
from datetime import timedelta

from tests.team.workers import T0, open_store, review
from workstation.domain import ReviewRecord
from workstation.store.ingest import IngestResult
from workstation.store.postgres.reviews import import_records, ingest_in_transaction


def _counts(result: IngestResult) -> tuple[int, int, int, int]:
    return result.imported, result.updated, result.unchanged, result.removed


def test_an_unchanged_review_is_not_rewritten_and_a_returning_review_is_restored(pg_url: str) -> None:
    with open_store(pg_url) as store:
        import_records(store, [review(i) for i in range(5)], now=T0)
        same_day = import_records(store, [review(i) for i in range(5)], now=T0 + timedelta(hours=3))
        assert _counts(same_day) == (0, 0, 5, 0)
        next_day = import_records(store, [review(i) for i in range(5)], now=T0 + timedelta(days=1))
        assert _counts(next_day) == (0, 0, 5, 0)
        # `last_seen_at` is when the platform's copy was last stored, not every listing that showed it.
        assert store.scalar("SELECT max(last_seen_at) FROM reviews") == "2026-11-01T00:00:00Z"
        assert store.scalar("SELECT count(*) FROM review_change_log") == 5  # nothing new to pull
        gone = import_records(store, [dataclasses.replace(review(2), removed=True)], now=T0 + timedelta(days=1))
        assert _counts(gone) == (0, 0, 0, 1) and gone.changed_ids
        again_gone = import_records(store, [dataclasses.replace(review(2), removed=True)], now=T0 + timedelta(days=1))
        assert _counts(again_gone) == (0, 0, 1, 0)
        back = import_records(store, [review(2)], now=T0 + timedelta(days=1, hours=1))  # the same day: still restored
        assert _counts(back) == (0, 0, 1, 0)
        assert store.scalar("SELECT removed_on_platform FROM reviews WHERE external_id = 'r00002'") == 0
        assert store.scalar("SELECT last_seen_at FROM reviews WHERE external_id = 'r00002'") == "2026-11-02T01:00:00Z"
        assert store.scalar("SELECT count(*) FROM review_versions") == 0


def test_one_file_with_several_platforms_and_duplicates(pg_url: str) -> None:
    mixed = [review(1), dataclasses.replace(review(2), platform="trustpilot"), review(3),
             dataclasses.replace(review(4), platform="trustpilot"), review(1)]
    with open_store(pg_url) as store:
        assert _counts(import_records(store, mixed, now=T0)) == (4, 0, 1, 0)
        assert store.scalar("SELECT count(DISTINCT source_id) FROM reviews") == 2
        edited = dataclasses.replace(mixed[1], stars=5)
        assert _counts(import_records(store, [*mixed[:1], edited, *mixed[2:4]], now=T0)) == (0, 1, 3, 0)
        assert store.scalar("SELECT stars FROM reviews WHERE external_id = 'r00002'") == 5


def test_an_edit_imported_by_two_desktops_at_once_is_versioned_once(pg_url: str) -> None:
    edited = dataclasses.replace(review(3), text="Edited: the croissants were cold")
    with open_store(pg_url) as desk_a, open_store(pg_url) as desk_b, open_store(pg_url) as watcher:
        import_records(desk_a, [review(i) for i in range(5)], now=T0)
        source_id = int(desk_a.scalar("SELECT id FROM sources"))
        results: list[IngestResult] = []
        with desk_a.transaction() as conn:
            first = ingest_in_transaction(conn, [edited], source_id=source_id, default_location_id=None,
                                          stamp="2026-11-01T01:00:00Z")
            assert first.updated == 1
            # Desktop B imports the same edit while A's transaction still holds the row…
            other = threading.Thread(target=lambda: results.append(
                import_records(desk_b, [edited, review(4)], now=T0 + timedelta(hours=1))))
            other.start()
            _wait_until_blocked(watcher)
        # …and once A committed, B compares with A's text: nothing left to version.
        other.join(timeout=60)
        assert [_counts(r) for r in results] == [(0, 0, 2, 0)]
        assert desk_a.scalar("SELECT count(*) FROM review_versions") == 1
        assert desk_a.scalar("SELECT text FROM reviews WHERE external_id = 'r00003'") == edited.text


def _wait_until_blocked(watcher: object, timeout: float = 60.0) -> None:
    """Until another session waits for a row lock (B reached A's locked row)."""
    from workstation.store.postgres.connection import PgStore

    assert isinstance(watcher, PgStore)
    deadline = time.monotonic() + timeout
    while not watcher.scalar("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                             "AND datname = current_database()"):
        assert time.monotonic() < deadline, "the second import never waited for the first"
        time.sleep(0.02)


def test_an_empty_batch_writes_nothing(pg_url: str) -> None:
    records: list[ReviewRecord] = []
    with open_store(pg_url) as store:
        assert _counts(import_records(store, records, now=T0)) == (0, 0, 0, 0)
