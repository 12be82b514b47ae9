"""Process new reviews: analyse → deadlines → labels → crises.

What turns imported or synced rows into a triaged inbox (urgency and its reasons, a
reply deadline, the filter's labels, crisis alerts). The window runs it in the
background after the first paint, an import or a sync; `workstation import` and
`workstation sync` run it before they return, so both leave the same database.

Reviews are analysed in small batches, each stored in its own transaction before
`cancelled` is asked again: a cancelled run keeps its finished batches and the next
run resumes where it stopped (only reviews without a current result are picked).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from workstation.analysis.shared import SharedAnalyzer
from workstation.ops.changes import Cancelled, OpChanges, ProgressFn, never
from workstation.store.db import Store

BATCH = 100  # small enough that a cancelled run stops within a fraction of a second
LABEL_KINDS = ("category", "topic", "flag")


@dataclass(frozen=True)
class ProcessResult:
    analysed: int = 0
    new_crises: int = 0
    deadlines: int = 0  # unanswered reviews that now carry a reply deadline
    cancelled: bool = False
    labels: dict[str, list[tuple[str, int]]] = field(default_factory=dict)  # {kind: [(label, count)]}
    changes: OpChanges = field(default_factory=OpChanges)


def process_new_reviews(
    store: Store,
    *,
    analyzer: object | None = None,
    progress: ProgressFn | None = None,
    cancelled: Cancelled = never,
    now: datetime | None = None,
    batch_size: int = BATCH,
) -> ProcessResult:
    """Analyse pending reviews, then recompute deadlines and count labels.

    Args:
        analyzer: anything with `analyze_many(inputs, now=…)` (default: the real engine, lazily).
        progress: `progress(done, total)` after each stored batch.
        cancelled: asked between batches; when it says yes the run stops and reports it.
        now: the clock for urgency windows, crisis detection and deadlines.
    Return:
        counts, the filter's labels and the change set.
    """
    from workstation.analysis.pipeline import analyze_pending
    from workstation.metrics.deadlines import refresh_deadlines
    from workstation.store.analysis_results import label_values

    if cancelled():
        return ProcessResult(cancelled=True)
    outcome = analyze_pending(
        store, analyzer or SharedAnalyzer(), progress=progress, cancelled=cancelled, now=now,
        batch_size=batch_size,
    )
    if outcome.cancelled:
        # Finished batches are stored; deadlines and labels follow at the next complete run.
        changed = OpChanges(reviews=True, counts=True) if outcome.analysed else OpChanges()
        return ProcessResult(analysed=outcome.analysed, cancelled=True, changes=changed)
    deadlines = refresh_deadlines(store, now=now)  # urgency decides each review's reply target
    labels = {kind: label_values(store, kind) for kind in LABEL_KINDS}
    changes = OpChanges(
        reviews=True, counts=True, labels=outcome.analysed > 0, crises=outcome.new_crises > 0,
    )
    return ProcessResult(outcome.analysed, outcome.new_crises, deadlines, False, labels, changes)


def recompute_deadlines(store: Store, *, now: datetime | None = None) -> OpChanges:
    """New response targets or opening hours: every unanswered review's deadline again."""
    from workstation.metrics.deadlines import refresh_deadlines

    refresh_deadlines(store, now=now)
    return OpChanges(reviews=True, counts=True, settings=True)
