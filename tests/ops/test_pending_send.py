"""Send with an undo delay, in the operations layer: held, cancelled (the draft comes back
as it was) or committed to the outbox, each with its change set; time is the caller's."""

from __future__ import annotations

from datetime import timedelta

import pytest

from workstation.domain import ReviewRecord
from workstation.ops import OpChanges
from workstation.ops.pending_send import SEND_DELAY, cancel_send, commit_send, hold_send
from workstation.ops.replies import save_draft
from workstation.store import Store, drafts, queries
from workstation.store.outbox import OutboxError
from workstation.store.sync_state import add_source, save_page

from .helpers import NOW


def _api_review(store: Store, platform: str = "google_play") -> int:
    source_id = add_source(store, platform=platform, name="App")
    save_page(store, source_id, [ReviewRecord(external_id="gp:1", text="Crashes", stars=1, created_at=NOW)],
              cursor=None, now=NOW)
    return int(store.scalar("SELECT id FROM reviews"))


def _outbox_rows(store: Store) -> int:
    return int(store.scalar("SELECT count(*) FROM outbox"))


def test_holding_a_send_marks_the_draft_ready_and_queues_nothing(store: Store) -> None:
    review_id = _api_review(store)
    save_draft(store, review_id, "Sorry, a fix is on its way.")
    held = hold_send(store, review_id, now=NOW)
    assert held is not None
    assert held.pending.due == NOW + SEND_DELAY and held.pending.previous_state == "draft"
    assert held.changes.drafts and held.changes.review_ids == frozenset({review_id})
    assert _outbox_rows(store) == 0
    assert drafts.current_draft(store, review_id).state == "ready"  # type: ignore[union-attr]


def test_the_delay_is_counted_on_the_given_clock(store: Store) -> None:
    review_id = _api_review(store)
    save_draft(store, review_id, "Sorry, a fix is on its way.")
    pending = hold_send(store, review_id, now=NOW).pending  # type: ignore[union-attr]
    assert pending.seconds_left(NOW) == 10 and not pending.is_due(NOW)
    assert pending.seconds_left(NOW + timedelta(seconds=9.2)) == 1  # rounded up: never "0 s" before it goes
    assert pending.is_due(NOW + SEND_DELAY) and pending.seconds_left(NOW + SEND_DELAY) == 0


def test_cancelling_gives_the_draft_back_untouched(store: Store) -> None:
    review_id = _api_review(store)
    save_draft(store, review_id, "Sorry, a fix is on its way.")
    pending = hold_send(store, review_id, now=NOW).pending  # type: ignore[union-attr]
    changes = cancel_send(store, pending)
    assert changes == OpChanges(reviews=True, counts=True, drafts=True, review_ids=frozenset({review_id}))
    draft = drafts.current_draft(store, review_id)
    assert draft is not None and draft.text == "Sorry, a fix is on its way." and draft.state == "draft"
    assert _outbox_rows(store) == 0
    assert store.scalar("SELECT reply_state FROM reviews WHERE id = ?", (review_id,)) == "draft"


def test_a_draft_marked_ready_stays_ready_after_undo(store: Store) -> None:
    review_id = _api_review(store)
    draft = save_draft(store, review_id, "Sorry, a fix is on its way.")
    reply_id = drafts.current_draft(store, review_id).id  # type: ignore[union-attr]
    drafts.set_draft_state(store, reply_id, "ready")
    assert draft.drafts
    cancel_send(store, hold_send(store, review_id, now=NOW).pending)  # type: ignore[union-attr]
    assert drafts.current_draft(store, review_id).state == "ready"  # type: ignore[union-attr]


def test_committing_queues_the_reply_once(store: Store) -> None:
    review_id = _api_review(store)
    save_draft(store, review_id, "Sorry, a fix is on its way.")
    pending = hold_send(store, review_id, now=NOW).pending  # type: ignore[union-attr]
    queued = commit_send(store, pending)
    assert queued is not None and queued.changes.outbox
    assert _outbox_rows(store) == 1 and queries.view_counts(store)["outbox"] == 1
    assert drafts.current_draft(store, review_id) is None


def test_a_platform_refusal_at_commit_keeps_the_draft(store: Store) -> None:
    review_id = _api_review(store)
    save_draft(store, review_id, "x" * 400)  # Google Play replies are limited to 350 characters
    pending = hold_send(store, review_id, now=NOW).pending  # type: ignore[union-attr]
    with pytest.raises(OutboxError):
        commit_send(store, pending)
    draft = drafts.current_draft(store, review_id)
    assert draft is not None and draft.text == "x" * 400 and _outbox_rows(store) == 0


def test_nothing_to_hold_without_a_draft(store: Store) -> None:
    assert hold_send(store, _api_review(store), now=NOW) is None
