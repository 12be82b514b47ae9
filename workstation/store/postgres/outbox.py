"""The shared outbox: many desktops queue, many senders drain, each review gets one reply.

Three locks, each for one job:
- queueing locks the review row (`FOR UPDATE`): two desktops queueing for one review take
  turns, and the second one sees the first one's reply as a *conflict* instead of adding
  a second post (the unique index on active rows per (source, review) is the backstop);
- a sender claims a row with `SELECT … FOR UPDATE SKIP LOCKED` (claimers never wait on each
  other) plus a *session* advisory lock on the row id, kept until the row is settled. The
  session lock is what makes a killed sender safe: the server drops it with the connection,
  and only then can another sender take the row;
- the row is marked 'sending' with its attempt counted in the claim's transaction, before
  any network call: the next claimer of a row that was 'sending' or tried before checks the
  platform first (the "check before any resend" rule of sync/outbox_sender.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import psycopg

from workstation.domain import stamp_now, to_iso
from workstation.store.outbox import OutboxError, OutboxItem, QueuedReply
from workstation.store.postgres.connection import PgStore
from workstation.store.postgres.drafts import consume_draft
from workstation.store.postgres.roles import require_approval_if_needed
from workstation.store.refusals import Refusal, parts_to_json, refused

Conn = psycopg.Connection[Any]
ACTIVE = ("queued", "sending", "failed")
#: First half of the two-key advisory lock: "outbox rows being sent" (second half: the row id).
SEND_LOCK_SPACE = 0x5753_0003
_CANDIDATES = 64


class ReplyConflict(OutboxError):
    """Someone else already answered (or queued an answer to) this review: show it, post nothing."""


@dataclass(frozen=True)
class ClaimedItem:
    """A claimed row as it was *before* the claim (state, attempts decide the remote check)."""

    item: OutboxItem
    queued_by: str


def queue_reply(
    store: PgStore, review_id: int, text: str, *, author: str, replace_sent: bool = False,
    now: datetime | None = None,
) -> QueuedReply:
    """Queue `author`'s reply to a review, unless another one is queued, in flight or posted.

    The author's own queued (or failed) reply just gets the new text. A reply already on the
    platform is replaced only when asked (`replace_sent`), as an update — never a second post.
    """
    if not isinstance(text, str) or not text.strip():
        raise refused(OutboxError, "empty_text", "The reply text is empty.")
    stamp = stamp_now(now)
    with store.transaction() as conn:
        if conn.execute("SELECT 1 FROM reviews WHERE id = %s FOR UPDATE", (review_id,)).fetchone() is None:
            raise refused(OutboxError, "unknown_review", f"Review {review_id} does not exist.", review=review_id)
        require_approval_if_needed(conn, review_id, author)
        return queue_locked(conn, review_id, text, author=author, replace_sent=replace_sent, stamp=stamp)


def queue_locked(conn: Conn, review_id: int, text: str, *, author: str, replace_sent: bool, stamp: str) -> QueuedReply:
    """`queue_reply`'s work, in a transaction that holds the review row (`FOR UPDATE`)."""
    review = conn.execute("SELECT source_id FROM reviews WHERE id = %s", (review_id,)).fetchone()
    assert review is not None
    source_id = int(review[0])
    active = conn.execute(
        "SELECT id, reply_id, state, queued_by, action FROM outbox WHERE review_id = %s AND state = ANY(%s)",
        (review_id, list(ACTIVE)),
    ).fetchone()
    if active is not None:
        return _requeue(conn, review_id, text, author, active, stamp)
    sent = conn.execute(
        "SELECT id, text, posted_at, coalesce(author, '') FROM replies WHERE review_id = %s AND state = 'sent' "
        "ORDER BY id DESC LIMIT 1", (review_id,)).fetchone()
    if sent is not None and not replace_sent:
        by = f" by {sent[3]}" if sent[3] else ""
        raise refused(ReplyConflict, "already_online",
                      f"Review {review_id} already has a reply on the platform{by}; it was not sent again.",
                      review=review_id, by=sent[3])
    if sent is not None:
        reply_id, action = int(sent[0]), "update"
        conn.execute("INSERT INTO reply_versions (reply_id, text, posted_at, replaced_at) VALUES (%s, %s, %s, %s)",
                     (reply_id, sent[1], sent[2], stamp))
        conn.execute("UPDATE replies SET text = %s, state = 'queued', author = %s, updated_at = %s WHERE id = %s",
                     (text, author, stamp, reply_id))
    else:
        reply_id, action = int(conn.execute(
            "INSERT INTO replies (review_id, text, state, origin, author, created_at, updated_at) "
            "VALUES (%s, %s, 'queued', 'app', %s, %s, %s) RETURNING id",
            (review_id, text, author, stamp, stamp)).fetchone()[0]), "post"  # type: ignore[index]
    outbox_id = int(conn.execute(
        "INSERT INTO outbox (reply_id, source_id, review_id, action, state, text, queued_by, created_at, updated_at) "
        "VALUES (%s, %s, %s, %s, 'queued', %s, %s, %s, %s) RETURNING id",
        (reply_id, source_id, review_id, action, text, author, stamp, stamp)).fetchone()[0])  # type: ignore[index]
    consume_draft(conn, review_id)  # the shared draft became this reply
    conn.execute("UPDATE reviews SET reply_state = 'queued' WHERE id = %s", (review_id,))
    return QueuedReply(reply_id, outbox_id, action)


