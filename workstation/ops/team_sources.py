"""Review sources on a team server: add one, list them, give this desktop a source's secret.

The server records each source and the *name* of its secret, never the secret. The secret
lives in the keychain of every desktop that syncs the source, under that name: the desktop
that adds the source saves it there, and another desktop of the team saves the same
credentials under the same name with `save_source_secret` before it can sync it. A team
source needs a system keychain: the keychain-less fallback is a file path of one computer,
which would mean nothing to the others.
"""

from __future__ import annotations

import json
import secrets as token
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

import psycopg

from workstation.domain import to_iso, utcnow
from workstation.sources.base import ConfigError, CredentialsError
from workstation.sources.credentials import (
    delete_secrets,
    has_secrets,
    keychain_available,
    store_secrets,
)
from workstation.sources.validation import check_source
from workstation.store.postgres.connection import PgStore
from workstation.store.postgres.sources import get_source
from workstation.store.sync_state import DuplicateSourceError, SourceRow

NO_KEYCHAIN = ("A team source's secret is kept in this computer's system keychain, and this computer has "
               "none. Add the source from a computer with a keychain (Windows, macOS, or a Linux desktop).")


@dataclass(frozen=True)
class TeamSourceInfo:
    """One source as `source list` shows it on a team server."""

    source: SourceRow
    secret_here: bool  # this desktop's keychain holds the secret, so it can sync this source


def add_team_source(store: PgStore, *, platform: str, name: str, settings: Mapping[str, str] | None = None,
                    secrets: Mapping[str, str] | None = None, base_url: str | None = None,
                    sync_interval_min: int | None = None, now: datetime | None = None) -> int:
    """Check the account, record the source on the server and its secret in this keychain;
    all or nothing (a refused keychain leaves no source, a refused insert no secret)."""
    settings = dict(settings or {})
    check_source(platform, settings, secrets)
    if secrets and not keychain_available():
        raise CredentialsError(NO_KEYCHAIN)
    kind = "file" if platform == "manual" else "api"
    saved: str | None = None
    try:
        with store.transaction() as conn:
            row = conn.execute(
                "INSERT INTO sources (platform, name, kind, base_url, settings_json, sync_interval_min, created_at) "
                "VALUES (%s, %s, %s, %s, %s, %s, %s) RETURNING id",
                (platform, name, kind, base_url, json.dumps(settings), sync_interval_min, to_iso(now or utcnow())),
            ).fetchone()
            assert row is not None
            source_id = int(row[0])
            if secrets:
                # The random part keeps a recreated server from reusing an old desktop entry.
                saved = f"team-source-{source_id}-{token.token_hex(4)}"
                store_secrets(saved, dict(secrets))
                conn.execute("UPDATE sources SET secret_key = %s WHERE id = %s", (saved, source_id))
    except psycopg.errors.UniqueViolation:
        raise DuplicateSourceError(f"A {platform} source named {name!r} already exists on the team server.") from None
    except BaseException:
        if saved is not None:
            delete_secrets(saved)
        raise
    return source_id


def team_sources(store: PgStore) -> list[TeamSourceInfo]:
    """Every source of the team, and whether this desktop holds its secret."""
    def here(source: SourceRow) -> bool:
        return not source.secret_key or has_secrets(source.secret_key)

    with store.connection() as conn:
        ids = [int(r[0]) for r in conn.execute("SELECT id FROM sources ORDER BY id")]
        rows = [get_source(conn, i) for i in ids]
    return [TeamSourceInfo(s, here(s)) for s in rows if s is not None]


def save_source_secret(store: PgStore, source_id: int, secrets: Mapping[str, str]) -> SourceRow:
    """Give this desktop the secret of a team source (the same account's credentials), under
    the name the server records, so this desktop can sync it too."""
    with store.connection() as conn:
        source = get_source(conn, source_id)
    if source is None:
        raise ConfigError(f"No source {source_id} on the team server (see `workstation source list`).")
    if not source.secret_key:
        raise ConfigError(f"Source {source_id} ({source.name}) needs no secret.")
    check_source(source.platform, source.settings, secrets)
    if not keychain_available():
        raise CredentialsError(NO_KEYCHAIN)
    store_secrets(source.secret_key, dict(secrets))
    return source
