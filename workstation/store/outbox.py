"""The outbox: replies waiting to be posted, updated or deleted on their platform.

Each row moves queued → sending → sent (or failed / back to queued for a later try),
and every move is committed before the next network call, so that after a crash a
row still in 'sending' says "this may have reached the platform: check first".
The row keeps the exact text it sends (`outbox.text`) for that check.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from workstation.domain import stamp_now, to_iso
from workstation.store.db import Store
from workstation.store.errors import StoreError
from workstation.store.refusals import Refusal, parts_to_json, refused

Action = Literal["post", "update", "delete"]
ACTIVE_STATES = ("queued", "sending", "failed")


class OutboxError(StoreError):
    """A reply cannot be queued (unknown review, empty text, nothing to delete)."""


@dataclass(frozen=True)
class QueuedReply:
    reply_id: int
    outbox_id: int
    action: str


@dataclass(frozen=True)
class OutboxItem:
    """One outbox row with what sending it needs."""

    id: int
    reply_id: int
    review_id: int
    source_id: int
    platform: str
    review_external_id: str
    action: str
    state: str
    text: str | None
    attempts: int
    last_error: str | None
    not_before: str | None
    last_error_refusal: str | None = None  # `last_error` as parts (store/refusals.parts_to_json)


def _latest_reply(store: Store, review_id: int) -> tuple[int, str, str, str | None] | None:
    row = store._conn.execute(
        "SELECT id, text, state, posted_at FROM replies WHERE review_id = ? ORDER BY id DESC LIMIT 1",
        (review_id,),
    ).fetchone()
    return (int(row[0]), str(row[1]), str(row[2]), row[3]) if row else None


def _active_row(store: Store, reply_id: int) -> tuple[int, str, str] | None:
    """The last unfinished outbox row of a reply: (id, action, state)."""
    row = store._conn.execute(
        "SELECT id, action, state FROM outbox WHERE reply_id = ? AND state IN ('queued', 'sending', 'failed') "
        "ORDER BY id DESC LIMIT 1",
        (reply_id,),
    ).fetchone()
    return (int(row[0]), str(row[1]), str(row[2])) if row else None


def _new_row(store: Store, reply_id: int, action: str, text: str | None, stamp: str) -> int:
    cur = store._conn.execute(
        "INSERT INTO outbox (reply_id, action, state, text, created_at, updated_at) VALUES (?, ?, 'queued', ?, ?, ?)",
        (reply_id, action, text, stamp, stamp),
    )
    return int(cur.lastrowid or 0)


def review_exists(store: Store, review_id: int) -> bool:
    return store._conn.execute("SELECT 1 FROM reviews WHERE id = ?", (review_id,)).fetchone() is not None


def review_platform(store: Store, review_id: int) -> str | None:
    row = store._conn.execute(
        "SELECT s.platform FROM reviews r JOIN sources s ON s.id = r.source_id WHERE r.id = ?", (review_id,)
    ).fetchone()
    return str(row[0]) if row else None


def queue_reply(store: Store, review_id: int, text: str, *, now: datetime | None = None) -> QueuedReply:
    """Queue `text` as the reply to a review (a post, or an update of a posted reply).

    A reply still waiting in the outbox just gets the new text; one already sent (by the
    app or elsewhere) is versioned and queued as an update of the remote one. The review's
    unsent draft becomes the queued reply, in the same transaction (a failure keeps it).
    """
    if not isinstance(text, str) or not text.strip():
        raise refused(OutboxError, "empty_text", "The reply text is empty.")
    stamp = stamp_now(now)
    with store.transaction() as conn:
        if not review_exists(store, review_id):
            raise refused(OutboxError, "no_such_review", f"Review {review_id} does not exist.", review=review_id)
        # A draft written beside a reply already online or waiting in the outbox is the new text
        # of that reply: drop the draft so that reply is the latest and this becomes its update,
        # never a second post.
        conn.execute(
            "DELETE FROM replies WHERE review_id = ?1 AND origin = 'app' AND state IN ('draft', 'ready') "
            "AND posted_at IS NULL AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.reply_id = replies.id) "
            "AND EXISTS (SELECT 1 FROM replies s WHERE s.review_id = ?1 AND s.id != replies.id "
            "AND s.state IN ('sent', 'queued', 'sending', 'failed'))",
            (review_id,),
        )
        latest = _latest_reply(store, review_id)
        if latest is None or latest[2] == "none":
            cur = conn.execute(
                "INSERT INTO replies (review_id, text, state, origin, created_at, updated_at) "
                "VALUES (?, ?, 'queued', 'app', ?, ?)",
                (review_id, text, stamp, stamp),
            )
            reply_id = int(cur.lastrowid or 0)
            outbox_id, action = _new_row(store, reply_id, "post", text, stamp), "post"
        else:
            reply_id, old_text, state, posted_at = latest
            active = _active_row(store, reply_id)
            was_posted = state == "sent" or posted_at is not None
            if state == "sent":
                conn.execute(
                    "INSERT INTO reply_versions (reply_id, text, posted_at, replaced_at) VALUES (?, ?, ?, ?)",
                    (reply_id, old_text, posted_at, stamp),
                )
            if active is not None and active[2] != "sending":
                outbox_id = active[0]
                action = "update" if active[1] == "delete" else active[1]
                conn.execute(
                    "UPDATE outbox SET text = ?, action = ?, state = 'queued', last_error = NULL, last_error_refusal = NULL, "
                    "not_before = NULL, updated_at = ? WHERE id = ?",
                    (text, action, stamp, outbox_id),
                )
            else:
                # A row in flight keeps its text; the new one follows it.
                action = "update" if was_posted or active is not None else "post"
                outbox_id = _new_row(store, reply_id, action, text, stamp)
            conn.execute(
                "UPDATE replies SET text = ?, state = 'queued', updated_at = ? WHERE id = ?",
                (text, stamp, reply_id),
            )
        conn.execute("UPDATE reviews SET reply_state = 'queued' WHERE id = ?", (review_id,))
    return QueuedReply(reply_id, outbox_id, action)


def queue_delete(store: Store, review_id: int, *, now: datetime | None = None) -> QueuedReply:
    """Queue the removal of a review's posted reply (check the platform allows it first)."""
    stamp = stamp_now(now)
    with store.transaction() as conn:
        if not review_exists(store, review_id):
            raise refused(OutboxError, "no_such_review", f"Review {review_id} does not exist.", review=review_id)
        latest = _latest_reply(store, review_id)
        if latest is None or latest[2] == "none":
            raise refused(OutboxError, "no_reply_to_delete", f"Review {review_id} has no reply to delete.",
                          review=review_id)
        reply_id, _text, state, posted_at = latest
        active = _active_row(store, reply_id)
        if active is not None and active[2] != "sending" and active[1] == "post" and posted_at is None:
            # Never left this machine: withdraw it instead of asking the platform.
            _cancel(store, active[0], reply_id, review_id, "draft", stamp)
            return QueuedReply(reply_id, active[0], "cancel")
        if state != "sent" and posted_at is None and active is None:
            raise refused(OutboxError, "no_posted_reply_to_delete",
                          f"Review {review_id} has no posted reply to delete.", review=review_id)
        if active is not None and active[2] != "sending":
            outbox_id = active[0]
            conn.execute(
                "UPDATE outbox SET action = 'delete', text = NULL, state = 'queued', last_error = NULL, last_error_refusal = NULL, "
                "not_before = NULL, updated_at = ? WHERE id = ?",
                (stamp, outbox_id),
            )
        else:
            outbox_id = _new_row(store, reply_id, "delete", None, stamp)
        conn.execute("UPDATE replies SET state = 'queued', updated_at = ? WHERE id = ?", (stamp, reply_id))
        conn.execute("UPDATE reviews SET reply_state = 'queued' WHERE id = ?", (review_id,))
    return QueuedReply(reply_id, outbox_id, "delete")


