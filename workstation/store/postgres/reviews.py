"""Bringing reviews into a team server: each review stored once, however many desktops import.

The SQLite store can read "what exists" and then write, because one writer holds the file.
On a shared server two desktops may import overlapping files at the same moment, so:
0. the batch goes to the server once, by COPY into a temporary table, and the steps below
   are set operations joining it (a few statements per batch, not one per review);
1. new reviews go in with `INSERT … ON CONFLICT (source_id, external_id) DO NOTHING`
   (the unique key decides; a second inserter waits for the first and then does nothing);
2. the stored reviews whose text, author or stars differ (or that are removed, or carry a
   platform reply) are re-read `FOR UPDATE` (the latest committed text, locked until
   commit), compared, versioned and updated — so a change is versioned once, not once per
   desktop; the unchanged ones are compared on the server and never leave it;
3. an unchanged review is not written at all: not even its `last_seen_at`, which records
   when the platform's copy was last stored (new, edited, marked removed, brought back),
   not every listing that showed it again — a run is recorded once (`import_log`, the
   source's `last_synced_at`), as on SQLite. Rewriting every listed row (each rewrite goes
   into every index of the table) made a re-import the next day 6× slower than SQLite's.
Keys are handled in sorted order so concurrent imports lock rows in the same order; a
deadlock PostgreSQL still detects is retried as a whole (the transaction left nothing).

A large file (`SPLIT_FROM` reviews or more) is stored in `PARTS` parts, each a range of keys
with its own connection and transaction, side by side: a server inserts on several cores at
once, and the server's inserting is most of an import's time (docs/architecture.md). The
parts never wait on each other (their keys differ; the sources and locations they name are
created and committed first), and each commits as soon as it is done: committed together,
another desktop's import could wait on one part while the other part waits on that import,
a cycle through this desktop that PostgreSQL cannot see. The price: a file is no longer all
or nothing. A part that fails after another was stored says how many reviews were stored
(`PartlyStoredError`); importing the file again stores the rest, and nothing twice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from typing import Any, TypeVar

import psycopg
from psycopg import errors as pg_errors

from workstation.domain import ReplyRecord, ReplyState, ReviewRecord, stamp_now, to_iso
from workstation.error_kinds import with_kind
from workstation.store.errors import StoreError
from workstation.store.ingest import IngestResult, file_source_name, normalise_platform
from workstation.store.postgres.connection import PgStore

Conn = psycopg.Connection[Any]
T = TypeVar("T")
_RETRIES = 3
#: From this many reviews a file is stored in parts side by side (below it one transaction:
#: a second connection and thread cost more than they save).
SPLIT_FROM = 10_000
#: Two parts: the most a 2-core server gains from, and one connection of the pool's four is
#: left to the rest of the app while an import runs.
PARTS = 2


class PartlyStoredError(StoreError):
    """A part of a large import failed after another part was stored; `str()` says how many,
    `stored` what the stored parts did (their counts and new or changed review ids)."""

    def __init__(self, message: str, stored: IngestResult | None = None) -> None:
        super().__init__(message)
        self.stored = stored if stored is not None else IngestResult()


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
    split_from: int | None = None,
) -> IngestResult:
    """Store a file's records in per-platform file sources (as on SQLite): in one transaction,
    or from `split_from` (default `SPLIT_FROM`) records in `PARTS` key ranges side by side
    (module docstring)."""
    stamp = stamp_now(now)
    groups: dict[str, list[ReviewRecord]] = {}
    platforms: dict[str | None, str] = {}  # a file names a few platforms: each normalised once
    for record in records:
        loose = record.platform or platform_hint
        if loose not in platforms:
            platforms[loose] = normalise_platform(loose)
        groups.setdefault(platforms[loose], []).append(record)
    if len(records) >= (SPLIT_FROM if split_from is None else split_from):
        return _import_in_parts(store, groups, default_location, stamp, len(records))

    def work(conn: Conn) -> IngestResult:
        result = IngestResult()
        location_id = ensure_location(conn, default_location.strip(), stamp) if default_location else None
        for platform in sorted(groups):  # the same order on every desktop
            source_id = ensure_source(conn, platform, file_source_name(platform), stamp)
            result.merge(ingest_in_transaction(conn, groups[platform], source_id=source_id,
                                               default_location_id=location_id, stamp=stamp))
        return result

    return retrying(store, work)


#: One part of a split import: (source id, the latest record of each key in its range) per platform.
_Part = list[tuple[int, dict[str, ReviewRecord]]]


def _import_in_parts(store: PgStore, groups: dict[str, list[ReviewRecord]], default_location: str | None,
                     stamp: str, total: int) -> IngestResult:
    """`import_records` for a large file: `PARTS` key ranges, each in its own transaction, side by side."""
    batches = {platform: _latest_by_key(groups[platform]) for platform in sorted(groups)}
    distinct = sum(len(batch) for batch in batches.values())

    def prepare(conn: Conn) -> tuple[dict[str, int], dict[str, int], int | None]:
        # Committed before the parts start: two parts creating the same source or location
        # would wait on each other's uncommitted row, one after the other.
        sources = {platform: ensure_source(conn, platform, file_source_name(platform), stamp) for platform in batches}
        named: dict[str, int] = {}
        for batch in batches.values():
            named |= _locations(conn, batch, stamp)
        location_id = ensure_location(conn, default_location.strip(), stamp) if default_location else None
        return sources, named, location_id

    sources, named, location_id = retrying(store, prepare)
    parts: list[_Part] = [[] for _ in range(PARTS)]
    for platform, batch in batches.items():
        keys = list(batch)  # sorted: each part a range of keys, about as many each
        for index in range(PARTS):
            chunk = keys[len(keys) * index // PARTS:len(keys) * (index + 1) // PARTS]
            if chunk:
                parts[index].append((sources[platform], {key: batch[key] for key in chunk}))

    def store_part(part: _Part) -> IngestResult:
        def work(conn: Conn) -> IngestResult:
            result = IngestResult()
            for source_id, batch in part:
                result.merge(_ingest_batch(conn, batch, source_id=source_id, default_location_id=location_id,
                                           stamp=stamp, locations=named))
            return result
        return retrying(store, work)

    with ThreadPoolExecutor(max_workers=PARTS, thread_name_prefix="team-import") as pool:
        futures = [(part, pool.submit(store_part, part)) for part in parts if part]
    # A review given twice in the file counts as unchanged once, as in one batch.
    result = IngestResult(unchanged=total - distinct)
    stored, failure = 0, None
    for part, future in futures:
        error = future.exception()
        if error is None:
            result.merge(future.result())
            stored += sum(len(batch) for _source, batch in part)  # new, edited, unchanged or marked removed
        elif failure is None:
            failure = error
    result.new_ids.sort()
    result.changed_ids.sort()
    if failure is None:
        return result
    if stored == 0 or not isinstance(failure, StoreError):
        raise failure
    message = (f"{stored} of the file's {distinct} reviews were stored before this problem: {failure} "
               "Import the file again to store the rest (none is stored twice).")
    raise with_kind(PartlyStoredError(message, result), "team_import_partly_stored",
                    stored=stored, total=distinct, reason=failure) from failure


def ingest_page(
    store: PgStore,
    records: Sequence[ReviewRecord],
    *,
    source_id: int,
    cursor: str | None = None,
    now: datetime | None = None,
) -> IngestResult:
    """Synced pages and the source's new cursor, in one transaction (as on SQLite: a cursor of
    None keeps the stored one)."""
    stamp = stamp_now(now)

    def work(conn: Conn) -> IngestResult:
        result = ingest_in_transaction(conn, list(records), source_id=source_id, default_location_id=None,
                                       stamp=stamp)
        conn.execute("UPDATE sources SET cursor = coalesce(%s, cursor), last_synced_at = %s WHERE id = %s",
                     (cursor, stamp, source_id))
        return result

    return retrying(store, work)


def _latest_by_key(records: Sequence[ReviewRecord]) -> dict[str, ReviewRecord]:
    latest: dict[str, ReviewRecord] = {}
    for record in records:
        latest[record.key()] = record  # the same review twice in one batch: the later row wins
    return {key: latest[key] for key in sorted(latest)}  # sorting the keys alone: half the time of the items


def _locations(conn: Conn, records: dict[str, ReviewRecord], stamp: str) -> dict[str, int]:
    names = sorted({r.location.strip() for r in records.values() if r.location and r.location.strip()})
    return {name: ensure_location(conn, name, stamp) for name in names}


#: The batch, sent once by COPY; every step below joins it. One per connection (temporary
#: tables belong to a session), emptied at the end of each transaction.
_INCOMING = """
CREATE TEMP TABLE IF NOT EXISTS incoming_reviews (
    k TEXT NOT NULL, loc BIGINT, a TEXT, s INTEGER, ti TEXT, tx TEXT NOT NULL, lg TEXT, u TEXT, c TEXT,
    up TEXT, rs TEXT NOT NULL, rm INTEGER NOT NULL, has_reply BOOLEAN NOT NULL) ON COMMIT DELETE ROWS
