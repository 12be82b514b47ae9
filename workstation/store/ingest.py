"""Bringing reviews in: insert new ones, version changed ones, never duplicate.

Used by file imports and by sync alike. One call is one transaction: a crash or an
error mid-way leaves the database as it was. Existing keys are fetched once per source
so a 100k-row import stays a handful of `executemany` calls.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from workstation.domain import Platform, ReplyRecord, ReplyState, ReviewRecord, to_iso, utcnow
from workstation.store.bulk import (
    BULK_MIN_ROWS,
    fts_indexed_after,
    indexes_built_after,
    roomy_page_cache,
)
from workstation.store.db import Store


@dataclass
class IngestResult:
    """What an import or a sync did, counted for the summary line."""

    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    replies: int = 0
    new_ids: list[int] = field(default_factory=list)
    changed_ids: list[int] = field(default_factory=list)

    def merge(self, other: IngestResult) -> None:
        self.imported += other.imported
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.removed += other.removed
        self.replies += other.replies
        self.new_ids += other.new_ids
        self.changed_ids += other.changed_ids


def ensure_location(store: Store, name: str, *, now: datetime | None = None) -> int:
    """The id of the location called `name`, created if needed (caller's transaction)."""
    name = name.strip()
    row = store._conn.execute("SELECT id FROM locations WHERE name = ?", (name,)).fetchone()
    if row:
        return int(row[0])
    cur = store._conn.execute(
        "INSERT INTO locations (name, created_at) VALUES (?, ?)", (name, to_iso(now or utcnow()))
    )
    return int(cur.lastrowid or 0)


def ensure_source(
    store: Store,
    platform: str,
    name: str,
    *,
    kind: str = "file",
    location_id: int | None = None,
    now: datetime | None = None,
) -> int:
    """The id of the source (platform, name), created if needed (caller's transaction)."""
    row = store._conn.execute(
        "SELECT id FROM sources WHERE platform = ? AND name = ?", (platform, name)
    ).fetchone()
    if row:
        return int(row[0])
    cur = store._conn.execute(
        "INSERT INTO sources (platform, name, kind, location_id, created_at) VALUES (?, ?, ?, ?, ?)",
        (platform, name, kind, location_id, to_iso(now or utcnow())),
    )
    return int(cur.lastrowid or 0)


def file_source_name(platform: str) -> str:
    """Name of the source that collects a platform's imported files."""
    try:
        label = Platform(platform).label
    except ValueError:
        label = platform
    return f"{label} (files)"


def normalise_platform(value: str | None, default: str = Platform.MANUAL) -> str:
    """Map loose platform names from files ("Google Maps", "trustpilot", "play") to Platform values."""
    if not value:
        return str(default)
    v = value.strip().casefold().replace("-", "_").replace(" ", "_")
    aliases = {
        "google": Platform.GOOGLE_BUSINESS,
        "google_maps": Platform.GOOGLE_BUSINESS,
        "google_business": Platform.GOOGLE_BUSINESS,
        "google_business_profile": Platform.GOOGLE_BUSINESS,
        "gbp": Platform.GOOGLE_BUSINESS,
        "google_play": Platform.GOOGLE_PLAY,
        "play": Platform.GOOGLE_PLAY,
        "play_store": Platform.GOOGLE_PLAY,
        "app_store": Platform.APP_STORE,
        "appstore": Platform.APP_STORE,
        "apple": Platform.APP_STORE,
        "ios": Platform.APP_STORE,
        "trustpilot": Platform.TRUSTPILOT,
        "tripadvisor": Platform.TRIPADVISOR,
        "yelp": Platform.YELP,
        "facebook": Platform.FACEBOOK,
        "meta": Platform.FACEBOOK,
        "demo": Platform.DEMO,
    }
    return str(aliases.get(v, default))


def import_records(
    store: Store,
    records: Sequence[ReviewRecord],
    *,
    platform_hint: str | None = None,
    default_location: str | None = None,
    now: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
    path: str | None = None,
    error_count: int = 0,
) -> IngestResult:
    """Store records from a file, in one transaction, grouped into per-platform file sources."""
    now = now or utcnow()
    result = IngestResult()
    bulk = len(records) >= BULK_MIN_ROWS
    # The roomy cache spans the whole transaction: shrinking it mid-way spills dirty pages.
    with roomy_page_cache(store._conn) if bulk else contextlib.nullcontext(), store.transaction() as conn:
        groups: dict[str, list[ReviewRecord]] = {}
        platforms: dict[str | None, str] = {}  # a file names few platforms: map each once
        for record in records:
            raw = record.platform or platform_hint
            platform = platforms.get(raw)
            if platform is None:
                platform = platforms[raw] = normalise_platform(raw)
            groups.setdefault(platform, []).append(record)
        default_location_id = ensure_location(store, default_location, now=now) if default_location else None
        max_id_before = int(conn.execute("SELECT coalesce(max(id), 0) FROM reviews").fetchone()[0])
        # One full-text statement for the whole file, not one per platform group.
        with (
            fts_indexed_after(conn, max_id_before) if bulk else contextlib.nullcontext(),
            indexes_built_after(conn, new_rows=len(records)) if bulk else contextlib.nullcontext(),
        ):
            done = 0
            for platform, group in groups.items():
                source_id = ensure_source(store, platform, file_source_name(platform), now=now)
                result.merge(ingest_in_transaction(
                    store, group, source_id=source_id, default_location_id=default_location_id, now=now))
                done += len(group)
                if progress:
                    progress(done, len(records))
        if path is not None:
            _log_import(store, path, result, error_count, now)
    return result


def ingest(
    store: Store,
    records: Iterable[ReviewRecord],
    *,
    source_id: int,
    default_location_id: int | None = None,
    now: datetime | None = None,
) -> IngestResult:
    """Store records fetched for one source (a sync page), in one transaction."""
    with store.transaction():
        return ingest_in_transaction(
            store, list(records), source_id=source_id,
            default_location_id=default_location_id, now=now or utcnow(),
        )


_CONTENT = ("author", "stars", "title", "text")


def ingest_in_transaction(
    store: Store,
    records: list[ReviewRecord],
    *,
    source_id: int,
    default_location_id: int | None,
    now: datetime,
) -> IngestResult:
    """Insert, version or mark removed, inside the caller's transaction (the sync adds its
    cursor to the same transaction)."""
    conn = store._conn
    stamp = to_iso(now)
    result = IngestResult()
    existing = _existing_reviews(conn, source_id, records)
    sent_replies: dict[int, tuple[int, str, str | None]] = {}
    review_ids = [row[0] for row in existing.values()]
    for start in range(0, len(review_ids), 500):
        chunk = review_ids[start : start + 500]
        for row in conn.execute(
            "SELECT review_id, id, text, posted_at FROM replies WHERE state = 'sent' "
            f"AND review_id IN ({','.join('?' * len(chunk))}) ORDER BY id",
            chunk,
        ):
            sent_replies[row[0]] = (row[1], row[2], row[3])
    # Ids above this one are the rows this call inserts (the write lock is held).
    max_id_before = conn.execute("SELECT coalesce(max(id), 0) FROM reviews").fetchone()[0]
    location_ids: dict[str, int] = {}
    inserts: list[tuple[object, ...]] = []
    new_replies: list[tuple[str, ReplyRecord]] = []
    pending_keys: dict[str, int] = {}

    for record in records:
        key = record.key()
        location_id = default_location_id
        if record.location:
            if record.location not in location_ids:
                location_ids[record.location] = ensure_location(store, record.location, now=now)
            location_id = location_ids[record.location]
        old = existing.get(key)
        if old is None and key in pending_keys:
            # The same review twice in one batch: the later row wins.
            inserts[pending_keys[key]] = _insert_row(record, key, source_id, location_id, stamp)
            new_replies = [(k, r) for k, r in new_replies if k != key]
            if record.reply and record.reply.text.strip():
                new_replies.append((key, record.reply))
            result.unchanged += 1
            continue
        if old is None:
            pending_keys[key] = len(inserts)
            inserts.append(_insert_row(record, key, source_id, location_id, stamp))
            if record.reply and record.reply.text.strip():
                new_replies.append((key, record.reply))
            continue

        review_id, author, stars, title, text, updated_at, removed = old
        changed = (author, stars, title, text) != (record.author, record.stars, record.title, record.text)
        if record.removed:
            if not removed:
                conn.execute(
                    "UPDATE reviews SET removed_on_platform = 1, last_seen_at = ? WHERE id = ?",
                    (stamp, review_id),
                )
                result.removed += 1
                result.changed_ids.append(review_id)
            else:
                result.unchanged += 1
            continue
        if changed:
            conn.execute(
                "INSERT INTO review_versions (review_id, author, stars, title, text, updated_at, replaced_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (review_id, author, stars, title, text, updated_at, stamp),
            )
            conn.execute(
                "UPDATE reviews SET author = ?, stars = ?, title = ?, text = ?, updated_at = ?, "
                "last_seen_at = ?, removed_on_platform = 0, analysis_version = NULL WHERE id = ?",
                (record.author, record.stars, record.title, record.text,
                 to_iso(record.updated_at) or stamp, stamp, review_id),
            )
            result.updated += 1
            result.changed_ids.append(review_id)
        else:
            # Unchanged: not written (not even `last_seen_at`: it records when the platform's
            # copy was last stored — new, edited, removed, brought back —, the run itself is in
            # `import_log` / the source's `last_synced_at`), as on the team server.
            if removed:  # listed again: back on the platform
                conn.execute(
                    "UPDATE reviews SET last_seen_at = ?, removed_on_platform = 0 WHERE id = ?",
                    (stamp, review_id),
                )
            result.unchanged += 1
        if record.reply and record.reply.text.strip():
            result.replies += _merge_reply(store, review_id, record.reply, sent_replies.get(review_id), stamp)

    if inserts:
        _insert_reviews(conn, inserts, after_id=max_id_before)
        result.imported = len(inserts)
        result.new_ids = [
            r[0] for r in conn.execute(
                "SELECT id FROM reviews WHERE source_id = ? AND id > ? ORDER BY id",
                (source_id, max_id_before),
            )
        ]
    if new_replies:
        conn.executemany(
            "INSERT INTO replies (review_id, text, state, origin, external_id, posted_at, created_at, updated_at) "
            "SELECT id, ?, 'sent', 'import', ?, ?, ?, ? FROM reviews WHERE source_id = ? AND external_id = ?",
            [
                (r.text, r.external_id, to_iso(r.posted_at), stamp, stamp, source_id, key)
                for key, r in new_replies
            ],
        )
        result.replies += len(new_replies)
    return result


_INSERT_REVIEW = (
    "INSERT INTO reviews (source_id, external_id, location_id, author, stars, title, text, lang, "
    "url, created_at, updated_at, first_seen_at, last_seen_at, reply_state, removed_on_platform) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _insert_reviews(conn: sqlite3.Connection, rows: list[tuple[object, ...]], *, after_id: int) -> None:
    """One `executemany`; a big batch is full-text indexed afterwards in one statement."""
    if len(rows) < BULK_MIN_ROWS:
        conn.executemany(_INSERT_REVIEW, rows)
        return
    with fts_indexed_after(conn, after_id):
        conn.executemany(_INSERT_REVIEW, rows)


_ExistingRow = tuple[int, str | None, int | None, str | None, str, str | None, int]
# Below this many records, look up only their keys; above, read the source's whole key set once.
_KEYED_LOOKUP_MAX = 2000


def _existing_reviews(
    conn: sqlite3.Connection, source_id: int, records: Sequence[ReviewRecord]
) -> dict[str, _ExistingRow]:
    """Stored reviews of the source that these records may update, by key."""
    columns = "external_id, id, author, stars, title, text, updated_at, removed_on_platform"
    if len(records) > _KEYED_LOOKUP_MAX:
        rows = conn.execute(f"SELECT {columns} FROM reviews WHERE source_id = ?", (source_id,)).fetchall()
    else:
        keys = list({r.key() for r in records})
        rows = []
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            rows += conn.execute(
                f"SELECT {columns} FROM reviews WHERE source_id = ? AND external_id IN ({','.join('?' * len(chunk))})",
                [source_id, *chunk],
            ).fetchall()
    return {row[0]: tuple(row[1:]) for row in rows}


def _insert_row(
    record: ReviewRecord, key: str, source_id: int, location_id: int | None, stamp: str | None
) -> tuple[object, ...]:
    has_reply = bool(record.reply and record.reply.text.strip())
    return (
        source_id, key, location_id, record.author, record.stars, record.title, record.text,
        record.lang, record.url, to_iso(record.created_at), to_iso(record.updated_at),
        stamp, stamp, ReplyState.SENT if has_reply else ReplyState.NONE, int(record.removed),
    )


def _merge_reply(
    store: Store,
    review_id: int,
    reply: ReplyRecord,
    current: tuple[int, str, str | None] | None,
    stamp: str | None,
) -> int:
    """Record a reply that exists on the platform; returns 1 if anything changed."""
    conn = store._conn
    if current is None:
        conn.execute(
            "INSERT INTO replies (review_id, text, state, origin, external_id, posted_at, created_at, updated_at) "
            "VALUES (?, ?, 'sent', 'import', ?, ?, ?, ?)",
            (review_id, reply.text, reply.external_id, to_iso(reply.posted_at), stamp, stamp),
        )
        conn.execute("UPDATE reviews SET reply_state = 'sent' WHERE id = ?", (review_id,))
        return 1
    reply_id, text, posted_at = current
    if text.strip() == reply.text.strip():
        return 0
    conn.execute(
        "INSERT INTO reply_versions (reply_id, text, posted_at, replaced_at) VALUES (?, ?, ?, ?)",
        (reply_id, text, posted_at, stamp),
    )
    conn.execute(
        "UPDATE replies SET text = ?, posted_at = coalesce(?, posted_at), updated_at = ? WHERE id = ?",
        (reply.text, to_iso(reply.posted_at), stamp, reply_id),
    )
    return 1


def _log_import(store: Store, path: str, result: IngestResult, errors: int, now: datetime) -> None:
    stamp = to_iso(now)
    store._conn.execute(
        "INSERT INTO import_log (at, path, imported, updated, unchanged, errors) VALUES (?, ?, ?, ?, ?, ?)",
        (stamp, path, result.imported, result.updated, result.unchanged, errors),
    )
    detail = {"path": path, "imported": result.imported, "updated": result.updated, "errors": errors}
    store._conn.execute(
        "INSERT INTO audit_log (at, action, detail) VALUES (?, 'import', ?)", (stamp, json.dumps(detail))
    )