def _cancel(store: Store, outbox_id: int, reply_id: int, review_id: int, reply_state: str, stamp: str) -> None:
    """Cancel an outbox row no sender has; the reply (and review) go back to `reply_state`."""
    store._conn.execute("UPDATE outbox SET state = 'cancelled', updated_at = ? WHERE id = ?", (stamp, outbox_id))
    store._conn.execute("UPDATE replies SET state = ?, updated_at = ? WHERE id = ?", (reply_state, stamp, reply_id))
    store._conn.execute("UPDATE reviews SET reply_state = ? WHERE id = ?", (reply_state, review_id))


def active_for_review(store: Store, review_id: int) -> tuple[str, str] | None:
    """The review's unfinished outbox row as (action, state); None when nothing waits."""
    row = store._conn.execute(
        "SELECT o.action, o.state FROM outbox o JOIN replies r ON r.id = o.reply_id WHERE r.review_id = ? "
        "AND o.state IN ('queued', 'sending', 'failed') ORDER BY o.id DESC LIMIT 1", (review_id,)).fetchone()
    return (str(row[0]), str(row[1])) if row else None


def take_back(store: Store, review_id: int, *, now: datetime | None = None) -> QueuedReply:
    """Take back what waits in the outbox for a review before it is sent: a reply never posted
    (it becomes a draft again; `action` 'post') or the deletion of the reply online (the reply
    stays on the platform; `action` 'delete'). Raises OutboxError, changing nothing, when it is
    being sent, may be done already (tried, answer lost), or there is nothing to take back."""
    stamp = stamp_now(now)
    with store.transaction() as conn:
        row = conn.execute(
            "SELECT o.id, o.reply_id, o.action, o.state, o.attempts, rp.posted_at FROM outbox o "
            "JOIN replies rp ON rp.id = o.reply_id WHERE rp.review_id = ? AND o.state != 'cancelled' "
            "ORDER BY o.id DESC LIMIT 1", (review_id,)).fetchone()
        if row is None or row[3] == "sent":
            if row is not None and row[2] == "delete":
                raise refused(OutboxError, "already_deleted", f"The reply to review {review_id} was already deleted "
                              "on the platform; nothing was taken back.", review=review_id, by="")
            raise refused(OutboxError, "nothing_to_take_back",
                          f"Review {review_id} has no queued reply or deletion to take back.", review=review_id)
        outbox_id, reply_id, action, state, attempts, posted_at = row
        # The same refusal kinds as a team server's, with nobody named (one person here), so
        # the window words them in its own language.
        if state == "sending":
            if action == "delete":
                raise refused(OutboxError, "deletion_being_sent_take_back", f"The deletion of the reply to review "
                              f"{review_id} is being sent right now; it can no longer be taken back.",
                              review=review_id, by="")
            raise refused(OutboxError, "reply_being_sent_take_back", f"The reply to review {review_id} is being "
                          "sent right now; it can no longer be taken back.", review=review_id, by="")
        if action == "delete" and state == "queued" and attempts:
            raise refused(OutboxError, "deletion_maybe_done", f"The app already tried to delete the reply to review "
                          f"{review_id} and checks the platform before trying again, so it may be gone; the "
                          "deletion was not taken back.", review=review_id)
        if action == "delete":
            _cancel(store, int(outbox_id), int(reply_id), review_id, "sent", stamp)  # online, words unchanged
        elif action == "post" and posted_at is None:
            _cancel(store, int(outbox_id), int(reply_id), review_id, "draft", stamp)
        else:
            raise refused(OutboxError, "change_queued_take_back", f"The reply to review {review_id} is already on "
                          "the platform and a change to it is queued; it was not taken back.",
                          review=review_id, by="")
    return QueuedReply(int(reply_id), int(outbox_id), str(action))


