"""A refused change's reason, or any error of the store, in the window's language.

The team store gives each refusal a stable kind and the values it names
(`store/refusals.py`), and so does this computer's store for the errors it shows (disk
full, database locked, empty reply, rule without a name…); this module words them through
Qt's translations, so the conflict box or an error message of a French window is in French.
`error_text(exc)` is what the window shows for a core error. A kind this version does not
know, an error without a kind, or a conflict recorded before kinds existed, shows the
English message (better English than nothing). In English the words are the core's own:
every sentence here is the English message its kind is raised with.

Placeholders follow Qt's %1-style: in a team refusal %1 is always the review, %2 the
colleague, location or platform the sentence names, %3 the time of a newer draft; the store's
own errors fill them in the order their params are listed below.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from workstation.domain import from_iso
from workstation.store.errors import Refusal
from workstation.store.refusals import refusal_of
from workstation.ui.format import full_date
from workstation.ui.translation import current_language

_PLACEHOLDER = re.compile(r"%(\d)")
# Kinds whose sentence names a colleague who may be unknown ('' on the server): an
# anonymous wording is used then (key suffix below).
_ANONYMOUS = "/anonymous"
_BY, _LOCATION = ("review", "by"), ("review", "location")
# kind → (English sentence marked for translation, the params filling %1, %2, %3 in order).
# QT_TRANSLATE_NOOP is spelled out at each sentence: that is what pyside6-lupdate collects.
_SENTENCES: dict[str, tuple[str, tuple[str, ...]]] = {
    "empty_text": (QT_TRANSLATE_NOOP(
        "ConflictReason", "The reply text is empty."),
        ()),
    "unknown_review": (QT_TRANSLATE_NOOP(
        "ConflictReason", "Review %1 does not exist on the team server."),
        ("review",)),
    "already_online": (QT_TRANSLATE_NOOP(
        "ConflictReason", "Review %1 already has a reply on the platform by %2; yours was not sent again."),
        _BY),
    "already_online/anonymous": (QT_TRANSLATE_NOOP(
        "ConflictReason", "Review %1 already has a reply on the platform; yours was not sent again."),
        ("review",)),
    "reply_queued_by_other": (QT_TRANSLATE_NOOP(
        "ConflictReason", "%2 already queued a reply to review %1; yours was not queued."),
        _BY),
    "deletion_queued_by_other": (QT_TRANSLATE_NOOP(
        "ConflictReason", "%2 asked to delete the reply to review %1 on the platform; yours was not queued."),
        _BY),
    "being_sent": (QT_TRANSLATE_NOOP(
        "ConflictReason", "The reply to review %1 is being sent right now; change it once it is online."),
        ("review",)),
    "needs_approver_queue": (QT_TRANSLATE_NOOP(
        "ConflictReason", "Replies for %2 wait for an approver; %3’s reply to review %1 was not queued."),
        ("review", "location", "by")),
    "reply_being_sent_take_back": (QT_TRANSLATE_NOOP(
        "ConflictReason", "%2’s reply to review %1 is being sent right now; it can no longer be taken back."),
        _BY),
    "reply_being_sent_take_back/anonymous": (QT_TRANSLATE_NOOP(
        "ConflictReason", "The reply to review %1 is being sent right now; it can no longer be taken back."),
        ("review",)),
    "reply_being_sent_by_hand": (QT_TRANSLATE_NOOP(
        "ConflictReason", "%2’s reply to review %1 is being sent right now; check the platform before marking it "
        "replied by hand."),
        _BY),
    "reply_being_sent_delete": (QT_TRANSLATE_NOOP(
        "ConflictReason", "%2’s reply to review %1 is being sent right now; delete it once it is online."),
        _BY),
    "reply_maybe_online_take_back": (QT_TRANSLATE_NOOP(
        "ConflictReason", "A sender already tried to post %2’s reply to review %1, so it may be online; it can no "
        "longer be taken back."),
        _BY),
    "reply_maybe_online_by_hand": (QT_TRANSLATE_NOOP(
        "ConflictReason", "A sender already tried to post %2’s reply to review %1, so it may be online; check the "
        "platform before marking it replied by hand."),
        _BY),
    "reply_maybe_online_delete": (QT_TRANSLATE_NOOP(
        "ConflictReason", "A sender already tried to post %2’s reply to review %1, so it may be online; delete it "
        "once it is online."),
        _BY),
    "already_online_take_back": (QT_TRANSLATE_NOOP(
        "ConflictReason", "The reply to review %1 is already on the platform (sent by %2); it was not taken back. "
        "To remove it, delete the reply on the platform."),
        _BY),
    "already_online_take_back/anonymous": (QT_TRANSLATE_NOOP(
        "ConflictReason", "The reply to review %1 is already on the platform; it was not taken back. To remove it, "
        "delete the reply on the platform."),
        ("review",)),
    "change_queued_take_back": (QT_TRANSLATE_NOOP(
        "ConflictReason", "The reply to review %1 is already on the platform and %2 queued a change to it; it was "
        "not taken back."),
        _BY),
    "change_queued_take_back/anonymous": (QT_TRANSLATE_NOOP(
        "ConflictReason", "The reply to review %1 is already on the platform and a change to it is queued; it was "
        "not taken back."),
        ("review",)),
    "already_deleted": (QT_TRANSLATE_NOOP(
        "ConflictReason", "The reply to review %1 was already deleted on the platform (asked by %2); nothing was "
        "taken back."),
        _BY),
    "already_deleted/anonymous": (QT_TRANSLATE_NOOP(
        "ConflictReason", "The reply to review %1 was already deleted on the platform; nothing was taken back."),
        ("review",)),
    "deletion_being_sent_take_back": (QT_TRANSLATE_NOOP(
        "ConflictReason", "%2’s deletion of the reply to review %1 is being sent right now; it can no longer be "
        "taken back."),
        _BY),
    "deletion_being_sent_take_back/anonymous": (QT_TRANSLATE_NOOP(
        "ConflictReason", "The deletion of the reply to review %1 is being sent right now; it can no longer be "
        "taken back."),
        ("review",)),
    "nothing_to_take_back": (QT_TRANSLATE_NOOP(
        "ConflictReason", "Review %1 has no queued reply or deletion to take back."),
        ("review",)),
    "deletion_maybe_done": (QT_TRANSLATE_NOOP(
        "ConflictReason", "A sender already tried to delete the reply to review %1, so it may be gone; the deletion"
        " was not taken back."),
        ("review",)),
    "needs_approver_take_back_deletion": (QT_TRANSLATE_NOOP(
        "ConflictReason", "Replies for %2 need an approver: ask one to take back the deletion of the reply to "
        "review %1. Nothing was changed."),
        _LOCATION),
    "already_online_by_hand": (QT_TRANSLATE_NOOP(
        "ConflictReason", "Review %1 already has a reply on the platform by %2; yours was not recorded. Check the "
        "platform: the review may now have two replies."),
        _BY),
    "already_online_by_hand/anonymous": (QT_TRANSLATE_NOOP(
        "ConflictReason", "Review %1 already has a reply on the platform; yours was not recorded. Check the "
        "platform: the review may now have two replies."),
        ("review",)),
    "platform_cannot_delete": (QT_TRANSLATE_NOOP(
        "ConflictReason", "%2 does not let apps delete a reply; delete the reply to review %1 on the platform."),
        ("review", "platform")),
    "needs_approver_delete": (QT_TRANSLATE_NOOP(
        "ConflictReason", "Replies for %2 need an approver: ask one to delete the reply to review %1. Nothing was "
        "deleted."),
        _LOCATION),
    "nothing_to_delete": (QT_TRANSLATE_NOOP(
        "ConflictReason", "Review %1 has no reply on the platform to delete."),
        ("review",)),
    "deletion_being_sent": (QT_TRANSLATE_NOOP(
        "ConflictReason", "%2’s deletion of the reply to review %1 is being sent right now."),
        _BY),
    "deletion_failed": (QT_TRANSLATE_NOOP(
        "ConflictReason", "The platform refused %2’s deletion of the reply to review %1; it was not asked again."),
        _BY),
    "deletion_queued": (QT_TRANSLATE_NOOP(
        "ConflictReason", "%2 already asked to delete the reply to review %1; it is waiting to be sent."),
        _BY),
    "reply_not_online_yet": (QT_TRANSLATE_NOOP(
        "ConflictReason", "%2’s reply to review %1 is not on the platform yet: take it back instead. Nothing was "
        "deleted."),
        _BY),
    "change_queued_delete": (QT_TRANSLATE_NOOP(
        "ConflictReason", "%2 queued a change to the reply to review %1; it was not deleted."),
        _BY),
    "draft_gone": (QT_TRANSLATE_NOOP(
        "ConflictReason", "The draft of review %1 was discarded or queued by someone else; yours was not saved. "
        "Open the review again to see its reply."),
        ("review",)),
    "newer_draft": (QT_TRANSLATE_NOOP(
        "ConflictReason", "%2 saved a newer draft of review %1 (%3); yours was not saved. Open the review again to "
        "see it."),
        ("review", "by", "at")),
    "newer_draft/anonymous": (QT_TRANSLATE_NOOP(
        "ConflictReason", "Someone else saved a newer draft of review %1 (%3); yours was not saved. Open the review"
        " again to see it."),
        ("review", "by", "at")),
    "no_approval_needed": (QT_TRANSLATE_NOOP(
        "ConflictReason", "The location of review %1 does not ask for approval: queue the reply."),
        ("review",)),
    "nothing_waiting": (QT_TRANSLATE_NOOP(
        "ConflictReason", "No reply to review %1 is waiting for approval."),
        ("review",)),
    "not_approver_approve": (QT_TRANSLATE_NOOP(
        "ConflictReason", "%2 is not an approver of the team; the reply to review %1 was not approved."),
        _BY),
    "not_approver_reject": (QT_TRANSLATE_NOOP(
        "ConflictReason", "%2 is not an approver of the team; the reply to review %1 was not sent back."),
        _BY),
    "own_reply": (QT_TRANSLATE_NOOP(
        "ConflictReason", "Nobody approves their own reply: another approver must check %2’s reply to review %1."),
        _BY),
    "needs_approver_retry": (QT_TRANSLATE_NOOP(
        "ConflictReason", "Replies for %2 need an approver: ask one to retry the reply to review %1. It was not "
        "sent again."),
        _LOCATION),
    # -- this computer's store: its database, outbox, automatic replies and sources --
    "disk_full": (QT_TRANSLATE_NOOP(
        "ConflictReason", "The disk is full: free some space, nothing was lost."),
        ()),
    "database_busy": (QT_TRANSLATE_NOOP(
        "ConflictReason", "The database is busy in another program or window; try again."),
        ()),
    "database_read_only": (QT_TRANSLATE_NOOP(
        "ConflictReason", "The database file is read-only: check its permissions."),
        ()),
    "database_cannot_open": (QT_TRANSLATE_NOOP(
        "ConflictReason", "The database file cannot be opened: check the folder exists and is writable."),
        ()),
    "disk_io_error": (QT_TRANSLATE_NOOP(
        "ConflictReason", "The disk could not be read or written (disk I/O error)."),
        ()),
    "not_a_database": (QT_TRANSLATE_NOOP(
        "ConflictReason", "The database file is damaged or is not a database."),
        ()),
    "database_damaged": (QT_TRANSLATE_NOOP(
        "ConflictReason", "The database file is damaged."),
        ()),
    "database_damaged_restore": (QT_TRANSLATE_NOOP(
        "ConflictReason", "The database file is damaged: restore a backup (the app offers it at start)."),
        ()),
    "database_unreadable": (QT_TRANSLATE_NOOP(
        "ConflictReason", "The database %1 cannot be read: %2"),
        ("database", "reason")),
    "newer_database": (QT_TRANSLATE_NOOP(
        "ConflictReason", "This database was created by a newer version of the app (schema %1, this version knows %2). Please update the app."),
        ("schema", "known")),
    "folder_read_only": (QT_TRANSLATE_NOOP(
        "ConflictReason", "The data folder %1 is read-only: check its permissions or choose another --data-dir."),
        ("folder",)),
    "folder_missing": (QT_TRANSLATE_NOOP(
        "ConflictReason", "The data folder %1 does not exist."),
        ("folder",)),
    "folder_not_writable": (QT_TRANSLATE_NOOP(
        "ConflictReason", "The data folder %1 is read-only or not writable by this user: check its permissions or choose another --data-dir."),
        ("folder",)),
    "backup_failed": (QT_TRANSLATE_NOOP(
        "ConflictReason", "The backup %1 could not be written (%2); the database is unchanged."),
        ("backup", "reason")),
    "no_such_review": (QT_TRANSLATE_NOOP(
        "ConflictReason", "Review %1 does not exist."),
        ("review",)),
    "no_reply_to_delete": (QT_TRANSLATE_NOOP(
        "ConflictReason", "Review %1 has no reply to delete."),
        ("review",)),
    "no_posted_reply_to_delete": (QT_TRANSLATE_NOOP(
        "ConflictReason", "Review %1 has no posted reply to delete."),
        ("review",)),
    "platform_cannot_reply": (QT_TRANSLATE_NOOP(
        "ConflictReason", "%1 replies cannot be posted from the app: reply on the platform and mark the review replied."),
        ("platform",)),
    "reply_too_long_characters": (QT_TRANSLATE_NOOP(
        "ConflictReason", "The reply is too long for %1: %2 characters, the limit is %3."),
        ("platform", "size", "limit")),
    "reply_too_long_bytes": (QT_TRANSLATE_NOOP(
        "ConflictReason", "The reply is too long for %1: %2 bytes, the limit is %3."),
        ("platform", "size", "limit")),
    "rule_needs_name": (QT_TRANSLATE_NOOP(
        "ConflictReason", "A rule needs a name."),
        ()),
    "rule_stars": (QT_TRANSLATE_NOOP(
        "ConflictReason", "Automatic replies only answer 4- and 5-star reviews."),
        ()),
    "rule_stars_or_delay": (QT_TRANSLATE_NOOP(
        "ConflictReason", "Automatic replies only answer 4- and 5-star reviews, after a delay of 0 minutes or more."),
        ()),
    "rule_negative_delay": (QT_TRANSLATE_NOOP(
        "ConflictReason", "The delay cannot be negative."),
        ()),
    "rule_unknown_location": (QT_TRANSLATE_NOOP(
        "ConflictReason", "Unknown location: %1."),
        ("location",)),
    "no_such_rule": (QT_TRANSLATE_NOOP(
        "ConflictReason", "There is no rule %1."),
        ("rule",)),
    "rule_not_tried": (QT_TRANSLATE_NOOP(
        "ConflictReason", "Try the rule on your past reviews first, so you see what it would post."),
        ()),
    "duplicate_source": (QT_TRANSLATE_NOOP(
        "ConflictReason", "A %1 source named '%2' already exists (id %3)."),
        ("platform", "name", "source")),
}


def known_kinds() -> set[str]:
    """The kinds this window words (anonymous wordings folded into their kind)."""
    return {key.removesuffix(_ANONYMOUS) for key in _SENTENCES}


def _fill(sentence: str, values: list[str]) -> str:
    """Qt's %1-style arguments, in one pass (a value holding "%2" is never filled in again)."""
    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return values[index] if 0 <= index < len(values) else match.group(0)
    return _PLACEHOLDER.sub(value, sentence)


def _when(stamp: str) -> str:
    """The server's time stamp as the window shows dates ("3 déc. 2026, 14:05"), or as it came."""
    try:
        return full_date(stamp, current_language()) if from_iso(stamp) is not None else stamp
    except ValueError:
        return stamp


def conflict_reason(refusal: Refusal | None, message: str) -> str:
    """Why a change was refused (by the team server, or a platform rule alone too), in the
    window's language; `message` (the English sentence) when the refusal has no kind this
    window knows or lacks a value it names."""
    if refusal is None:
        return message
    key = refusal.kind
    if not refusal.params.get("by") and f"{key}{_ANONYMOUS}" in _SENTENCES:
        key += _ANONYMOUS
    found = _SENTENCES.get(key)
    if found is None:
        return message
    english, names = found
    if any(name not in refusal.params for name in names):
        return message
    values = {**refusal.params}
    if "at" in values:
        values["at"] = _when(values["at"])
    return _fill(QCoreApplication.translate("ConflictReason", english), [values[name] for name in names])


def error_text(exc: BaseException) -> str:
    """What the window shows for an error of the core: its kind worded in the window's
    language when it has one, its own (English) message otherwise."""
    return conflict_reason(refusal_of(exc), str(exc))
