"""Bringing reviews into a team server: each review stored once, however many desktops import.

The SQLite store can read "what exists" and then write, because one writer holds the file.
On a shared server two desktops may import overlapping files at the same moment, so:
1. new reviews go in with `INSERT … ON CONFLICT (source_id, external_id) DO NOTHING`
   (the unique key decides; a second inserter waits for the first and then does nothing);
2. the others are re-read `FOR UPDATE` (the latest committed text, locked until commit),
   compared, versioned and updated — so a change is versioned once, not once per desktop.
Keys are handled in sorted order so concurrent imports lock rows in the same order; a
deadlock PostgreSQL still detects is retried as a whole (the transaction left nothing).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, TypeVar

import psycopg
from psycopg import errors as pg_errors

from workstation.domain import ReplyRecord, ReplyState, ReviewRecord, to_iso, utcnow
from workstation.store.ingest import IngestResult, file_source_name, normalise_platform
from workstation.store.postgres.connection import PgStore

Conn = psycopg.Connection[Any]
T = TypeVar("T")
_RETRIES = 3


def retrying(store: PgStore, work: Callable[[Conn], T]) -> T:
    """Run `work` in one transaction, again when PostgreSQL chose it as a deadlock victim."""
    for attempt in range(_RETRIES):
        try:
            with store.transaction() as conn:
                return work(conn)
        except (pg_errors.DeadlockDetected, pg_errors.SerializationFailure):
            if attempt == _RETRIES - 1:
                raise
    raise AssertionError("unreachable")  # pragma: no cover


def ensure_location(conn: Conn, name: str, stamp: str) -> int:
    conn.execute("INSERT INTO locations (name, created_at) VALUES (%s, %s) ON CONFLICT (name) DO NOTHING",
                 (name, stamp))
    row = conn.execute("SELECT id FROM locations WHERE name = %s", (name,)).fetchone()
    assert row is not None
    return int(row[0])


def ensure_source(conn: Conn, platform: str, name: str, stamp: str, *, kind: str = "file") -> int:
    conn.execute(
        "INSERT INTO sources (platform, name, kind, created_at) VALUES (%s, %s, %s, %s) "
        "ON CONFLICT (platform, name) DO NOTHING",
        (platform, name, kind, stamp),
    )
    row = conn.execute("SELECT id FROM sources WHERE platform = %s AND name = %s", (platform, name)).fetchone()
    assert row is not None
    return int(row[0])


def import_records(
    store: PgStore,
    records: Sequence[ReviewRecord],
    *,
    platform_hint: str | None = None,
    default_location: str | None = None,
    now: datetime | None = None,
) -> IngestResult:
    """Store a file's records in one transaction, in per-platform file sources (as on SQLite)."""
    stamp = to_iso(now or utcnow())
    assert stamp is not None
    groups: dict[str, list[ReviewRecord]] = {}
    for record in records:
        groups.setdefault(normalise_platform(record.platform or platform_hint), []).append(record)

    def work(conn: Conn) -> IngestResult:
        result = IngestResult()
        location_id = ensure_location(conn, default_location.strip(), stamp) if default_location else None
        for platform in sorted(groups):  # the same order on every desktop
            source_id = ensure_source(conn, platform, file_source_name(platform), stamp)
            result.merge(ingest_in_transaction(conn, groups[platform], source_id=source_id,
                                               default_location_id=location_id, stamp=stamp))
        return result

    return retrying(store, work)


def ingest_page(
    store: PgStore,
    records: Sequence[ReviewRecord],
    *,
    source_id: int,
    cursor: str | None = None,
    now: datetime | None = None,
) -> IngestResult:
    """A synced page and the source's new cursor, in one transaction (as on SQLite)."""
    stamp = to_iso(now or utcnow())
    assert stamp is not None

    def work(conn: Conn) -> IngestResult:
        result = ingest_in_transaction(conn, list(records), source_id=source_id, default_location_id=None,
                                       stamp=stamp)
        conn.execute("UPDATE sources SET cursor = %s, last_synced_at = %s WHERE id = %s",
                     (cursor, stamp, source_id))
        return result

    return retrying(store, work)


