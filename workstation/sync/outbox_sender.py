"""Sending the outbox: post, update or delete queued replies, in order, within each
platform's rate limit, and never post a reply twice.

The rule that makes "never twice" hold across crashes and kills:
1. a row is marked 'sending' (committed) before its network call;
2. a row that is in 'sending' when a run starts, or that has been tried before, is
   first checked with `connector.get_reply()`: the text already there means it was
   sent (marked so, no call); otherwise it is sent again;
3. an answer lost in transit (timeout, 5xx, truncated) leaves the row queued with
   its attempt counted, so rule 2 applies to it as well.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from workstation.domain import from_iso, to_iso, utcnow
from workstation.error_kinds import SENTENCES, Refusal, refusal_of
from workstation.sources.base import (
    ConfigError,
    Connector,
    ConnectorError,
    CredentialsError,
    RemoteReply,
)
from workstation.sources.retry import MAX_PARK_SECONDS, wait_before_next_try
from workstation.store.db import Store
from workstation.store.errors import StoreError
from workstation.store.outbox import (
    OutboxItem,
    mark_failed,
    mark_retry,
    mark_sending,
    mark_sent,
    pending_items,
)
from workstation.store.refusals import parts_from_json
from workstation.store.sync_state import SourceRow, get_source
from workstation.sync.connectors import ConnectorFactory, default_connector_factory
from workstation.sync.pacing import Pacer, interval_for
from workstation.sync.sender_lock import SenderBusy, sender_lock
from workstation.sync.source_sync import opened

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]

#: Kinds after which the rest of a source's queue waits for the next run.
_STOP_KINDS = frozenset({"offline", "rate_limited", "server", "bad_response", "reconnect", "auth"})

def next_try_text(when: datetime) -> str:
    """'next try at 2026-11-25 10:02' in this computer's time zone."""
    return f"next try at {_local(when)}"


def _local(when: datetime) -> str:
    return when.astimezone().strftime('%Y-%m-%d %H:%M')


#: A reply whose review is gone from the platform: failed, for this reason.
GONE = Refusal("outbox_review_gone")
GONE_MESSAGE = SENTENCES[GONE.kind]


def about_source(source_id: int) -> Refusal:
    """The start of a problem line about a source ("source 3:")."""
    return Refusal("outbox_problem_source", {"source": str(source_id)})


def about_review(review_id: int) -> Refusal:
    """The start of a problem line about a review ("review 7:")."""
    return Refusal("outbox_problem_review", {"review": str(review_id)})


def review_named(part: Refusal, by: str | None, date: str) -> Refusal:
    """A problem line's start naming its review as the reader knows it (`by`, its author, None
    or empty for an anonymous review; `date`, its date already in the reader's words) instead of
    its number: the window's tooltip (the command line keeps the number `review list` shows).
    Any other part is returned as it is."""
    named = {"by": by or "", "date": date}
    if part.kind == "outbox_problem_review":
        return Refusal("outbox_problem_review_named", named)
    if part.kind == "outbox_problem_waiting":
        return Refusal("outbox_problem_waiting_named", {**named, "at": part.params.get("at", "")})
    return part


def local_time(stamp: str) -> str:
    """A stored time stamp as the command line says it ('2026-11-25 10:02', this computer's
    time zone), as it came when it cannot be read."""
    when = from_iso(stamp)
    return _local(when) if when is not None else stamp


def retried(exc: ConnectorError, not_before: datetime | None) -> tuple[str, list[Refusal | None]]:
    """Why a reply waits for another try: the platform's words, then when (its English, and
    its parts for a window in another language: `error_kinds.worded_parts`)."""
    if not_before is None:
        return exc.user_message, [refusal_of(exc)]
    return (f"{exc.user_message} ({next_try_text(not_before)})",
            [refusal_of(exc), Refusal("outbox_next_try", {"at": to_iso(not_before) or ""})])


def waited_too_long(exc: ConnectorError, until: datetime) -> tuple[str, list[Refusal | None]]:
    """Why a reply failed when the platform asked for a longer wait than we park a reply."""
    return (f"{exc.user_message} It asked to wait until {_local(until)}: not sent; retry it later "
            "(outbox send --retry-failed, or Retry failed replies).",
            [refusal_of(exc), Refusal("outbox_wait_too_long", {"at": to_iso(until) or ""})])


