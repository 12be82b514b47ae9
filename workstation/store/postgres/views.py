"""Saved views shared by the team: the inbox filters a desktop saved under a name, on the
server (`saved_views`, the same table and JSON as on SQLite: `store.settings.save_view`).

A desktop's copy sends its saved and deleted views with the push (`store/team_views_copy.py`);
the last desktop to push a name wins, as for the other shared settings.
"""

from __future__ import annotations

from typing import Any

import psycopg

Conn = psycopg.Connection[Any]


def put_view(conn: Conn, name: str, filter_json: str | None) -> None:
    """A view as a desktop left it: saved under `name` (replacing one of that name), or
    deleted when `filter_json` is None (already gone: nothing)."""
    if filter_json is None:
        conn.execute("DELETE FROM saved_views WHERE name = %s", (name,))
    else:
        conn.execute("INSERT INTO saved_views (name, filter_json) VALUES (%s, %s) "
                     "ON CONFLICT (name) DO UPDATE SET filter_json = excluded.filter_json", (name, filter_json))
