"""Triage new reviews on a team server: analyse → batch checks → deadlines → labels.

The same pipeline as `ops/process.py` on SQLite, built from the same pure steps
(`analysis.pipeline.analyse_batch` / `batch_check_results`, `metrics.deadlines.compute_deadlines`),
so a review is triaged identically on both engines (tests/team/test_team_triage.py compares
them). Only the storing differs (`store/postgres/triage.py`): each batch is claimed with
`FOR UPDATE SKIP LOCKED` and stored in the claim's transaction, so desktops processing at
the same moment share the work and never analyse one review twice.
"""

from __future__ import annotations

from datetime import datetime

from workstation.analysis.model import ANALYSIS_VERSION
from workstation.analysis.pipeline import HISTORY, analyse_batch, batch_check_results
from workstation.analysis.shared import SharedAnalyzer
from workstation.domain import utcnow
from workstation.metrics.deadlines import compute_deadlines
from workstation.metrics.stored import SLA_SETTING, calendars_from, facts_from_rows, sla_policy_from
from workstation.ops.changes import Cancelled, OpChanges, ProgressFn, never
from workstation.ops.process import BATCH, LABEL_KINDS, ProcessResult
from workstation.store.postgres import settings, triage
from workstation.store.postgres.connection import PgStore


def process_team_reviews(
    store: PgStore,
    *,
    analyzer: object | None = None,
    progress: ProgressFn | None = None,
    cancelled: Cancelled = never,
    now: datetime | None = None,
    batch_size: int = BATCH,
) -> ProcessResult:
    """As `ops.process.process_new_reviews`, on the team server (same arguments, same result)."""
    now = now or utcnow()
    if cancelled():
        return ProcessResult(cancelled=True)
    engine = analyzer or SharedAnalyzer()
    total = triage.count_pending(store, ANALYSIS_VERSION)
    analysed = 0
    while True:
        if cancelled():
            changed = OpChanges(reviews=True, counts=True) if analysed else OpChanges()
            return ProcessResult(analysed=analysed, cancelled=True, changes=changed)
        with triage.claimed_batch(store, ANALYSIS_VERSION, batch_size) as (pending, conn):
            if pending:
                triage.save_analysis(conn, analyse_batch(engine, pending, now))
        if not pending:
            break  # nothing left that another desktop has not claimed
        analysed += len(pending)
        if progress:
            progress(analysed, max(total, analysed))
    new_crises = 0
    if analysed or total == 0:
        flags, crises = batch_check_results(triage.recent_analyses(store, now - HISTORY), now)
        triage.add_flags(store, flags)
        new_crises = triage.save_crises(store, crises, now=now)
    deadlines = refresh_team_deadlines(store, now=now)
    labels = {kind: triage.label_values(store, kind) for kind in LABEL_KINDS}
    changes = OpChanges(reviews=True, counts=True, labels=analysed > 0, crises=new_crises > 0)
    return ProcessResult(analysed, new_crises, deadlines, False, labels, changes)


def refresh_team_deadlines(store: PgStore, *, now: datetime | None = None) -> int:
    """Every unanswered review's deadline, in its location's business hours; returns how many have one."""
    deadlines = compute_deadlines(
        facts_from_rows(triage.review_fact_rows(store)),
        calendars_from(settings.location_settings(store)),
        sla_policy_from(settings.get_setting(store, SLA_SETTING, {})),
        now=now or utcnow(),
    )
    triage.save_deadlines(store, deadlines)
    return sum(1 for d in deadlines.values() if d is not None)
