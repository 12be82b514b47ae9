"""Answering a review on a team server, as a member presses the buttons: Send (which, for an
approver on a colleague's reply waiting for approval, approves it), take back a queued reply,
"replied by hand", and delete the reply on the platform (a 'delete' row in the shared outbox,
sent by whichever desktop's sender claims it).

The command line calls these directly; a desktop's local copy reaches the same store
functions through its push (`sync/team_mirror.py`). Each publishes its change set after
the commit so the other desktops' copies follow (`LISTEN/NOTIFY`).
"""

from __future__ import annotations

from datetime import datetime

from workstation.ops.changes import OpChanges
from workstation.ops.team import publish_changes
from workstation.store.outbox import QueuedReply
from workstation.store.postgres import answered, approval
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
                   now: datetime | None = None) -> tuple[int | None, OpChanges]:
    """Take back the review's queued reply before a sender claims it (it becomes the draft
    again); None when nothing was queued any more. Raises ReplyConflict (sent, being sent)."""
    reply_id = answered.withdraw_reply(store, review_id, by=by, now=now)
    changes = _reply_changes(review_id, outbox=True) if reply_id is not None else OpChanges()
    if reply_id is not None:
        publish_changes(store, changes, origin=origin)
    return reply_id, changes


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
