"""Sources on a team server, as the sync and the senders see them (no secrets: key names only)."""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from datetime import datetime
from typing import Any

import psycopg

from workstation.domain import platform_label, to_iso, utcnow
from workstation.store.postgres.connection import PgStore
from workstation.store.refusals import refused
from workstation.store.sync_state import DuplicateSourceError, SourceRow, _source

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


def create_source(store: PgStore, *, platform: str, name: str, kind: str, base_url: str | None,
                  settings: dict[str, str], sync_interval_min: int | None,
                  save_secret: Callable[[str], None] | None, now: datetime | None = None) -> int:
    """Create a source (as `sync_state.add_source`): `save_secret(key_name)` runs inside the
    transaction once the name is known, so a refused keychain creates nothing. Raises
    DuplicateSourceError for a platform and name the team already has."""
    try:
        with store.transaction() as conn:
            row = conn.execute(
                "INSERT INTO sources (platform, name, kind, base_url, settings_json, sync_interval_min, created_at) "
                "VALUES (%s, %s, %s, %s, %s, %s, %s) RETURNING id",
                (platform, name, kind, base_url, json.dumps(settings), sync_interval_min, to_iso(now or utcnow())),
            ).fetchone()
            assert row is not None
            source_id = int(row[0])
            if save_secret is not None:
                # The random part keeps a recreated server from reusing an old desktop entry.
                key = f"team-source-{source_id}-{secrets.token_hex(4)}"
                save_secret(key)
                conn.execute("UPDATE sources SET secret_key = %s WHERE id = %s", (key, source_id))
    except psycopg.errors.UniqueViolation:
        label = platform_label(platform)
        raise refused(DuplicateSourceError, "duplicate_source_team",
                      f"A {label} source named {name!r} already exists on the team server.",
                      platform=label, name=name) from None
    return source_id


def all_sources(store: PgStore) -> list[SourceRow]:
    """Every source of the team, API or file, by id."""
    with store.connection() as conn:
        return [_source(row) for row in conn.execute(f"SELECT {_COLUMNS} FROM sources ORDER BY id")]


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