@dataclass
class SendResult:
    """Counts for this run; unpacks as `sent, failed, pending = send_outbox(...)`."""

    sent: int = 0
    failed: int = 0
    pending: int = 0
    problems: list[str] = field(default_factory=list)
    #: The database could not be used: the counts mean nothing (the command line exits 2).
    error: StoreError | None = None
    #: A problem's words as data (its index in `problems` → its parts, `error_kinds.worded_parts`),
    #: for a window in another language; a problem without an entry is said in its English.
    problem_parts: dict[int, tuple[Refusal, ...]] = field(default_factory=dict)

    def problem(self, english: str, parts: Sequence[Refusal | None] = ()) -> None:
        """One more problem line: its English, and its parts when every one has a kind."""
        if parts and all(part is not None for part in parts):
            self.problem_parts[len(self.problems)] = tuple(part for part in parts if part is not None)
        self.problems.append(english)

    def source_problem(self, source_id: int, english: str, *parts: Refusal | None) -> None:
        """A problem line about a source: "source 3: …" and, as data, `about_source` then `parts`."""
        self.problem(f"source {source_id}: {english}", [about_source(source_id), *parts])

    def review_problem(self, review_id: int, english: str, *parts: Refusal | None) -> None:
        """A problem line about a review: "review 7: …" and, as data, `about_review` then `parts`."""
        self.problem(f"review {review_id}: {english}", [about_review(review_id), *parts])

    def __iter__(self) -> Iterator[int]:
        return iter((self.sent, self.failed, self.pending))

    def summary(self) -> str:
        return f"sent {self.sent}, failed {self.failed}, pending {self.pending}"


def _same_text(a: str | None, b: str | None) -> bool:
    # Platforms trim and re-wrap whitespace; the words are what must match.
    return a is not None and b is not None and a.split() == b.split()


def _already_done(item: OutboxItem, remote: RemoteReply | None) -> bool:
    if item.action == "delete":
        return remote is None
    return remote is not None and _same_text(remote.text, item.text)


class _Stop(Exception):
    """The rest of this source's queue waits for another run."""


@dataclass
class _Run:
    store: Store
    source: SourceRow
    connector: Connector
    pacer: Pacer
    now: Clock
    result: SendResult

    async def send(self, item: OutboxItem) -> None:
        not_before = from_iso(item.not_before) if item.not_before else None
        if not_before is not None and not_before > self.now() and item.state == "queued":
            # Say why nothing happened: a silent "pending 1" looks like a stuck outbox. The line
            # starts with the next try, so the stored reason's own "(next try at …)" goes.
            said_when = f" ({next_try_text(not_before)})"
            reason = f" {item.last_error.removesuffix(said_when)}" if item.last_error else ""
            parts: list[Refusal | None] = [part for part in parts_from_json(item.last_error_refusal)
                                           if part.kind != "outbox_next_try"] if item.last_error else []
            self.result.problem(
                f"review {item.review_id}: waiting, {next_try_text(not_before)}.{reason}",
                [Refusal("outbox_problem_waiting", {"review": str(item.review_id), "at": item.not_before or ""}),
                 *(parts or ([None] if item.last_error else []))])
            raise _Stop()
        if (item.state == "sending" or item.attempts > 0) and await self._resolved_remotely(item):
            return
        await self.pacer.wait(self.source.platform, interval_for(self.source.platform, self.source.settings))
        mark_sending(self.store, item.id, now=self.now())
        try:
            if item.action == "delete":
                await self.connector.delete_reply(item.review_external_id)
                remote: RemoteReply | None = None
            else:
                remote = await self.connector.post_reply(item.review_external_id, item.text or "")
        except ConnectorError as exc:
            self._failure(item, exc)
            return
        except CredentialsError as exc:
            mark_retry(self.store, item.id, str(exc), now=self.now(), parts=[refusal_of(exc)])
            self._problem(str(exc), refusal_of(exc))
            raise _Stop() from None
        mark_sent(
            self.store, item, remote_id=remote.external_id if remote else None,
            posted_at=remote.posted_at if remote else None, now=self.now(),
        )
        self.result.sent += 1
        log.info("outbox %s: %s done for review %s", item.id, item.action, item.review_id)

    async def _resolved_remotely(self, item: OutboxItem) -> bool:
        """Check the platform before a resend; True when nothing more is to be done."""
        try:
            remote = await self.connector.get_reply(item.review_external_id)
        except ConnectorError as exc:
            if exc.kind == "not_found":
                if item.action == "delete":  # the review (and its reply) are gone: done
                    mark_sent(self.store, item, now=self.now())
                    self.result.sent += 1
                else:
                    mark_failed(self.store, item, GONE_MESSAGE, now=self.now(), parts=[GONE])
                    self.result.failed += 1
                return True
            # Unknown remote state: the row keeps its state (a 'sending' row stays so).
            self._problem(exc.user_message, refusal_of(exc))
            raise _Stop() from None
        if _already_done(item, remote):
            mark_sent(
                self.store, item, remote_id=remote.external_id if remote else None,
                posted_at=remote.posted_at if remote else None, now=self.now(),
            )
            self.result.sent += 1
            log.info("outbox %s: found on the platform, not sent again", item.id)
            return True
        return False

    def _failure(self, item: OutboxItem, exc: ConnectorError) -> None:
        if exc.kind == "not_found" and item.action == "delete":
            mark_sent(self.store, item, now=self.now())
            self.result.sent += 1
            return
        if exc.kind in _STOP_KINDS:
            wait = wait_before_next_try(exc.kind, exc.retry_after)
            if wait is not None and wait > MAX_PARK_SECONDS:
                # Not obeyed silently for days: failed, with the reason, until the user retries
                # (the attempt is counted, so a retry checks the platform before posting).
                reason, parts = waited_too_long(exc, self.now() + timedelta(seconds=wait))
                mark_failed(self.store, item, reason, now=self.now(), parts=parts)
                self.result.failed += 1
                self.result.review_problem(item.review_id, reason, *parts)
                raise _Stop()
            # The call may or may not have reached the platform: keep it queued with the
            # attempt counted, so the next try checks the remote state first.
            not_before = self.now() + timedelta(seconds=wait) if wait else None
            reason, parts = retried(exc, not_before)
            mark_retry(self.store, item.id, reason, not_before=not_before, now=self.now(), parts=parts)
            if exc.kind == "offline":
                self._problem("offline", Refusal("outbox_offline"))
            else:
                self._problem(reason, *parts)
            raise _Stop()
        mark_failed(self.store, item, exc.user_message, now=self.now(), parts=[refusal_of(exc)])
        self.result.failed += 1
        self.result.review_problem(item.review_id, exc.user_message, refusal_of(exc))

    def _problem(self, message: str, *parts: Refusal | None) -> None:
        self.result.source_problem(self.source.id, message, *parts)


