"""What a desktop did on its local copy that the team server has not seen yet, and the
conflicts the server answered with.

The window writes replies into the local copy exactly as it does alone (`store/drafts.py`,
`store/outbox.py`). Comparing those rows with the base — the server's rows as last read
(`store/team_cache.py`) — tells what to push, per review:
- a queued outbox row the base does not have → queue that text on the server (an *update*
  when the local row updates a reply already online);
- a draft whose text differs from the base → save the shared draft, naming the version the
  user started from (the server refuses it if someone saved a newer one);
- a base draft gone locally, with nothing queued → discard the shared draft (same check);
- a base outbox row cancelled → take the queued reply back;
- a queued 'delete' row (Delete the reply on the platform) → queue its deletion on the server;
- a row the server had as failed, queued again unchanged (Retry failed replies) → retry it there;
- a reply marked as posted by hand → the review is answered on the server;
- approve / send back, which have no local row, are asked for in `team_pending_actions`.

A refusal is kept in `team_conflicts` with the user's own text, so nothing typed is lost, and
the review is read again from the server (whose reply then shows). It keeps the server's English
sentence and, in `refusal_json`, its kind and values (`store/refusals.py`), which a window in
another language words itself; rows kept before kinds existed have only the sentence.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from workstation.domain import to_iso, utcnow
from workstation.store import refusals
from workstation.store.db import Store
from workstation.store.errors import Refusal
from workstation.store.outbox import active_for_review

Conn = sqlite3.Connection

QUEUE, DRAFT, DISCARD, APPROVE, REJECT = "queue", "draft", "discard", "approve", "reject"
#: A queued reply taken back; a reply posted on the platform by hand; the reply online deleted;
#: a reply (or deletion) the platform refused, put back in the queue unchanged (Retry failed replies).
WITHDRAW, MANUAL, DELETE, RETRY = "withdraw", "manual", "delete", "retry"
#: Nothing to push, but the review differs from the base: read it again.
REFRESH = "refresh"
#: What keeps a review's local replies from being replaced by the server's until pushed.
REPLY_KINDS = (QUEUE, DRAFT, DISCARD, WITHDRAW, MANUAL, DELETE, RETRY)

_DRAFTS = ("draft", "ready")
_SERVER_DRAFTS = ("draft", "ready", "approval")


@dataclass(frozen=True)
class Intent:
    """One thing to ask the team server for, about one review."""

    review_id: int
    kind: str
    text: str = ""
    base_version: int | None = None  # the shared draft's version the user started from
    replace_sent: bool = False  # the local reply updates the one already online
    action_id: int | None = None  # its `team_pending_actions` row (approve / reject)
    note: str = ""


@dataclass(frozen=True)
class Conflict:
    id: int
    review_id: int
    text: str  # the user's words, kept
    message: str  # what happened, in plain (English) words
    at: str
    refusal: Refusal | None = None  # what happened as data (kind + params); None in rows kept before kinds


def changed_reviews(store: Store) -> list[int]:
    """Reviews whose local replies or outbox rows differ from the base, or with an action asked."""
    return changed_in(store._conn)


def changed_in(conn: Conn) -> list[int]:
    rows = conn.execute(
        "SELECT r.review_id FROM replies r WHERE NOT EXISTS (SELECT 1 FROM team_base_replies b "
        " WHERE b.id = r.id AND b.review_id = r.review_id AND b.text = r.text AND b.state = r.state) "
        "UNION SELECT b.review_id FROM team_base_replies b WHERE NOT EXISTS (SELECT 1 FROM replies r "
        " WHERE b.id = r.id AND b.review_id = r.review_id AND b.text = r.text AND b.state = r.state) "
        "UNION SELECT r.review_id FROM outbox o JOIN replies r ON r.id = o.reply_id WHERE NOT EXISTS ("
        " SELECT 1 FROM team_base_outbox b WHERE b.id = o.id AND b.reply_id = o.reply_id AND b.action = o.action "
        " AND b.state = o.state AND b.text IS o.text) "
        "UNION SELECT b.review_id FROM team_base_outbox b WHERE NOT EXISTS (SELECT 1 FROM outbox o "
        " WHERE b.id = o.id AND b.reply_id = o.reply_id AND b.action = o.action AND b.state = o.state "
        " AND b.text IS o.text) "
        "UNION SELECT review_id FROM team_pending_actions ORDER BY 1"
    ).fetchall()
    return [int(r[0]) for r in rows]


def _actions(conn: Conn, review_id: int) -> list[Intent]:
    return [Intent(review_id, str(action), action_id=int(action_id), note=str(note or ""))
            for action_id, action, note in conn.execute(
                "SELECT id, action, note FROM team_pending_actions WHERE review_id = ? ORDER BY id", (review_id,))]


def intents_for(store: Store, review_id: int) -> list[Intent]:
    """What to ask the server for this review, in order ([REFRESH]: nothing to push)."""
    return intents_in(store._conn, review_id)


def has_reply_intent(conn: Conn, review_id: int) -> bool:
    """The user queued, wrote or discarded a reply here that the server has not taken yet."""
    return any(i.kind in REPLY_KINDS for i in intents_in(conn, review_id))


def intents_in(conn: Conn, review_id: int) -> list[Intent]:
    intents = _actions(conn, review_id)
    base = {int(i): (str(t), str(s), str(ss), int(v)) for i, t, s, ss, v in conn.execute(
        "SELECT id, text, state, server_state, version FROM team_base_replies WHERE review_id = ?", (review_id,))}
    base_outbox = {tuple(r) for r in conn.execute(
        "SELECT id, reply_id, action, state, text FROM team_base_outbox WHERE review_id = ?", (review_id,))}
    replies = conn.execute("SELECT id, text, state, origin FROM replies WHERE review_id = ? ORDER BY id",
                           (review_id,)).fetchall()
    outbox = conn.execute(
        "SELECT o.id, o.reply_id, o.action, o.state, o.text FROM outbox o JOIN replies r ON r.id = o.reply_id "
        "WHERE r.review_id = ? ORDER BY o.id", (review_id,)).fetchall()
    new_outbox = [tuple(o) for o in outbox if tuple(o) not in base_outbox]
    base_draft = next(((i, b) for i, b in base.items() if b[2] in _SERVER_DRAFTS), None)
    base_version = base_draft[1][3] if base_draft else None
    queued = [o for o in new_outbox if o[3] == "queued"]
    # Replied by hand here (a new reply, or the draft marked so): the review is answered, which
    # supersedes whatever else was queued or drafted (the server takes back a queued reply).
    manual = [r for r in replies if r[3] == "manual" and base.get(int(r[0]), ("", ""))[1] != "sent"]
    if manual:
        intents.append(Intent(review_id, MANUAL, text=str(manual[-1][1])))
    elif queued:
        outbox_id, reply_id, action, _state, text = queued[-1]
        if (outbox_id, reply_id, action, "failed", text) in base_outbox:
            intents.append(Intent(review_id, RETRY))  # the same row, unchanged: the server re-queues it
        elif action == "delete":
            intents.append(Intent(review_id, DELETE))
        else:
            reply_text = next((str(r[1]) for r in replies if r[0] == reply_id), "")
            intents.append(Intent(review_id, QUEUE, text=str(text or reply_text), replace_sent=action == "update"))
    elif any(o[3] == "cancelled" for o in new_outbox):
        intents.append(Intent(review_id, WITHDRAW))
    else:
        drafts = [r for r in replies if r[2] in _DRAFTS and r[3] == "app"]
        if drafts:
            draft_id, text = int(drafts[-1][0]), str(drafts[-1][1])
            unchanged = draft_id in base and base[draft_id][0] == text
            if not unchanged:
                intents.append(Intent(review_id, DRAFT, text=text, base_version=base_version))
        elif base_draft is not None:
            intents.append(Intent(review_id, DISCARD, base_version=base_version))
    return intents or [Intent(review_id, REFRESH)]


def active_row(store: Store, review_id: int) -> tuple[str, str] | None:
    """The review's unfinished outbox row in the copy, as (action, state); None when none."""
    return active_for_review(store, review_id)


