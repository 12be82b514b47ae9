"""Replies: save a draft, queue a reply (checked, then draft → outbox in one transaction),
withdraw or delete it, take back a queued reply or deletion, retry failed ones, mark a review
replied by hand.

The platform's rules (has a reply API, length limit) are checked before anything is
written, so a reply that could never go out is refused at once with a plain message
(`OutboxError`), and the window and `workstation reply queue` refuse the same replies.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from workstation.ops.changes import OpChanges
from workstation.store import drafts as store_drafts
from workstation.store import outbox as store_outbox
from workstation.store.db import Store
from workstation.store.outbox import QueuedReply
from workstation.sync import reply_queue


def _reply_changes(review_id: int, *, outbox: bool = True, drafts: bool = True) -> OpChanges:
    return OpChanges(reviews=True, counts=True, outbox=outbox, drafts=drafts, review_ids=frozenset({review_id}))


@dataclass(frozen=True)
class Queued:
    reply: QueuedReply
    changes: OpChanges


def queue_reply(store: Store, review_id: int, text: str, *, now: datetime | None = None) -> Queued:
    """Queue `text` as the review's reply (post, or update of the one online).

    The review's draft becomes the queued reply in the same transaction.
    Raises OutboxError (plain words) when the platform cannot take it.
    """
    queued = reply_queue.queue_reply(store, review_id, text.strip(), now=now)
    return Queued(queued, _reply_changes(review_id))


def queue_draft(store: Store, review_id: int, *, now: datetime | None = None) -> Queued | None:
    """Queue the review's saved draft (the composer's Send); None when there is no draft."""
    draft = store_drafts.current_draft(store, review_id)
    if draft is None:
        return None
    return queue_reply(store, review_id, draft.text, now=now)


def withdraw_reply(store: Store, review_id: int, *, now: datetime | None = None) -> Queued:
    """Undo a queued reply that never left (it becomes a draft again), or queue the
    removal of a posted one where the platform allows it. Raises OutboxError."""
    queued = reply_queue.queue_delete(store, review_id, now=now)
    return Queued(queued, _reply_changes(review_id))


def take_back(store: Store, review_id: int, *, now: datetime | None = None) -> Queued:
    """Take back what waits in the outbox before it is sent: a reply never posted (a draft again;
    `reply.action` 'post') or the deletion of the reply online (it stays; 'delete'). On a team
    server's copy the next push asks the server, which refuses if a sender has it. Raises OutboxError."""
    return Queued(store_outbox.take_back(store, review_id, now=now), _reply_changes(review_id))


def waiting_in_outbox(store: Store, review_id: int) -> tuple[str, str] | None:
    """The review's unfinished outbox row as (action, state): what "take back" would take back."""
    return store_outbox.active_for_review(store, review_id)


def save_draft(store: Store, review_id: int, text: str, *, template_id: str | None = None) -> OpChanges:
    """Autosave; an empty text discards the draft."""
    store_drafts.save_draft(store, review_id, text, template_id=template_id)
    return OpChanges(reviews=True, drafts=True, review_ids=frozenset({review_id}))  # no view gains or loses it


def set_ready(store: Store, review_id: int, reply_id: int, ready: bool) -> OpChanges:
    """The user's "ready to send" mark on a draft."""
    store_drafts.set_draft_state(store, reply_id, "ready" if ready else "draft")
    return OpChanges(reviews=True, drafts=True, review_ids=frozenset({review_id}))


def mark_replied(store: Store, review_id: int, text: str) -> OpChanges:
    """For platforms without a reply API: the owner posted the reply on the site."""
    store_drafts.mark_replied_manually(store, review_id, text)
    return _reply_changes(review_id, outbox=False)


def retry_failed(store: Store, *, review_id: int | None = None, source_id: int | None = None) -> tuple[int, OpChanges]:
    """Put replies the platform refused back in the queue; returns how many."""
    from workstation.store.outbox import retry_failed as store_retry

    count = store_retry(store, review_id=review_id, source_id=source_id)
    ids = frozenset({review_id}) if review_id is not None else frozenset()
    changes = OpChanges(reviews=True, counts=True, outbox=True, review_ids=ids) if count else OpChanges()
    return count, changes