_ITEM_SQL = (
    "SELECT o.id, o.reply_id, rp.review_id, r.source_id, s.platform, r.external_id, o.action, o.state, "
    "o.text, o.attempts, o.last_error, o.not_before, o.last_error_refusal FROM outbox o "
    "JOIN replies rp ON rp.id = o.reply_id JOIN reviews r ON r.id = rp.review_id "
    "JOIN sources s ON s.id = r.source_id "
)


def _item(row: tuple[object, ...]) -> OutboxItem:
    return OutboxItem(
        int(row[0]), int(row[1]), int(row[2]), int(row[3]), str(row[4]), str(row[5]),  # type: ignore[call-overload]
        str(row[6]), str(row[7]), row[8] if isinstance(row[8], str) else None, int(row[9]),  # type: ignore[call-overload]
        row[10] if isinstance(row[10], str) else None, row[11] if isinstance(row[11], str) else None,
        row[12] if isinstance(row[12], str) else None,
    )


def _items_in(store: Store, states: tuple[str, ...], source_id: int | None) -> list[OutboxItem]:
    """Outbox rows in one of `states` (of one source if given), oldest first."""
    sql = _ITEM_SQL + f"WHERE o.state IN ({', '.join('?' * len(states))})"
    params: list[object] = list(states)
    if source_id is not None:
        sql += " AND r.source_id = ?"
        params.append(source_id)
    return [_item(r) for r in store._conn.execute(sql + " ORDER BY o.id", params)]


