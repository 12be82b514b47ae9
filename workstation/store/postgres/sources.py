"""Sources on a team server, as the sync and the senders see them (no secrets: key names only)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import psycopg

from workstation.domain import to_iso, utcnow
from workstation.store.postgres.connection import PgStore
from workstation.store.sync_state import SourceRow, _source

_COLUMNS = ("id, platform, name, kind, base_url, settings_json, secret_key, cursor, sync_interval_min, "
            "last_synced_at, status, status_message")


def add_source(store: PgStore, *, platform: str, name: str, base_url: str | None = None,
               settings: dict[str, str] | None = None, secret_key: str | None = None,
               now: datetime | None = None) -> int:
    """A connected (API) source; `secret_key` names the keychain entry, never the secret."""
    with store.transaction() as conn:
        row = conn.execute(
            "INSERT INTO sources (platform, name, kind, base_url, settings_json, secret_key, created_at) "
            "VALUES (%s, %s, 'api', %s, %s, %s, %s) RETURNING id",
            (platform, name, base_url, json.dumps(settings or {}), secret_key, to_iso(now or utcnow())),
        ).fetchone()
    assert row is not None
    return int(row[0])


def get_source(conn: psycopg.Connection[Any], source_id: int) -> SourceRow | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM sources WHERE id = %s", (source_id,)).fetchone()
    return _source(row) if row else None


def sources_by_id(store: PgStore, source_ids: list[int] | None) -> dict[int, SourceRow | None]:
    """The given sources (None for an id that names nothing), or every API source."""
    with store.connection() as conn:
        if source_ids is None:
            source_ids = [int(r[0]) for r in conn.execute("SELECT id FROM sources WHERE kind = 'api' ORDER BY id")]
        return {i: get_source(conn, i) for i in source_ids}


def set_status(store: PgStore, source_id: int, *, status: str, message: str | None,
               synced_at: datetime | None = None) -> None:
    """Record the outcome of a sync (as `sync_state.set_status`); `synced_at` only when it completed."""
    with store.connection() as conn:
        conn.execute("UPDATE sources SET status = %s, status_message = %s, "
                     "last_synced_at = coalesce(%s, last_synced_at) WHERE id = %s",
                     (status, message, to_iso(synced_at), source_id))
