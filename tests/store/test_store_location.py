"""`--store` / WORKSTATION_STORE: a SQLite path stays the default; PostgreSQL URLs are checked
for TLS before any connection, and their password is never shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from workstation.store.location import (
    PostgresLocation,
    SqliteLocation,
    StoreUrlError,
    parse_store_url,
    resolve_store,
)


def test_no_option_and_no_variable_keep_the_default_sqlite_file(tmp_path: Path) -> None:
    default = tmp_path / "workstation.sqlite3"
    assert resolve_store(None, {}, default=default) == SqliteLocation(default)


def test_the_option_wins_over_the_variable(tmp_path: Path) -> None:
    where = resolve_store(str(tmp_path / "a.db"), {"WORKSTATION_STORE": "postgresql://u@localhost/db"},
                          default=tmp_path / "x")
    assert where == SqliteLocation(tmp_path / "a.db")
    from_env = resolve_store(None, {"WORKSTATION_STORE": "postgresql://u@localhost/db"}, default=tmp_path / "x")
    assert isinstance(from_env, PostgresLocation)


def test_loopback_needs_no_tls_and_the_password_stays_out_of_display() -> None:
    where = parse_store_url("postgresql://anne:p%40ss@127.0.0.1:5433/shop")
    assert isinstance(where, PostgresLocation)
    assert (where.host, where.port, where.database, where.user) == ("127.0.0.1", 5433, "shop", "anne")
    assert where.password == "p@ss"
    assert "p@ss" not in where.display and "p@ss" not in repr(where)
    assert where.sslmode == "prefer"


def test_a_remote_server_gets_verify_full_by_default() -> None:
    where = parse_store_url("postgresql://anne@db.example.fr/shop")
    assert isinstance(where, PostgresLocation)
    assert where.sslmode == "verify-full"
    assert where.conninfo_params()["sslmode"] == "verify-full"


@pytest.mark.parametrize("mode", ["disable", "allow", "prefer"])
def test_a_remote_server_without_tls_is_refused_in_plain_words(mode: str) -> None:
    with pytest.raises(StoreUrlError, match="encryption"):
        parse_store_url(f"postgresql://anne@db.example.fr/shop?sslmode={mode}")


def test_an_unchecked_certificate_needs_explicit_acceptance() -> None:
    with pytest.raises(StoreUrlError, match="self-signed"):
        parse_store_url("postgresql://anne@10.0.0.5/shop?sslmode=require")
    where = parse_store_url("postgresql://anne@10.0.0.5/shop", accept_self_signed=True)
    assert isinstance(where, PostgresLocation) and where.sslmode == "require"
    env = {"WORKSTATION_STORE": "postgresql://anne@10.0.0.5/shop?sslmode=require",
           "WORKSTATION_STORE_ACCEPT_SELF_SIGNED": "1"}
    accepted = resolve_store(None, env, default=Path("x"))
    assert isinstance(accepted, PostgresLocation) and accepted.sslmode == "require"


@pytest.mark.parametrize("url", ["postgresql://localhost/shop", "postgresql://anne@localhost/", "mysql://a@b/c", " "])
def test_incomplete_or_unknown_addresses_say_what_is_missing(url: str) -> None:
    with pytest.raises(StoreUrlError):
        parse_store_url(url)


def test_ipv6_loopback_and_unix_sockets_are_local() -> None:
    assert parse_store_url("postgresql://a@[::1]/db").loopback  # type: ignore[union-attr]
    assert parse_store_url("postgresql://a@/db?host=/run/postgresql").loopback  # type: ignore[union-attr]
    assert not parse_store_url("postgresql://a@192.168.1.10/db?sslmode=verify-full").loopback  # type: ignore[union-attr]
