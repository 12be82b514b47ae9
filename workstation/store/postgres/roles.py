"""Who may approve replies, and which locations want approval (team mode only).

A team member is an *agent* (the default, also for names never registered) or an *approver*.
A location with approval switched on holds an agent's reply until an approver accepts it
(`store/postgres/approval.py`); the check runs inside the queueing transaction
(`outbox.queue_reply`), so no desktop can skip it. An approver's own reply is queued
straight away, as the issue asks ("drafts by an agent wait for an approver"): making it wait
for a second approver would leave a team with one approver (a shop owner and two agents)
unable ever to answer in that location. "Nobody approves their own" still holds for a reply
waiting in their name (written before they became an approver).
"""

from __future__ import annotations

from typing import Any

import psycopg

from workstation.store.outbox import OutboxError
from workstation.store.postgres.connection import PgStore
from workstation.store.refusals import refused

Conn = psycopg.Connection[Any]
ROLES = ("agent", "approver")


class ApprovalRequired(OutboxError):
    """The review's location wants an approver's OK for this author's replies."""


def set_member_role(store: PgStore, name: str, role: str) -> None:
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    with store.transaction() as conn:
        conn.execute("INSERT INTO team_members (name, role) VALUES (%s, %s) "
                     "ON CONFLICT (name) DO UPDATE SET role = excluded.role", (name.strip(), role))


def is_approver(conn: Conn, name: str) -> bool:
    row = conn.execute("SELECT role FROM team_members WHERE name = %s", (name.strip(),)).fetchone()
    return bool(row and row[0] == "approver")


def set_location_approval(store: PgStore, location_id: int, required: bool) -> bool:
    """Switch approval on or off for a location; False when it does not exist."""
    with store.transaction() as conn:
        cur = conn.execute("UPDATE locations SET approval_required = %s WHERE id = %s", (int(required), location_id))
        return cur.rowcount > 0


def approval_location(conn: Conn, review_id: int) -> str | None:
    """The name of the review's location when it wants approval, else None."""
    row = conn.execute(
        "SELECT l.name FROM reviews r JOIN locations l ON l.id = r.location_id "
        "WHERE r.id = %s AND l.approval_required = 1", (review_id,)).fetchone()
    return str(row[0]) if row else None


def require_approval_if_needed(conn: Conn, review_id: int, author: str) -> None:
    """Refuse to queue an agent's reply for a location that wants approval."""
    location = approval_location(conn, review_id)
    if location is not None and not is_approver(conn, author):
        raise refused(ApprovalRequired, "needs_approver_queue", why_it_waits(location, review_id, author),
                      review=review_id, by=author, location=location)


def why_it_waits(location: str, review_id: int, author: str) -> str:
    """Why an agent's reply waits, in plain words."""
    return f"Replies for {location} wait for an approver; {author}'s reply to review {review_id} was not queued."
