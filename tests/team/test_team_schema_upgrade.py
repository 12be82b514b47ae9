"""A server set up by an earlier app version (schema 6, schema 7) is migrated in place: its
reviews kept, the indexes no query read gone (they only slowed imports), and the two partial
indexes that replace them usable by the views they are for (Archived / No reply needed,
Outbox) — checked on the plan, with sequential scans ruled out, since a tiny test table
would otherwise always be read end to end. Schema 8 remakes the search column with its
cheaper expression (the same words: every stored review's document is unchanged) and logs
new reviews without ON CONFLICT (the same change-log entries). Schema 10 keeps only set,
non-zero urgencies in the urgency sort's index (an import no longer writes it), the sort
listing the same reviews in the same order."""

from __future__ import annotations

from typing import Any

import psycopg

from tests.team.workers import T0, review
from workstation.domain import to_iso
from workstation.store.location import PostgresLocation, parse_store_url
from workstation.store.postgres.connection import PgStore
from workstation.store.postgres.reviews import import_records
from workstation.store.postgres.schema import PG_MIGRATIONS, PG_SCHEMA_VERSION
from workstation.store.postgres.search import listing_sql, page_queries, search_ids
from workstation.store.queries import ReviewFilter

_DROPPED = {"reviews_due", "reviews_analysis_version", "reviews_source", "reviews_status"}


def _where(url: str) -> PostgresLocation:
    where = parse_store_url(url)
    assert isinstance(where, PostgresLocation)
    return where


def _set_up_schema(url: str, version: int = 6) -> None:
    """What an earlier version left on the server: migrations 1 to `version` and a few reviews."""
    with psycopg.connect(url) as conn:
        conn.execute("CREATE TABLE workstation_schema (version INTEGER NOT NULL)")
        for step in range(1, version + 1):
            for statement in PG_MIGRATIONS[step]:
                conn.execute(statement)  # type: ignore[arg-type]  # our own constant SQL
            conn.execute("INSERT INTO workstation_schema (version) VALUES (%s)", (step,))
        stamp = to_iso(T0)
        source = conn.execute("INSERT INTO sources (platform, name, created_at) VALUES ('google_business', "
                              "'file', %s) RETURNING id", (stamp,)).fetchone()
        assert source is not None
        for i, (status, reply_state) in enumerate([("open", "none"), ("archived", "none"), ("open", "queued")]):
            conn.execute("INSERT INTO reviews (source_id, external_id, text, created_at, first_seen_at, "
                         "last_seen_at, status, reply_state) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
                         (source[0], f"old-{i}", f"avis numéro {i}", stamp, stamp, stamp, status, reply_state))