def _latest_by_key(records: Sequence[ReviewRecord]) -> dict[str, ReviewRecord]:
    latest: dict[str, ReviewRecord] = {}
    for record in records:
        latest[record.key()] = record  # the same review twice in one batch: the later row wins
    return dict(sorted(latest.items()))


def _locations(conn: Conn, records: dict[str, ReviewRecord], stamp: str) -> dict[str, int]:
    names = sorted({r.location.strip() for r in records.values() if r.location and r.location.strip()})
    return {name: ensure_location(conn, name, stamp) for name in names}


_INSERT_NEW = """
INSERT INTO reviews (source_id, external_id, location_id, author, stars, title, text, lang, url,
                     created_at, updated_at, first_seen_at, last_seen_at, reply_state, removed_on_platform)
SELECT %(source)s, k, loc, a, s, ti, tx, lg, u, c, up, %(stamp)s, %(stamp)s, rs, rm
FROM unnest(%(keys)s::text[], %(locs)s::bigint[], %(authors)s::text[], %(stars)s::int[], %(titles)s::text[],
            %(texts)s::text[], %(langs)s::text[], %(urls)s::text[], %(created)s::text[], %(updated)s::text[],
            %(reply_states)s::text[], %(removed)s::int[])
     AS n(k, loc, a, s, ti, tx, lg, u, c, up, rs, rm)
ORDER BY k
ON CONFLICT (source_id, external_id) DO NOTHING
RETURNING external_id, id
"""


def _has_reply(record: ReviewRecord) -> bool:
    return bool(record.reply and record.reply.text.strip())


def _insert_new(conn: Conn, source_id: int, batch: dict[str, ReviewRecord], locations: dict[str, int],
                default_location_id: int | None, stamp: str) -> dict[str, int]:
    rows = list(batch.items())
    params = {
        "source": source_id, "stamp": stamp,
        "keys": [k for k, _ in rows],
        "locs": [locations.get((r.location or "").strip(), default_location_id) for _, r in rows],
        "authors": [r.author for _, r in rows], "stars": [r.stars for _, r in rows],
        "titles": [r.title for _, r in rows], "texts": [r.text for _, r in rows],
        "langs": [r.lang for _, r in rows], "urls": [r.url for _, r in rows],
        "created": [to_iso(r.created_at) for _, r in rows], "updated": [to_iso(r.updated_at) for _, r in rows],
        "reply_states": [str(ReplyState.SENT if _has_reply(r) else ReplyState.NONE) for _, r in rows],
        "removed": [int(r.removed) for _, r in rows],
    }
    return {str(key): int(rid) for key, rid in conn.execute(_INSERT_NEW, params).fetchall()}


def ingest_in_transaction(
    conn: Conn,
    records: list[ReviewRecord],
    *,
    source_id: int,
    default_location_id: int | None,
    stamp: str,
) -> IngestResult:
    """Insert, version or mark removed, inside the caller's transaction."""
    result = IngestResult()
    batch = _latest_by_key(records)
    result.unchanged += len(records) - len(batch)
    locations = _locations(conn, batch, stamp)
    inserted = _insert_new(conn, source_id, batch, locations, default_location_id, stamp)
    result.imported = len(inserted)
    result.new_ids = sorted(inserted.values())
    new_replies = [(inserted[k], r.reply) for k, r in batch.items()
                   if k in inserted and r.reply is not None and r.reply.text.strip()]
    if new_replies:
        _insert_replies(conn, new_replies, stamp)
        result.replies += len(new_replies)
    others = [k for k in batch if k not in inserted]
    if others:
        _update_existing(conn, source_id, {k: batch[k] for k in others}, stamp, result)
    return result


