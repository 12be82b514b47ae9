"""Opening a team server: migrations once, a newer schema refused untouched, and plain messages
for a wrong password, a server that is down or one without TLS (never showing the password)."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest

from tests.conftest import MemoryKeyring
from tests.team.cluster import APP_PASSWORD, Cluster
from workstation.store.db import Store
from workstation.store.errors import NewerDatabaseError, StoreError
from workstation.store.factory import open_location
from workstation.store.location import PostgresLocation, parse_store_url
from workstation.store.postgres.connection import PgStore
from workstation.store.postgres.errors import TeamServerUnreachable, WrongPasswordError
from workstation.store.postgres.password import remember_password
from workstation.store.postgres.schema import PG_SCHEMA_VERSION


def _where(url: str) -> PostgresLocation:
    where = parse_store_url(url)
    assert isinstance(where, PostgresLocation)
    return where


def test_a_fresh_server_is_migrated_once(pg_url: str) -> None:
    with PgStore(_where(pg_url)) as store:
        assert store.version == PG_SCHEMA_VERSION
        assert store.scalar("SELECT count(*) FROM reviews") == 0
    with PgStore(_where(pg_url)) as again:
        assert again.scalar("SELECT count(*) FROM workstation_schema") == PG_SCHEMA_VERSION


def test_desktops_starting_together_migrate_once(pg_url: str) -> None:
    errors: list[BaseException] = []

    def start() -> None:
        try:
            PgStore(_where(pg_url)).close()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=start) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with PgStore(_where(pg_url)) as store:
        assert store.scalar("SELECT count(*) FROM workstation_schema") == PG_SCHEMA_VERSION


def test_a_server_with_a_newer_schema_is_refused_and_left_untouched(pg_url: str) -> None:
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE workstation_schema (version INTEGER NOT NULL)")
        conn.execute("INSERT INTO workstation_schema VALUES (%s)", (PG_SCHEMA_VERSION + 1,))
        before = conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()
    with pytest.raises(NewerDatabaseError, match="newer version of the app"):
        PgStore(_where(pg_url))
    with psycopg.connect(pg_url, autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone() == before


def test_a_wrong_password_is_said_plainly_and_never_shown(pg_url: str, caplog: pytest.LogCaptureFixture) -> None:
    wrong = "Wrong-Pa55word"
    url = pg_url.replace(APP_PASSWORD, wrong)
    caplog.set_level(logging.DEBUG)
    with pytest.raises(WrongPasswordError) as info:
        PgStore(_where(url))
    assert "refused the password of user workstation" in str(info.value)
    assert wrong not in str(info.value) and wrong not in caplog.text
    assert info.value.__cause__ is None and info.value.__suppress_context__


def test_a_server_that_is_down_offers_the_local_copy(pg_cluster: Cluster) -> None:
    import socket

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(TeamServerUnreachable, match=r"does not answer.*this computer's copy"):
        PgStore(_where(f"postgresql://workstation:x@127.0.0.1:{port}/shop"))


def test_a_server_without_tls_is_named_as_such(pg_url: str) -> None:
    with pytest.raises(StoreError, match="does not offer encryption"):
        PgStore(_where(pg_url + "?sslmode=require"))


def test_the_password_comes_from_the_keychain(pg_url: str, memory_keyring: MemoryKeyring, tmp_path: Path) -> None:
    bare = _where(pg_url.replace(f":{APP_PASSWORD}@", "@"))
    assert bare.password is None
    remember_password(bare, APP_PASSWORD, data_dir=tmp_path)
    assert any(APP_PASSWORD in v for v in memory_keyring.secrets.values())
    with open_location(bare, data_dir=tmp_path) as store:
        assert isinstance(store, PgStore)
        # Nothing secret reaches the server's tables.
        assert store.scalar("SELECT count(*) FROM settings WHERE value LIKE %s", (f"%{APP_PASSWORD}%",)) == 0


def test_the_factory_keeps_sqlite_files_as_they_were(tmp_path: Path) -> None:
    from workstation.store.location import SqliteLocation

    with open_location(SqliteLocation(tmp_path / "shop.sqlite3")) as store:
        assert isinstance(store, Store)
