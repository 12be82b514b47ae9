"""Reply drafts written in the app: autosave, ready, queued, replied by hand.

One unsent app reply per review at most (state draft, ready or failed). Every save is
its own small transaction, so a crash or a kill never loses more than the keystrokes
typed since the last autosave.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from workstation.domain import ReplyState, to_iso, utcnow
from workstation.store.db import Store

if TYPE_CHECKING:
    from workstation.store.outbox import QueuedReply

_UNSENT = ("draft", "ready", "failed")


@dataclass(frozen=True)
class Draft:
    id: int
    review_id: int
    text: str
    state: str
    template_id: str | None
    updated_at: str


def current_draft(store: Store, review_id: int) -> Draft | None:
    rows = store.query(
        f"SELECT id, review_id, text, state, template_id, updated_at FROM replies "
        f"WHERE review_id = ? AND origin = 'app' AND state IN {_UNSENT} ORDER BY id DESC LIMIT 1",
        (review_id,),
    )
    return Draft(*rows[0]) if rows else None


def _sync_review_state(store: Store, review_id: int) -> None:
    """reviews.reply_state mirrors the most advanced reply of the review."""
    store._conn.execute(
        "UPDATE reviews SET reply_state = coalesce(("
        " SELECT state FROM replies WHERE review_id = ?1 ORDER BY"
        " CASE state WHEN 'sent' THEN 0 WHEN 'queued' THEN 1 WHEN 'failed' THEN 2 WHEN 'ready' THEN 3"
        " WHEN 'draft' THEN 4 ELSE 5 END, id DESC LIMIT 1), 'none') WHERE id = ?1",
        (review_id,),
    )


def save_draft(store: Store, review_id: int, text: str, *, template_id: str | None = None) -> Draft:
    """Create or update the review's draft (autosave). An empty text discards it."""
    stamp = to_iso(utcnow())
    with store.transaction() as conn:
        draft = current_draft(store, review_id)
        if not text.strip():
            if draft is not None:
                conn.execute("DELETE FROM replies WHERE id = ?", (draft.id,))
                _sync_review_state(store, review_id)
            return Draft(0, review_id, "", ReplyState.NONE, None, stamp or "")
        if draft is None:
            cur = conn.execute(
                "INSERT INTO replies (review_id, text, state, origin, template_id, created_at, updated_at) "
                "VALUES (?, ?, 'draft', 'app', ?, ?, ?)",
                (review_id, text, template_id, stamp, stamp),
            )
            reply_id = int(cur.lastrowid or 0)
        else:
            reply_id = draft.id
            conn.execute(
                "UPDATE replies SET text = ?, template_id = coalesce(?, template_id), updated_at = ?, "
                "state = CASE WHEN state = 'failed' THEN 'failed' ELSE 'draft' END WHERE id = ?",
                (text, template_id, stamp, reply_id),
            )
        _sync_review_state(store, review_id)
    result = current_draft(store, review_id)
    assert result is not None and result.id == reply_id
    return result


def set_draft_state(store: Store, reply_id: int, state: ReplyState | str) -> None:
    """draft ⇄ ready (the user's decision before sending)."""
    state = ReplyState(state)
    if state not in (ReplyState.DRAFT, ReplyState.READY):
        raise ValueError(f"not a draft state: {state}")
    with store.transaction() as conn:
        row = conn.execute("SELECT review_id FROM replies WHERE id = ?", (reply_id,)).fetchone()
        if row is None:
            return
        conn.execute(
            "UPDATE replies SET state = ?, updated_at = ? WHERE id = ? AND state IN ('draft', 'ready', 'failed')",
            (str(state), to_iso(utcnow()), reply_id),
        )
        _sync_review_state(store, row[0])


def queue_draft(store: Store, reply_id: int) -> QueuedReply | None:
    """Hand a draft to the outbox (post, or update of the reply already online), in one
    transaction with the draft's removal; None when the draft is gone or already queued."""
    from workstation.store.outbox import queue_reply

    row = store._conn.execute("SELECT review_id, text, state FROM replies WHERE id = ?", (reply_id,)).fetchone()
    if row is None or row[2] not in _UNSENT:
        return None
    return queue_reply(store, row[0], row[1])


def mark_replied_manually(store: Store, review_id: int, text: str) -> None:
    """For platforms without a reply API: the owner posted it on the site themselves."""
    stamp = to_iso(utcnow())
    with store.transaction() as conn:
        draft = current_draft(store, review_id)
        if draft is None:
            conn.execute(
                "INSERT INTO replies (review_id, text, state, origin, posted_at, created_at, updated_at) "
                "VALUES (?, ?, 'sent', 'manual', ?, ?, ?)",
                (review_id, text, stamp, stamp, stamp),
            )
        else:
            conn.execute(
                "UPDATE replies SET text = ?, state = 'sent', origin = 'manual', posted_at = ?, updated_at = ? "
                "WHERE id = ?",
                (text, stamp, stamp, draft.id),
            )
        conn.execute(
            "INSERT INTO audit_log (at, action, review_id, detail) VALUES (?, 'marked_replied', ?, ?)",
            (stamp, review_id, json.dumps({"chars": len(text)})),
        )
        _sync_review_state(store, review_id)


def recent_template_ids(store: Store, review_id: int, limit: int = 20) -> list[str]:
    """Templates used lately for the same location and platform, most recent first."""
    rows = store._conn.execute(
        "SELECT rp.template_id FROM replies rp JOIN reviews r ON r.id = rp.review_id "
        "JOIN sources s ON s.id = r.source_id, reviews me JOIN sources ms ON ms.id = me.source_id "
        "WHERE me.id = ? AND rp.template_id IS NOT NULL AND rp.review_id != me.id "
        "AND r.location_id IS me.location_id AND s.platform = ms.platform "
        "ORDER BY rp.updated_at DESC, rp.id DESC LIMIT ?",
        (review_id, limit),
    ).fetchall()
    return [r[0] for r in rows]


def posted_reply_texts(store: Store, review_id: int, limit: int = 50) -> list[str]:
    """Replies already posted for the same location (for the near-duplicate check)."""
    rows = store._conn.execute(
        "SELECT rp.text FROM replies rp JOIN reviews r ON r.id = rp.review_id, reviews me "
        "WHERE me.id = ? AND rp.state = 'sent' AND r.location_id IS me.location_id AND rp.review_id != me.id "
        "ORDER BY coalesce(rp.posted_at, rp.updated_at) DESC LIMIT ?",
        (review_id, limit),
    ).fetchall()
    return [r[0] for r in rows]