def pending_items(store: Store, *, source_id: int | None = None) -> list[OutboxItem]:
    """Rows still to send or to check ('queued' and 'sending'), oldest first."""
    return _items_in(store, ("queued", "sending"), source_id)


def get_item(store: Store, outbox_id: int) -> OutboxItem | None:
    row = store._conn.execute(_ITEM_SQL + "WHERE o.id = ?", (outbox_id,)).fetchone()
    return _item(row) if row else None


def mark_sending(store: Store, outbox_id: int, *, now: datetime | None = None) -> None:
    """Committed before the network call: from here on the platform may hold the reply."""
    with store.transaction() as conn:
        conn.execute(
            "UPDATE outbox SET state = 'sending', attempts = attempts + 1, updated_at = ? WHERE id = ?",
            (stamp_now(now), outbox_id),
        )


def _settle_reply(store: Store, item: OutboxItem, state: str, stamp: str) -> None:
    """Reply and review states follow the row, unless a later row for the reply is waiting."""
    later = store._conn.execute(
        "SELECT 1 FROM outbox WHERE reply_id = ? AND id > ? AND state IN ('queued', 'sending', 'failed')",
        (item.reply_id, item.id),
    ).fetchone()
    if later:
        return
    store._conn.execute("UPDATE replies SET state = ?, updated_at = ? WHERE id = ?", (state, stamp, item.reply_id))
    store._conn.execute("UPDATE reviews SET reply_state = ? WHERE id = ?", (state, item.review_id))


def mark_sent(
    store: Store,
    item: OutboxItem,
    *,
    remote_id: str | None = None,
    posted_at: datetime | None = None,
    now: datetime | None = None,
) -> None:
    """The platform holds the reply (or no longer holds it, for a delete)."""
    stamp = stamp_now(now)
    with store.transaction() as conn:
        conn.execute(
            "UPDATE outbox SET state = 'sent', sent_at = ?, last_error = NULL, last_error_refusal = NULL, updated_at = ? WHERE id = ?",
            (stamp, stamp, item.id),
        )
        if item.action == "delete":
            text, posted = conn.execute(
                "SELECT text, posted_at FROM replies WHERE id = ?", (item.reply_id,)
            ).fetchone()
            conn.execute(
                "INSERT INTO reply_versions (reply_id, text, posted_at, replaced_at) VALUES (?, ?, ?, ?)",
                (item.reply_id, text, posted, stamp),
            )
            conn.execute(
                "UPDATE replies SET external_id = NULL, posted_at = NULL WHERE id = ?", (item.reply_id,)
            )
            _settle_reply(store, item, "none", stamp)
            return
        conn.execute(
            "UPDATE replies SET external_id = coalesce(?, external_id), posted_at = ? WHERE id = ?",
            (remote_id, to_iso(posted_at) or stamp, item.reply_id),
        )
        _settle_reply(store, item, "sent", stamp)


