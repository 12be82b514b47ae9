"""A desktop's team copy keeps each conflict's refusal kind and values beside its English
message (`team_conflicts.refusal_json`); a copy made before kinds existed gets the column when
it is opened, and its old conflicts keep their English message with no kind."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from workstation.store import team_outbound
from workstation.store.db import Store
from workstation.store.errors import Refusal
from workstation.store.refusals import from_json, to_json
from workstation.store.team_cache import open_cache

AT = datetime(2026, 11, 3, 9, 0, tzinfo=UTC)
#: The conflicts table as copies made before refusal kinds created it.
OLD_TABLE = ("CREATE TABLE team_conflicts (id INTEGER PRIMARY KEY, review_id INTEGER NOT NULL, text TEXT NOT NULL, "
             "message TEXT NOT NULL, at TEXT NOT NULL, dismissed INTEGER NOT NULL DEFAULT 0)")


def _old_copy(path: Path) -> None:
    Store(path).close()  # the shop schema, as an older app made it
    with sqlite3.connect(path) as conn:
        conn.execute(OLD_TABLE)
        conn.execute("INSERT INTO team_conflicts (review_id, text, message, at) VALUES "
                     "(4, 'Mes mots', 'Bob already queued a reply to review 4; yours was not queued.', '2026-11-01')")
    conn.close()


def _columns(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        names = [str(r[1]) for r in conn.execute("PRAGMA table_info(team_conflicts)")]
    conn.close()
    return names


def test_an_older_copy_gets_the_column_and_keeps_its_conflicts(tmp_path: Path) -> None:
    path = tmp_path / "copy.sqlite3"
    _old_copy(path)
    assert "refusal_json" not in _columns(path)
    with open_cache(path) as cache:
        (old,) = team_outbound.open_conflicts(cache)
        assert (old.review_id, old.text, old.refusal) == (4, "Mes mots", None)
        assert old.message == "Bob already queued a reply to review 4; yours was not queued."
        refusal = Refusal("reply_queued_by_other", {"review": "5", "by": "Bob"})
        team_outbound.record_conflict(cache, 5, "Autres mots", "Bob already queued a reply to review 5; yours was "
                                      "not queued.", refusal=refusal, now=AT)
    assert _columns(path).count("refusal_json") == 1
    with open_cache(path) as cache:  # opened again: nothing added twice, both conflicts read back
        assert [(c.review_id, c.refusal) for c in team_outbound.open_conflicts(cache)] == [(4, None), (5, refusal)]
    assert _columns(path).count("refusal_json") == 1


def test_a_new_copy_has_the_column(tmp_path: Path) -> None:
    open_cache(tmp_path / "new.sqlite3").close()
    assert "refusal_json" in _columns(tmp_path / "new.sqlite3")


def test_the_stored_form_reads_back_and_a_damaged_one_falls_back() -> None:
    refusal = Refusal("newer_draft", {"review": "9", "by": "Zoé", "at": "2026-11-03T09:00:00+00:00"})
    assert from_json(to_json(refusal)) == refusal
    assert to_json(None) is None and from_json(None) is None
    for damaged in ("", "not json", "[1, 2]", '{"params": {}}', '{"kind": 3}', '{"kind": "x", "params": [1]}'):
        assert from_json(damaged) is None


def test_a_refusal_names_a_listed_kind() -> None:
    import pytest

    from workstation.store.outbox import OutboxError
    from workstation.store.refusals import refusal_of, refused

    error = refused(OutboxError, "being_sent", "The reply to review 3 is being sent right now.", review=3)
    assert str(error) == "The reply to review 3 is being sent right now." and isinstance(error, OutboxError)
    assert refusal_of(error) == Refusal("being_sent", {"review": "3"})
    assert refusal_of(OutboxError("plain")) is None
    with pytest.raises(ValueError, match="unknown refusal kind"):
        refused(OutboxError, "made_up", "x")