def local_text(store: Store, review_id: int) -> str:
    """The user's latest words for a review (kept with a conflict)."""
    row = store._conn.execute(
        "SELECT text FROM replies WHERE review_id = ? AND state IN ('draft', 'ready', 'queued', 'failed') "
        "ORDER BY updated_at DESC, id DESC LIMIT 1", (review_id,)).fetchone()
    return str(row[0]) if row else ""


# -- actions without a local row ------------------------------------------------------

def ask(store: Store, review_id: int, action: str, *, note: str = "", now: datetime | None = None) -> None:
    """Record an approve / send-back decision, pushed at the next contact with the server."""
    if action not in (APPROVE, REJECT):
        raise ValueError(f"unknown action {action!r}")
    with store.transaction() as conn:
        conn.execute("DELETE FROM team_pending_actions WHERE review_id = ? AND action IN (?, ?)",
                     (review_id, APPROVE, REJECT))  # the latest decision counts
        conn.execute("INSERT INTO team_pending_actions (review_id, action, note, at) VALUES (?, ?, ?, ?)",
                     (review_id, action, note, to_iso(now or utcnow())))


def done(store: Store, intent: Intent) -> None:
    if intent.action_id is not None:
        with store.transaction() as conn:
            conn.execute("DELETE FROM team_pending_actions WHERE id = ?", (intent.action_id,))


# -- conflicts ------------------------------------------------------------------------

def record_conflict(store: Store, review_id: int, text: str, message: str, *, refusal: Refusal | None = None,
                    now: datetime | None = None) -> None:
    """Keep a refusal with the user's text: its English `message` and, when known, its kind."""
    with store.transaction() as conn:
        conn.execute("INSERT INTO team_conflicts (review_id, text, message, at, refusal_json) VALUES (?, ?, ?, ?, ?)",
                     (review_id, text, message, to_iso(now or utcnow()), refusals.to_json(refusal)))


def open_conflicts(store: Store, review_id: int | None = None) -> list[Conflict]:
    rows = store._conn.execute(
        "SELECT id, review_id, text, message, at, refusal_json FROM team_conflicts WHERE dismissed = 0 "
        "AND (?1 IS NULL OR review_id = ?1) ORDER BY id", (review_id,)).fetchall()
    return [Conflict(int(r[0]), int(r[1]), str(r[2]), str(r[3]), str(r[4]), refusals.from_json(r[5])) for r in rows]


def dismiss_conflict(store: Store, conflict_id: int) -> None:
    with store.transaction() as conn:
        conn.execute("UPDATE team_conflicts SET dismissed = 1 WHERE id = ?", (conflict_id,))
