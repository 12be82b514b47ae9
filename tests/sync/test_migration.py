"""Migration 3: a v2 database gains the outbox snapshot columns, keeping its rows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workstation.store.db import Store
from workstation.store.schema import MIGRATIONS, SCHEMA_VERSION


def test_v2_database_migrates_to_v3_keeping_outbox_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    for version in (1, 2):
        for statement in MIGRATIONS[version]:
            conn.execute(statement)
    conn.execute("PRAGMA user_version = 2")
    conn.execute("INSERT INTO sources (platform, name, created_at) VALUES ('demo', 'd', 'x')")
    conn.execute("INSERT INTO reviews (source_id, external_id, first_seen_at, last_seen_at) VALUES (1, 'a', 'x', 'x')")
    conn.execute("INSERT INTO replies (review_id, text, state, created_at, updated_at) VALUES (1, 'hi', 'queued', 'x', 'x')")
    conn.execute("INSERT INTO outbox (reply_id, created_at, updated_at) VALUES (1, 'x', 'x')")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.version == SCHEMA_VERSION >= 3
        cols = {r[1] for r in store.query("PRAGMA table_info(outbox)")}
        assert {"text", "sent_at"} <= cols
        assert store.scalar("SELECT state FROM outbox") == "queued"
        assert store.scalar("SELECT text FROM outbox") is None
    assert (tmp_path / "old.sqlite3.v2.bak").exists()
