"""Sync sources: fetch new and changed reviews from each platform, then triage them.

One failing source never stops the others; each says what happened in one line.
`workstation sync` and the window's "Sync now" and scheduler all come here, so a
scheduled sync leaves reviews triaged with deadlines, exactly as the window would.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from workstation.domain import utcnow
from workstation.ops.changes import Cancelled, OpChanges, never
from workstation.ops.process import ProcessResult, process_new_reviews
from workstation.store.db import Store
from workstation.sync.connectors import ConnectorFactory
from workstation.sync.source_sync import SyncResult, sync_all


@dataclass(frozen=True)
class SyncOutcome:
    results: tuple[SyncResult, ...]
    processed: ProcessResult | None = None
    changes: OpChanges = field(default_factory=OpChanges)

    @property
    def ok(self) -> bool:
        return all(r.ok for r in self.results)

    @property
    def changed(self) -> int:
        return sum(r.new + r.updated + r.removed + r.replies for r in self.results)


async def sync_sources(
    store: Store,
    *,
    source_ids: Sequence[int] | None = None,
    full: bool = False,
    process: bool = True,
    analyzer: object | None = None,
    connector_factory: ConnectorFactory | None = None,
    now: Callable[[], datetime] = utcnow,
    progress: Callable[[int, int, int], None] | None = None,
    cancelled: Cancelled = never,
) -> SyncOutcome:
    """Sync the given sources (default: every source with an API), then process new reviews.

    Args:
        full: list everything again (finds reviews deleted on the platform).
        progress: `progress(source_id, pages, reviews)` while fetching.
        process: triage afterwards when anything changed (the window runs it in the background).
    """
    results = tuple(await sync_all(
        store, source_ids=source_ids, connector_factory=connector_factory, now=now, progress=progress, full=full,
    ))
    changed = any(r.new or r.updated or r.removed or r.replies for r in results)
    ids = frozenset(i for r in results for i in r.changed_ids)
    changes = OpChanges(sources=True)
    if changed:
        changes |= OpChanges(reviews=True, counts=True, outbox=any(r.replies for r in results), review_ids=ids)
    processed = None
    if process and changed and not cancelled():
        processed = process_new_reviews(store, analyzer=analyzer, cancelled=cancelled, now=now())
        changes |= processed.changes
    return SyncOutcome(results, processed, changes)
