"""Items 8, 9 and 12 (database part) of issue 19: a newer database is refused untouched,
everything the app writes is user-only, and folder or disk problems are named as such,
with no .tmp left behind."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from collections import namedtuple
from pathlib import Path
from typing import Any

import pytest

from workstation import paths
from workstation.logs import setup_logging
from workstation.store import SCHEMA_VERSION, NewerDatabaseError, Store, StoreError
from workstation.store import errors as store_errors
from workstation.store.backups import daily_backup

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_newer_database_is_refused_without_changing_a_byte(tmp_path: Path) -> None:
    db = tmp_path / "workstation.sqlite3"
    with sqlite3.connect(db) as conn:  # rollback-journal mode, as a newer app might leave it
        conn.execute("CREATE TABLE future (x)")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = db.read_bytes()
    with pytest.raises(NewerDatabaseError):
        Store(db)
    assert db.read_bytes() == before
    assert not Path(f"{db}-wal").exists() and not Path(f"{db}-shm").exists()


@posix_only
def test_database_wal_shm_backups_and_folders_are_user_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WORKSTATION_DATA_DIR", raising=False)
    folder = paths.data_dir(tmp_path / "fresh" / "data")
    assert mode(folder) == 0o700
    db = folder / paths.DB_NAME
    with Store(db) as store:
        store._conn.execute("INSERT INTO settings (key, value) VALUES ('k', '1')")
        for name in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
            assert mode(name) == 0o600, name
        backup = daily_backup(store)
    assert backup is not None and mode(backup) == 0o600 and mode(backup.parent) == 0o700


@posix_only
def test_an_older_install_is_tightened_on_open(tmp_path: Path) -> None:
    db = tmp_path / "workstation.sqlite3"
    Store(db).close()
    db.chmod(0o644)
    Store(db).close()
    assert mode(db) == 0o600


@posix_only
def test_log_files_are_user_only(tmp_path: Path) -> None:
    log = setup_logging(tmp_path / "logs")
    logging.getLogger("workstation.test").warning("hello")
    try:
        assert mode(log) == 0o600 and mode(log.parent) == 0o700
    finally:
        for handler in list(logging.getLogger().handlers):
            if getattr(handler, "baseFilename", "") == str(log):
                logging.getLogger().removeHandler(handler)
                handler.close()


def test_a_read_only_folder_is_named_as_such(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Simulated: the tests may run as root, for whom every folder is writable.
    monkeypatch.setattr(store_errors.os, "access", lambda *_args: False)
    error = store_errors.known_error(sqlite3.OperationalError("attempt to write a readonly database"),
                                     tmp_path / "workstation.sqlite3")
    assert error is not None and "data folder" in str(error) and "read-only" in str(error)


def test_zero_bytes_free_is_called_disk_full(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(store_errors.shutil, "disk_usage", lambda _path: usage(100, 100, 0))
    error = store_errors.known_error(sqlite3.OperationalError("disk I/O error"), tmp_path / "workstation.sqlite3")
    assert error is not None and "disk is full" in str(error)


class _FullDiskConnection:
    """Stands in for the store's connection: its backup fails the way a full disk does."""

    def __init__(self, real: sqlite3.Connection) -> None:
        self.real = real

    def backup(self, target: sqlite3.Connection, **_kw: Any) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    def close(self) -> None:
        self.real.close()


def test_a_failed_backup_is_plain_and_leaves_no_tmp(tmp_path: Path) -> None:
    store = Store(tmp_path / "workstation.sqlite3")
    store._conn = _FullDiskConnection(store._conn)  # type: ignore[assignment]
    target = tmp_path / "workstation.sqlite3.v1.bak"
    with pytest.raises(StoreError, match="disk is full"):
        store.backup(target)
    store.close()
    assert not target.exists() and not list(tmp_path.glob("*.tmp"))
