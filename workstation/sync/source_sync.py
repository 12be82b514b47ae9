"""Sync one source (or all of them): page through the connector, store each page in
one transaction with its cursor, then record the source's status in plain words.

Runs on any asyncio loop (the app's qasync loop, `asyncio.run` in the CLI). Database
writes go to a worker thread so a big page never stalls the loop; they are awaited one
at a time, so the connection is never used by two threads at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import functools
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from workstation.domain import utcnow
from workstation.error_kinds import Refusal, refusal_of
from workstation.sources.base import ConfigError, Connector, ConnectorError, CredentialsError
from workstation.store.db import Store
from workstation.store.errors import StoreError
from workstation.store.ingest import IngestResult
from workstation.store.sync_state import SourceRow, all_sources, get_source, set_status
from workstation.sync.connectors import ConnectorFactory, default_connector_factory
from workstation.sync.page_writer import PageWriter

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
Progress = Callable[[int, int], None]

OFFLINE = "offline"


@dataclass(frozen=True)
class SyncResult:
    """What one source's sync did; `error` is plain English words (or "offline"): the log and
    the stored status read it. `error_refusal` is the same error as a kind and its
    values (`workstation/error_kinds.py`), so the window and the command line can say it in
    their language; None when the error has no kind (English is shown then)."""

    source_id: int
    new: int = 0
    updated: int = 0
    removed: int = 0
    replies: int = 0
    error: str | None = None
    offline: bool = False
    skipped: int = 0
    changed_ids: tuple[int, ...] = ()
    busy: bool = False  # team mode: another desktop holds this source's sync lock (not a failure)
    error_refusal: Refusal | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def summary(self) -> str:
        """The CLI line: `source 3: new 2, updated 1, removed 0, replies 1` or `source 3: offline`."""
        if self.offline:
            return f"source {self.source_id}: offline"
        if self.error is not None:
            return f"source {self.source_id}: {self.error}"
        line = (
            f"source {self.source_id}: new {self.new}, updated {self.updated}, "
            f"removed {self.removed}, replies {self.replies}"
        )
        return line + (f" ({self.skipped} unreadable skipped)" if self.skipped else "")


@contextlib.contextmanager
def opened(store_or_path: Store | str | Path) -> Iterator[Store]:
    """Use a given Store as is, or open (and later close) the database at a path."""
    if isinstance(store_or_path, Store):
        yield store_or_path
        return
    store = Store(store_or_path)
    try:
        yield store
    finally:
        store.close()


def _status_text(result: SyncResult) -> str:
    text = f"Synced: {result.new} new, {result.updated} updated, {result.removed} removed."
    if result.skipped:
        text += f" {result.skipped} unreadable reviews were skipped."
    return text


async def sync_source(
    store_or_path: Store | str | Path,
    source_id: int,
    *,
    connector: Connector | None = None,
    connector_factory: ConnectorFactory | None = None,
    now: Clock = utcnow,
    progress: Progress | None = None,
    full: bool = False,
) -> SyncResult:
    """Fetch new and changed reviews of one source; never raises for network,
    credential or database problems (they end up in `SyncResult.error`).

    An injected `connector` is left open; one built from `connector_factory` (default:
    keychain secrets, `SYNC_RETRY`) is closed here. `progress(pages, reviews)` is called
    after each stored page. `full` ignores the cursor and lists everything, which is
    how reviews deleted on platforms without a deletion feed are found (run it daily).
    """
    with opened(store_or_path) as store:
        try:
            source = get_source(store, source_id)
        except StoreError as exc:
            return SyncResult(source_id, error=str(exc), error_refusal=refusal_of(exc))
        if source is None:
            return missing_source(source_id)
        return await _sync(store, source, connector, connector_factory, now, progress, full)


async def _sync(
    store: Store,
    source: SourceRow,
    connector: Connector | None,
    factory: ConnectorFactory | None,
    now: Clock,
    progress: Progress | None,
    full: bool = False,
) -> SyncResult:
    totals = SyncResult(source.id)
    owned = connector is None
    try:
        if connector is None:
            connector = (factory or default_connector_factory())(source)
    except (ConfigError, CredentialsError) as exc:
        return await _finish(store, totals, error=str(exc), now=now, refusal=refusal_of(exc))
    except ConnectorError as exc:  # a connector refusing its settings says what to set
        return await _finish(store, totals, error=exc.user_message, now=now, refusal=refusal_of(exc))
    pages = 0

    def stored(result: IngestResult, batch_pages: int) -> None:
        nonlocal totals, pages
        totals = dataclasses.replace(
            totals,
            new=totals.new + result.imported,
            updated=totals.updated + result.updated,
            removed=totals.removed + result.removed,
            replies=totals.replies + result.replies,
            changed_ids=totals.changed_ids + tuple(result.new_ids) + tuple(result.changed_ids),
        )
        pages += batch_pages
        if progress is not None:
            progress(pages, totals.new + totals.updated)

    writer = PageWriter(store, source.id, now, stored)
    skipped = 0
    try:
        try:
            async for page in connector.fetch(None if full else source.cursor):
                skipped += page.skipped
                await writer.add(page)
        finally:
            # Whole pages already fetched are kept even when a later one fails.
            await writer.close()
            totals = dataclasses.replace(totals, skipped=skipped)
    except ConnectorError as exc:
        if exc.kind == "offline":
            return await _finish(store, totals, error=OFFLINE, now=now)
        return await _finish(store, totals, error=exc.user_message, now=now, refusal=refusal_of(exc))
    except (CredentialsError, StoreError) as exc:
        return await _finish(store, totals, error=str(exc), now=now, refusal=refusal_of(exc))
    finally:
        if owned and connector is not None:
            await connector.aclose()
    return await _finish(store, totals, error=None, now=now)


async def _finish(store: Store, totals: SyncResult, *, error: str | None, now: Clock,
                  refusal: Refusal | None = None) -> SyncResult:
    result = dataclasses.replace(totals, error=error, offline=error == OFFLINE, error_refusal=refusal)
    if error is None:
        status, message, synced = "ok", _status_text(result), now()
    elif result.offline:
        status, message, synced = "offline", OFFLINE, None
    else:
        status, message, synced = "error", error, None
    try:
        await asyncio.to_thread(set_status, store, totals.source_id, status=status, message=message, synced_at=synced)
    except StoreError as exc:  # the DB is locked or full: say so, keep the sync's own outcome
        log.warning("source %s: status not saved: %s", totals.source_id, exc)
        if result.error is None:
            result = dataclasses.replace(result, error=str(exc), error_refusal=refusal_of(exc))
    return result


def missing_source(source_id: int) -> SyncResult:
    """The result for a source id that names no source (a stale `--source`, a deleted source)."""
    return SyncResult(source_id, error=f"source {source_id} does not exist",
                      error_refusal=Refusal("sync_no_such_source", {"source": str(source_id)}))


def syncable(source: SourceRow) -> bool:
    """Sources that have a connector (file and manual sources are imported by hand)."""
    from workstation.sources.registry import has_connector

    return source.kind == "api" and has_connector(source.platform)


async def sync_all(
    store_or_path: Store | str | Path,
    *,
    source_ids: Sequence[int] | None = None,
    connector_factory: ConnectorFactory | None = None,
    now: Clock = utcnow,
    progress: Callable[[int, int, int], None] | None = None,
    full: bool = False,
) -> list[SyncResult]:
    """Sync the given sources (default: every API source) one after another; one
    failing source never stops the others. `progress(source_id, pages, reviews)`."""
    with opened(store_or_path) as store:
        try:
            sources = all_sources(store)
        except StoreError as exc:
            return [SyncResult(sid, error=str(exc), error_refusal=refusal_of(exc)) for sid in (source_ids or [])]
        if source_ids is None:
            chosen = [s for s in sources if syncable(s)]
        else:
            by_id = {s.id: s for s in sources}
            chosen = []
            for sid in source_ids:
                if sid in by_id:
                    chosen.append(by_id[sid])
        results: list[SyncResult] = []
        missing = [sid for sid in (source_ids or []) if sid not in {s.id for s in chosen}]
        for source in chosen:
            step = functools.partial(progress, source.id) if progress is not None else None
            try:
                results.append(await _sync(store, source, None, connector_factory, now, step, full))
            except Exception as exc:  # a bug in one connector must not stop the others
                log.exception("source %s: sync failed unexpectedly", source.id)
                name = type(exc).__name__
                results.append(SyncResult(source.id, error=f"unexpected error ({name})",
                                          error_refusal=Refusal("sync_unexpected_error", {"error": name})))
        results += [missing_source(sid) for sid in missing]
        return results