async def send_outbox(
    store_or_path: Store | str | Path,
    *,
    source_id: int | None = None,
    connector_factory: ConnectorFactory | None = None,
    now: Clock = utcnow,
    pacer: Pacer | None = None,
) -> SendResult:
    """Send every queued reply (of one source, or all), oldest first per source.

    Never raises for network, credential or database problems: they are counted as
    pending (try again later) or failed (the platform refused; `retry_failed` re-queues)
    and described in `problems`, one plain line each.
    """
    result = SendResult()
    pacer = pacer or Pacer()
    factory = connector_factory or default_connector_factory()
    with opened(store_or_path) as store:
        try:
            with sender_lock(store.path):
                # A damaged table could let a reply be posted and then not recorded as sent,
                # which would post it again next time: check before any network call.
                store.check_tables("outbox", "replies", "reviews", "sources")
                items = pending_items(store, source_id=source_id)
                groups: dict[int, list[OutboxItem]] = {}
                for item in items:
                    groups.setdefault(item.source_id, []).append(item)
                for sid, rows in groups.items():
                    await _send_source(store, sid, rows, factory, pacer, now, result)
                result.pending = len(items) - result.sent - result.failed
        except SenderBusy as exc:
            result.pending = len(pending_items(store, source_id=source_id))
            result.problem(str(exc), [refusal_of(exc)])
        except StoreError as exc:
            result.problem(str(exc), [refusal_of(exc)])
            result.error = exc
    return result


def connector_or_problem(factory: ConnectorFactory, source: SourceRow, result: SendResult) -> Connector | None:
    """The source's connector, or None once `result` says why it cannot be made (settings or
    credentials missing, or a connector refusing its settings, which says what to set): the
    source's replies then wait for a later run. Shared by the local and the team sender."""
    try:
        return factory(source)
    except (ConfigError, CredentialsError) as exc:
        result.source_problem(source.id, str(exc), refusal_of(exc))
    except ConnectorError as exc:
        result.source_problem(source.id, exc.user_message, refusal_of(exc))
    return None


async def _send_source(
    store: Store,
    source_id: int,
    rows: list[OutboxItem],
    factory: ConnectorFactory,
    pacer: Pacer,
    now: Clock,
    result: SendResult,
) -> None:
    source = get_source(store, source_id)
    if source is None:  # pragma: no cover - rows reference their source by foreign key
        return
    connector = connector_or_problem(factory, source, result)
    if connector is None:
        return
    run = _Run(store, source, connector, pacer, now, result)
    try:
        for item in rows:
            await run.send(item)
    except _Stop:
        pass
    except StoreError as exc:
        result.source_problem(source_id, str(exc), refusal_of(exc))
    finally:
        await connector.aclose()
