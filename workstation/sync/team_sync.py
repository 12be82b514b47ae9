"""Syncing sources into a team server: one syncer per source across every desktop.

The source's session advisory lock (`store/postgres/locks.py`) is held for the whole
fetch, so a second desktop asking for the same source is told another computer is on it
(and a killed syncer frees it). Pages are stored in batches of about 500 reviews, each with
the cursor to resume from in one transaction, written while the next pages are fetched
(`sync/page_writer.py`, as on SQLite; `ingest_page`: upserts, so a batch stored twice after
a lost connection changes nothing).
Connector problems end up in the result's plain `error`, as with `sync/source_sync.py`.

Not yet in team mode: deletions a platform reports by id (`removed_ids`) and "not seen in
a full listing" are not applied; a removed review that comes back flagged is.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import datetime

from workstation.domain import ReviewRecord, utcnow
from workstation.error_kinds import refusal_of
from workstation.sources.base import ConfigError, ConnectorError, CredentialsError
from workstation.sources.credentials import has_secrets
from workstation.store.errors import StoreError
from workstation.store.ingest import IngestResult
from workstation.store.postgres.connection import PgStore
from workstation.store.postgres.locks import SyncBusy, source_sync_lock
from workstation.store.postgres.reviews import ingest_page
from workstation.store.postgres.sources import set_status, sources_by_id
from workstation.store.sync_state import SourceRow
from workstation.sync.connectors import ConnectorFactory, default_connector_factory
from workstation.sync.page_writer import PageWriter
from workstation.sync.source_sync import OFFLINE, SyncResult, missing_source, syncable

Clock = Callable[[], datetime]
NO_SECRET_HERE = ("this computer does not have this source's credentials; save them with "
                  "`workstation source credentials --source {id} --credentials FILE`, or sync it from "
                  "the computer that added it")


def _sources(store: PgStore, source_ids: Sequence[int] | None) -> tuple[list[SourceRow], list[int]]:
    found = sources_by_id(store, None if source_ids is None else list(source_ids))
    chosen = [s for s in found.values() if s is not None and (source_ids is not None or syncable(s))]
    return chosen, [i for i, s in found.items() if s is None]


def _set_status(store: PgStore, result: SyncResult, now: datetime) -> None:
    if result.error is None:
        set_status(store, result.source_id, status="ok", synced_at=now,
                   message=f"Synced: {result.new} new, {result.updated} updated, {result.removed} removed.")
    elif result.offline:
        set_status(store, result.source_id, status="offline", message=OFFLINE)
    else:
        set_status(store, result.source_id, status="error", message=result.error)


#: `progress(source_id, pages, reviews)` after each stored batch of pages (as `sync_all` on SQLite).
Progress = Callable[[int, int, int], None]


async def _sync_one(store: PgStore, source: SourceRow, factory: ConnectorFactory, now: Clock,
                    full: bool, progress: Progress | None = None) -> SyncResult:
    totals = SyncResult(source.id)
    pages = 0
    try:
        connector = factory(source)
    except (ConfigError, CredentialsError) as exc:
        return dataclasses.replace(totals, error=str(exc), error_refusal=refusal_of(exc))
    except ConnectorError as exc:
        return dataclasses.replace(totals, error=exc.user_message, error_refusal=refusal_of(exc))

    def stored(result: IngestResult, batch_pages: int) -> None:
        nonlocal totals, pages
        totals = dataclasses.replace(
            totals, new=totals.new + result.imported, updated=totals.updated + result.updated,
            removed=totals.removed + result.removed, replies=totals.replies + result.replies,
            changed_ids=totals.changed_ids + tuple(result.new_ids) + tuple(result.changed_ids))
        pages += batch_pages
        if progress is not None:
            progress(source.id, pages, totals.new + totals.updated)

    def save(source_id: int, records: list[ReviewRecord], *, cursor: str | None, removed_ids: list[str],
             seen_keys: frozenset[str] | None, now: datetime) -> IngestResult:
        del removed_ids, seen_keys  # not applied in team mode yet (see above)
        return ingest_page(store, records, source_id=source_id, cursor=cursor, now=now)

    # Batches of pages, each with the last page's cursor, written while the next pages are
    # fetched — as on SQLite (`sync/page_writer.py`): a crash mid-batch leaves the cursor of
    # the previous batch, so its pages are fetched again (upserts: nothing doubled).
    writer = PageWriter(None, source.id, now, stored, save=save)
    skipped = 0
    try:
        try:
            async for page in connector.fetch(None if full else source.cursor):
                skipped += page.skipped
                await writer.add(page)
        finally:
            await writer.close()  # whole pages already fetched are kept even when a later one fails
            totals = dataclasses.replace(totals, skipped=skipped)
    except ConnectorError as exc:
        offline = exc.kind == "offline"
        return dataclasses.replace(totals, error=OFFLINE if offline else exc.user_message, offline=offline,
                                   error_refusal=None if offline else refusal_of(exc))
    except CredentialsError as exc:
        return dataclasses.replace(totals, error=str(exc), error_refusal=refusal_of(exc))
    finally:
        await connector.aclose()
    return totals


async def sync_team_sources(
    store: PgStore,
    *,
    source_ids: Sequence[int] | None = None,
    connector_factory: ConnectorFactory | None = None,
    now: Clock = utcnow,
    full: bool = False,
    progress: Progress | None = None,
) -> list[SyncResult]:
    """Sync the given sources (default: every API source) one after another; a source another
    desktop is syncing, or one that fails, is reported in its result and the others go on.
    `progress(source_id, pages, reviews)` after each stored batch, as on SQLite."""
    factory = connector_factory or default_connector_factory()
    chosen, missing = _sources(store, source_ids)
    results: list[SyncResult] = []
    for source in chosen:
        if connector_factory is None and source.secret_key and not has_secrets(source.secret_key):
            # This desktop was never given the account: say so, and leave the source's shared
            # status alone (the desktops that hold the secret sync it fine).
            results.append(SyncResult(source.id, error=NO_SECRET_HERE.format(id=source.id)))
            continue
        try:
            with source_sync_lock(store, source.id):
                result = await _sync_one(store, source, factory, now, full, progress)
                _set_status(store, result, now())
        except SyncBusy as exc:  # another desktop is on it: its reviews reach everyone anyway
            result = SyncResult(source.id, error=str(exc), busy=True, error_refusal=refusal_of(exc))
        except StoreError as exc:  # the server went away mid-sync
            result = SyncResult(source.id, error=str(exc), error_refusal=refusal_of(exc))
        results.append(result)
    return results + [missing_source(sid) for sid in missing]
