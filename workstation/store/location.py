"""Where the reviews live: a SQLite file (one shop, the default) or a PostgreSQL server (team mode).

`--store URL` and `WORKSTATION_STORE` accept either a SQLite path or a
`postgresql://user@host:port/database` URL. Parsing is plain string work (no driver import),
so a shop that never uses team mode never loads psycopg.

The TLS rule lives here because it is about the URL, not the connection: any host other
than loopback must use `sslmode=verify-full` (certificate and host name checked), unless
the user explicitly accepts a self-signed certificate, which then means `sslmode=require`.
A URL's password is kept in memory only and never shown (`display` leaves it out).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

from workstation.error_kinds import refused
from workstation.store.errors import StoreError

ENV_VAR = "WORKSTATION_STORE"
ACCEPT_SELF_SIGNED_ENV = "WORKSTATION_STORE_ACCEPT_SELF_SIGNED"
DEFAULT_PORT = 5432
_SCHEMES = ("postgresql", "postgres")
_WEAK_SSLMODES = ("disable", "allow", "prefer")
_UNVERIFIED_SSLMODES = ("require", "verify-ca")


class StoreUrlError(StoreError):
    """The --store value cannot be used as written (the message says why, in plain words)."""


@dataclass(frozen=True)
class SqliteLocation:
    path: Path

    @property
    def display(self) -> str:
        return str(self.path)


@dataclass(frozen=True)
class PostgresLocation:
    """A team server: everything libpq needs except where the password comes from."""

    host: str
    port: int
    database: str
    user: str
    sslmode: str
    password: str | None = field(default=None, repr=False)  # from the URL only; prefer the keychain
    options: tuple[tuple[str, str], ...] = ()

    @property
    def loopback(self) -> bool:
        return is_loopback(self.host)

    @property
    def display(self) -> str:
        """The URL without its password: safe for messages and logs."""
        return f"postgresql://{self.user}@{_host_text(self.host)}:{self.port}/{self.database}"

    @property
    def secret_name(self) -> str:
        """The keychain entry (or secret file name) holding this server's password."""
        host = self.host.replace("/", "_")
        return f"team-server-{self.user}@{host}-{self.port}-{self.database}"

    def conninfo_params(self) -> dict[str, str]:
        params = {"host": self.host, "port": str(self.port), "dbname": self.database, "user": self.user,
                  "sslmode": self.sslmode, "application_name": "workstation", "connect_timeout": "5"}
        params.update(dict(self.options))
        return params


StoreLocation = SqliteLocation | PostgresLocation


def _host_text(host: str) -> str:
    return f"[{host}]" if ":" in host and not host.startswith("/") else host


def is_loopback(host: str) -> bool:
    """True for this computer only: localhost, 127.0.0.0/8, ::1 or a Unix socket folder."""
    if host.startswith("/") or host.casefold() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _sslmode(host: str, asked: str | None, accept_self_signed: bool) -> str:
    if is_loopback(host):
        return asked or "prefer"
    if asked is None:
        return "require" if accept_self_signed else "verify-full"
    if asked in _WEAK_SSLMODES:
        raise refused(
            StoreUrlError, "team_server_needs_tls",
            f"The team server {host} must be reached with encryption (TLS): remove sslmode={asked} "
            "from the address, or ask the server's administrator to enable TLS.",
            host=host, sslmode=asked,
        )
    if asked in _UNVERIFIED_SSLMODES and not accept_self_signed:
        raise refused(
            StoreUrlError, "team_server_unverified",
            f"sslmode={asked} does not check that {host} is really your team server. Use sslmode=verify-full, "
            "or accept the server's self-signed certificate explicitly (--accept-self-signed-certificate).",
            host=host, sslmode=asked,
        )
    return asked


def parse_store_url(value: str, *, accept_self_signed: bool = False) -> StoreLocation:
    """A SQLite path or a PostgreSQL URL; raises StoreUrlError with one plain line."""
    text = value.strip()
    if not text:
        raise refused(StoreUrlError, "store_address_empty",
                      "The store address is empty: give a database file or a postgresql:// address.")
    scheme = text.split(":", 1)[0].casefold() if "://" in text else ""
    if scheme in ("", "file"):
        return SqliteLocation(Path(text[len("file://"):] if scheme == "file" else text).expanduser())
    if scheme not in _SCHEMES:
        raise refused(
            StoreUrlError, "store_address_unknown",
            f"Unknown store address {scheme}://…: use a database file path or postgresql://user@host/database.",
            scheme=scheme,
        )
    try:
        parts = urlsplit(text)
    except ValueError:  # "[db.example.org:abc]": a bracketed host that is no IPv6 address
        raise refused(StoreUrlError, "team_server_address_unreadable",
                      "The team server address cannot be read: check the server name and the port.") from None
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    host = unquote(parts.hostname or "") or query.pop("host", "") or "localhost"
    try:
        port = int(query.pop("port", "") or parts.port or DEFAULT_PORT)
    except ValueError:
        raise refused(StoreUrlError, "team_server_port", "The port in the team server address is not a number.") from None
    database = unquote(parts.path.lstrip("/")) or query.pop("dbname", "")
    user = unquote(parts.username or "") or query.pop("user", "")
    if not database or not user:
        raise refused(
            StoreUrlError, "team_server_needs_user",
            "The team server address needs a user and a database: postgresql://user@host/database.",
        )
    sslmode = _sslmode(host, query.pop("sslmode", None), accept_self_signed)
    password = unquote(parts.password) if parts.password else None
    query.pop("password", None)  # never passed around as an option
    return PostgresLocation(host, port, database, user, sslmode, password, tuple(sorted(query.items())))


def _truthy(value: str | None) -> bool:
    return (value or "").strip().casefold() in ("1", "true", "yes", "on")


def resolve_store(
    option: str | None, env: Mapping[str, str], *, default: Path, accept_self_signed: bool = False
) -> StoreLocation:
    """`--store` first, then WORKSTATION_STORE, else the default SQLite file (unchanged behaviour)."""
    value = option if option else env.get(ENV_VAR)
    if not value:
        return SqliteLocation(default)
    accept = accept_self_signed or _truthy(env.get(ACCEPT_SELF_SIGNED_ENV))
    return parse_store_url(value, accept_self_signed=accept)
