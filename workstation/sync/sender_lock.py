"""One outbox sender per database at a time (the app's and a cron job's may overlap).

Two senders reading the same queued row would both post it. An exclusive OS lock on
`<database>.outbox.lock` keeps the second one out; the OS releases it when the holder
exits, even on SIGKILL, so a crashed sender never blocks the next run.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from workstation.error_kinds import refused


class SenderBusy(Exception):
    """Another process (or task) is sending this database's outbox right now."""


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


@contextlib.contextmanager
def sender_lock(db_path: Path | None) -> Iterator[None]:
    """Hold the sender lock for `db_path` (no-op for an in-memory database).

    Raises SenderBusy at once when another sender holds it. flock locks belong to the
    open file, so a second sender in the same process is kept out as well.
    """
    if db_path is None:
        yield
        return
    lock_path = db_path.with_name(db_path.name + ".outbox.lock")
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if not _try_lock(fd):
            raise refused(SenderBusy, "sender_busy", "Replies are already being sent from another window or "
                          "program; they will go out from there. Nothing to do.")
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock
