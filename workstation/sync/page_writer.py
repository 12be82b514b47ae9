"""Storing fetched pages: batched, written on a worker thread while the next page is
fetched, one transaction per batch together with the cursor to resume from.

A batch is a run of whole pages; since a connector's pages before the last carry the
cursor the fetch started from, committing several pages with the last one's cursor is
exactly as safe as committing them one by one, and much cheaper (the store loads the
source's known keys once per transaction). Writes never overlap: a batch starts only
after the previous one has committed.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from workstation.domain import ReviewRecord
from workstation.sources.base import ReviewPage
from workstation.store.db import Store
from workstation.store.ingest import IngestResult
from workstation.store.sync_state import save_page

#: Records per transaction: big enough to amortise the per-transaction key lookup,
#: small enough that one write stays well under the UI's 100 ms budget.
BATCH_RECORDS = 500


def with_created(record: ReviewRecord) -> ReviewRecord:
    # Google Play has no creation time: the first known modification stands in for it,
    # so the review sorts and counts in response times.
    if record.created_at is None and record.updated_at is not None:
        return dataclasses.replace(record, created_at=record.updated_at)
    return record


class SaveBatch(Protocol):
    """Store a batch with the cursor to resume from, in one transaction (`sync_state.save_page`'s shape)."""

    def __call__(self, source_id: int, records: list[ReviewRecord], *, cursor: str | None, removed_ids: list[str],
                 seen_keys: frozenset[str] | None, now: datetime) -> IngestResult: ...


class PageWriter:
    """Feed it pages with `add`, then `close()`; `results` accumulates what was stored.

    Batches go to `save_page` on `store`, or to `save` (the team server's, `sync/team_sync.py`)."""

    def __init__(
        self,
        store: Store | None,
        source_id: int,
        now: Callable[[], datetime],
        on_stored: Callable[[IngestResult, int], None],
        batch_records: int = BATCH_RECORDS,
        *,
        save: SaveBatch | None = None,
    ) -> None:
        self.store, self.source_id, self.now = store, source_id, now
        self.save = save or self._save_page
        self.on_stored = on_stored
        self.batch_records = batch_records
        self._records: list[ReviewRecord] = []
        self._removed: list[str] = []
        self._pages = 0
        self._cursor: str | None = None
        self._seen: set[str] = set()
        self._writing: asyncio.Task[None] | None = None

    def _save_page(self, source_id: int, records: list[ReviewRecord], *, cursor: str | None, removed_ids: list[str],
                   seen_keys: frozenset[str] | None, now: datetime) -> IngestResult:
        assert self.store is not None
        return save_page(self.store, source_id, records, cursor=cursor, removed_ids=removed_ids, seen_keys=seen_keys,
                         now=now)

    async def add(self, page: ReviewPage) -> None:
        records = [with_created(r) for r in page.records]
        self._seen.update(r.key() for r in records)
        self._records += records
        self._removed += page.removed_ids
        self._pages += 1
        if page.next_cursor is not None:
            self._cursor = page.next_cursor
        if page.full_listing:
            await self._flush(seen=frozenset(self._seen))
        elif len(self._records) >= self.batch_records:
            await self._flush(seen=None)

    async def close(self) -> None:
        """Store what is buffered (whole pages only) and wait for the last write."""
        if self._records or self._removed or self._pages:
            await self._flush(seen=None)
        await self._wait()

    async def _wait(self) -> None:
        task, self._writing = self._writing, None
        if task is not None:
            await task

    async def _flush(self, *, seen: frozenset[str] | None) -> None:
        await self._wait()  # one write at a time, in order
        records, removed, pages, cursor = self._records, self._removed, self._pages, self._cursor
        self._records, self._removed, self._pages = [], [], 0

        async def write() -> None:
            result = await asyncio.to_thread(
                self.save, self.source_id, records, cursor=cursor, removed_ids=removed, seen_keys=seen, now=self.now(),
            )
            self.on_stored(result, pages)

        self._writing = asyncio.ensure_future(write())
