"""Settings shared by the team: key/value settings (SLA targets…), the crisis room's edits, each location's
calendar (time zone, country, opening hours) and the business profile (name, locations,
reply signature and contact), as `store.settings`, `store.metrics_data` and
`store.business_profile` keep them on SQLite — same keys, same JSON, same columns, built
by the same pure functions.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import psycopg

from workstation.domain import stamp_now, to_iso
from workstation.store.business_profile import (
    REPLY_PROFILE_KEY,
    BusinessProfile,
    location_hours,
    location_names,
    profile_from,
    reply_settings,
)
from workstation.store.metrics_data import LocationSettings
from workstation.store.postgres.connection import PgStore
from workstation.store.postgres.reviews import ensure_location

Conn = psycopg.Connection[Any]


def location_settings(store: PgStore) -> list[LocationSettings]:
    with store.connection() as conn:
        rows = conn.execute(
            "SELECT id, name, timezone, country, hours_json, review_url FROM locations ORDER BY name").fetchall()
    return [LocationSettings(*row) for row in rows]


def get_setting(store: PgStore, key: str, default: Any = None) -> Any:
    value = store.scalar("SELECT value FROM settings WHERE key = %s", (key,))
    return json.loads(value) if value is not None else default


def set_setting(store: PgStore, key: str, value: Any) -> None:
    with store.transaction() as conn:
        _put(conn, key, value)


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def save_location_settings(
    store: PgStore, location_id: int, *, timezone: str | None, country: str | None, hours_json: str | None,
    review_url: str | None = None,
) -> bool:
    """As `store.metrics_data.save_location_settings`: False when the location does not exist."""
    with store.transaction() as conn:
        cur = conn.execute(
            "UPDATE locations SET timezone = %s, country = %s, hours_json = %s, review_url = %s WHERE id = %s",
            (_clean(timezone), (_clean(country) or "").upper() or None, _clean(hours_json), _clean(review_url),
             location_id),
        )
        return cur.rowcount > 0


# -- the business profile (first-run assistant / Preferences on SQLite) -------------------

def load_profile(store: PgStore) -> BusinessProfile:
    """As `store.business_profile.load_profile`, from the team server."""
    return profile_from(get_setting(store, "business_name"), get_setting(store, REPLY_PROFILE_KEY),
                        location_settings(store))


def save_profile(store: PgStore, profile: BusinessProfile, *, now: datetime | None = None) -> None:
    """As `store.business_profile.save_profile`, in one transaction: the name, the locations
    (added, never deleted), their time zone and hours, the reply signature and contact.
    The `reply_profile` row is read `FOR UPDATE`, so another desktop's keys are kept."""
    stamp = stamp_now(now)
    names = location_names(profile)
    with store.transaction() as conn:
        _put(conn, "business_name", profile.business_name.strip())
        for name in sorted(names):  # the same order on every desktop
            ensure_location(conn, name, stamp)
        _put(conn, "locations", names)
        rows = conn.execute(
            "SELECT id, name, timezone, country, hours_json, review_url FROM locations WHERE name = ANY(%s) "
            "ORDER BY id FOR UPDATE", (names,)).fetchall()
        stored = {row[1]: LocationSettings(*row) for row in rows}
        for loc in profile.locations:
            row = stored.get(loc.name.strip())
            if row is not None:
                conn.execute("UPDATE locations SET timezone = %s, hours_json = %s WHERE id = %s",
                             (_clean(loc.timezone or row.timezone), _clean(location_hours(loc, row)), row.id))
        current = conn.execute("SELECT value FROM settings WHERE key = %s FOR UPDATE", (REPLY_PROFILE_KEY,)).fetchone()
        _put(conn, REPLY_PROFILE_KEY, reply_settings(json.loads(current[0]) if current else None, profile))


def put_raw(conn: Conn, key: str, value: str | None) -> None:
    """A setting's stored JSON text as a desktop's copy holds it (None: remove it)."""
    if value is None:
        conn.execute("DELETE FROM settings WHERE key = %s", (key,))
    else:
        conn.execute("INSERT INTO settings (key, value) VALUES (%s, %s) "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))


def put_location(conn: Conn, name: str, *, timezone: str | None, country: str | None, hours_json: str | None,
                 review_url: str | None, now: datetime) -> int:
    """A location's calendar as a desktop left it (created by name when new); its id."""
    stamp = to_iso(now)
    assert stamp is not None
    location_id = ensure_location(conn, name.strip(), stamp)
    conn.execute("UPDATE locations SET timezone = %s, country = %s, hours_json = %s, review_url = %s WHERE id = %s",
                 (_clean(timezone), (_clean(country) or "").upper() or None, _clean(hours_json), _clean(review_url),
                  location_id))
    return location_id


def put_crisis_edits(conn: Conn, crisis_id: int, *, status: str, notes: str | None,
                     checklist_json: str | None) -> None:
    """The crisis room's status, notes and checklist of a crisis (a crisis gone meanwhile: nothing)."""
    conn.execute("UPDATE crises SET status = %s, notes = %s, checklist_json = %s WHERE id = %s",
                 (status, notes, checklist_json, crisis_id))


def _put(conn: Conn, key: str, value: Any) -> None:
    conn.execute("INSERT INTO settings (key, value) VALUES (%s, %s) "
                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, json.dumps(value)))