def mark_retry(
    store: Store, outbox_id: int, reason: str, *, not_before: datetime | None = None, now: datetime | None = None,
    parts: Sequence[Refusal | None] = (),
) -> None:
    """Back to 'queued' (a passing problem, or checked not on the platform); kept in order.
    `parts`: the reason as data (`refusals.parts_to_json`), for a window in another language."""
    with store.transaction() as conn:
        conn.execute(
            "UPDATE outbox SET state = 'queued', last_error = ?, last_error_refusal = ?, not_before = ?, "
            "updated_at = ? WHERE id = ?",
            (reason or None, parts_to_json(parts) if reason else None, to_iso(not_before), stamp_now(now), outbox_id),
        )


def mark_failed(
    store: Store, item: OutboxItem, reason: str, *, now: datetime | None = None, parts: Sequence[Refusal | None] = ()
) -> None:
    """The platform refused it: keep the reason in plain words (and as data, `parts`) until
    the user retries."""
    stamp = stamp_now(now)
    with store.transaction() as conn:
        conn.execute(
            "UPDATE outbox SET state = 'failed', last_error = ?, last_error_refusal = ?, updated_at = ? WHERE id = ?",
            (reason, parts_to_json(parts), stamp, item.id),
        )
        _settle_reply(store, item, "failed", stamp)


def retry_failed(
    store: Store,
    *,
    review_id: int | None = None,
    outbox_id: int | None = None,
    source_id: int | None = None,
    now: datetime | None = None,
) -> int:
    """Put failed rows back in the queue (all, one source's, one review's or one row); returns how many.

    Queued rows of the same selection waiting for a platform's "try later" are released too:
    asking to retry means now."""
    stamp = stamp_now(now)
    sql = (
        "SELECT o.id, rp.id, rp.review_id FROM outbox o JOIN replies rp ON rp.id = o.reply_id "
        "JOIN reviews r ON r.id = rp.review_id WHERE o.state = 'failed'"
    )
    params: list[object] = []
    if source_id is not None:
        sql += " AND r.source_id = ?"
        params.append(source_id)
    if review_id is not None:
        sql += " AND rp.review_id = ?"
        params.append(review_id)
    if outbox_id is not None:
        sql += " AND o.id = ?"
        params.append(outbox_id)
    with store.transaction() as conn:
        waiting = sql.replace("o.state = 'failed'", "o.state = 'queued' AND o.not_before IS NOT NULL")
        for (oid, _reply_id, _rid) in conn.execute(waiting, params).fetchall():
            conn.execute("UPDATE outbox SET not_before = NULL, updated_at = ? WHERE id = ?", (stamp, oid))
        rows = conn.execute(sql, params).fetchall()
        for oid, reply_id, rid in rows:
            conn.execute(
                "UPDATE outbox SET state = 'queued', not_before = NULL, updated_at = ? WHERE id = ?", (stamp, oid)
            )
            conn.execute("UPDATE replies SET state = 'queued', updated_at = ? WHERE id = ?", (stamp, reply_id))
            conn.execute("UPDATE reviews SET reply_state = 'queued' WHERE id = ?", (rid,))
    return len(rows)


def failed_items(store: Store, *, source_id: int | None = None) -> list[OutboxItem]:
    """Rows whose sending failed, oldest first."""
    return _items_in(store, ("failed",), source_id)


def outbox_counts(store: Store, *, source_id: int | None = None) -> dict[str, int]:
    """Rows per state, e.g. {"queued": 3, "sent": 10}."""
    sql = (
        "SELECT o.state, count(*) FROM outbox o JOIN replies rp ON rp.id = o.reply_id "
        "JOIN reviews r ON r.id = rp.review_id"
    )
    params: list[object] = []
    if source_id is not None:
        sql += " WHERE r.source_id = ?"
        params.append(source_id)
    return {str(state): int(n) for state, n in store._conn.execute(sql + " GROUP BY 1", params)}