"""
_INCOMING_COLUMNS = "k, loc, a, s, ti, tx, lg, u, c, up, rs, rm, has_reply"

# Only keys the source does not have yet: a re-import computes no search document and tries
# no insert for the reviews it already holds. ON CONFLICT still settles a race with another desktop.
_INSERT_NEW = """
INSERT INTO reviews (source_id, external_id, location_id, author, stars, title, text, lang, url,
                     created_at, updated_at, first_seen_at, last_seen_at, reply_state, removed_on_platform)
SELECT %(source)s, k, loc, a, s, ti, tx, lg, u, c, up, %(stamp)s, %(stamp)s, rs, rm
FROM incoming_reviews i
WHERE NOT EXISTS (SELECT 1 FROM reviews r WHERE r.source_id = %(source)s AND r.external_id = i.k)
ORDER BY k
ON CONFLICT (source_id, external_id) DO NOTHING
RETURNING external_id, id
"""

# The existing reviews with something to do: an edit, a removal, a platform reply to compare,
# a review marked removed that is listed again (brought back). Locked in key order; a row
# another desktop changed meanwhile is compared again once its lock is released (READ
# COMMITTED re-checks the condition), so an edit is versioned once. The unchanged rest (most
# of a re-import or a sync page) is compared here, on the server, and never written.
_TO_WORK_ON = """
SELECT r.external_id, r.id, r.author, r.stars, r.title, r.text, r.updated_at, r.removed_on_platform
FROM reviews r JOIN incoming_reviews i ON r.source_id = %(source)s AND r.external_id = i.k
WHERE (i.rm = 0 AND ((r.author, r.stars, r.title, r.text) IS DISTINCT FROM (i.a, i.s, i.ti, i.tx)
                     OR r.removed_on_platform <> 0))
   OR (i.rm = 1 AND r.removed_on_platform = 0)
   OR i.has_reply
