"""Small key/value settings and saved views, stored as JSON in the database."""

from __future__ import annotations

import json
from typing import Any

from workstation.store.db import Store
from workstation.store.queries import ReviewFilter


def get_setting(store: Store, key: str, default: Any = None) -> Any:
    row = store._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return json.loads(row[0]) if row else default


def set_setting(store: Store, key: str, value: Any) -> None:
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value)),
        )


def save_view(store: Store, name: str, f: ReviewFilter) -> None:
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO saved_views (name, filter_json) VALUES (?, ?) "
            "ON CONFLICT (name) DO UPDATE SET filter_json = excluded.filter_json",
            (name.strip(), f.to_json()),
        )


def saved_views(store: Store) -> list[tuple[str, ReviewFilter]]:
    return [
        (name, ReviewFilter.from_json(text))
        for name, text in store._conn.execute("SELECT name, filter_json FROM saved_views ORDER BY name")
    ]


def delete_view(store: Store, name: str) -> None:
    with store.transaction() as conn:
        conn.execute("DELETE FROM saved_views WHERE name = ?", (name,))


def add_locations(store: Store, names: list[str]) -> None:
    """Create the business's locations (first run), in one transaction; existing ones are kept."""
    from workstation.store.ingest import ensure_location

    with store.transaction():
        for name in names:
            ensure_location(store, name)
