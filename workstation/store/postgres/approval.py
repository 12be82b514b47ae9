"""Suggest → approve on a team server: a reply for a location that wants approval waits as a
draft (state 'approval'); an approver who did not write it queues it (Approve, or the normal
Send on it unchanged: `send_reply`) or sends it back with a note.

Enforced here, in the transaction that holds the review row: only approvers approve or
reject, and nobody approves a reply they wrote — the draft's author is whoever last saved
it, so an approver who edits an agent's text needs another approver.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from workstation.domain import stamp_now
from workstation.store.outbox import OutboxError, QueuedReply
from workstation.store.postgres.connection import PgStore
from workstation.store.postgres.drafts import Conn, TeamDraft, current_in
from workstation.store.postgres.outbox import queue_locked
from workstation.store.postgres.roles import (
    approval_location,
    is_approver,
    why_it_waits,
)
from workstation.store.refusals import refused

AWAITING = "approval"


class ApprovalRefused(OutboxError):
    """Not an approver, one's own reply, or nothing waiting for approval."""


def lock_review(conn: Conn, review_id: int) -> None:
    """Hold the review row for this transaction (as queueing does); OutboxError when unknown."""
    if conn.execute("SELECT 1 FROM reviews WHERE id = %s FOR UPDATE", (review_id,)).fetchone() is None:
        raise refused(OutboxError, "unknown_review", f"Review {review_id} does not exist.", review=review_id)


def submit_for_approval(store: PgStore, review_id: int, text: str, *, author: str,
                        now: datetime | None = None) -> TeamDraft:
    """Put `author`'s reply up for approval (it becomes the review's shared draft)."""
    if not text.strip():
        raise refused(OutboxError, "empty_text", "The reply text is empty.")
    stamp = stamp_now(now)
    with store.transaction() as conn:
        lock_review(conn, review_id)
        if approval_location(conn, review_id) is None:
            raise refused(ApprovalRefused, "no_approval_needed",
                          f"Review {review_id}'s location does not ask for approval: queue the reply.", review=review_id)
        return _put_up(conn, review_id, text, author, stamp)


def _put_up(conn: Conn, review_id: int, text: str, author: str, stamp: str) -> TeamDraft:
    current = current_in(conn, review_id)
    if current is None:
        conn.execute(
            "INSERT INTO replies (review_id, text, state, origin, author, version, created_at, updated_at) "
            "VALUES (%s, %s, %s, 'app', %s, 1, %s, %s)", (review_id, text, AWAITING, author, stamp, stamp))
    else:
        conn.execute("UPDATE replies SET text = %s, state = %s, author = %s, version = version + 1, "
                     "note = NULL, updated_at = %s WHERE id = %s", (text, AWAITING, author, stamp, current.id))
    conn.execute("UPDATE reviews SET reply_state = 'draft' WHERE id = %s AND reply_state = 'none'", (review_id,))
    waiting = current_in(conn, review_id)
    assert waiting is not None
    return waiting


def _waiting_for(conn: Conn, review_id: int, approver: str, verb: str) -> TeamDraft:
    draft = current_in(conn, review_id)
    if draft is None or draft.state != AWAITING:
        raise refused(ApprovalRefused, "nothing_waiting", f"No reply to review {review_id} is waiting for approval.",
                      review=review_id)
    if not is_approver(conn, approver):
        raise refused(ApprovalRefused, "not_approver_approve" if verb == "approved" else "not_approver_reject",
                      f"{approver} is not an approver of the team; the reply was not {verb}.",
                      review=review_id, by=approver)
    if draft.author == approver:
        raise refused(ApprovalRefused, "own_reply", f"Nobody approves their own reply: another approver must check "
                      f"{approver}'s reply to review {review_id}.", review=review_id, by=approver)
    return draft


def approve(store: PgStore, review_id: int, *, approver: str, now: datetime | None = None) -> QueuedReply:
    """Queue the waiting reply in the outbox (in the author's name, approved by `approver`)."""
    stamp = stamp_now(now)
    with store.transaction() as conn:
        lock_review(conn, review_id)
        return _approve_locked(conn, review_id, _waiting_for(conn, review_id, approver, "approved"), approver, stamp)


def _approve_locked(conn: Conn, review_id: int, draft: TeamDraft, approver: str, stamp: str) -> QueuedReply:
    queued = queue_locked(conn, review_id, draft.text, author=draft.author, replace_sent=False, stamp=stamp)
    conn.execute("UPDATE replies SET approved_by = %s WHERE id = %s", (approver, queued.reply_id))
    return queued


class SendKind(enum.StrEnum):
    QUEUED = "queued"  # in the shared outbox
    APPROVED = "approved"  # an approver's Send on a colleague's waiting reply: queued in its author's name
    WAITING = "waiting"  # waits for an approver (who did not write it)


@dataclass(frozen=True)
class Sent:
    kind: SendKind
    queued: QueuedReply | None = None
    waiting: TeamDraft | None = None
    message: str = ""  # why it waits, in plain words


def send_reply(store: PgStore, review_id: int, text: str, *, author: str, replace_sent: bool = False,
               now: datetime | None = None) -> Sent:
    """A team member's Send, in one transaction holding the review row.

    Where no approval is asked, the reply is queued. Where it is, an approver sending a
    colleague's waiting reply unchanged approves it (its author stays the author; the approver
    is recorded); an approver's own or edited words are queued in their name (see roles.py);
    an agent's reply waits for an approver. Raises OutboxError (ReplyConflict…)."""
    if not isinstance(text, str) or not text.strip():
        raise refused(OutboxError, "empty_text", "The reply text is empty.")
    stamp = stamp_now(now)
    with store.transaction() as conn:
        lock_review(conn, review_id)
        location = approval_location(conn, review_id)
        if location is None:
            return Sent(SendKind.QUEUED, queued=queue_locked(conn, review_id, text, author=author,
                                                               replace_sent=replace_sent, stamp=stamp))
        if is_approver(conn, author):
            waiting = current_in(conn, review_id)
            if (waiting is not None and waiting.state == AWAITING and waiting.author != author
                    and waiting.text.strip() == text.strip()):
                return Sent(SendKind.APPROVED, queued=_approve_locked(conn, review_id, waiting, author, stamp))
            return Sent(SendKind.QUEUED, queued=queue_locked(conn, review_id, text, author=author,
                                                               replace_sent=replace_sent, stamp=stamp))
        return Sent(SendKind.WAITING, waiting=_put_up(conn, review_id, text, author, stamp),
                    message=why_it_waits(location, review_id, author))


def reject(store: PgStore, review_id: int, *, approver: str, note: str, now: datetime | None = None) -> TeamDraft:
    """Send the waiting reply back to its author as a draft, with the approver's note."""
    stamp = stamp_now(now)
    with store.transaction() as conn:
        lock_review(conn, review_id)
        draft = _waiting_for(conn, review_id, approver, "sent back")
        conn.execute("UPDATE replies SET state = 'draft', note = %s, version = version + 1, updated_at = %s "
                     "WHERE id = %s", (note.strip() or None, stamp, draft.id))
        back = current_in(conn, review_id)
    assert back is not None
    return back
