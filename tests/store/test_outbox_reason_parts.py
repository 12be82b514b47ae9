"""Why a reply is not sent yet is kept as data beside its English (`outbox.last_error_refusal`,
schema 7): the parts of its sentence, each a kind and its values. A database of schema 6 is
migrated keeping its rows: an old row has no parts and shows its English; a row that cannot
be read shows its English too."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workstation.error_kinds import Refusal
from workstation.store.db import Store
from workstation.store.outbox import mark_failed, mark_retry, pending_items
from workstation.store.queries import review_detail
from workstation.store.refusals import parts_from_json, parts_to_json
from workstation.store.schema import MIGRATIONS, SCHEMA_VERSION

REASON = "Demo platform refused the request."


def _schema_6_with_a_failed_reply(path: Path) -> None:
    conn = sqlite3.connect(path)
    for version in range(1, 7):
        for statement in MIGRATIONS[version]:
            conn.execute(statement)
    conn.execute("PRAGMA user_version = 6")
    conn.execute("INSERT INTO sources (platform, name, created_at) VALUES ('demo', 'd', 'x')")
    conn.execute("INSERT INTO reviews (source_id, external_id, first_seen_at, last_seen_at, reply_state) "
                 "VALUES (1, 'a', 'x', 'x', 'failed')")
    conn.execute("INSERT INTO replies (review_id, text, state, created_at, updated_at) "
                 "VALUES (1, 'Merci', 'failed', 'x', 'x')")
    conn.execute("INSERT INTO outbox (reply_id, state, last_error, text, created_at, updated_at) "
                 "VALUES (1, 'failed', ?, 'Merci', 'x', 'x')", (REASON,))
    conn.commit()
    conn.close()


def test_a_schema_6_database_keeps_its_reasons_in_english(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _schema_6_with_a_failed_reply(path)
    with Store(path) as store:
        assert store.version == SCHEMA_VERSION == 7
        assert "last_error_refusal" in {r[1] for r in store.query("PRAGMA table_info(outbox)")}
        detail = review_detail(store, 1)
        assert detail is not None
        (reply,) = detail.replies
        assert (reply.last_error, reply.last_error_parts) == (REASON, ())
    assert (tmp_path / "old.sqlite3.v6.bak").exists()


def test_a_reason_is_stored_as_parts_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _schema_6_with_a_failed_reply(path)
    parts = (Refusal("platform_server_error", {"platform": "demo", "status": "503"}),
             Refusal("outbox_next_try", {"at": "2026-11-25T09:00:30Z"}))
    with Store(path) as store:
        with store.transaction() as conn:
            conn.execute("UPDATE outbox SET state = 'queued'")
        (item,) = pending_items(store)
        mark_retry(store, item.id, "Demo platform is having trouble (error 503)… (next try at …)", parts=parts)
        detail = review_detail(store, 1)
        assert detail is not None and detail.replies[0].last_error_parts == parts
        mark_failed(store, item, REASON, parts=[None])  # an error without a kind: its English only
        detail = review_detail(store, 1)
        assert detail is not None and detail.replies[0].last_error_parts == ()
        assert detail.replies[0].last_error == REASON


def test_parts_that_cannot_be_read_are_none() -> None:
    assert parts_to_json([]) is None and parts_to_json([Refusal("empty_text"), None]) is None
    assert parts_from_json(parts_to_json([Refusal("empty_text")])) == (Refusal("empty_text"),)
    for junk in (None, "", "not json", '{"kind": "empty_text"}', '[{"kind": 3}]', "[1]", '[{"kind": "a"}, "b"]'):
        assert parts_from_json(junk) == ()
