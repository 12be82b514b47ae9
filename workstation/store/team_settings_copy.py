"""The team's shared settings in a desktop's local copy: what the user changed here (to push)
and the server's values (pulled), without one silently undoing the other.

Shared: the response-time targets (`sla_policy`), the business profile (`business_name`,
`locations`, `reply_profile`) and each location's calendar (time zone, country, opening
hours, review link). As for replies (`store/team_outbound.py`), the copy keeps the server's
values as last read — the *base* (`team_base_settings`, `team_base_locations`) — and a local
value that differs from its base is the user's change: the next push sends it, and until
then a pull leaves it alone. Unchanged values always take the server's. Two desktops
changing the same setting: the last one pushed wins, per key and per location (a save that
changed nothing pushes nothing, so saving Preferences never undoes a colleague's change).

The crisis room's status, notes and checklist of a crisis the server found are shared the
same way (per crisis, the last desktop to push wins).

Other settings (notification choices, import column layouts, the last check…) belong to this
computer and are never pushed.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from workstation.store.business_profile import REPLY_PROFILE_KEY
from workstation.store.db import Store
from workstation.store.postgres.change_feed import CRISIS_COLUMNS, LOCATION_COLUMNS, Row

Conn = sqlite3.Connection

SLA_SETTING = "sla_policy"  # metrics.stored.SLA_SETTING
SHARED_KEYS = (SLA_SETTING, "business_name", "locations", REPLY_PROFILE_KEY)
#: The columns a desktop edits (`id` and `created_at` are the server's).
EDITED = ("name", "timezone", "country", "hours_json", "review_url")

BOOKKEEPING = (
    # value NULL: the server has no such setting (a local one is then the user's, to push)
    "CREATE TABLE IF NOT EXISTS team_base_settings (key TEXT PRIMARY KEY, value TEXT)",
    """CREATE TABLE IF NOT EXISTS team_base_locations (
        id INTEGER PRIMARY KEY, name TEXT NOT NULL, timezone TEXT, country TEXT, hours_json TEXT,
        review_url TEXT)""",
    # the crisis room's edits of a server crisis: status, notes, checklist
    """CREATE TABLE IF NOT EXISTS team_base_crises (
        id INTEGER PRIMARY KEY, status TEXT, notes TEXT, checklist_json TEXT)""",
)
CRISIS_EDITED = ("status", "notes", "checklist_json")


@dataclass(frozen=True)
class LocationChange:
    """A location as the user left it here (`local_id`: its row in this copy)."""

    local_id: int
    name: str
    timezone: str | None
    country: str | None
    hours_json: str | None
    review_url: str | None


def _has_base(conn: Conn) -> bool:
    """False for a copy made before settings were shared: nothing counts as changed until the
    first pull records the server's values (the copy's old values must not overwrite them)."""
    return conn.execute("SELECT 1 FROM team_base_settings LIMIT 1").fetchone() is not None


#: How the layers above read a setting (the store cannot import them): `ops.team_mirror`
#: gives the SLA targets' reader, so writing the default targets over an unset setting is no change.
_readers: dict[str, Callable[[Any], Any]] = {}


def register_reader(key: str, reader: Callable[[Any], Any]) -> None:
    _readers[key] = reader


def _meaning(conn: Conn, key: str, text: str | None) -> Any:
    """What a stored value means to the app, so that writing the value an unset setting stands
    for (the default targets, an empty signature…) is not a change to send over a colleague's."""
    value = json.loads(text) if text is not None else None
    if key in _readers:
        return _readers[key](value if value is not None else {})
    if key == "business_name":
        return str(value or "").strip()
    if key == "locations":  # unset: the locations the server has
        names = value if isinstance(value, list) else [
            r[0] for r in conn.execute("SELECT name FROM team_base_locations")]
        return sorted({str(n).strip() for n in names})
    if key == REPLY_PROFILE_KEY:  # empty entries are no entries
        value = value if isinstance(value, dict) else {}
        return json.dumps({k: v for k, v in value.items() if v not in ("", {}, None)}, sort_keys=True)
    return json.dumps(value, sort_keys=True)


def _changed_keys(conn: Conn) -> list[tuple[str, str | None]]:
    if not _has_base(conn):
        return []
    marks = ", ".join("?" for _ in SHARED_KEYS)
    rows = conn.execute(
        f"SELECT k.key, k.value, s.value FROM (SELECT key, value FROM team_base_settings WHERE key IN ({marks})) k "
        "LEFT JOIN settings s ON s.key = k.key WHERE s.value IS NOT k.value", SHARED_KEYS).fetchall()
    return [(str(k), None if v is None else str(v)) for k, base, v in rows
            if _meaning(conn, str(k), base) != _meaning(conn, str(k), v)]


def _changed_locations(conn: Conn) -> list[LocationChange]:
    if not _has_base(conn):
        return []
    cols = ", ".join(f"l.{c}" for c in EDITED)
    same = " AND ".join(f"b.{c} IS l.{c}" for c in EDITED)
    rows = conn.execute(
        f"SELECT l.id, {cols} FROM locations l WHERE NOT EXISTS ("
        f"SELECT 1 FROM team_base_locations b WHERE b.id = l.id AND {same}) "
        # a location made here and already pushed has its server row in the base, by name
        "AND NOT EXISTS (SELECT 1 FROM team_base_locations b WHERE b.id != l.id AND b.name = l.name "
        f"AND {' AND '.join(f'b.{c} IS l.{c}' for c in EDITED[1:])}) ORDER BY l.id").fetchall()
    return [LocationChange(int(r[0]), *r[1:]) for r in rows]


