"""Triage results on a team server: claiming reviews to analyse, storing what the analysis found,
and what the deadlines are computed from.

The rows in and out are the SQLite store's (`store.analysis_results`, `store.metrics_data`),
so the pure analysis and metrics code runs unchanged on both engines. What differs is
concurrency: several desktops may process new reviews at the same moment, so
- a batch is *claimed* with `SELECT … FOR UPDATE OF r SKIP LOCKED` and its results are
  written in the same transaction: another desktop skips the claimed rows and takes the
  next ones, and once the claim commits the rows carry the current analysis version, so
  nobody analyses them again (a killed desktop's claim ends with its connection);
- the writes that several runs may repeat (batch flags, crises, deadlines) are idempotent
  upserts or happen under a transaction-scoped advisory lock, so two runs never clobber
  each other with a half-written state.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime
from typing import Any

import psycopg

from workstation.domain import from_iso, to_iso, utcnow
from workstation.store.analysis_results import (
    AnalysedReview,
    AnalysisRow,
    CrisisRow,
    PendingReview,
    update_params,
)
from workstation.store.metrics_data import ReviewFactRows
from workstation.store.postgres.connection import PgStore

Conn = psycopg.Connection[Any]

#: pg_advisory_xact_lock key held while deadlines are rewritten (one writer at a time).
DEADLINES_LOCK_KEY = 0x5753_0003

_PENDING = "(r.analysis_version IS NULL OR r.analysis_version <> %(version)s)"


def count_pending(store: PgStore, version: int) -> int:
    return int(store.scalar(f"SELECT count(*) FROM reviews r WHERE {_PENDING}", {"version": version}))


@contextlib.contextmanager
def claimed_batch(store: PgStore, version: int, limit: int) -> Iterator[tuple[list[PendingReview], Conn]]:
    """The next reviews to analyse (newest first, as on SQLite), locked for this desktop until
    the block ends; results saved with `save_analysis(conn, …)` inside it commit with the claim."""
    with store.transaction() as conn:
        rows = conn.execute(
            "SELECT r.id, r.text, r.title, r.stars, r.lang, r.created_at, s.platform, r.author "
            "FROM reviews r JOIN sources s ON s.id = r.source_id "
            f"WHERE {_PENDING} ORDER BY r.created_at DESC NULLS LAST, r.id DESC LIMIT %(limit)s "
            "FOR UPDATE OF r SKIP LOCKED",
            {"version": version, "limit": limit},
        ).fetchall()
        yield [PendingReview(r[0], r[1], r[2], r[3], r[4], from_iso(r[5]), r[6], r[7]) for r in rows], conn


def save_analysis(conn: Conn, rows: Sequence[AnalysisRow]) -> None:
    """A claimed batch's results (labels replaced, not merged), in the claim's transaction."""
    if not rows:
        return
    with conn.cursor() as cur:
        cur.executemany(
            "UPDATE reviews SET lang = coalesce(lang, %s), sentiment = %s, urgency = %s, level = %s, "
            "analysis_json = %s, analysis_version = %s WHERE id = %s",
            update_params(rows),
        )
        cur.execute("DELETE FROM review_labels WHERE review_id = ANY(%s)", ([r.review_id for r in rows],))
        cur.executemany(
            "INSERT INTO review_labels (review_id, kind, label, sentiment) VALUES (%s, %s, %s, %s) "
            "ON CONFLICT (review_id, kind, label) DO UPDATE SET sentiment = excluded.sentiment",
            [(r.review_id, kind, label, sentiment) for r in rows for kind, label, sentiment in r.labels],
        )


def recent_analyses(store: PgStore, since: datetime) -> list[AnalysedReview]:
    with store.connection() as conn:
        rows = conn.execute(
            "SELECT id, created_at, text, stars, analysis_json FROM reviews "
            "WHERE created_at >= %s AND analysis_json IS NOT NULL ORDER BY id",
            (to_iso(since),),
        ).fetchall()
    return [AnalysedReview(r[0], from_iso(r[1]), r[2], r[3], r[4]) for r in rows]


def add_flags(store: PgStore, flags: Mapping[int, Sequence[str]]) -> None:
    rows = [(review_id, flag) for review_id, names in flags.items() for flag in names]
    if not rows:
        return
    with store.transaction() as conn, conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO review_labels (review_id, kind, label, sentiment) VALUES (%s, 'flag', %s, NULL) "
            "ON CONFLICT DO NOTHING",
            rows,
        )


def save_crises(store: PgStore, crises: Sequence[CrisisRow], *, now: datetime | None = None) -> int:
    """Insert new crises, update known ones (by key); returns how many this call created.

    One upsert per crisis: two desktops detecting the same spike store it once, and only the
    one whose insert won counts it as new (`xmax = 0` marks a row this statement inserted)."""
    stamp = to_iso(now or utcnow())
    new = 0
    with store.transaction() as conn:
        for c in crises:
            row = conn.execute(
                "INSERT INTO crises (key, kind, label, detected_at, window_start, window_end, count, "
                "baseline_per_day, review_ids, evidence) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s) "
                "ON CONFLICT (key) DO UPDATE SET window_end = excluded.window_end, count = excluded.count, "
                "review_ids = excluded.review_ids, evidence = excluded.evidence "
                "RETURNING (xmax = 0)",
                (c.key, c.kind, c.label, stamp, to_iso(c.window_start), to_iso(c.window_end), c.count,
                 c.baseline_per_day, json.dumps(list(c.review_ids)), json.dumps(list(c.evidence))),
            ).fetchone()
            new += 1 if row and row[0] else 0
    return new


def label_values(store: PgStore, kind: str) -> list[tuple[str, int]]:
    """Labels of a kind with their number of reviews, most used first (for the filters)."""
    with store.connection() as conn:
        rows = conn.execute(
            "SELECT label, count(*) FROM review_labels WHERE kind = %s GROUP BY label "
            "ORDER BY 2 DESC, label COLLATE \"C\"",
            (kind,),
        ).fetchall()
    return [(str(r[0]), int(r[1])) for r in rows]


# -- what deadlines are computed from ---------------------------------------------------

def review_fact_rows(store: PgStore) -> ReviewFactRows:
    """Every review's metrics input, as `store.metrics_data.review_fact_rows` reads it on SQLite."""
    with store.connection() as conn:
        replies = dict(conn.execute(
            "SELECT review_id, min(posted_at) FROM replies WHERE state = 'sent' AND posted_at IS NOT NULL "
            "GROUP BY review_id").fetchall())
        grouped: dict[int, list[str]] = {}
        for rid, label in conn.execute("SELECT review_id, label FROM review_labels WHERE kind = 'topic'"):
            grouped.setdefault(rid, []).append(label)
        locations: dict[int | None, str | None] = dict(conn.execute("SELECT id, name FROM locations").fetchall())
        platforms: dict[int, str] = dict(conn.execute("SELECT id, platform FROM sources").fetchall())
        rows = conn.execute(
            "SELECT id, created_at, first_seen_at, stars, level, sentiment, location_id, source_id, "
            "status, removed_on_platform FROM reviews ORDER BY id").fetchall()
    topics = {rid: tuple(sorted(labels)) for rid, labels in grouped.items()}
    return ReviewFactRows(rows, replies, topics, locations, platforms)