ORDER BY r.external_id
FOR UPDATE OF r
"""


def _has_reply(record: ReviewRecord) -> bool:
    return bool(record.reply and record.reply.text.strip())


def _send_batch(conn: Conn, batch: dict[str, ReviewRecord], locations: dict[str, int],
                default_location_id: int | None) -> None:
    conn.execute(_INCOMING)
    conn.execute("DELETE FROM incoming_reviews")  # another platform's batch of the same import
    with conn.cursor() as cur, cur.copy(f"COPY incoming_reviews ({_INCOMING_COLUMNS}) FROM STDIN") as copy:
        for key, r in batch.items():
            copy.write_row((key, locations.get((r.location or "").strip(), default_location_id), r.author, r.stars,
                            r.title, r.text, r.lang, r.url, to_iso(r.created_at), to_iso(r.updated_at),
                            str(ReplyState.SENT if _has_reply(r) else ReplyState.NONE), int(r.removed),
                            _has_reply(r)))


def ingest_in_transaction(
    conn: Conn,
    records: list[ReviewRecord],
    *,
    source_id: int,
    default_location_id: int | None,
    stamp: str,
) -> IngestResult:
    """Insert, version or mark removed, inside the caller's transaction."""
    batch = _latest_by_key(records)
    result = _ingest_batch(conn, batch, source_id=source_id, default_location_id=default_location_id, stamp=stamp)
    result.unchanged += len(records) - len(batch)
    return result


