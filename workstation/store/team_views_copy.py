"""The team's saved views in a desktop's local copy: the views saved or deleted here (to push)
and the server's (pulled), without one silently undoing the other.

As for the shared settings (`store/team_settings_copy.py`), the copy keeps the server's views
as last read — the *base* (`team_base_views`) — and a local view that differs from its base
(saved here, changed here, or deleted here) is the user's change: the next push sends it, and
until then a pull leaves that name alone. Every other name takes the server's view, or goes
when the server has none (another desktop deleted it). Two desktops saving the same name:
the last one to push wins. A copy made before views were shared has no base: its views are
the user's and are sent with the first push, not deleted by the first pull.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from workstation.store.db import Store
from workstation.store.postgres.change_feed import Row

Conn = sqlite3.Connection

BOOKKEEPING = ("CREATE TABLE IF NOT EXISTS team_base_views (name TEXT PRIMARY KEY, filter_json TEXT NOT NULL)",)

#: (name, filter JSON; None: deleted here)
ViewChange = tuple[str, str | None]


def _changed(conn: Conn) -> list[ViewChange]:
    local = dict(conn.execute("SELECT name, filter_json FROM saved_views").fetchall())
    base = dict(conn.execute("SELECT name, filter_json FROM team_base_views").fetchall())
    saved = [(name, text) for name, text in local.items() if base.get(name) != text]
    deleted = [(name, None) for name in base if name not in local]
    return sorted(saved + deleted)


def changed_views(store: Store) -> list[ViewChange]:
    """The views saved, changed or deleted here since the server's were last read."""
    return _changed(store._conn)


def views_pushed(store: Store, changes: Sequence[ViewChange]) -> None:
    """The server holds these views now: they are the base."""
    with store.transaction() as conn:
        conn.executemany("DELETE FROM team_base_views WHERE name = ?", [(name,) for name, _ in changes])
        conn.executemany("INSERT INTO team_base_views (name, filter_json) VALUES (?, ?)",
                         [(name, text) for name, text in changes if text is not None])


def apply_views(conn: Conn, server: Sequence[Row]) -> bool:
    """Make the local views the server's, except those changed here and not pushed yet; True
    when anything changed locally."""
    held = {name for name, _ in _changed(conn)}
    wanted = {str(name): str(text) for name, text in server if name not in held}
    local = dict(conn.execute("SELECT name, filter_json FROM saved_views").fetchall())
    put = [(name, text) for name, text in wanted.items() if local.get(name) != text]
    gone = [(name,) for name in local if name not in held and name not in wanted]
    conn.executemany("INSERT INTO saved_views (name, filter_json) VALUES (?, ?) "
                     "ON CONFLICT (name) DO UPDATE SET filter_json = excluded.filter_json", put)
    conn.executemany("DELETE FROM saved_views WHERE name = ?", gone)
    conn.execute(f"DELETE FROM team_base_views WHERE name NOT IN ({', '.join('?' for _ in held)})", sorted(held))
    conn.executemany("INSERT OR REPLACE INTO team_base_views (name, filter_json) VALUES (?, ?)", wanted.items())
    return bool(put or gone)
