"""Automatic replies on a team server: the shared rules, the mark on each reply they queued, and
what makes exactly one desktop's runner answer a review.

Two guards, either of which alone keeps a review from two automatic replies:
- `runner_lock`: a session advisory lock held for a whole run, so one desktop of the team runs
  the rules at a time (the others skip that turn; the server drops the lock with a killed
  process's connection, so a crash never blocks the team);
- `queue_automatic`: in the transaction that holds the review row (`FOR UPDATE`, as every
  queueing path of the shared outbox), the reply is written only while the review still has no
  reply of any kind — no draft, no reply waiting for approval, queued, sent or found online —
  so a person's reply, queued a second earlier on another desktop, always wins.

Rules are stored as a desktop's copy left them (`put_rule`, the last desktop to push wins,
as for the other shared settings); the CHECKs refuse anything below four stars whoever sends it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any

from workstation.domain import stamp_now, to_iso
from workstation.store.outbox import QueuedReply
from workstation.store.postgres.change_feed import AUTO_RULE_COLUMNS
from workstation.store.postgres.connection import PgStore
from workstation.store.postgres.outbox import ACTIVE, Conn, queue_locked
from workstation.store.postgres.reviews import ensure_location
from workstation.store.postgres.roles import ApprovalRequired, approval_location

#: Key of the advisory lock held by the desktop running the automatic replies.
RUNNER_LOCK_KEY = 0x5753_0004
#: The columns a desktop's copy sends (the server keeps its own id and resolves the location by name).
PUSHED = tuple(c for c in AUTO_RULE_COLUMNS if c not in ("id", "location_id"))

_NO_REPLY = (
    "r.status = 'open' AND r.reply_state = 'none' AND r.removed_on_platform = 0 "
    "AND NOT EXISTS (SELECT 1 FROM replies p WHERE p.review_id = r.id AND p.state <> 'none') "
    "AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.review_id = r.id AND o.state = ANY(%s))"
)


@contextlib.contextmanager
def runner_lock(store: PgStore) -> Iterator[bool]:
    """Hold the team's automatic-reply lock for the block; yields False (holding nothing) when
    another desktop is running the rules right now."""
    conn = store.dedicated_connection()  # a session of its own: released with it, even on a crash
    try:
        row = conn.execute("SELECT pg_try_advisory_lock(%s)", (RUNNER_LOCK_KEY,)).fetchone()
        got = bool(row and row[0])
        try:
            yield got
        finally:
            if got:
                conn.execute("SELECT pg_advisory_unlock(%s)", (RUNNER_LOCK_KEY,))
    finally:
        conn.close()


def queue_automatic(store: PgStore, review_id: int, text: str, *, rule_id: int | None, rule_name: str,
                    author: str, now: datetime | None = None) -> QueuedReply | None:
    """Queue `text` as the review's first reply in the shared outbox, marked automatic, in one
    transaction; None (nothing written) when the review has a reply of any kind or was closed
    meanwhile. Raises ApprovalRequired for a location whose replies wait for an approver (an
    automatic reply never skips the team's approval: a person answers those)."""
    stamp = stamp_now(now)
    with store.transaction() as conn:
        if conn.execute("SELECT 1 FROM reviews WHERE id = %s FOR UPDATE", (review_id,)).fetchone() is None:
            return None
        free = conn.execute(f"SELECT 1 FROM reviews r WHERE r.id = %s AND {_NO_REPLY}",
                            (review_id, list(ACTIVE))).fetchone()
        if free is None:
            return None
        location = approval_location(conn, review_id)
        if location is not None:
            raise ApprovalRequired(f"Replies for {location} wait for an approver; automatic replies do not "
                                   "skip that step.")
        queued = queue_locked(conn, review_id, text, author=author, replace_sent=False, stamp=stamp)
        conn.execute("INSERT INTO auto_replies (reply_id, rule_id, rule_name, text, queued_at) "
                     "VALUES (%s, %s, %s, %s, %s)", (queued.reply_id, rule_id, rule_name, text, stamp))
    return queued


def put_rule(conn: Conn, server_id: int | None, values: Mapping[str, Any], location: str | None,
             *, now: datetime) -> int:
    """A rule as a desktop left it (`values`: the PUSHED columns; `location` by name, None for
    every location): updated in place, or created when new here or deleted meanwhile; its id."""
    stamp = to_iso(now)
    assert stamp is not None
    location_id = ensure_location(conn, location.strip(), stamp) if location else None
    row = [values[c] for c in PUSHED]
    if server_id is not None:
        sets = ", ".join(f"{c} = %s" for c in PUSHED)
        cur = conn.execute(f"UPDATE auto_reply_rules SET {sets}, location_id = %s WHERE id = %s",
                           (*row, location_id, server_id))
        if cur.rowcount:
            return server_id
    found = conn.execute(
        f"INSERT INTO auto_reply_rules ({', '.join(PUSHED)}, location_id) "
        f"VALUES ({', '.join('%s' for _ in PUSHED)}, %s) RETURNING id", (*row, location_id)).fetchone()
    assert found is not None
    return int(found[0])


def delete_rule(conn: Conn, server_id: int) -> None:
    """A rule deleted on a desktop (already gone: nothing); its replies keep their mark."""
    conn.execute("DELETE FROM auto_reply_rules WHERE id = %s", (server_id,))


def automatic_count(store: PgStore) -> int:
    """How many replies the rules queued on the server (tests, checks from outside)."""
    return int(store.scalar("SELECT count(*) FROM auto_replies") or 0)
