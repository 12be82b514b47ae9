"""Approval as a desktop's local copy sees it: who in the team approves (the server's
`team_members`, pulled whole into `team_roles`) and which reply waits for an approver (the
shared draft in the server state 'approval', kept in the copy's base, with its author).

The server decides (`store/postgres/approval.py` checks roles and authors again in the
transaction that approves); the copy only lets the window offer the buttons to the right
people and say what is going on.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from workstation.store.db import Store
from workstation.store.postgres.change_feed import Row

Conn = sqlite3.Connection

BOOKKEEPING = ("CREATE TABLE IF NOT EXISTS team_roles (name TEXT PRIMARY KEY, role TEXT NOT NULL)",)


@dataclass(frozen=True)
class Waiting:
    """A reply waiting for an approver."""

    review_id: int
    author: str
    text: str
    decided: str | None  # 'approve' / 'reject' asked here, not yet taken by the server


def apply_members(conn: Conn, members: Sequence[Row]) -> bool:
    """Make the local roles the server's; True when they changed."""
    wanted = sorted((str(name), str(role)) for name, role in members)
    have = sorted((str(n), str(r)) for n, r in conn.execute("SELECT name, role FROM team_roles"))
    if wanted == have:
        return False
    conn.execute("DELETE FROM team_roles")
    conn.executemany("INSERT INTO team_roles (name, role) VALUES (?, ?)", wanted)
    return True


def is_approver(store: Store, name: str) -> bool:
    row = store._conn.execute("SELECT role FROM team_roles WHERE name = ?", (name.strip(),)).fetchone()
    return bool(row and row[0] == "approver")


def waiting_reply(store: Store, review_id: int) -> Waiting | None:
    """The review's reply waiting for approval, as last read from the server (None: none)."""
    row = store._conn.execute(
        "SELECT author, text FROM team_base_replies WHERE review_id = ? AND server_state = 'approval' "
        "ORDER BY id DESC LIMIT 1", (review_id,)).fetchone()
    if row is None:
        return None
    decided = store._conn.execute(
        "SELECT action FROM team_pending_actions WHERE review_id = ? ORDER BY id DESC LIMIT 1",
        (review_id,)).fetchone()
    return Waiting(review_id, str(row[0] or ""), str(row[1]), str(decided[0]) if decided else None)
