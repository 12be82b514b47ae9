"""Review sources on a team server: add one, list them, give this desktop a source's secret.

The server records each source and the *name* of its secret, never the secret. The secret
lives in the keychain of every desktop that syncs the source, under that name: the desktop
that adds the source saves it there, and another desktop of the team saves the same
credentials under the same name with `save_source_secret` before it can sync it. A team
source needs a system keychain: the keychain-less fallback is a file path of one computer,
which would mean nothing to the others.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from workstation.sources.base import ConfigError, CredentialsError
from workstation.sources.credentials import (
    delete_secrets,
    has_secrets,
    keychain_available,
    store_secrets,
)
from workstation.sources.validation import check_source
from workstation.store.postgres.connection import PgStore
from workstation.store.postgres.sources import all_sources, create_source, sources_by_id
from workstation.store.sync_state import SourceRow

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
    saved: list[str] = []

    def save(key: str) -> None:
        assert secrets is not None
        store_secrets(key, dict(secrets))
        saved.append(key)

    try:
        return create_source(store, platform=platform, name=name, kind="file" if platform == "manual" else "api",
                             base_url=base_url, settings=settings, sync_interval_min=sync_interval_min,
                             save_secret=save if secrets else None, now=now)
    except BaseException:
        for key in saved:  # the source was not created: leave no orphan secret behind
            delete_secrets(key)
        raise


def team_sources(store: PgStore) -> list[TeamSourceInfo]:
    """Every source of the team, and whether this desktop holds its secret."""
    def here(source: SourceRow) -> bool:
        return not source.secret_key or has_secrets(source.secret_key)

    return [TeamSourceInfo(s, here(s)) for s in all_sources(store)]


def save_source_secret(store: PgStore, source_id: int, secrets: Mapping[str, str]) -> SourceRow:
    """Give this desktop the secret of a team source (the same account's credentials), under
    the name the server records, so this desktop can sync it too."""
    source = sources_by_id(store, [source_id]).get(source_id)
    if source is None:
        raise ConfigError(f"No source {source_id} on the team server (see `workstation source list`).")
    if not source.secret_key:
        raise ConfigError(f"Source {source_id} ({source.name}) needs no secret.")
    check_source(source.platform, source.settings, secrets)
    if not keychain_available():
        raise CredentialsError(NO_KEYCHAIN)
    store_secrets(source.secret_key, dict(secrets))
    return source
