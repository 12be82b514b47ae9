"""Big imports take the bulk road (FTS trigger and secondary indexes dropped, then built once
in the same transaction); the outcome must be the same as row by row, and all-or-nothing."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from workstation.domain import ReplyRecord, ReviewRecord
from workstation.store import ReviewFilter, Store, import_records, queries
from workstation.store.bulk import BULK_MIN_ROWS
from workstation.store.sync_state import save_page

T0 = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


def records(n: int, *, start: int = 0, platforms: tuple[str, ...] = ("google", "trustpilot")) -> list[ReviewRecord]:
    return [
        ReviewRecord(
            text=f"Très bon café numéro {i}" if i % 2 else f"Hôpital visit {i}",
            stars=1 + i % 5, author=f"Author {i}", created_at=T0 - timedelta(minutes=i),
            external_id=f"r{i}", platform=platforms[i % len(platforms)],
            reply=ReplyRecord(f"Merci {i}") if i % 7 == 0 else None,
        )
        for i in range(start, start + n)
    ]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "db.sqlite3")
    yield s
    s.close()


def fts_consistent(store: Store) -> bool:
    try:
        store._conn.execute("INSERT INTO reviews_fts (reviews_fts, rank) VALUES ('integrity-check', 1)")
    except sqlite3.DatabaseError:
        return False
    return True


def schema(store: Store) -> list[tuple[str, str, str]]:
    return [tuple(r) for r in store._conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name")]


def test_big_import_is_searchable_and_keeps_the_trigger_and_indexes(store: Store) -> None:
    before = schema(store)
    statements: list[str] = []
    store._conn.set_trace_callback(statements.append)
    n = BULK_MIN_ROWS + 500
    result = import_records(store, records(n), platform_hint="google")
    store._conn.set_trace_callback(None)
    assert result.imported == n and len(result.new_ids) == n
    assert any(s.startswith("DROP INDEX") for s in statements)  # the bulk road was taken
    assert schema(store) == before
    assert store.integrity_ok()  # indexes built at the end agree with the table
    assert store.scalar("SELECT count(*) FROM reviews_fts") == n
    assert fts_consistent(store)
    assert len(queries.search_ids(store, ReviewFilter(view="all", search="hopital"))) == (n + 1) // 2
    assert store.scalar("SELECT count(*) FROM replies") == len([i for i in range(n) if i % 7 == 0])
    # The restored trigger indexes later small writes (a sync page) row by row again.
    page = [ReviewRecord(text="Croissant sublime", stars=5, external_id="p1", created_at=T0)]
    save_page(store, 1, page, cursor=None, now=T0)
    assert len(queries.search_ids(store, ReviewFilter(view="all", search="croissant"))) == 1
    assert fts_consistent(store)


def test_big_reimport_dedups_and_versions(store: Store) -> None:
    n = BULK_MIN_ROWS + 10
    import_records(store, records(n), platform_hint="google")
    again = records(n)
    again[3] = ReviewRecord(text="Changed my mind", stars=2, author="Author 3", created_at=T0,
                            external_id="r3", platform="trustpilot")
    result = import_records(store, again + records(BULK_MIN_ROWS, start=n), platform_hint="google")
    assert (result.imported, result.updated, result.unchanged) == (BULK_MIN_ROWS, 1, n - 1)
    assert store.scalar("SELECT count(*) FROM reviews") == n + BULK_MIN_ROWS
    assert store.scalar("SELECT count(*) FROM review_versions") == 1
    assert len(queries.search_ids(store, ReviewFilter(view="all", search="changed mind"))) == 1
    assert fts_consistent(store)


def test_reimport_of_a_stored_file_does_not_rebuild_the_indexes(store: Store) -> None:
    n = BULK_MIN_ROWS + 10
    import_records(store, records(n), platform_hint="google")
    statements: list[str] = []
    store._conn.set_trace_callback(statements.append)
    result = import_records(store, records(n), platform_hint="google")
    store._conn.set_trace_callback(None)
    assert result.unchanged == n and not any(s.startswith("DROP INDEX") for s in statements)


def test_failed_big_import_changes_nothing(store: Store) -> None:
    import_records(store, records(5), platform_hint="google")
    before = schema(store)
    bad = records(BULK_MIN_ROWS + 10, start=100)
    bad[-1] = ReviewRecord(text="x", stars=9, external_id="bad", platform="google")  # stars CHECK fails
    with pytest.raises(sqlite3.IntegrityError):
        import_records(store, bad, platform_hint="google")
    assert store.scalar("SELECT count(*) FROM reviews") == 5
    assert store.scalar("SELECT count(*) FROM reviews_fts") == 5
    assert schema(store) == before
    assert store.integrity_ok() and fts_consistent(store)
    assert store.scalar("PRAGMA cache_size") == -2000  # the connection's own setting is back
