"""Sending a team server's outbox: any number of senders on any number of desktops at once.

Each sender claims one row at a time (store/postgres/outbox.py: SKIP LOCKED + a session
advisory lock), so rows are spread over senders and none is held by two. The rules of
sync/outbox_sender.py stay: a row that was 'sending' or tried before is first checked on
the platform (the reply already there is marked sent, not posted again); an answer lost in
transit keeps the row queued with its attempt counted; a source whose platform is offline,
rate-limited or refusing credentials is left for a later run.

`drain_for` keeps a sender waiting (polling) while rows are held by other senders, so a row
left behind by a sender that was killed is picked up as soon as the server drops its lock.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from workstation.domain import utcnow
from workstation.error_kinds import refusal_of
from workstation.sources.base import (
    Connector,
    ConnectorError,
    CredentialsError,
    RemoteReply,
)
from workstation.sources.retry import wait_before_next_try
from workstation.store.errors import StoreError
from workstation.store.postgres.connection import PgStore
from workstation.store.postgres.outbox import (
    ClaimedItem,
    claim_next,
    mark_failed,
    mark_retry,
    mark_sent,
    release,
    unsent_count,
    waiting_count,
)
from workstation.store.postgres.sources import get_source
from workstation.sync.connectors import ConnectorFactory, default_connector_factory
from workstation.sync.outbox_sender import (
    _STOP_KINDS,
    GONE,
    GONE_MESSAGE,
    SendResult,
    _already_done,
    connector_or_problem,
    retried,
)
from workstation.sync.pacing import Pacer, interval_for

log = logging.getLogger(__name__)
Clock = Callable[[], datetime]


class _SkipSource(Exception):
    """Leave this source's remaining rows for a later run."""


class _TeamRun:
    def __init__(self, conn: Any, sender: str, factory: ConnectorFactory, pacer: Pacer, now: Clock) -> None:
        self.conn, self.sender, self.factory, self.pacer, self.now = conn, sender, factory, pacer, now
        self.result = SendResult()
        self.connectors: dict[int, Connector] = {}
        self.skipped: set[int] = set()

    def connector(self, source_id: int) -> Connector:
        if source_id not in self.connectors:
            source = get_source(self.conn, source_id)
            if source is None:  # pragma: no cover - rows reference their source by foreign key
                raise _SkipSource()
            connector = connector_or_problem(self.factory, source, self.result)
            if connector is None:
                raise _SkipSource()
            self.connectors[source_id] = connector
        return self.connectors[source_id]

    async def send(self, claimed: ClaimedItem) -> None:
        item = claimed.item
        connector = self.connector(item.source_id)
        if item.state == "sending" or item.attempts > 0:
            try:
                remote = await connector.get_reply(item.review_external_id)
            except ConnectorError as exc:
                if exc.kind == "not_found":
                    if item.action == "delete":
                        self._sent(item, None)
                    else:
                        mark_failed(self.conn, item, GONE_MESSAGE, now=self.now(), parts=[GONE])
                        self.result.failed += 1
                    return
                # Unknown remote state: the row stays 'sending' (checked again next time).
                self.result.source_problem(item.source_id, exc.user_message, refusal_of(exc))
                raise _SkipSource() from None
            if _already_done(item, remote):
                log.info("outbox %s: found on the platform, not sent again", item.id)
                self._sent(item, remote)
                return
        source = get_source(self.conn, item.source_id)
        await self.pacer.wait(item.platform, interval_for(item.platform, source.settings if source else {}))
        try:
            if item.action == "delete":
                await connector.delete_reply(item.review_external_id)
                self._sent(item, None)
            else:
                self._sent(item, await connector.post_reply(item.review_external_id, item.text or ""))
        except ConnectorError as exc:
            self._failure(item, exc)
        except CredentialsError as exc:
            mark_retry(self.conn, item.id, str(exc), now=self.now(), parts=[refusal_of(exc)])
            self.result.source_problem(item.source_id, str(exc), refusal_of(exc))
            raise _SkipSource() from None

    def _sent(self, item: Any, remote: RemoteReply | None) -> None:
        mark_sent(self.conn, item, remote_id=remote.external_id if remote else None,
                  posted_at=remote.posted_at if remote else None, now=self.now())
        self.result.sent += 1

    def _failure(self, item: Any, exc: ConnectorError) -> None:
        if exc.kind == "not_found" and item.action == "delete":
            self._sent(item, None)
            return
        if exc.kind in _STOP_KINDS:
            wait = wait_before_next_try(exc.kind, exc.retry_after)
            not_before = self.now() + timedelta(seconds=wait) if wait else None
            reason, parts = retried(exc, not_before)
            mark_retry(self.conn, item.id, reason, not_before=not_before, now=self.now(), parts=parts)
            self.result.source_problem(item.source_id, reason, *parts)
            raise _SkipSource()
        mark_failed(self.conn, item, exc.user_message, now=self.now(), parts=[refusal_of(exc)])
        self.result.failed += 1
        self.result.review_problem(item.review_id, exc.user_message, refusal_of(exc))


async def send_team_outbox(
    store: PgStore,
    *,
    sender: str,
    connector_factory: ConnectorFactory | None = None,
    now: Clock = utcnow,
    pacer: Pacer | None = None,
    drain_for: float = 0.0,
    poll_seconds: float = 0.2,
    skip_sources: frozenset[int] = frozenset(),
) -> SendResult:
    """Claim and send rows until none is left to claim (then wait up to `drain_for` seconds
    for rows other senders hold). Never raises for network, credential or server problems.
    Rows of `skip_sources` are never claimed (a desktop without their secret leaves them to
    the desktops that have it, untouched)."""
    factory = connector_factory or default_connector_factory()
    pacer = pacer or Pacer()
    deadline = time.monotonic() + drain_for
    result = SendResult()
    try:
        with store.connection() as conn:
            run = _TeamRun(conn, sender, factory, pacer, now)
            result = run.result
            run.skipped.update(skip_sources)
            try:
                while True:
                    claimed = claim_next(conn, sender, now=now(), skip_sources=frozenset(run.skipped))
                    if claimed is None:
                        if waiting_count(conn, now=now()) == 0 or time.monotonic() >= deadline:
                            break
                        await asyncio.sleep(poll_seconds)
                        continue
                    try:
                        await run.send(claimed)
                    except _SkipSource:
                        run.skipped.add(claimed.item.source_id)
                    finally:
                        release(conn, claimed.item.id)
                result.pending = unsent_count(conn)
            finally:
                for connector in run.connectors.values():
                    await connector.aclose()
    except StoreError as exc:
        result.problem(str(exc), [refusal_of(exc)])
        result.error = exc
    return result
