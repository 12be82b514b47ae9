"""Refusals of a change as data: each has a stable kind and the values it names.

The team store raises its refusals (ReplyConflict, DraftConflict, ApprovalRefused,
OutboxError…) with an English sentence, which the command line prints as before, and a
`Refusal` (kind + params) attached by `refused`. The local copy records both with a
conflict (`store/team_outbound.py`), and the window words the kind in its own language
(`ui/conflict_reasons.py`), falling back to the English sentence for a kind it does not know.

This computer's own store words its errors the same way (a full disk, a locked or damaged
database, an empty reply, a rule without a name, a source named twice…): one mechanism, so
every error a window shows can be in its language while `str(error)` stays English.

Every param is text; `by` may be empty when the server does not know who it was.
"""

from __future__ import annotations

import json
from typing import TypeVar

from workstation.store.errors import Refusal, StoreError

E = TypeVar("E", bound=StoreError)

#: kind → the params its sentence names. Adding a kind: raise it with `refused`, word it in
#: `ui/conflict_reasons.py` (English and French); the tests check both lists agree.
KINDS: dict[str, tuple[str, ...]] = {
    # queueing (store/postgres/outbox.py)
    "empty_text": (),
    "unknown_review": ("review",),
    "already_online": ("review", "by"),
    "reply_queued_by_other": ("review", "by"),
    "deletion_queued_by_other": ("review", "by"),
    "being_sent": ("review",),
    "needs_approver_queue": ("review", "by", "location"),
    # taking back, replying by hand, deleting (store/postgres/answered.py)
    "reply_being_sent_take_back": ("review", "by"),
    "reply_being_sent_by_hand": ("review", "by"),
    "reply_being_sent_delete": ("review", "by"),
    "reply_maybe_online_take_back": ("review", "by"),
    "reply_maybe_online_by_hand": ("review", "by"),
    "reply_maybe_online_delete": ("review", "by"),
    "already_online_take_back": ("review", "by"),
    "change_queued_take_back": ("review", "by"),
    "already_deleted": ("review", "by"),
    "deletion_being_sent_take_back": ("review", "by"),
    "deletion_maybe_done": ("review",),
    "needs_approver_take_back_deletion": ("review", "location"),
    "already_online_by_hand": ("review", "by"),
    "platform_cannot_delete": ("review", "platform"),
    "needs_approver_delete": ("review", "location"),
    "nothing_to_delete": ("review",),
    "deletion_being_sent": ("review", "by"),
    "deletion_failed": ("review", "by"),
    "deletion_queued": ("review", "by"),
    "reply_not_online_yet": ("review", "by"),
    "change_queued_delete": ("review", "by"),
    # shared drafts (store/postgres/drafts.py)
    "draft_gone": ("review",),
    "newer_draft": ("review", "by", "at"),
    # approval (store/postgres/approval.py, retry.py)
    "no_approval_needed": ("review",),
    "nothing_waiting": ("review",),
    "not_approver_approve": ("review", "by"),
    "not_approver_reject": ("review", "by"),
    "own_reply": ("review", "by"),
    "needs_approver_retry": ("review", "location"),
    # taking back on this computer alone (store/outbox.py): `by` is '' there
    "nothing_to_take_back": ("review",),
    # this computer's database (store/errors.py, store/db.py): what the user can act on
    "disk_full": (),
    "database_busy": (),
    "database_read_only": (),
    "database_cannot_open": (),
    "disk_io_error": (),
    "not_a_database": (),
    "database_damaged": (),
    "database_damaged_restore": (),
    "database_unreadable": ("database", "reason"),
    "newer_database": ("schema", "known"),
    "folder_read_only": ("folder",),
    "folder_missing": ("folder",),
    "folder_not_writable": ("folder",),
    "backup_failed": ("backup", "reason"),
    # this computer's outbox and reply queue (store/outbox.py, sync/reply_queue.py)
    "no_such_review": ("review",),
    "no_reply_to_delete": ("review",),
    "no_posted_reply_to_delete": ("review",),
    "platform_cannot_reply": ("platform",),
    "reply_too_long_characters": ("platform", "size", "limit"),
    "reply_too_long_bytes": ("platform", "size", "limit"),
    # automatic replies (store/auto_replies.py, ops/auto_replies.py)
    "rule_needs_name": (),
    "rule_stars": (),
    "rule_stars_or_delay": (),
    "rule_negative_delay": (),
    "rule_unknown_location": ("location",),
    "no_such_rule": ("rule",),
    "rule_not_tried": (),
    # review sources (store/sync_state.py)
    "duplicate_source": ("platform", "name", "source"),
}


def refused(error: type[E], kind: str, message: str, **params: object) -> E:
    """`error(message)` carrying the refusal `kind` with `params` (each turned into text)."""
    if kind not in KINDS:
        raise ValueError(f"unknown refusal kind {kind!r}")
    exc = error(message)
    exc.refusal = Refusal(kind, {name: "" if value is None else str(value) for name, value in params.items()})
    return exc


def refusal_of(exc: BaseException) -> Refusal | None:
    """The refusal an exception carries, None for a plain error."""
    found = getattr(exc, "refusal", None)
    return found if isinstance(found, Refusal) else None


def to_json(refusal: Refusal | None) -> str | None:
    """How a conflict row keeps the refusal (None: an error without a kind)."""
    if refusal is None:
        return None
    return json.dumps({"kind": refusal.kind, "params": refusal.params}, ensure_ascii=False, sort_keys=True)


def from_json(text: str | None) -> Refusal | None:
    """The refusal a conflict row kept; None for an old row (or one that cannot be read)."""
    if not text:
        return None
    try:
        data = json.loads(text)
        kind, params = data["kind"], data.get("params", {})
    except (ValueError, TypeError, KeyError):
        return None
    if not isinstance(kind, str) or not isinstance(params, dict):
        return None
    return Refusal(kind, {str(k): str(v) for k, v in params.items()})
