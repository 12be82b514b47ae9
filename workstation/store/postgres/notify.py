"""Live updates between desktops: each write's change set goes out with `NOTIFY`.

After a team-mode operation commits, `publish` sends its change set (encoded by
`ops/team_changes.py`: the store layer does not know `OpChanges`) on one channel; every
desktop holds a `ChangeListener` (its own connection: `LISTEN` belongs to a session).
Notifications are delivered in commit order and only to sessions listening at that time:
a desktop that was offline re-reads its views when it reconnects.
"""

from __future__ import annotations

from typing import Any

import psycopg

from workstation.store.postgres.connection import PgStore
from workstation.store.postgres.errors import connection_error

CHANNEL = "workstation_changes"


def publish(store: PgStore, text: str) -> None:
    """Send one payload (a change set, see `ops/team_changes.py`) to every listening connection."""
    with store.connection() as conn:
        conn.execute("SELECT pg_notify(%s, %s)", (CHANNEL, text))


class ChangeListener:
    """Another desktop's view of the team's writes: `wait()` returns the payloads received.

    Use from one thread (a desktop runs it in a worker and hands the changes to the window).
    """

    def __init__(self, store: PgStore, *, channel: str = CHANNEL) -> None:
        self._where = store.where
        self._conn: psycopg.Connection[Any] = store.dedicated_connection()
        self._conn.execute(f"LISTEN {channel}")  # our own constant channel names

    def wait(self, timeout: float, *, stop_after: int | None = None) -> list[str]:
        """The payloads that arrive within `timeout` seconds (fewer if `stop_after` is reached)."""
        received: list[str] = []
        try:
            for note in self._conn.notifies(timeout=timeout, stop_after=stop_after):
                received.append(note.payload)
        except psycopg.OperationalError as exc:
            raise connection_error(exc, self._where) from None
        return received

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> ChangeListener:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
