"""A first import on a team server builds the review indexes once (store/postgres/bulk.py):
the same indexes afterwards (names and definitions), all of them after a failure, the
ordinary path for a re-import, and two desktops taking the bulk path at once store each
review once."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from tests.team.workers import T0, open_store, review
from workstation.store.bulk import BULK_MIN_ROWS
from workstation.store.postgres import reviews
from workstation.store.postgres.connection import PgStore
from workstation.store.postgres.reviews import import_records
from workstation.store.postgres.schema import BULK_REBUILT_INDEXES


def indexes(store: PgStore) -> list[tuple[str, str]]:
    with store.connection() as conn:
        return [(str(n), str(d)) for n, d in conn.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'reviews' ORDER BY indexname")]


@pytest.fixture
def rebuilt(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each import's transaction (each attempt) took the bulk path, in order."""
    taken: list[bool] = []
    real = reviews.indexes_built_after

    @contextlib.contextmanager
    def recording(conn: Any, *, new_rows: int) -> Iterator[bool]:
        with real(conn, new_rows=new_rows) as did:
            taken.append(did)
            yield did

    monkeypatch.setattr(reviews, "indexes_built_after", recording)
    return taken


def test_a_first_import_rebuilds_exactly_the_same_indexes(pg_url: str, rebuilt: list[bool]) -> None:
    with open_store(pg_url) as store:
        before = indexes(store)
        assert {name for name, _ in before} >= set(BULK_REBUILT_INDEXES)
        n = BULK_MIN_ROWS + 200
        result = import_records(store, [review(i) for i in range(n)], now=T0)
        assert rebuilt == [True]
        assert result.imported == n and len(result.new_ids) == n
        assert indexes(store) == before
        assert store.scalar("SELECT count(*) FROM reviews WHERE search_doc @@ to_tsquery('simple', 'croissants')") == n
        assert store.scalar("SELECT count(DISTINCT review_id) FROM review_change_log") == n
        again = import_records(store, [review(i) for i in range(n)], now=T0)  # not twice the table
        assert rebuilt == [True]  # decided before the transaction: no lock taken
        assert (again.imported, again.unchanged) == (0, n)
        assert indexes(store) == before


def test_a_small_import_or_a_full_table_keeps_the_indexes(pg_url: str, rebuilt: list[bool]) -> None:
    with open_store(pg_url) as store:
        import_records(store, [review(i) for i in range(BULK_MIN_ROWS - 1)], now=T0)  # too few rows
        import_records(store, [review(i) for i in range(2 * BULK_MIN_ROWS - 3)], now=T0)  # < 2 × the table
        assert rebuilt == []
        assert store.scalar("SELECT count(*) FROM reviews") == 2 * BULK_MIN_ROWS - 3


def test_a_failure_between_drop_and_build_leaves_every_index(pg_url: str, rebuilt: list[bool],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    real = reviews.ingest_in_transaction

    def failing(conn: Any, *args: Any, **kwargs: Any) -> Any:
        real(conn, *args, **kwargs)  # the rows are in, the indexes dropped
        raise RuntimeError("injected failure")

    monkeypatch.setattr(reviews, "ingest_in_transaction", failing)
    with open_store(pg_url) as store:
        before = indexes(store)
        with pytest.raises(RuntimeError, match="injected"):
            import_records(store, [review(i) for i in range(BULK_MIN_ROWS)], now=T0)
        assert rebuilt == [True]
        assert indexes(store) == before
        assert store.scalar("SELECT count(*) FROM reviews") == 0


def test_two_desktops_taking_the_bulk_path_at_once_store_each_review_once(
    pg_url: str, rebuilt: list[bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both decide on an empty server; the first drops the indexes and inserts, the second
    waits for the table's lock (holding nothing), then counts again — the first file is not
    half of its own — and takes the bulk path too, over the overlap."""
    first = [review(i) for i in range(BULK_MIN_ROWS)]
    second = [review(i) for i in range(BULK_MIN_ROWS // 2, 3 * BULK_MIN_ROWS)]  # 2,500 ≥ 2 × 1,000
    decided = threading.Barrier(2, timeout=60)
    inserted, release = threading.Event(), threading.Event()
    real_may, real_ingest = reviews.may_rebuild, reviews.ingest_in_transaction

    def may_rebuild(store: PgStore, new_rows: int) -> bool:
        did = real_may(store, new_rows)
        decided.wait()  # both have decided before either locks
        if threading.current_thread().name == "second":
            assert inserted.wait(60)  # and the first holds the lock
        return did

    def ingest(conn: Any, *args: Any, **kwargs: Any) -> Any:
        done = real_ingest(conn, *args, **kwargs)
        if threading.current_thread().name == "first":
            inserted.set()
            assert release.wait(60)
        return done

    monkeypatch.setattr(reviews, "may_rebuild", may_rebuild)
    monkeypatch.setattr(reviews, "ingest_in_transaction", ingest)
    results: dict[str, Any] = {}
    with open_store(pg_url) as store, open_store(pg_url) as other, open_store(pg_url) as watcher:
        before = indexes(watcher)

        def run(name: str, on: PgStore, records: list[Any]) -> None:
            results[name] = import_records(on, records, now=T0)

        threads = [threading.Thread(target=run, args=(name, on, records), name=name)
                   for name, on, records in (("first", store, first), ("second", other, second))]
        for thread in threads:
            thread.start()
        _wait_until_waiting_for_the_table(watcher)
        release.set()
        for thread in threads:
            thread.join(120)
        assert set(results) == {"first", "second"}
        assert rebuilt == [True, True]
        assert results["first"].imported == len(first)
        assert (results["second"].imported, results["second"].unchanged) == (len(second) - len(first) // 2,
                                                                             len(first) // 2)
        assert watcher.scalar("SELECT count(*) FROM reviews") == 3 * BULK_MIN_ROWS
        assert watcher.scalar("SELECT count(DISTINCT external_id) FROM reviews") == 3 * BULK_MIN_ROWS
        assert indexes(watcher) == before


def _wait_until_waiting_for_the_table(store: PgStore, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not store.scalar("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                           "AND wait_event_type = 'Lock' AND query LIKE 'LOCK TABLE reviews%%'"):
        assert time.monotonic() < deadline, "the second import never waited for the first one's lock"
        time.sleep(0.01)