def _changed_crises(conn: Conn) -> list[tuple[int, str, str | None, str | None]]:
    """Server crises whose status, notes or checklist were changed here: (id, status, notes, checklist)."""
    same = " AND ".join(f"b.{c} IS c.{c}" for c in CRISIS_EDITED)
    rows = conn.execute(
        f"SELECT c.id, c.status, c.notes, c.checklist_json FROM crises c JOIN team_base_crises b ON b.id = c.id "
        f"WHERE NOT ({same}) ORDER BY c.id").fetchall()
    return [(int(r[0]), str(r[1]), r[2], r[3]) for r in rows]


def changed_crises(store: Store) -> list[tuple[int, str, str | None, str | None]]:
    return _changed_crises(store._conn)


def crises_pushed(store: Store, crises: Sequence[tuple[int, str, str | None, str | None]]) -> None:
    with store.transaction() as conn:
        conn.executemany("INSERT OR REPLACE INTO team_base_crises (id, status, notes, checklist_json) "
                         "VALUES (?, ?, ?, ?)", crises)


def held_crises(conn: Conn) -> set[int]:
    """Crises changed here and not pushed yet: a pull leaves them as the user left them."""
    return {row[0] for row in _changed_crises(conn)}


def crises_pulled(conn: Conn, server: Sequence[Row], held: set[int]) -> None:
    at = [CRISIS_COLUMNS.index(c) for c in ("id", *CRISIS_EDITED)]
    conn.execute("DELETE FROM team_base_crises WHERE id NOT IN (SELECT id FROM crises)")
    conn.executemany("INSERT OR REPLACE INTO team_base_crises (id, status, notes, checklist_json) "
                     "VALUES (?, ?, ?, ?)", [tuple(r[i] for i in at) for r in server if int(r[0]) not in held])


def changed_settings(store: Store) -> tuple[list[tuple[str, str | None]], list[LocationChange]]:
    """The shared settings (key, JSON text or None when removed) and locations changed here."""
    return _changed_keys(store._conn), _changed_locations(store._conn)


def settings_pushed(store: Store, keys: Sequence[tuple[str, str | None]],
                    locations: Sequence[tuple[int, LocationChange]]) -> None:
    """The server holds these values now ((server id, location) pairs): they are the base."""
    with store.transaction() as conn:
        conn.executemany("INSERT OR REPLACE INTO team_base_settings (key, value) VALUES (?, ?)", keys)
        conn.executemany(
            "INSERT OR REPLACE INTO team_base_locations (id, name, timezone, country, hours_json, review_url) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(server_id, c.name, c.timezone, c.country, c.hours_json, c.review_url) for server_id, c in locations])


# -- pulling ----------------------------------------------------------------------------

def apply_settings(conn: Conn, server: Sequence[Row]) -> bool:
    """Take the server's settings, except shared ones changed here and not pushed yet; True
    when anything changed locally."""
    held = {key for key, _ in _changed_keys(conn)}
    values = {str(k): str(v) for k, v in server}
    local = dict(conn.execute("SELECT key, value FROM settings").fetchall())
    if not _has_base(conn):  # a copy from before settings were shared: what only it has is the user's
        held |= {k for k in SHARED_KEYS if k not in values and k in local}
        conn.executemany("INSERT INTO team_base_settings (key, value) VALUES (?, NULL)", [(k,) for k in held])
    changed = [(k, v) for k, v in values.items() if k not in held and local.get(k) != v]
    conn.executemany("INSERT INTO settings (key, value) VALUES (?, ?) "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value", changed)
    removed = [k for k in SHARED_KEYS if k not in held and k not in values and k in local]
    conn.executemany("DELETE FROM settings WHERE key = ?", [(k,) for k in removed])
    conn.executemany("INSERT OR REPLACE INTO team_base_settings (key, value) VALUES (?, ?)",
                     [(k, values.get(k)) for k in SHARED_KEYS if k not in held])
    return bool(changed or removed)


def apply_locations(conn: Conn, server: Sequence[Row]) -> bool:
    """Make the local locations the server's, except those changed here and not pushed yet
    (a location made here, once pushed, becomes the server's row of that name)."""
    held = {c.local_id for c in _changed_locations(conn)}
    local = {int(r[0]): tuple(r) for r in conn.execute(f"SELECT {', '.join(LOCATION_COLUMNS)} FROM locations")}
    changed = False
    name_at = LOCATION_COLUMNS.index("name")
    for row in (tuple(r) for r in server):
        row_id = int(row[0])
        if row_id in held or local.get(row_id) == row:
            continue
        # A row made here holds the name (the server gave it another id) or the id: move it off.
        conn.execute("DELETE FROM locations WHERE name = ? AND id != ? AND id NOT IN "
                     "(SELECT location_id FROM reviews WHERE location_id IS NOT NULL) "
                     "AND id NOT IN (SELECT location_id FROM sources WHERE location_id IS NOT NULL)",
                     (row[name_at], row_id))
        updates = ", ".join(f"{c} = excluded.{c}" for c in LOCATION_COLUMNS[1:])
        conn.execute(f"INSERT INTO locations ({', '.join(LOCATION_COLUMNS)}) VALUES "
                     f"({', '.join('?' for _ in LOCATION_COLUMNS)}) ON CONFLICT (id) DO UPDATE SET {updates}", row)
        changed = True
    edited_at = [LOCATION_COLUMNS.index(c) for c in EDITED]
    conn.executemany(
        "INSERT OR REPLACE INTO team_base_locations (id, name, timezone, country, hours_json, review_url) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(int(r[0]), *(r[i] for i in edited_at)) for r in server if int(r[0]) not in held])
    return changed
