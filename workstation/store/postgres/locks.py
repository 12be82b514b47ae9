"""One syncer per source across every desktop: a PostgreSQL session advisory lock.

The lock belongs to the database session, so it is released when the holder finishes,
and also when its process dies (the server drops the session with the connection), so a
killed sync never blocks the next one — the team-wide twin of `sync/sender_lock.py`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from workstation.store.errors import StoreError
from workstation.store.postgres.connection import PgStore

#: First half of the two-key advisory lock: "source syncs" (the second half is the source id).
SYNC_LOCK_SPACE = 0x5753_0002


class SyncBusy(StoreError):
    """Another desktop (or process) is syncing this source right now."""


@contextlib.contextmanager
def source_sync_lock(store: PgStore, source_id: int) -> Iterator[None]:
    """Hold the sync lock of one source; raises SyncBusy at once when someone else holds it."""
    with store.connection() as conn:
        row = conn.execute("SELECT pg_try_advisory_lock(%s, %s)", (SYNC_LOCK_SPACE, source_id)).fetchone()
        if not row or not row[0]:
            raise SyncBusy("Another computer of the team is syncing this source right now; "
                           "its reviews will appear here when it is done.")
        try:
            yield
        finally:
            conn.execute("SELECT pg_advisory_unlock(%s, %s)", (SYNC_LOCK_SPACE, source_id))
