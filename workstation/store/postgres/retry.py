"""Retry failed replies on a team server: the shared outbox's refused rows back in the queue.

Only rows the platform refused ('failed') move, back to 'queued' with their attempts kept, so
the sender that claims one checks the platform before posting again (the "check before any
resend" rule of sync/team_sender.py): a reply or deletion that did reach the platform is marked
done, never sent twice. A row that was posted ('sent'), taken back or being sent is never
touched.

Locks are taken in the queueing paths' order (the review row, then its outbox row), reviews in
id order, so two desktops retrying at once take turns and the second finds the rows queued
already: each row is re-queued once.

Where a location wants an approver, an agent's retry leaves the row failed and says so: sending
again is the approver's decision, as queueing and deleting are there.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from workstation.domain import stamp_now
from workstation.store.errors import Refusal
from workstation.store.postgres.connection import PgStore
from workstation.store.postgres.drafts import Conn
from workstation.store.postgres.roles import approval_location, is_approver


@dataclass(frozen=True)
class Retried:
    """What a retry did: the reviews whose row went back to the queue, and those left failed."""

    requeued: tuple[int, ...] = ()
    left: tuple[tuple[int, str], ...] = ()  # (review id, why, in plain words)
    refusals: tuple[Refusal, ...] = ()  # why, as data (one per `left`), for a window in another language


def retry_failed(store: PgStore, *, by: str, review_id: int | None = None, source_id: int | None = None,
                 now: datetime | None = None) -> Retried:
    """Put the failed rows (all, one source's or one review's) back in the shared outbox."""
    with store.transaction() as conn:
        return retry_in(conn, by=by, review_id=review_id, source_id=source_id, stamp=stamp_now(now))


def retry_in(conn: Conn, *, by: str, review_id: int | None, source_id: int | None, stamp: str) -> Retried:
    """`retry_failed`'s work inside the caller's transaction (held until it commits)."""
    candidates = [int(r[0]) for r in conn.execute(
        "SELECT DISTINCT review_id FROM outbox WHERE state = 'failed' AND (%s::bigint IS NULL OR review_id = %s) "
        "AND (%s::bigint IS NULL OR source_id = %s) ORDER BY 1",
        (review_id, review_id, source_id, source_id)).fetchall()]
    if not candidates:
        return Retried()
    conn.execute("SELECT id FROM reviews WHERE id = ANY(%s) ORDER BY id FOR UPDATE", (candidates,))
    approver = is_approver(conn, by)
    requeued: list[int] = []
    left: list[tuple[int, str]] = []
    refusals: list[Refusal] = []
    for rid in candidates:
        row = conn.execute("SELECT id, reply_id, queued_by FROM outbox WHERE review_id = %s AND state = 'failed' "
                           "FOR UPDATE", (rid,)).fetchone()
        if row is None:  # another desktop retried it (or it was taken back) while this one waited
            continue
        location = approval_location(conn, rid)
        if location is not None and not approver:
            left.append((rid, f"Replies for {location} need an approver: ask one to retry the reply to review "
                              f"{rid}. It was not sent again."))
            refusals.append(Refusal("needs_approver_retry", {"review": str(rid), "location": location}))
            continue
        conn.execute("UPDATE outbox SET state = 'queued', not_before = NULL, updated_at = %s WHERE id = %s",
                     (stamp, row[0]))
        conn.execute("UPDATE replies SET state = 'queued', updated_at = %s WHERE id = %s", (stamp, row[1]))
        conn.execute("UPDATE reviews SET reply_state = 'queued' WHERE id = %s", (rid,))
        conn.execute("INSERT INTO audit_log (at, action, review_id, detail) VALUES (%s, 'retried', %s, %s)",
                     (stamp, rid, json.dumps({"by": by, "queued_by": row[2]}, ensure_ascii=False)))
        requeued.append(rid)
    return Retried(tuple(requeued), tuple(left), tuple(refusals))
