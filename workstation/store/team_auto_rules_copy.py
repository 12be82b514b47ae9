"""The team's automatic-reply rules in a desktop's local copy: what the user changed here (to
push) and the server's rules (pulled), without one silently undoing the other.

As for the other shared settings (`store/team_settings_copy.py`), the copy keeps each server
rule as last read — the *base* (`team_base_auto_rules`) — and a local rule that differs from
its base is the user's change: the next push sends it, and until then a pull leaves it alone.
A local rule without a base row was made here (pushed as new, then given the server's id); a
base row without a local rule was deleted here (the push deletes it on the server). Two
desktops changing one rule: the last one pushed wins. Rules keep the server's ids, as the
copy's reviews and locations do.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from workstation.store.db import Store
from workstation.store.postgres.change_feed import AUTO_RULE_COLUMNS, Row

Conn = sqlite3.Connection

#: row_json: the rule's AUTO_RULE_COLUMNS (but its id) as the server last had them
_BASE_TABLE = "CREATE TABLE team_base_auto_rules (id INTEGER PRIMARY KEY, row_json TEXT NOT NULL)"
_VALUES = AUTO_RULE_COLUMNS[1:]


def ensure_bookkeeping(conn: Conn) -> None:
    """Create the base table. A copy made before rules were shared may hold rules its window
    said would "answer no review": they are switched off once, so that upgrading never starts
    answering for the whole team without the owner trying them again."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'team_base_auto_rules'").fetchone() is None:
        conn.execute(_BASE_TABLE)
        conn.execute("UPDATE auto_reply_rules SET enabled = 0")


@dataclass(frozen=True)
class RuleChange:
    """A rule changed here: `server_id` None when made here; `location` by name."""

    local_id: int
    server_id: int | None
    values: dict[str, Any]
    location: str | None


def _local_rows(conn: Conn) -> dict[int, tuple[Any, ...]]:
    return {int(r[0]): tuple(r[1:]) for r in conn.execute(
        f"SELECT {', '.join(AUTO_RULE_COLUMNS)} FROM auto_reply_rules ORDER BY id")}


def _base(conn: Conn) -> dict[int, tuple[Any, ...]]:
    return {int(i): tuple(json.loads(text)) for i, text in conn.execute("SELECT id, row_json FROM team_base_auto_rules")}


def _changed(conn: Conn) -> tuple[list[RuleChange], list[int]]:
    local, base = _local_rows(conn), _base(conn)
    names = dict(conn.execute("SELECT id, name FROM locations").fetchall())
    location_at = _VALUES.index("location_id")
    changes = [
        RuleChange(rule_id, rule_id if rule_id in base else None, dict(zip(_VALUES, row, strict=True)),
                   names.get(row[location_at]))
        for rule_id, row in local.items() if base.get(rule_id) != row
    ]
    return changes, sorted(i for i in base if i not in local)


def changed_rules(store: Store) -> tuple[list[RuleChange], list[int]]:
    """Rules changed or made here, and the server ids of rules deleted here."""
    return _changed(store._conn)


def held_rules(conn: Conn) -> set[int]:
    """Ids a pull must leave alone: rules changed, made or deleted here and not pushed yet."""
    changes, deleted = _changed(conn)
    return {c.local_id for c in changes} | set(deleted)


def rules_pushed(store: Store, sent: Sequence[tuple[int, RuleChange]], deleted: Sequence[int]) -> None:
    """The server holds these rules now ((server id, change) pairs) and no longer the deleted
    ones: they are the base; a rule made here takes the id the server gave it."""
    with store.transaction() as conn:
        moved = [(server_id, c) for server_id, c in sent if server_id != c.local_id]
        # Two steps (through negative ids), so a rule never lands on an id another one still holds.
        for server_id, c in moved:
            conn.execute("UPDATE auto_reply_rules SET id = ? WHERE id = ?", (-server_id, c.local_id))
        for server_id, _ in moved:
            conn.execute("UPDATE auto_reply_rules SET id = ? WHERE id = ?", (server_id, -server_id))
        for server_id, c in sent:
            row = [c.values[k] for k in _VALUES]
            # The base is what was sent; a rule deleted here meanwhile keeps it, so the next push deletes it there.
            here = conn.execute("SELECT location_id FROM auto_reply_rules WHERE id = ?", (server_id,)).fetchone()
            if here is not None:
                row[_VALUES.index("location_id")] = here[0]
            conn.execute("INSERT OR REPLACE INTO team_base_auto_rules (id, row_json) VALUES (?, ?)",
                         (server_id, json.dumps(row)))
        conn.executemany("DELETE FROM team_base_auto_rules WHERE id = ?", [(i,) for i in deleted])


def apply_rules(conn: Conn, server: Sequence[Row]) -> bool:
    """Make the local rules the server's, except those changed, made or deleted here and not
    pushed yet; True when anything changed locally."""
    held = held_rules(conn)
    local = _local_rows(conn)
    rows = {int(r[0]): tuple(r[1:]) for r in server}
    changed = False
    marks = ", ".join("?" for _ in AUTO_RULE_COLUMNS)
    for rule_id, row in rows.items():
        if rule_id in held:
            continue
        if local.get(rule_id) != row:
            conn.execute(f"INSERT OR REPLACE INTO auto_reply_rules ({', '.join(AUTO_RULE_COLUMNS)}) "
                         f"VALUES ({marks})", (rule_id, *row))
            changed = True
        conn.execute("INSERT OR REPLACE INTO team_base_auto_rules (id, row_json) VALUES (?, ?)",
                     (rule_id, json.dumps(list(row))))
    gone = [i for i in _base(conn) if i not in rows and i not in held]  # deleted by a colleague
    conn.executemany("DELETE FROM auto_reply_rules WHERE id = ?", [(i,) for i in gone])
    conn.executemany("DELETE FROM team_base_auto_rules WHERE id = ?", [(i,) for i in gone])
    return changed or bool(gone)