def _ingest_batch(conn: Conn, batch: dict[str, ReviewRecord], *, source_id: int, default_location_id: int | None,
                  stamp: str, locations: dict[str, int] | None = None) -> IngestResult:
    """`ingest_in_transaction` for one record per key, in key order (`locations`: the ids of
    the locations the batch names, when the caller already has them)."""
    result = IngestResult()
    if not batch:
        return result
    if locations is None:
        locations = _locations(conn, batch, stamp)
    _send_batch(conn, batch, locations, default_location_id)
    inserted = {str(key): int(rid) for key, rid in
                conn.execute(_INSERT_NEW, {"source": source_id, "stamp": stamp}).fetchall()}
    result.imported = len(inserted)
    result.new_ids = sorted(inserted.values())
    new_replies = [(inserted[k], r.reply) for k, r in batch.items()
                   if k in inserted and r.reply is not None and r.reply.text.strip()]
    if new_replies:
        _insert_replies(conn, new_replies, stamp)
        result.replies += len(new_replies)
    existing = len(batch) - len(inserted)  # every key not inserted is already stored
    if existing:
        result.unchanged += existing
        _update_existing(conn, source_id, batch, set(inserted), stamp, result)
    return result


def _insert_replies(conn: Conn, replies: Sequence[tuple[int, ReplyRecord]], stamp: str) -> None:
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO replies (review_id, text, state, origin, external_id, posted_at, created_at, updated_at) "
            "VALUES (%s, %s, 'sent', 'import', %s, %s, %s, %s)",
            [(rid, r.text, r.external_id, to_iso(r.posted_at), stamp, stamp) for rid, r in replies],
        )


def _update_existing(conn: Conn, source_id: int, batch: dict[str, ReviewRecord], inserted: set[str], stamp: str,
                     result: IngestResult) -> None:
    """Version edits, mark removals and merge platform replies of the reviews already stored
    (counted as unchanged by the caller; each one that changes moves to its own count)."""
    params = {"source": source_id}
    rows = [row for row in conn.execute(_TO_WORK_ON, params).fetchall() if row[0] not in inserted]
    ids = [int(r[1]) for r in rows if batch[r[0]].reply is not None]
    sent = {int(r[0]): (int(r[1]), str(r[2]), r[3]) for r in conn.execute(
        "SELECT DISTINCT ON (review_id) review_id, id, text, posted_at FROM replies "
        "WHERE state = 'sent' AND review_id = ANY(%s) ORDER BY review_id, id", (ids,))} if ids else {}
    back: list[int] = []
    for key, review_id, author, stars, title, text, updated_at, removed in rows:
        record = batch[key]
        if record.removed:
            if not removed:
                conn.execute("UPDATE reviews SET removed_on_platform = 1, last_seen_at = %s WHERE id = %s",
                             (stamp, review_id))
                result.removed += 1
                result.unchanged -= 1
                result.changed_ids.append(review_id)
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
            result.unchanged -= 1
            result.changed_ids.append(review_id)
        elif removed:  # listed again, unchanged: back on the platform (still counted unchanged)
            back.append(review_id)
        if record.reply is not None and record.reply.text.strip():
            result.replies += _merge_reply(conn, review_id, record.reply, sent.get(review_id), stamp)
    if back:
        conn.execute("UPDATE reviews SET last_seen_at = %s, removed_on_platform = 0 WHERE id = ANY(%s)",
                     (stamp, back))


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
