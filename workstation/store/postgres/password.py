"""The team server's password: in the system keychain, or the keychain-less secret file.

Never in the database, the URL saved in settings, or the logs. The lookup order is the
URL's own password (typed for this run only), then the keychain entry named after the
server and user, then `<data folder>/secrets/<that name>.json` on machines without a
keychain. None lets libpq use its own sources (PGPASSWORD, ~/.pgpass).
"""

from __future__ import annotations

from pathlib import Path

from workstation.sources.credentials import keychain_available, load_secrets, save_secrets
from workstation.sources.secret_files import secrets_folder
from workstation.store.location import PostgresLocation

_KEY = "password"


def server_password(where: PostgresLocation, *, data_dir: Path | None = None) -> str | None:
    if where.password is not None:
        return where.password
    if keychain_available():
        found = load_secrets(where.secret_name).get(_KEY)
        if found:
            return found
    if data_dir is not None:
        path = secrets_folder(data_dir) / f"{where.secret_name}.json"
        if path.exists():
            return load_secrets(f"file:{path}").get(_KEY)
    return None


def remember_password(where: PostgresLocation, password: str, *, data_dir: Path) -> str:
    """Keep the password for the next runs; returns where, in words, for the user."""
    return save_secrets(where.secret_name, {_KEY: password}, data_dir=data_dir).where