def _indexes(store: PgStore) -> set[str]:
    with store.connection() as conn:
        return {str(r[0]) for r in conn.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'reviews'")}


def _plan(store: PgStore, f: ReviewFilter) -> str:
    sql, params = listing_sql(f, limit=100)
    with store.connection() as conn, conn.transaction(force_rollback=True):
        conn.execute("SET LOCAL enable_seqscan = off")
        rows: list[Any] = conn.execute("EXPLAIN " + sql, params).fetchall()  # type: ignore[arg-type]
    return "\n".join(str(r[0]) for r in rows)


def test_a_schema_6_server_is_migrated_keeping_its_reviews(pg_url: str) -> None:
    _set_up_schema(pg_url)
    with PgStore(_where(pg_url)) as store:
        assert store.version == PG_SCHEMA_VERSION == 10
        assert store.scalar("SELECT count(*) FROM reviews") == 3
        indexes = _indexes(store)
        assert not indexes & _DROPPED
        assert {"reviews_created", "reviews_closed", "reviews_in_outbox", "reviews_search"} <= indexes
        assert len(search_ids(store, ReviewFilter(view="archived"))) == 1
        assert len(search_ids(store, ReviewFilter(view="outbox"))) == 1
        assert len(search_ids(store, ReviewFilter(view="all", search="numero"))) == 3
        # Imports keep working on the migrated table, and land beside the old reviews.
        assert import_records(store, [review(i) for i in range(5)], now=T0).imported == 5
        assert store.scalar("SELECT count(*) FROM reviews") == 8


def test_the_closed_and_outbox_views_can_read_their_partial_indexes(pg_url: str) -> None:
    with PgStore(_where(pg_url)) as store:
        for view in ("archived", "no_reply_needed"):
            assert "reviews_closed" in _plan(store, ReviewFilter(view=view))
        assert "reviews_in_outbox" in _plan(store, ReviewFilter(view="outbox"))
        # The inbox's own view is not one of them: it walks the date index, as before.
        assert "reviews_closed" not in _plan(store, ReviewFilter(view="needs_reply"))


_TRICKY = ["Écrivez à contact@hotel-du-port.fr\tou https://www.hotel.fr/a?b=1", "Check-in 14:00\nwi-fi  l’hôtel",
           "Crème\u00a0brûlée\u3000v2.0.1 3,5 -12"]


def test_a_schema_7_server_keeps_every_search_document_and_logs_new_reviews_once(pg_url: str) -> None:
    _set_up_schema(pg_url, 7)
    with psycopg.connect(pg_url) as conn:
        source = conn.execute("SELECT id FROM sources").fetchone()
        assert source is not None
        for i, text in enumerate(_TRICKY):
            conn.execute("INSERT INTO reviews (source_id, external_id, title, text, author, first_seen_at, "
                         "last_seen_at) VALUES (%s, %s, 'Titre-ici', %s, 'Zoë O’Neil', 'x', 'x')",
                         (source[0], f"tricky-{i}", text))
        before = dict(conn.execute("SELECT external_id, search_doc::text FROM reviews").fetchall())
    with PgStore(_where(pg_url)) as store:
        assert store.version == PG_SCHEMA_VERSION
        with store.connection() as conn:
            after = dict(conn.execute("SELECT external_id, search_doc::text FROM reviews").fetchall())
            function = str(conn.execute("SELECT prosrc FROM pg_proc WHERE proname = 'workstation_log_new_reviews'")
                           .fetchone()[0])  # type: ignore[index]
        assert after == before and len(after) == 6
        assert "ON CONFLICT" not in function
        assert "reviews_search" in _indexes(store)
        assert len(search_ids(store, ReviewFilter(view="all", search="hotel du port"))) == 1
        assert len(search_ids(store, ReviewFilter(view="all", search="creme brulee"))) == 1
        # A new review still gets exactly one change-log entry; an edit in the same
        # transaction (ON CONFLICT kept there) does not add a second one.
        with store.transaction() as conn:
            new = conn.execute("INSERT INTO reviews (source_id, external_id, text, first_seen_at, last_seen_at) "
                               "VALUES (%s, 'fresh', 'nouveau', 'x', 'x') RETURNING id", (source[0],)).fetchone()
            assert new is not None
            conn.execute("UPDATE reviews SET text = 'modifié' WHERE id = %s", (new[0],))
        assert store.scalar("SELECT count(*) FROM review_change_log WHERE review_id = %s", (new[0],)) == 1


def _run_plan(store: PgStore, f: ReviewFilter, run: int) -> str:
    [(sql, params)] = page_queries(f, 100, run)
    with store.connection() as conn, conn.transaction(force_rollback=True):
        conn.execute("SET LOCAL enable_seqscan = off")
        rows: list[Any] = conn.execute("EXPLAIN " + sql, params).fetchall()  # type: ignore[arg-type]
    return "\n".join(str(r[0]) for r in rows)


def test_an_import_leaves_the_urgency_index_alone_and_each_urgency_run_reads_an_index(pg_url: str) -> None:
    with PgStore(_where(pg_url)) as store:
        empty = store.scalar("SELECT pg_relation_size('reviews_by_urgency')")
        assert import_records(store, [review(i) for i in range(300)], now=T0).imported == 300
        assert store.scalar("SELECT pg_relation_size('reviews_by_urgency')") == empty  # nothing written
        with store.connection() as conn:
            conn.execute("UPDATE reviews SET urgency = 0.5 WHERE id % 3 = 0")  # what triage does
        assert store.scalar("SELECT pg_relation_size('reviews_by_urgency')") > empty
        for f in (ReviewFilter(view="needs_reply", sort="urgency"), ReviewFilter(view="all", sort="urgency")):
            plans = [_run_plan(store, f, run) for run in range(3)]
            assert "reviews_by_urgency" in plans[0] and "reviews_by_urgency" in plans[2], plans
            assert "Index Scan Backward using reviews_created" in plans[1], plans[1]


def test_a_schema_9_server_gets_the_partial_urgency_index_and_the_same_urgency_order(pg_url: str) -> None:
    _set_up_schema(pg_url, 9)
    order = "coalesce(urgency, 0) DESC, created_at ASC NULLS FIRST, id ASC"
    with psycopg.connect(pg_url) as conn:
        source = conn.execute("SELECT id FROM sources").fetchone()
        assert source is not None
        for i, urgency in enumerate([0.7, None, 0.0, 0.7, -0.1, None]):
            conn.execute("INSERT INTO reviews (source_id, external_id, text, created_at, first_seen_at, "
                         "last_seen_at, urgency) VALUES (%s, %s, 'avis', %s, 'x', 'x', %s)",
                         (source[0], f"u-{i}", None if i == 5 else to_iso(T0), urgency))
        conn.execute("UPDATE reviews SET urgency = 0.4 WHERE external_id = 'old-1'")
        conn.execute("UPDATE reviews SET urgency = 0 WHERE external_id = 'old-2'")
        before = [str(r[0]) for r in conn.execute(f"SELECT external_id FROM reviews ORDER BY {order}")]
    assert before == ["u-0", "u-3", "old-1", "u-5", "old-0", "old-2", "u-1", "u-2", "u-4"]
    with PgStore(_where(pg_url)) as store:
        assert store.version == PG_SCHEMA_VERSION == 10
        with store.connection() as conn:
            definition = str(conn.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'reviews_by_urgency'")
                             .fetchone()[0])  # type: ignore[index]
            keys = {int(i): str(k) for i, k in conn.execute("SELECT id, external_id FROM reviews")}
        assert "WHERE (urgency <> " in definition
        assert [keys[i] for i in search_ids(store, ReviewFilter(view="all", sort="urgency"))] == before
        for limit in range(1, 10):
            assert [keys[i] for i in search_ids(store, ReviewFilter(view="all", sort="urgency"), limit=limit)] \
                == before[:limit]
