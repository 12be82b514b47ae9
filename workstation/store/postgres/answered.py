"""A review's answer changed by hand on a team server: taking back a queued reply (or a queued
deletion of the reply online) before any sender claims it, recording a reply the user posted on the platform themselves, and asking
for the reply on the platform to be deleted.

Both lock the review row, as queueing does, and then the reply's outbox row (`FOR UPDATE`)
plus the senders' advisory lock on it for the rest of the transaction: a sender that has
claimed the row holds that lock for the whole send, so a row being sent is never taken back
— the user is told plainly instead. A row a sender already tried (and will check on the
platform before trying again) may be online already, so it is not taken back either.

Replied by hand marks the review answered on the server: its reply is 'sent' (origin
'manual'), so every other desktop's queueing is refused from then on (the "already has a
reply on the platform" conflict) and their copies show it at their next pull.

Deleting queues a 'delete' row in the shared outbox under the reply that is online, with the
same reply key (one active row per review) and the same review lock as queueing; any
desktop's sender claims it (SKIP LOCKED) and checks the platform first when it was tried
before. It is refused, with nothing changed, where the platform does not let apps delete a
reply, while a reply or deletion is being sent, when one is already queued, and for an
agent where the review's location asks for approval: an agent cannot remove the team's
published reply without an approver (there is no "deletion waiting for approval": an
approver deletes it, as roles.py lets an approver queue their own reply straight away).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from workstation.domain import platform_label, stamp_now
from workstation.sources.registry import delete_refusal
from workstation.store.outbox import OutboxError, QueuedReply
from workstation.store.postgres.approval import lock_review
from workstation.store.postgres.connection import PgStore
from workstation.store.postgres.drafts import Conn, current_in
from workstation.store.postgres.outbox import ACTIVE, SEND_LOCK_SPACE, ReplyConflict
from workstation.store.postgres.roles import approval_location, is_approver
from workstation.store.refusals import refused


@dataclass(frozen=True)
class _Active:
    outbox_id: int
    reply_id: int
    state: str
    action: str
    attempts: int
    queued_by: str


def _active(conn: Conn, review_id: int) -> _Active | None:
    row = conn.execute("SELECT id, reply_id, state, action, attempts, queued_by FROM outbox "
                       "WHERE review_id = %s AND state = ANY(%s) FOR UPDATE", (review_id, list(ACTIVE))).fetchone()
    return _Active(int(row[0]), int(row[1]), str(row[2]), str(row[3]), int(row[4]), str(row[5])) if row else None


def _being_sent(conn: Conn, active: _Active) -> bool:
    """A sender holds the row now. Otherwise the lock taken here (transaction-level, in the
    senders' lock space) keeps any sender from claiming the row until this transaction commits."""
    got = conn.execute("SELECT pg_try_advisory_xact_lock(%s, (%s::bigint %% 2147483647)::int)",
                       (SEND_LOCK_SPACE, active.outbox_id)).fetchone()
    return active.state == "sending" or not got or not got[0]


#: The refused act (`_not_being_sent`): its words after the reason, and its refusal kinds' suffix.
_TAKE_BACK = ("it can no longer be taken back.", "take_back")
_BY_HAND = ("check the platform before marking it replied by hand.", "by_hand")
_DELETE = ("delete it once it is online.", "delete")


def _not_being_sent(conn: Conn, review_id: int, active: _Active, act: tuple[str, str]) -> None:
    """Refuse when a sender holds the row or may already have posted it (`act`: the refused act)."""
    what, suffix = act
    if _being_sent(conn, active):
        raise refused(ReplyConflict, f"reply_being_sent_{suffix}",
                      f"{active.queued_by}'s reply to review {review_id} is being sent right now; {what}",
                      review=review_id, by=active.queued_by)
    if active.state == "queued" and active.attempts > 0:
        raise refused(ReplyConflict, f"reply_maybe_online_{suffix}",
                      f"A sender already tried to post {active.queued_by}'s reply to review {review_id} "
                      f"and checks the platform before trying again, so it may be online; {what}",
                      review=review_id, by=active.queued_by)


def _sent_by(conn: Conn, review_id: int) -> str | None:
    """The author of the review's reply on the platform ('' when unknown), None when it has none."""
    row = conn.execute("SELECT coalesce(author, '') FROM replies WHERE review_id = %s AND state = 'sent' "
                       "ORDER BY id DESC LIMIT 1", (review_id,)).fetchone()
    return None if row is None else str(row[0])


def withdraw_reply(store: PgStore, review_id: int, *, by: str, now: datetime | None = None) -> QueuedReply | None:
    """Take back the review's queued reply (it becomes the shared draft again, text kept) or its
    queued deletion (the reply stays online); what was taken back (`action` 'post' or 'delete'),
    or None when nothing was queued any more (someone took it back already). Raises
    ReplyConflict when it is being sent, may be done already, or is on the platform."""
    stamp = stamp_now(now)
    with store.transaction() as conn:
        lock_review(conn, review_id)
        active = _active(conn, review_id)
        if active is None:
            _refuse_if_deleted(conn, review_id)
            sent = _sent_by(conn, review_id)
            if sent is not None:
                by_whom = f" (sent by {sent})" if sent else ""
                raise refused(ReplyConflict, "already_online_take_back",
                              f"The reply to review {review_id} is already on the platform{by_whom}; it was "
                              "not taken back. To remove it, delete the reply on the platform.",
                              review=review_id, by=sent)
            return None
        if active.action == "delete":
            return _keep_online(conn, review_id, active, by, stamp)
        _not_being_sent(conn, review_id, active, _TAKE_BACK)
        if active.action != "post":
            raise refused(ReplyConflict, "change_queued_take_back",
                          f"The reply to review {review_id} is already on the platform and "
                          f"{active.queued_by} queued a change to it; it was not taken back.",
                          review=review_id, by=active.queued_by)
        conn.execute("UPDATE outbox SET state = 'cancelled', updated_at = %s WHERE id = %s",
                     (stamp, active.outbox_id))
        # The words come back as the review's shared draft (unless someone wrote a new one since:
        # one per review), in a row of its own: the taken-back reply stays, 'none', under its
        # cancelled outbox row, so queueing the draft later never deletes a row the outbox names.
        conn.execute("UPDATE replies SET state = 'none', updated_at = %s WHERE id = %s", (stamp, active.reply_id))
        if current_in(conn, review_id) is None:
            conn.execute(
                "INSERT INTO replies (review_id, text, state, origin, author, version, created_at, updated_at) "
                "SELECT review_id, text, 'draft', 'app', author, 1, %s, %s FROM replies WHERE id = %s",
                (stamp, stamp, active.reply_id))
        conn.execute("UPDATE reviews SET reply_state = 'draft' WHERE id = %s", (review_id,))
        _audit(conn, stamp, "withdrawn", review_id, {"by": by, "queued_by": active.queued_by})
        return QueuedReply(active.reply_id, active.outbox_id, "post")


def _refuse_if_deleted(conn: Conn, review_id: int) -> None:
    """Nothing is queued: when the review's last outbox row is a deletion a sender posted, say so
    (taking it back is too late) rather than "nothing to take back"."""
    last = conn.execute("SELECT action, state, queued_by FROM outbox WHERE review_id = %s AND state <> 'cancelled' "
                        "ORDER BY id DESC LIMIT 1", (review_id,)).fetchone()
    if last is not None and last[0] == "delete" and last[1] == "sent":
        raise refused(ReplyConflict, "already_deleted", f"The reply to review {review_id} was already deleted on "
                      f"the platform (asked by {last[2]}); nothing was taken back.", review=review_id, by=last[2])


def _keep_online(conn: Conn, review_id: int, active: _Active, by: str, stamp: str) -> QueuedReply:
    """Take back a queued deletion before any sender has it: the reply stays on the platform.
    Where the location wants an approver, only an approver undoes an approver's decision."""
    if _being_sent(conn, active):
        raise refused(ReplyConflict, "deletion_being_sent_take_back",
                      f"{active.queued_by}'s deletion of the reply to review {review_id} is being sent "
                      "right now; it can no longer be taken back.", review=review_id, by=active.queued_by)
    if active.state == "queued" and active.attempts > 0:
        raise refused(ReplyConflict, "deletion_maybe_done",
                      f"A sender already tried to delete the reply to review {review_id} and checks the "
                      "platform before trying again, so it may be gone; the deletion was not taken back.",
                      review=review_id)
    location = approval_location(conn, review_id)
    if location is not None and not is_approver(conn, by):
        raise refused(ReplyConflict, "needs_approver_take_back_deletion",
                      f"Replies for {location} need an approver: ask one to take back the deletion of the "
                      f"reply to review {review_id}. Nothing was changed.", review=review_id, location=location)
    conn.execute("UPDATE outbox SET state = 'cancelled', updated_at = %s WHERE id = %s", (stamp, active.outbox_id))
    # A deletion never changed the reply's words or its platform id: it is simply online again.
    conn.execute("UPDATE replies SET state = 'sent', updated_at = %s WHERE id = %s", (stamp, active.reply_id))
    conn.execute("UPDATE reviews SET reply_state = 'sent' WHERE id = %s", (review_id,))
    _audit(conn, stamp, "delete_withdrawn", review_id, {"by": by, "queued_by": active.queued_by})
    return QueuedReply(active.reply_id, active.outbox_id, "delete")


def mark_replied_by_hand(store: PgStore, review_id: int, text: str, *, author: str,
                         now: datetime | None = None) -> int:
    """Record that `author` posted `text` on the platform by hand: the review is answered for the
    whole team. A reply queued (not yet claimed) is taken back, since posting it would answer
    twice. Raises ReplyConflict when a reply is on the platform already or being sent."""
    if not text.strip():
        raise refused(OutboxError, "empty_text", "The reply text is empty.")
    stamp = stamp_now(now)
    with store.transaction() as conn:
        lock_review(conn, review_id)
        sent = _sent_by(conn, review_id)
        if sent is not None:
            by_whom = f" by {sent}" if sent else ""
            raise refused(ReplyConflict, "already_online_by_hand",
                          f"Review {review_id} already has a reply on the platform{by_whom}; yours was not "
                          "recorded. Check the platform: the review may now have two replies.",
                          review=review_id, by=sent)
        active = _active(conn, review_id)
        target: int | None = None
        if active is not None:
            _not_being_sent(conn, review_id, active, _BY_HAND)
            conn.execute("UPDATE outbox SET state = 'cancelled', updated_at = %s WHERE id = %s",
                         (stamp, active.outbox_id))
            target = active.reply_id
        draft = current_in(conn, review_id)
        if draft is not None and target is None:
            target = draft.id
        elif draft is not None:  # both a queued reply and a new draft: the draft is done too
            conn.execute("DELETE FROM replies WHERE id = %s", (draft.id,))
        if target is None:
            target = int(conn.execute(
                "INSERT INTO replies (review_id, text, state, origin, author, posted_at, created_at, updated_at) "
                "VALUES (%s, %s, 'sent', 'manual', %s, %s, %s, %s) RETURNING id",
                (review_id, text, author, stamp, stamp, stamp)).fetchone()[0])  # type: ignore[index]
        else:
            conn.execute("UPDATE replies SET text = %s, state = 'sent', origin = 'manual', author = %s, "
                         "posted_at = %s, note = NULL, updated_at = %s WHERE id = %s",
                         (text, author, stamp, stamp, target))
        conn.execute("UPDATE reviews SET reply_state = 'sent' WHERE id = %s", (review_id,))
        _audit(conn, stamp, "marked_replied", review_id, {"by": author, "chars": len(text)})
        return target


def delete_reply(store: PgStore, review_id: int, *, by: str, now: datetime | None = None) -> QueuedReply:
    """Queue the deletion of the review's reply on the platform (posted exactly once by
    whichever sender claims it); the review then needs a reply again. Raises OutboxError
    (ReplyConflict: a reply or deletion queued or being sent) with nothing changed."""
    stamp = stamp_now(now)
    with store.transaction() as conn:
        lock_review(conn, review_id)
        platform = str(conn.execute("SELECT s.platform FROM reviews r JOIN sources s ON s.id = r.source_id "
                                    "WHERE r.id = %s", (review_id,)).fetchone()[0])  # type: ignore[index]
        refusal = delete_refusal(platform)
        if refusal is not None:
            raise refused(OutboxError, "platform_cannot_delete", refusal, review=review_id,
                          platform=platform_label(platform))
        location = approval_location(conn, review_id)
        if location is not None and not is_approver(conn, by):
            raise refused(OutboxError, "needs_approver_delete",
                          f"Replies for {location} need an approver: ask one to delete the reply to review "
                          f"{review_id}. Nothing was deleted.", review=review_id, location=location)
        active = _active(conn, review_id)
        if active is not None:
            return _delete_instead(conn, review_id, active, by, stamp)
        online = conn.execute("SELECT p.id, r.source_id FROM replies p JOIN reviews r ON r.id = p.review_id "
                              "WHERE p.review_id = %s AND p.state = 'sent' ORDER BY p.id DESC LIMIT 1",
                              (review_id,)).fetchone()
        if online is None:
            raise refused(OutboxError, "nothing_to_delete", f"Review {review_id} has no reply on the platform to "
                          "delete.", review=review_id)
        reply_id = int(online[0])
        outbox_id = int(conn.execute(
            "INSERT INTO outbox (reply_id, source_id, review_id, action, state, text, queued_by, created_at, "
            "updated_at) VALUES (%s, %s, %s, 'delete', 'queued', NULL, %s, %s, %s) RETURNING id",
            (reply_id, int(online[1]), review_id, by, stamp, stamp)).fetchone()[0])  # type: ignore[index]
        _deletion_queued(conn, review_id, reply_id, by, stamp)
        return QueuedReply(reply_id, outbox_id, "delete")


def _delete_instead(conn: Conn, review_id: int, active: _Active, by: str, stamp: str) -> QueuedReply:
    """A row is active for the review: refuse, unless it is the member's own update of the reply
    online, not tried yet, which becomes its deletion (as alone: the latest wish counts)."""
    if active.action == "delete" and _being_sent(conn, active):
        raise refused(ReplyConflict, "deletion_being_sent", f"{active.queued_by}'s deletion of the reply to review "
                      f"{review_id} is being sent right now.", review=review_id, by=active.queued_by)
    if active.action == "delete" and active.state == "failed":
        raise refused(ReplyConflict, "deletion_failed", f"The platform refused {active.queued_by}'s deletion of the "
                      f"reply to review {review_id}; it was not asked again.", review=review_id, by=active.queued_by)
    if active.action == "delete":
        raise refused(ReplyConflict, "deletion_queued", f"{active.queued_by} already asked to delete the reply to "
                      f"review {review_id}; it is waiting to be sent.", review=review_id, by=active.queued_by)
    _not_being_sent(conn, review_id, active, _DELETE)
    if active.action == "post":
        raise refused(ReplyConflict, "reply_not_online_yet", f"{active.queued_by}'s reply to review {review_id} is "
                      "not on the platform yet: take it back instead. Nothing was deleted.",
                      review=review_id, by=active.queued_by)
    if active.queued_by != by:
        raise refused(ReplyConflict, "change_queued_delete", f"{active.queued_by} queued a change to the reply to "
                      f"review {review_id}; it was not deleted.", review=review_id, by=active.queued_by)
    # The reply's online words come back from its last version (the update never left).
    conn.execute("UPDATE replies p SET text = v.text FROM (SELECT text FROM reply_versions WHERE reply_id = %s "
                 "ORDER BY id DESC LIMIT 1) v WHERE p.id = %s", (active.reply_id, active.reply_id))
    conn.execute("UPDATE outbox SET action = 'delete', text = NULL, state = 'queued', last_error = NULL, last_error_refusal = NULL, "
                 "not_before = NULL, updated_at = %s WHERE id = %s", (stamp, active.outbox_id))
    _deletion_queued(conn, review_id, active.reply_id, by, stamp)
    return QueuedReply(active.reply_id, active.outbox_id, "delete")


def _deletion_queued(conn: Conn, review_id: int, reply_id: int, by: str, stamp: str) -> None:
    conn.execute("UPDATE replies SET state = 'queued', updated_at = %s WHERE id = %s", (stamp, reply_id))
    conn.execute("UPDATE reviews SET reply_state = 'queued' WHERE id = %s", (review_id,))
    _audit(conn, stamp, "delete_queued", review_id, {"by": by})


def _audit(conn: Conn, stamp: str, action: str, review_id: int, detail: dict[str, Any]) -> None:
    conn.execute("INSERT INTO audit_log (at, action, review_id, detail) VALUES (%s, %s, %s, %s)",
                 (stamp, action, review_id, json.dumps(detail, ensure_ascii=False)))
