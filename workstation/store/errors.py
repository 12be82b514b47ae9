"""Store errors sorted by whose fault they are (qutebrowser's sql.py idea).

`StoreError` carries a plain message for the user (disk full, locked, read-only, newer
database, corrupt file); anything else from sqlite3 is a bug and propagates as is.
"""

from __future__ import annotations

import sqlite3


class StoreError(Exception):
    """A problem the user can act on; `str(error)` is the message to show."""


class NewerDatabaseError(StoreError):
    """The file was written by a newer version of the app."""


class CorruptDatabaseError(StoreError):
    """The file is not a readable SQLite database."""


_KNOWN = (
    ("database or disk is full", "The disk is full: free some space, nothing was lost."),
    ("database is locked", "The database is busy in another program or window; try again."),
    ("readonly database", "The database file is read-only: check its permissions."),
    ("attempt to write a readonly", "The database file is read-only: check its permissions."),
    ("unable to open database", "The database file cannot be opened: check the folder exists and is writable."),
    ("disk i/o error", "The disk could not be read or written (disk I/O error)."),
    ("file is not a database", "The database file is damaged or is not a database."),
    ("database disk image is malformed", "The database file is damaged."),
)


def known_error(exc: sqlite3.Error) -> StoreError | None:
    """Map an sqlite3 error to a user-facing StoreError, or None if it is a bug."""
    text = str(exc).lower()
    for needle, message in _KNOWN:
        if needle in text:
            cls = CorruptDatabaseError if "damaged" in message else StoreError
            return cls(message)
    return None
