"""Shared reply drafts on a team server: one draft per review that everyone sees, and saves
that never overwrite a newer one.

Each save names the version it started from (`base_version`; None: "there was no draft").
The save locks the review row, compares, and writes version + 1 — or refuses with
`DraftConflict`, naming who saved the newer draft and when, so nobody's words are lost
silently (optimistic concurrency: nothing is locked while people type). An empty text
discards the draft, with the same check. Queueing a reply consumes the review's draft
(`store/postgres/outbox.py`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import psycopg

from workstation.domain import to_iso, utcnow
from workstation.store.errors import StoreError
from workstation.store.postgres.connection import PgStore
from workstation.store.refusals import refused

Conn = psycopg.Connection[Any]

_DRAFT_STATES = ("draft", "ready", "approval")  # approval: waiting for an approver


class DraftConflict(StoreError):
    """Someone saved (or discarded) the draft after the version this save started from."""


class NoSuchReview(StoreError):
    """The review does not exist on the team server."""


@dataclass(frozen=True)
class TeamDraft:
    id: int
    review_id: int
    text: str
    state: str
    author: str
    version: int
    updated_at: str
    note: str | None = None  # an approver's reason for sending it back


def current_in(conn: Conn, review_id: int) -> TeamDraft | None:
    row = conn.execute(
        "SELECT id, review_id, text, state, coalesce(author, ''), version, updated_at, note FROM replies "
        "WHERE review_id = %s AND state = ANY(%s)", (review_id, list(_DRAFT_STATES))).fetchone()
    return TeamDraft(*row) if row else None


def current_draft(store: PgStore, review_id: int) -> TeamDraft | None:
    with store.connection() as conn:
        return current_in(conn, review_id)


def _conflict(current: TeamDraft | None, review_id: int) -> DraftConflict:
    if current is None:
        return refused(DraftConflict, "draft_gone", f"The draft of review {review_id} was discarded or queued by "
                       "someone else; yours was not saved. Open the review again to see its reply.", review=review_id)
    by = current.author or "someone else"
    return refused(DraftConflict, "newer_draft", f"{by} saved a newer draft of review {review_id} "
                   f"({current.updated_at}); yours was not saved. Open the review again to see it.",
                   review=review_id, by=current.author, at=current.updated_at)


def save_draft(store: PgStore, review_id: int, text: str, *, author: str, base_version: int | None,
               now: datetime | None = None) -> TeamDraft | None:
    """Save the review's draft (None when an empty text discarded it); raises DraftConflict
    when the draft is no longer at `base_version` (None: the saver saw no draft)."""
    stamp = to_iso(now or utcnow())
    with store.transaction() as conn:
        if conn.execute("SELECT 1 FROM reviews WHERE id = %s FOR UPDATE", (review_id,)).fetchone() is None:
            raise refused(NoSuchReview, "unknown_review", f"Review {review_id} does not exist on the team server.",
                          review=review_id)
        current = current_in(conn, review_id)
        if (current.version if current else None) != base_version:
            raise _conflict(current, review_id)
        if not text.strip():
            if current is not None:
                conn.execute("DELETE FROM replies WHERE id = %s", (current.id,))
                conn.execute("UPDATE reviews SET reply_state = 'none' WHERE id = %s AND reply_state = 'draft'",
                             (review_id,))
            return None
        if current is None:
            conn.execute(
                "INSERT INTO replies (review_id, text, state, origin, author, version, created_at, updated_at) "
                "VALUES (%s, %s, 'draft', 'app', %s, 1, %s, %s)", (review_id, text, author, stamp, stamp))
        else:
            conn.execute("UPDATE replies SET text = %s, author = %s, version = version + 1, updated_at = %s "
                         "WHERE id = %s", (text, author, stamp, current.id))
        conn.execute("UPDATE reviews SET reply_state = 'draft' WHERE id = %s AND reply_state = 'none'",
                     (review_id,))
        saved = current_in(conn, review_id)
    assert saved is not None
    return saved


def consume_draft(conn: Conn, review_id: int) -> None:
    """The review's reply was queued: its draft is done (in the queueing transaction)."""
    conn.execute("DELETE FROM replies WHERE review_id = %s AND state = ANY(%s)", (review_id, list(_DRAFT_STATES)))