def _insert_replies(conn: Conn, replies: Sequence[tuple[int, ReplyRecord]], stamp: str) -> None:
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO replies (review_id, text, state, origin, external_id, posted_at, created_at, updated_at) "
            "VALUES (%s, %s, 'sent', 'import', %s, %s, %s, %s)",
            [(rid, r.text, r.external_id, to_iso(r.posted_at), stamp, stamp) for rid, r in replies],
        )


def _update_existing(conn: Conn, source_id: int, batch: dict[str, ReviewRecord], stamp: str,
                     result: IngestResult) -> None:
    rows = conn.execute(
        "SELECT external_id, id, author, stars, title, text, updated_at, removed_on_platform FROM reviews "
        "WHERE source_id = %s AND external_id = ANY(%s) ORDER BY external_id FOR UPDATE",
        (source_id, list(batch)),
    ).fetchall()
    ids = [int(r[1]) for r in rows]
    sent = {int(r[0]): (int(r[1]), str(r[2]), r[3]) for r in conn.execute(
        "SELECT DISTINCT ON (review_id) review_id, id, text, posted_at FROM replies "
        "WHERE state = 'sent' AND review_id = ANY(%s) ORDER BY review_id, id", (ids,))}
    seen: list[int] = []
    for key, review_id, author, stars, title, text, updated_at, removed in rows:
        record = batch[key]
        if record.removed:
            if not removed:
                conn.execute("UPDATE reviews SET removed_on_platform = 1, last_seen_at = %s WHERE id = %s",
                             (stamp, review_id))
                result.removed += 1
                result.changed_ids.append(review_id)
            else:
                result.unchanged += 1
            continue
        if (author, stars, title, text) != (record.author, record.stars, record.title, record.text):
            conn.execute(
                "INSERT INTO review_versions (review_id, author, stars, title, text, updated_at, replaced_at) "
                "VALUES (%s, %s, %s, %s, %s, %s, %s)", (review_id, author, stars, title, text, updated_at, stamp))
            conn.execute(
                "UPDATE reviews SET author = %s, stars = %s, title = %s, text = %s, updated_at = %s, "
                "last_seen_at = %s, removed_on_platform = 0, analysis_version = NULL WHERE id = %s",
                (record.author, record.stars, record.title, record.text, to_iso(record.updated_at) or stamp,
                 stamp, review_id))
            result.updated += 1
            result.changed_ids.append(review_id)
        else:
            seen.append(review_id)
            result.unchanged += 1
        if record.reply is not None and record.reply.text.strip():
            result.replies += _merge_reply(conn, review_id, record.reply, sent.get(review_id), stamp)
    # Unchanged reviews (most of a re-import or a sync page) in one statement, not one each.
    conn.execute("UPDATE reviews SET last_seen_at = %s, removed_on_platform = 0 WHERE id = ANY(%s)", (stamp, seen))


def _merge_reply(conn: Conn, review_id: int, reply: ReplyRecord, current: tuple[int, str, str | None] | None,
                 stamp: str) -> int:
    """Record a reply that exists on the platform; returns 1 if anything changed."""
    if current is None:
        _insert_replies(conn, [(review_id, reply)], stamp)
        conn.execute("UPDATE reviews SET reply_state = 'sent' WHERE id = %s", (review_id,))
        return 1
    reply_id, text, posted_at = current
    if text.strip() == reply.text.strip():
        return 0
    conn.execute("INSERT INTO reply_versions (reply_id, text, posted_at, replaced_at) VALUES (%s, %s, %s, %s)",
                 (reply_id, text, posted_at, stamp))
    conn.execute("UPDATE replies SET text = %s, posted_at = coalesce(%s, posted_at), updated_at = %s WHERE id = %s",
                 (reply.text, to_iso(reply.posted_at), stamp, reply_id))
    return 1
