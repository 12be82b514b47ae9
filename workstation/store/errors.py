"""Store errors sorted by whose fault they are (qutebrowser's sql.py idea).

`StoreError` carries a plain message for the user (disk full, locked, read-only, newer
database, corrupt file) and, through `store.refusals.refused`, its kind and values, so a
window can say it in its own language; anything else from sqlite3 is a bug and propagates as is.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

from workstation.error_kinds import Refusal  # kept importable from here, where it began

__all__ = ["CorruptDatabaseError", "NewerDatabaseError", "Refusal", "StoreError", "known_error"]


class StoreError(Exception):
    """A problem the user can act on; `str(error)` is the message to show (in English).

    Most also carry `refusal` (set by `store.refusals.refused`: a refused team change, a full
    disk, an empty reply…), so a window in another language can word it; the English message
    stays for the command line."""

    refusal: Refusal | None = None


class NewerDatabaseError(StoreError):
    """The file was written by a newer version of the app."""


class CorruptDatabaseError(StoreError):
    """The file is not a readable SQLite database."""


# (what sqlite3 says, the kind in store/refusals.py, the message); the kind lets a window
# say it in its own language, the message is what `str(error)` keeps saying.
_KNOWN = (
    ("database or disk is full", "disk_full", "The disk is full: free some space, nothing was lost."),
    ("database is locked", "database_busy", "The database is busy in another program or window; try again."),
    ("readonly database", "database_read_only", "The database file is read-only: check its permissions."),
    ("attempt to write a readonly", "database_read_only", "The database file is read-only: check its permissions."),
    ("unable to open database", "database_cannot_open",
     "The database file cannot be opened: check the folder exists and is writable."),
    ("disk i/o error", "disk_io_error", "The disk could not be read or written (disk I/O error)."),
    ("file is not a database", "not_a_database", "The database file is damaged or is not a database."),
    ("database disk image is malformed", "database_damaged", "The database file is damaged."),
)


DISK_FULL = _KNOWN[0][2]


def _folder_problem(text: str, path: Path | None) -> StoreError | None:
    """SQLite blames the database file for what is often its folder's fault (it must create
    the -wal/-shm/journal files beside it) or a full disk: look at the folder to say which."""
    from workstation.store.refusals import refused  # it builds on this module's classes

    if path is None or not any(word in text for word in ("readonly", "unable to open", "disk i/o")):
        return None
    folder = path.parent
    try:
        if shutil.disk_usage(folder).free == 0:
            return refused(StoreError, "disk_full", DISK_FULL)
    except OSError:
        return None
    if "disk i/o" not in text and folder.is_dir() and not os.access(folder, os.W_OK):
        return refused(StoreError, "folder_read_only", f"The data folder {folder} is read-only: check its "
                       "permissions or choose another --data-dir.", folder=folder)
    return None


def known_error(exc: sqlite3.Error, path: Path | None = None) -> StoreError | None:
    """Map an sqlite3 error to a user-facing StoreError, or None if it is a bug. With the
    database's `path`, a read-only folder or a full disk is named as such."""
    from workstation.store.refusals import refused

    text = str(exc).lower()
    folder_error = _folder_problem(text, path)
    if folder_error is not None:
        return folder_error
    for needle, kind, message in _KNOWN:
        if needle in text:
            cls = CorruptDatabaseError if "damaged" in message else StoreError
            return refused(cls, kind, message)
    return None


def unusable(exc: sqlite3.Error) -> CorruptDatabaseError:
    """An sqlite3 error `known_error` has no words for, said plainly for the command line
    (the window has its own recovery screen): restore a backup, with SQLite's words as details."""
    from workstation.store.refusals import refused

    return refused(CorruptDatabaseError, "database_unusable", "The database cannot be used: restore a backup "
                   f"(the app offers it at start). Details: {exc}", error=exc)
