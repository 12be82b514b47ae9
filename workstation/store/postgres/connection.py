"""Opening a team server: check it, migrate it (or refuse a newer one), then pool connections.

The first connection is made directly so a failure says *why* (password, TLS, server down)
instead of a pool's generic timeout. The schema version is read before anything is written:
a server set up by a newer app is refused and left exactly as it was. Migrations run under
a transaction-scoped advisory lock, so several desktops starting at once take turns and
each migration is applied once.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from typing import Any

import psycopg
from psycopg import sql
from psycopg_pool import ConnectionPool

from workstation.store.errors import NewerDatabaseError
from workstation.store.location import PostgresLocation
from workstation.store.postgres.errors import connection_error
from workstation.store.postgres.schema import MIGRATION_LOCK_KEY, PG_MIGRATIONS, PG_SCHEMA_VERSION
from workstation.store.refusals import refused

log = logging.getLogger(__name__)

_VERSION_TABLE = "workstation_schema"


def _conninfo(where: PostgresLocation, password: str | None) -> str:
    params: dict[str, Any] = where.conninfo_params()
    if password is not None:
        params["password"] = password
    return psycopg.conninfo.make_conninfo(**params)


def _schema_version(conn: psycopg.Connection[Any]) -> int:
    # A plain query of pg_tables, not to_regclass(): after waiting on an advisory lock the
    # system caches may still miss a table another desktop just created; a query's snapshot does not.
    exists = conn.execute(
        "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = current_schema() "
        "AND tablename = %s)", (_VERSION_TABLE,)).fetchone()
    if not exists or not exists[0]:
        return 0
    row = conn.execute(sql.SQL("SELECT max(version) FROM {}").format(sql.Identifier(_VERSION_TABLE))).fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def _refuse_newer(version: int) -> None:
    if version > PG_SCHEMA_VERSION:
        raise refused(
            NewerDatabaseError, "newer_team_server",
            f"The team server was set up by a newer version of the app (schema {version}, this version "
            f"knows {PG_SCHEMA_VERSION}). Please update the app; nothing was changed on the server.",
            schema=version, known=PG_SCHEMA_VERSION,
        )


def migrate(conn: psycopg.Connection[Any]) -> int:
    """Bring the schema to PG_SCHEMA_VERSION (each step in its own transaction); returns it."""
    _refuse_newer(_schema_version(conn))  # before the lock: a newer server is never written to
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK_KEY,))
        version = _schema_version(conn)  # another desktop may have migrated while we waited
        _refuse_newer(version)
        if version == 0:
            conn.execute(sql.SQL("CREATE TABLE IF NOT EXISTS {} (version INTEGER NOT NULL)").format(
                sql.Identifier(_VERSION_TABLE)))
        for step in range(version + 1, PG_SCHEMA_VERSION + 1):
            for statement in PG_MIGRATIONS[step]:
                conn.execute(statement)  # our own constant SQL
            conn.execute(sql.SQL("INSERT INTO {} (version) VALUES (%s)").format(
                sql.Identifier(_VERSION_TABLE)), (step,))
            log.info("team server schema migrated to %s", step)
    return PG_SCHEMA_VERSION


class PgStore:
    """A pool of connections to one team server (private: SQL runs only in workstation.store)."""

    def __init__(self, where: PostgresLocation, *, password: str | None = None, max_size: int = 4) -> None:
        self.where = where
        conninfo = _conninfo(where, password if password is not None else where.password)
        try:
            with psycopg.connect(conninfo, autocommit=True) as first:
                self.version = migrate(first)
        except psycopg.OperationalError as exc:
            # The password is never part of psycopg's messages nor of ours.
            log.warning("team server %s: connection failed (%s)", where.display, type(exc).__name__)
            raise connection_error(exc, where) from None
        self._conninfo = conninfo  # holds the password: private, never logged
        self._pool = ConnectionPool(
            conninfo, min_size=1, max_size=max_size, open=True, name="workstation-team",
            kwargs={"autocommit": True},
        )

    @property
    def path(self) -> None:
        """No file: the SQLite-only helpers that key on a path (file locks, backups) do not apply."""
        return None

    def close(self) -> None:
        self._pool.close()

    def __enter__(self) -> PgStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def connection(self) -> Iterator[psycopg.Connection[Any]]:
        """One pooled connection for several statements or transactions (autocommit outside them)."""
        try:
            with self._pool.connection() as conn:
                yield conn
        except psycopg.OperationalError as exc:
            raise connection_error(exc, self.where) from None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[psycopg.Connection[Any]]:
        """All or nothing on one pooled connection (READ COMMITTED, PostgreSQL's default)."""
        with self.connection() as conn, conn.transaction():
            yield conn

    def dedicated_connection(self) -> psycopg.Connection[Any]:
        """A connection of its own, outside the pool (LISTEN belongs to one session); the caller closes it."""
        try:
            return psycopg.connect(self._conninfo, autocommit=True)
        except psycopg.OperationalError as exc:
            raise connection_error(exc, self.where) from None

    def scalar(self, query: str, params: Any = ()) -> Any:
        with self.connection() as conn:
            row = conn.execute(query, params).fetchone()
        return row[0] if row else None
