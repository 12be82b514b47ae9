"""PostgreSQL errors in plain words: whose fault it is and what to do (never the password).

Connection problems (server down, wrong password, no TLS, unknown database) become
`TeamServerError`, a `StoreError`, so every caller that already shows store problems
shows these too. Anything else from psycopg is a bug and propagates as is.
"""

from __future__ import annotations

from workstation.store.errors import StoreError
from workstation.store.location import PostgresLocation
from workstation.store.refusals import refused


class TeamServerError(StoreError):
    """The team server cannot be used right now; `str()` is the message for the user."""


class TeamServerUnreachable(TeamServerError):
    """Nothing answered: the desktop may keep working from its own copy."""


class WrongPasswordError(TeamServerError):
    """The server refused the user name or password."""


class NoEncryptionError(TeamServerError):
    """The server offers no TLS, and this address needs it."""


class CertificateError(TeamServerError):
    """The server's certificate could not be checked (self-signed, wrong host name…)."""


class UnknownDatabaseError(TeamServerError):
    """The server has no database of that name."""


def connection_error(exc: Exception, where: PostgresLocation) -> TeamServerError:
    """Map a failed connection attempt (psycopg.OperationalError) to a plain message, with
    its kind (`error_kinds.py`) so the command line and the window say it in their language."""
    text = str(exc).casefold()
    server = f"{where.host}:{where.port}"
    if "password authentication failed" in text or "no password supplied" in text or "authentication failed" in text:
        return refused(
            WrongPasswordError, "team_server_wrong_password",
            f"The team server {server} refused the password of user {where.user}: type it again "
            "(it is kept in the system keychain, never in the database).", server=server, user=where.user,
        )
    if "does not support ssl" in text or "ssl was required" in text or "server does not support" in text:
        return refused(
            NoEncryptionError, "team_server_no_tls",
            f"The team server {server} does not offer encryption (TLS); ask its administrator to enable it.",
            server=server,
        )
    if "certificate" in text or ("ssl" in text and "verify" in text):
        return refused(
            CertificateError, "team_server_certificate",
            f"The certificate of the team server {server} could not be checked. If your administrator "
            "uses a self-signed certificate, accept it explicitly (--accept-self-signed-certificate).",
            server=server,
        )
    if "database" in text and "does not exist" in text:
        return refused(UnknownDatabaseError, "team_server_no_database",
                       f"The team server {server} has no database called {where.database}.",
                       server=server, database=where.database)
    if "role" in text and "does not exist" in text:
        return refused(WrongPasswordError, "team_server_unknown_user",
                       f"The team server {server} has no user called {where.user}.", server=server, user=where.user)
    return refused(
        TeamServerUnreachable, "team_server_unreachable",
        f"The team server {server} does not answer: check the address and that it is running. "
        "You can keep working from this computer's copy.", server=server,
    )
