"""Send with a delay you can undo: pressing Send holds the reply for a few seconds
before it goes to the outbox, and Undo (U, Ctrl+Z, the button) takes it back.

Until the delay is over nothing is in the outbox: the reply stays the review's draft
(marked ready), so cancelling loses nothing and a crash leaves a draft, never a post.
Time comes from the caller (`now`), so tests move a fake clock instead of sleeping.
Every step returns the change set the views refresh from.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from workstation.ops.changes import OpChanges
from workstation.ops.replies import Queued, queue_draft
from workstation.store import drafts as store_drafts
from workstation.store.db import Store

SEND_DELAY = timedelta(seconds=10)


def _draft_changes(review_id: int) -> OpChanges:
    return OpChanges(reviews=True, counts=True, drafts=True, review_ids=frozenset({review_id}))


@dataclass(frozen=True)
class PendingSend:
    """A reply waiting for its undo delay to pass."""

    review_id: int
    reply_id: int
    due: datetime  # from then on it goes to the outbox
    previous_state: str  # the draft's state before Send ('draft' or 'ready'), restored on undo

    def seconds_left(self, now: datetime) -> int:
        return max(0, int(-(-(self.due - now).total_seconds() // 1)))  # rounded up: "1 s" until it goes

    def is_due(self, now: datetime) -> bool:
        return now >= self.due


@dataclass(frozen=True)
class Held:
    pending: PendingSend
    changes: OpChanges


def hold_send(store: Store, review_id: int, *, now: datetime, delay: timedelta = SEND_DELAY) -> Held | None:
    """Send pressed: mark the saved draft ready and start the delay; None without a draft."""
    draft = store_drafts.current_draft(store, review_id)
    if draft is None or not draft.text.strip():
        return None
    store_drafts.set_draft_state(store, draft.id, "ready")
    return Held(PendingSend(review_id, draft.id, now + delay, draft.state), _draft_changes(review_id))


def cancel_send(store: Store, pending: PendingSend) -> OpChanges:
    """Undo during the delay: the reply is the draft it was, text untouched."""
    draft = store_drafts.current_draft(store, pending.review_id)
    if draft is not None and draft.id == pending.reply_id and draft.state == "ready":
        # A reply the platform once refused comes back as a plain draft (it was never sent).
        restored = pending.previous_state if pending.previous_state in ("draft", "ready") else "draft"
        store_drafts.set_draft_state(store, draft.id, restored)
    return _draft_changes(pending.review_id)


def commit_send(store: Store, pending: PendingSend) -> Queued | None:
    """The delay is over (or the window closes): the draft goes to the outbox, checked.

    Raises OutboxError (plain words) when the platform cannot take it; the draft stays."""
    return queue_draft(store, pending.review_id)
