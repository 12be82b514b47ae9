"""Sources as the sync sees them: their settings, cursor and status, and the
one-transaction write of a fetched page (reviews + removals + cursor together).

Secrets never come here: a source row holds only the keychain entry name.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from workstation.domain import ReviewRecord, platform_label, to_iso, utcnow
from workstation.store.db import Store
from workstation.store.errors import StoreError
from workstation.store.ingest import IngestResult, ingest_in_transaction
from workstation.store.refusals import refused


class DuplicateSourceError(StoreError):
    """A source with the same platform and name already exists."""


@dataclass(frozen=True)
class SourceRow:
    """One configured source, as stored (no secrets)."""

    id: int
    platform: str
    name: str
    kind: str
    base_url: str | None
    settings: dict[str, str]
    secret_key: str | None
    cursor: str | None
    sync_interval_min: int | None
    last_synced_at: str | None
    status: str
    status_message: str | None


_SOURCE_COLUMNS = (
    "id, platform, name, kind, base_url, settings_json, secret_key, cursor, sync_interval_min, "
    "last_synced_at, status, status_message"
)


def _settings(raw: str | None) -> dict[str, str]:
    try:
        data = json.loads(raw or "{}")
    except ValueError:
        return {}  # a damaged settings blob must not stop the other sources
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _source(row: Sequence[object]) -> SourceRow:
    return SourceRow(
        id=int(row[0]),  # type: ignore[call-overload]
        platform=str(row[1]),
        name=str(row[2]),
        kind=str(row[3]),
        base_url=row[4] if isinstance(row[4], str) else None,
        settings=_settings(row[5] if isinstance(row[5], str) else None),
        secret_key=row[6] if isinstance(row[6], str) else None,
        cursor=row[7] if isinstance(row[7], str) else None,
        sync_interval_min=int(row[8]) if isinstance(row[8], int) else None,
        last_synced_at=row[9] if isinstance(row[9], str) else None,
        status=str(row[10]),
        status_message=row[11] if isinstance(row[11], str) else None,
    )


def get_source(store: Store, source_id: int) -> SourceRow | None:
    row = store._conn.execute(f"SELECT {_SOURCE_COLUMNS} FROM sources WHERE id = ?", (source_id,)).fetchone()
    return _source(row) if row else None


def all_sources(store: Store) -> list[SourceRow]:
    """Every source, oldest first (the order `sync --all` runs them)."""
    return [_source(r) for r in store._conn.execute(f"SELECT {_SOURCE_COLUMNS} FROM sources ORDER BY id")]


def add_source(
    store: Store,
    *,
    platform: str,
    name: str,
    kind: str = "api",
    base_url: str | None = None,
    settings: dict[str, str] | None = None,
    sync_interval_min: int | None = None,
    save_secret: Callable[[str], str | None] | None = None,
    now: datetime | None = None,
) -> int:
    """Create a source; returns its id.

    `save_secret(key_name)` is called inside the transaction once the key name is
    known: if it raises (keychain refused), the source is not created either. It may
    return the reference to record instead of the key name (e.g. "file:" + a path
    where there is no keychain); either way the database never holds the secret.
    """
    with store.transaction() as conn:
        taken = conn.execute(
            "SELECT id FROM sources WHERE platform = ? AND name = ?", (platform, name)
        ).fetchone()
        if taken:
            label = platform_label(platform)
            raise refused(DuplicateSourceError, "duplicate_source",
                          f"A {label} source named {name!r} already exists (id {taken[0]}).",
                          platform=label, name=name, source=taken[0])
        cur = conn.execute(
            "INSERT INTO sources (platform, name, kind, base_url, settings_json, sync_interval_min, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (platform, name, kind, base_url, json.dumps(settings or {}, sort_keys=True),
             sync_interval_min, to_iso(now or utcnow())),
        )
        source_id = int(cur.lastrowid or 0)
        if save_secret is not None:
            # A random part keeps a recreated database from reusing an old entry by accident.
            key = f"source-{source_id}-{secrets.token_hex(4)}"
            reference = save_secret(key) or key
            conn.execute("UPDATE sources SET secret_key = ? WHERE id = ?", (reference, source_id))
    return source_id


def set_status(
    store: Store,
    source_id: int,
    *,
    status: str,
    message: str | None,
    synced_at: datetime | None = None,
) -> None:
    """Record the outcome of a sync; `synced_at` only when the sync completed."""
    with store.transaction() as conn:
        if synced_at is not None:
            conn.execute(
                "UPDATE sources SET status = ?, status_message = ?, last_synced_at = ? WHERE id = ?",
                (status, message, to_iso(synced_at), source_id),
            )
        else:
            conn.execute(
                "UPDATE sources SET status = ?, status_message = ? WHERE id = ?", (status, message, source_id)
            )


def save_page(
    store: Store,
    source_id: int,
    records: Iterable[ReviewRecord],
    *,
    cursor: str | None,
    removed_ids: Sequence[str] = (),
    seen_keys: Iterable[str] | None = None,
    now: datetime | None = None,
) -> IngestResult:
    """Store one fetched page in one transaction, with the cursor to resume from.

    `removed_ids` are platform ids reported deleted. `seen_keys` is given on the last
    page of a full listing: every other stored review of the source was removed on the
    platform (marked, never deleted). A `cursor` of None keeps the stored one.
    """
    now = now or utcnow()
    stamp = to_iso(now)
    with store.transaction() as conn:
        result = ingest_in_transaction(store, list(records), source_id=source_id, default_location_id=None, now=now)
        for external_id in removed_ids:
            row = conn.execute(
                "UPDATE reviews SET removed_on_platform = 1, last_seen_at = ? "
                "WHERE source_id = ? AND external_id = ? AND removed_on_platform = 0 RETURNING id",
                (stamp, source_id, external_id),
            ).fetchone()
            if row:
                result.removed += 1
                result.changed_ids.append(int(row[0]))
        if seen_keys is not None:
            conn.execute("CREATE TEMP TABLE IF NOT EXISTS sync_seen (k TEXT PRIMARY KEY)")
            conn.execute("DELETE FROM temp.sync_seen")
            conn.executemany("INSERT OR IGNORE INTO temp.sync_seen (k) VALUES (?)", ((k,) for k in seen_keys))
            gone = conn.execute(
                "UPDATE reviews SET removed_on_platform = 1 WHERE source_id = ? AND removed_on_platform = 0 "
                "AND external_id NOT IN (SELECT k FROM temp.sync_seen) RETURNING id",
                (source_id,),
            ).fetchall()
            conn.execute("DELETE FROM temp.sync_seen")
            result.removed += len(gone)
            result.changed_ids += [int(r[0]) for r in gone]
        if cursor is not None:
            conn.execute("UPDATE sources SET cursor = ? WHERE id = ?", (cursor, source_id))
    return result


@dataclass(frozen=True)
class ReviewListRow:
    """One line of `workstation review list`."""

    id: int
    source_id: int
    platform: str
    external_id: str
    stars: int | None
    created_at: str | None
    reply_state: str
    removed: bool


def list_reviews(store: Store, *, source_id: int | None = None, needs_reply: bool = False) -> list[ReviewListRow]:
    """Reviews for scripts, newest first; `needs_reply` uses the inbox's rule."""
    clauses, params = ["1"], []
    if source_id is not None:
        clauses.append("r.source_id = ?")
        params.append(source_id)
    if needs_reply:
        clauses.append("r.status = 'open' AND r.reply_state != 'sent' AND r.removed_on_platform = 0")
    sql = (
        "SELECT r.id, r.source_id, s.platform, r.external_id, r.stars, r.created_at, r.reply_state, "
        "r.removed_on_platform FROM reviews r JOIN sources s ON s.id = r.source_id "
        f"WHERE {' AND '.join(clauses)} ORDER BY r.created_at DESC, r.id DESC"
    )
    return [
        ReviewListRow(int(r[0]), int(r[1]), str(r[2]), str(r[3]), r[4], r[5], str(r[6]), bool(r[7]))
        for r in store._conn.execute(sql, params)
    ]
