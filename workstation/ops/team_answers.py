"""Answering a review on a team server, as a member presses the buttons: Send (which, for an
approver on a colleague's reply waiting for approval, approves it), take back a queued reply or
a queued deletion, "replied by hand", delete the reply on the platform (a 'delete' row in the
shared outbox, sent by whichever desktop's sender claims it), and retry the replies the
platform refused.

The command line calls these directly; a desktop's local copy reaches the same store
functions through its push (`sync/team_mirror.py`). Each publishes its change set after
the commit so the other desktops' copies follow (`LISTEN/NOTIFY`).
"""

from __future__ import annotations

from datetime import datetime

from workstation.ops.changes import OpChanges
from workstation.ops.team import publish_changes
from workstation.store.outbox import QueuedReply
from workstation.store.postgres import answered, approval, retry
from workstation.store.postgres.approval import SendKind, Sent
from workstation.store.postgres.connection import PgStore


def _reply_changes(review_id: int, *, outbox: bool) -> OpChanges:
    return OpChanges(reviews=True, counts=True, outbox=outbox, drafts=True, review_ids=frozenset({review_id}))


def send_reply(store: PgStore, review_id: int, text: str, *, author: str, origin: str,
               now: datetime | None = None) -> tuple[Sent, OpChanges]:
    """Queue `author`'s reply, approve a colleague's waiting one (an approver, text unchanged),
    or put it up for an approver (`Sent.message` says why); raises OutboxError."""
    sent = approval.send_reply(store, review_id, text, author=author, now=now)
    changes = _reply_changes(review_id, outbox=sent.kind is not SendKind.WAITING)
    publish_changes(store, changes, origin=origin)
    return sent, changes


def withdraw_reply(store: PgStore, review_id: int, *, by: str, origin: str,
                   now: datetime | None = None) -> tuple[QueuedReply | None, OpChanges]:
    """Take back the review's queued reply before a sender claims it (it becomes the draft
    again), or its queued deletion (`action` 'delete': the reply stays online); None when
    nothing was queued any more. Raises ReplyConflict (sent or deleted, being sent, an approver
    needed to take back a deletion)."""
    taken = answered.withdraw_reply(store, review_id, by=by, now=now)
    changes = _reply_changes(review_id, outbox=True) if taken is not None else OpChanges()
    if taken is not None:
        publish_changes(store, changes, origin=origin)
    return taken, changes


def mark_replied_by_hand(store: PgStore, review_id: int, text: str, *, author: str, origin: str,
                         now: datetime | None = None) -> tuple[int, OpChanges]:
    """The member posted `text` on the platform themselves: the review is answered for the whole
    team (no desktop queues a reply to it any more). Raises ReplyConflict."""
    reply_id = answered.mark_replied_by_hand(store, review_id, text, author=author, now=now)
    changes = _reply_changes(review_id, outbox=True)
    publish_changes(store, changes, origin=origin)
    return reply_id, changes


def delete_reply(store: PgStore, review_id: int, *, by: str, origin: str,
                 now: datetime | None = None) -> tuple[QueuedReply, OpChanges]:
    """Queue the deletion of the review's reply on the platform; once a sender has posted it,
    the review needs a reply again on every desktop. Raises OutboxError (the platform does not
    allow it, an approver is needed, a reply or deletion is queued or being sent)."""
    queued = answered.delete_reply(store, review_id, by=by, now=now)
    changes = _reply_changes(review_id, outbox=True)
    publish_changes(store, changes, origin=origin)
    return queued, changes


def retry_failed(store: PgStore, *, by: str, origin: str, review_id: int | None = None,
                 source_id: int | None = None, now: datetime | None = None) -> tuple[retry.Retried, OpChanges]:
    """Put the replies (and deletions) the platform refused back in the shared outbox, their
    attempts kept so the sender checks the platform first; where a location wants an approver,
    an agent's retry leaves them failed (`Retried.left` says why)."""
    retried = retry.retry_failed(store, by=by, review_id=review_id, source_id=source_id, now=now)
    if not retried.requeued:
        return retried, OpChanges()
    ids = frozenset(retried.requeued)
    changes = OpChanges(reviews=True, counts=True, outbox=True, review_ids=ids)
    publish_changes(store, changes, origin=origin)
    return retried, changes