def _requeue(conn: Conn, review_id: int, text: str, author: str, active: tuple[Any, ...], stamp: str) -> QueuedReply:
    outbox_id, reply_id, state, queued_by, action = active
    if queued_by != author and action == "delete":
        raise refused(ReplyConflict, "deletion_queued_by_other", f"{queued_by} asked to delete the reply to review "
                      f"{review_id} on the platform; yours was not queued.", review=review_id, by=queued_by)
    if queued_by != author:
        raise refused(ReplyConflict, "reply_queued_by_other", f"{queued_by} already queued a reply to review "
                      f"{review_id}; yours was not queued.", review=review_id, by=queued_by)
    if state == "sending":
        raise refused(OutboxError, "being_sent", f"The reply to review {review_id} is being sent right now; change "
                      "it once it is online.", review=review_id)
    if action == "delete":
        # The member's own deletion, not sent yet, becomes an update of the reply online (as
        # alone: the latest wish counts); its online words are kept as a version.
        action = "update"
        conn.execute("INSERT INTO reply_versions (reply_id, text, posted_at, replaced_at) "
                     "SELECT id, text, posted_at, %s FROM replies WHERE id = %s", (stamp, reply_id))
    conn.execute("UPDATE outbox SET text = %s, action = %s, state = 'queued', last_error = NULL, last_error_refusal = NULL, not_before = NULL, "
                 "updated_at = %s WHERE id = %s", (text, action, stamp, outbox_id))
    conn.execute("UPDATE replies SET text = %s, state = 'queued', updated_at = %s WHERE id = %s",
                 (text, stamp, reply_id))
    conn.execute("UPDATE reviews SET reply_state = 'queued' WHERE id = %s", (review_id,))
    return QueuedReply(int(reply_id), int(outbox_id), str(action))


_ITEM_SQL = (
    "SELECT o.id, o.reply_id, o.review_id, o.source_id, s.platform, r.external_id, o.action, o.state, "
    "o.text, o.attempts, o.last_error, o.not_before, o.queued_by FROM outbox o "
    "JOIN reviews r ON r.id = o.review_id JOIN sources s ON s.id = o.source_id WHERE o.id = %s"
)


def claim_next(conn: Conn, sender: str, *, now: datetime | None = None,
               skip_sources: frozenset[int] = frozenset(), source_id: int | None = None) -> ClaimedItem | None:
    """Claim the oldest sendable row on the sender's own connection (autocommit), or None.

    The advisory lock taken here stays with `conn`'s session until `release` — keep the same
    connection for the whole send."""
    stamp = stamp_now(now)
    with conn.transaction():
        ids = [int(r[0]) for r in conn.execute(
            "SELECT id FROM outbox WHERE state IN ('queued', 'sending') AND (not_before IS NULL OR not_before <= %s) "
            "AND NOT (source_id = ANY(%s)) AND (%s::bigint IS NULL OR source_id = %s) "
            "ORDER BY id LIMIT %s FOR UPDATE SKIP LOCKED",
            (stamp, list(skip_sources), source_id, source_id, _CANDIDATES)).fetchall()]
        for outbox_id in ids:
            # Two int4 keys: ids 2^31 apart share a lock, which only makes one wait a turn.
            got = conn.execute("SELECT pg_try_advisory_lock(%s, (%s::bigint %% 2147483647)::int)",
                               (SEND_LOCK_SPACE, outbox_id)).fetchone()
            if not got or not got[0]:
                continue  # a live sender is on it
            row = conn.execute(_ITEM_SQL, (outbox_id,)).fetchone()
            assert row is not None
            conn.execute("UPDATE outbox SET state = 'sending', attempts = attempts + 1, claimed_by = %s, "
                         "updated_at = %s WHERE id = %s", (sender, stamp, outbox_id))
            return ClaimedItem(_item(row), str(row[12]))
    return None


