"""Settings shared by the team: key/value settings (SLA targets…) and each location's
calendar (time zone, country, opening hours), as `store.settings` and
`store.metrics_data` keep them on SQLite — same keys, same JSON, same columns.
"""

from __future__ import annotations

import json
from typing import Any

from workstation.store.metrics_data import LocationSettings
from workstation.store.postgres.connection import PgStore


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
        conn.execute("INSERT INTO settings (key, value) VALUES (%s, %s) "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, json.dumps(value)))


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
