"""Opening the database: WAL, migrations, backups and one-transaction writes.

`Store` owns one SQLite connection (through sqlite-utils). Every thread that writes
opens its own `Store` on the same file; WAL lets the UI read while a worker writes.
"""

from __future__ import annotations

import contextlib
import errno
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from workstation.error_kinds import os_reason
from workstation.private_files import private_file, tighten
from workstation.store.errors import (
    DISK_FULL,
    CorruptDatabaseError,
    NewerDatabaseError,
    StoreError,
    known_error,
)
from workstation.store.refusals import refused
from workstation.store.schema import MIGRATIONS, SCHEMA_VERSION


def _prepare_private_file(path: Path) -> None:
    """Create a missing database file user-only (before SQLite creates it with the umask's
    mode); a folder that refuses it is reported as such, not as a read-only database."""
    if path.exists():
        return
    try:
        private_file(path)
    except FileNotFoundError:
        raise refused(StoreError, "folder_missing", f"The data folder {path.parent} does not exist.",
                      folder=path.parent) from None
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise refused(StoreError, "disk_full", DISK_FULL) from None
        raise refused(
            StoreError, "folder_not_writable",
            f"The data folder {path.parent} is read-only or not writable by this user: "
            "check its permissions or choose another --data-dir.", folder=path.parent,
        ) from None


def _backup_error(exc: sqlite3.Error | OSError, target: Path) -> StoreError:
    if isinstance(exc, sqlite3.Error):
        known = known_error(exc, target)
        if known is not None:
            return known
    elif exc.errno == errno.ENOSPC:
        return refused(StoreError, "disk_full", DISK_FULL)
    reason = os_reason(exc) if isinstance(exc, OSError) else str(exc)
    return refused(StoreError, "backup_failed", f"The backup {target} could not be written ({reason}); "
                   "the database is unchanged.", backup=target, reason=exc)


class Store:
    """One connection to the review database (private: other packages call store functions)."""

    def __init__(self, path: Path | str, *, read_only: bool = False) -> None:
        self.path = Path(path) if str(path) != ":memory:" else None
        if self.path is not None and not read_only:
            _prepare_private_file(self.path)
        try:
            if read_only and self.path is not None:
                conn = sqlite3.connect(
                    f"file:{self.path}?mode=ro", uri=True, check_same_thread=False, timeout=5
                )
            else:
                conn = sqlite3.connect(str(path), check_same_thread=False, timeout=5)
            # Autocommit mode: the only transactions are the explicit ones below.
            conn.isolation_level = None
            conn.execute("PRAGMA foreign_keys = ON")
            # The version first: a newer app's database is refused without changing a byte
            # (switching the journal mode below rewrites its header).
            self.version = conn.execute("PRAGMA user_version").fetchone()[0]
            if self.version > SCHEMA_VERSION:
                conn.close()
                raise refused(
                    NewerDatabaseError, "newer_database",
                    f"This database was created by a newer version of the app (schema {self.version}, "
                    f"this version knows {SCHEMA_VERSION}). Please update the app.",
                    schema=self.version, known=SCHEMA_VERSION,
                )
            if not read_only:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.DatabaseError as exc:
            raise known_error(exc, self.path) or refused(
                CorruptDatabaseError, "database_unreadable", f"The database {path} cannot be read: {exc}",
                database=path, reason=exc,
            ) from exc
        self._conn = conn  # private: SQL runs only inside workstation.store
        if self.path is not None and not read_only:
            # SQLite gives -wal/-shm the database's mode; files made by older versions are tightened.
            tighten(self.path, Path(f"{self.path}-wal"), Path(f"{self.path}-shm"))
        if not read_only and self.version < SCHEMA_VERSION:
            self._migrate()

    @property
    def db(self) -> Any:
        """The connection as a `sqlite_utils.Database` (imported on first use: it is slow to import)."""
        import sqlite_utils

        return sqlite_utils.Database(self._conn)

    # -- lifecycle -----------------------------------------------------------------

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _migrate(self) -> None:
        if self.version > 0 and self.path is not None:
            self.backup(self.path.with_name(f"{self.path.name}.v{self.version}.bak"))
        for version in range(self.version + 1, SCHEMA_VERSION + 1):
            with self.transaction():
                for statement in MIGRATIONS[version]:
                    self._conn.execute(statement)
                self._conn.execute(f"PRAGMA user_version = {version}")
            self.version = version

    def backup(self, target: Path) -> Path:
        """A consistent copy of the database (SQLite online backup), even while in use."""
        tmp = target.with_name(target.name + ".tmp")
        try:
            private_file(tmp)  # user-only, like the database it copies
            dest = sqlite3.connect(str(tmp))
            try:
                self._conn.backup(dest)
            finally:
                dest.close()
            shutil.move(str(tmp), str(target))
        except (sqlite3.Error, OSError) as exc:
            # A full disk or a bad folder must not leave a half-written (or empty) .tmp behind.
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise _backup_error(exc, target) from exc
        return target

    # -- transactions --------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing: rolls back on any exception, maps disk/lock errors to StoreError."""
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise known_error(exc, self.path) or exc from exc
        try:
            yield conn
        except BaseException as exc:
            conn.rollback()
            if isinstance(exc, sqlite3.Error):
                mapped = known_error(exc, self.path)
                if mapped is not None:
                    raise mapped from exc
            raise
        else:
            try:
                conn.commit()
            except sqlite3.Error as exc:
                conn.rollback()
                raise known_error(exc, self.path) or exc from exc

    def query(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        cur = self._conn.cursor()
        cur.row_factory = sqlite3.Row
        try:
            return cur.execute(sql, params).fetchall()
        except sqlite3.OperationalError as exc:
            mapped = known_error(exc)
            if mapped is not None:
                raise mapped from exc
            raise

    def scalar(self, sql: str, params: Any = ()) -> Any:
        row = self._conn.execute(sql, params).fetchone()
        return row[0] if row else None

    def integrity_ok(self) -> bool:
        return bool(self.scalar("PRAGMA integrity_check") == "ok")

    def check_tables(self, *tables: str) -> None:
        """Raise CorruptDatabaseError unless `tables` and their indexes are readable
        (`PRAGMA quick_check(table)`: linear in those tables only). Used before work that
        must not stop half-way, such as posting replies and recording that they were sent."""
        try:
            for table in tables:
                if self.scalar(f"PRAGMA quick_check({table})") != "ok":
                    raise refused(
                        CorruptDatabaseError, "database_damaged_restore",
                        "The database file is damaged: restore a backup (the app offers it at start).",
                    )
        except sqlite3.DatabaseError as exc:
            raise known_error(exc) or refused(CorruptDatabaseError, "database_damaged",
                                              "The database file is damaged.") from exc


def open_store(path: Path | str) -> Store:
    """Open (creating and migrating) the database at `path`; raises StoreError for users."""
    return Store(path)


__all__ = ["CorruptDatabaseError", "NewerDatabaseError", "Store", "StoreError", "open_store"]