def save_deadlines(store: PgStore, deadlines: Mapping[int, datetime | None]) -> None:
    """Store each unanswered review's deadline; the others lose theirs. One writer at a time
    (advisory lock), so two desktops' runs land one after the other, never interleaved."""
    due = [(review_id, to_iso(at)) for review_id, at in deadlines.items() if at is not None]
    with store.transaction() as conn:
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (DEADLINES_LOCK_KEY,))
        conn.execute(
            "UPDATE reviews SET due_at = NULL WHERE due_at IS NOT NULL AND NOT (id = ANY(%s))",
            ([review_id for review_id, _ in due],),
        )
        conn.execute(
            "UPDATE reviews r SET due_at = d.due FROM unnest(%s::bigint[], %s::text[]) AS d(id, due) "
            "WHERE r.id = d.id AND r.due_at IS DISTINCT FROM d.due",
            ([review_id for review_id, _ in due], [at for _, at in due]),
        )


def set_review_status(store: PgStore, review_id: int, status: str, changed_at: str | None) -> bool:
    """A desktop's triage of one review (done, archived…): the latest decision counts, as when
    two people triage on one computer. False when the review does not exist."""
    with store.transaction() as conn:
        cur = conn.execute("UPDATE reviews SET status = %s, status_changed_at = coalesce(%s, status_changed_at) "
                           "WHERE id = %s", (status, changed_at, review_id))
        return cur.rowcount > 0
