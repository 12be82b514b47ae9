"""Queueing replies for the outbox, with the platform's rules checked up front
(has a reply API, can delete, length limit) so a reply that can never go out is
refused at once instead of failing later."""

from __future__ import annotations

from datetime import datetime

from workstation.domain import Platform, platform_label
from workstation.sources.registry import capabilities, delete_refusal
from workstation.store import outbox as store_outbox
from workstation.store.db import Store
from workstation.store.outbox import OutboxError, QueuedReply
from workstation.store.refusals import refused


def _label(platform: str) -> str:
    try:
        return Platform(platform).label
    except ValueError:
        return platform


def _platform_of(store: Store, review_id: int) -> str:
    platform = store_outbox.review_platform(store, review_id)
    if platform is None:
        raise refused(OutboxError, "no_such_review", f"Review {review_id} does not exist.", review=review_id)
    return platform


def check_reply_text(platform: str, text: str) -> None:
    """Raise OutboxError when `text` cannot be posted on `platform`."""
    if not isinstance(text, str) or not text.strip():
        raise refused(OutboxError, "empty_text", "The reply text is empty.")
    caps = capabilities(platform)
    if not caps.can_reply:
        reason = f" {caps.note}" if caps.note else ""
        raise refused(
            OutboxError, "platform_cannot_reply",
            f"{_label(platform)} replies cannot be posted from the app: reply on the platform "
            f"and mark the review replied.{reason}", platform=_label(platform),
        )
    if caps.reply_max is not None:
        size = len(text.encode("utf-8")) if caps.reply_unit == "bytes" else len(text)
        if size > caps.reply_max:
            raise refused(
                OutboxError, "reply_too_long_bytes" if caps.reply_unit == "bytes" else "reply_too_long_characters",
                f"The reply is too long for {_label(platform)}: {size} {caps.reply_unit}, "
                f"the limit is {caps.reply_max}.", platform=_label(platform), size=size, limit=caps.reply_max,
            )


def queue_reply(store: Store, review_id: int, text: str, *, now: datetime | None = None) -> QueuedReply:
    """Queue a reply (a post, or an update of one already posted). Raises OutboxError."""
    check_reply_text(_platform_of(store, review_id), text)
    return store_outbox.queue_reply(store, review_id, text, now=now)


def queue_delete(store: Store, review_id: int, *, now: datetime | None = None) -> QueuedReply:
    """Queue the removal of a posted reply where the platform allows it. Raises OutboxError."""
    platform = _platform_of(store, review_id)
    refusal = delete_refusal(platform)
    if refusal is not None:  # the same kind as on a team server, so the window can word it
        raise refused(OutboxError, "platform_cannot_delete", refusal, review=review_id,
                      platform=platform_label(platform))
    return store_outbox.queue_delete(store, review_id, now=now)


def retry_failed(store: Store, *, review_id: int | None = None, now: datetime | None = None) -> int:
    """Put failed replies back in the queue; returns how many."""
    return store_outbox.retry_failed(store, review_id=review_id, now=now)