def release(conn: Conn, outbox_id: int) -> None:
    """Let other senders see the row again (after it was settled, or left for a later try)."""
    conn.execute("SELECT pg_advisory_unlock(%s, (%s::bigint %% 2147483647)::int)", (SEND_LOCK_SPACE, outbox_id))


def _item(row: tuple[Any, ...]) -> OutboxItem:
    return OutboxItem(int(row[0]), int(row[1]), int(row[2]), int(row[3]), str(row[4]), str(row[5]), str(row[6]),
                      str(row[7]), row[8], int(row[9]), row[10], row[11])


def _settle(conn: Conn, item: OutboxItem, state: str, stamp: str) -> None:
    conn.execute("UPDATE replies SET state = %s, updated_at = %s WHERE id = %s", (state, stamp, item.reply_id))
    conn.execute("UPDATE reviews SET reply_state = %s WHERE id = %s", (state, item.review_id))


def mark_sent(conn: Conn, item: OutboxItem, *, remote_id: str | None = None, posted_at: datetime | None = None,
              now: datetime | None = None) -> None:
    stamp = stamp_now(now)
    with conn.transaction():
        conn.execute("UPDATE outbox SET state = 'sent', sent_at = %s, last_error = NULL, last_error_refusal = NULL, updated_at = %s "
                     "WHERE id = %s", (stamp, stamp, item.id))
        if item.action == "delete":
            # Gone from the platform: its words stay as a version (the history keeps them).
            conn.execute("INSERT INTO reply_versions (reply_id, text, posted_at, replaced_at) "
                         "SELECT id, text, posted_at, %s FROM replies WHERE id = %s", (stamp, item.reply_id))
            conn.execute("UPDATE replies SET external_id = NULL, posted_at = NULL WHERE id = %s", (item.reply_id,))
            _settle(conn, item, "none", stamp)
            return
        conn.execute("UPDATE replies SET external_id = coalesce(%s, external_id), posted_at = %s WHERE id = %s",
                     (remote_id, to_iso(posted_at) or stamp, item.reply_id))
        _settle(conn, item, "sent", stamp)


def mark_retry(conn: Conn, outbox_id: int, reason: str, *, not_before: datetime | None = None,
               now: datetime | None = None, parts: Sequence[Refusal | None] = ()) -> None:
    """Back to 'queued' with the attempt counted: the next claimer checks the platform first.
    `parts`: the reason as data (`refusals.parts_to_json`), for a window in another language."""
    conn.execute("UPDATE outbox SET state = 'queued', last_error = %s, last_error_refusal = %s, not_before = %s, "
                 "updated_at = %s WHERE id = %s",
                 (reason or None, parts_to_json(parts) if reason else None, to_iso(not_before), stamp_now(now),
                  outbox_id))


def mark_failed(conn: Conn, item: OutboxItem, reason: str, *, now: datetime | None = None,
                parts: Sequence[Refusal | None] = ()) -> None:
    stamp = stamp_now(now)
    with conn.transaction():
        conn.execute("UPDATE outbox SET state = 'failed', last_error = %s, last_error_refusal = %s, updated_at = %s "
                     "WHERE id = %s", (reason, parts_to_json(parts), stamp, item.id))
        _settle(conn, item, "failed", stamp)


def waiting_count(conn: Conn, *, now: datetime | None = None) -> int:
    """Rows still to send now (queued or in flight somewhere), for a sender deciding to wait."""
    row = conn.execute("SELECT count(*) FROM outbox WHERE state IN ('queued', 'sending') "
                       "AND (not_before IS NULL OR not_before <= %s)", (stamp_now(now),)).fetchone()
    return int(row[0]) if row else 0


def unsent_count(conn: Conn) -> int:
    """Rows not yet on the platform ('queued' or 'sending'), including those waiting for later."""
    row = conn.execute("SELECT count(*) FROM outbox WHERE state IN ('queued', 'sending')").fetchone()
    return int(row[0]) if row else 0
