"""One entry point for both engines: open the store a location names.

A SQLite location opens `Store` exactly as before; a PostgreSQL location opens a pooled
`PgStore` (team mode), with its password from the keychain or the secret file. The
PostgreSQL package is imported only here, on demand.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from workstation.store.db import Store
from workstation.store.location import PostgresLocation, StoreLocation

if TYPE_CHECKING:
    from workstation.store.postgres.connection import PgStore


def open_team_store(where: PostgresLocation, *, data_dir: Path | None = None) -> PgStore:
    """Connect to a team server, migrating its schema; raises StoreError with a plain message."""
    try:
        from workstation.store.postgres.connection import PgStore
        from workstation.store.postgres.password import server_password
    except ImportError:  # pragma: no cover - psycopg is a dependency; a broken install says so
        from workstation.store.errors import StoreError
        from workstation.store.refusals import refused

        raise refused(StoreError, "team_mode_not_installed",
                      "Team mode needs the psycopg package: reinstall the app.") from None
    return PgStore(where, password=server_password(where, data_dir=data_dir))


def open_location(where: StoreLocation, *, data_dir: Path | None = None) -> Store | PgStore:
    if isinstance(where, PostgresLocation):
        return open_team_store(where, data_dir=data_dir)
    return Store(where.path)
