"""The measured store: every review's response time and SLA state, and the report over a
period (what `workstation metrics`, the PDF/CSV report and the dashboard show)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from workstation.metrics.automatic import AutomaticShare, automatic_share, load_posted
from workstation.metrics.report import (
    BeforeAfter,
    MetricsReport,
    build_report,
    compare_before_after,
    measure_all,
)
from workstation.metrics.response_time import ResponseTime
from workstation.store.db import Store


@dataclass(frozen=True, slots=True)
class StoreMetrics:
    """Measured rows of a store plus the report over a period."""

    rows: list[ResponseTime]
    report: MetricsReport
    pivot: datetime | None
    before_after: BeforeAfter | None
    automatic: AutomaticShare | None = None  # replies written by automatic-reply rules, in the period


def store_metrics(
    store: Store,
    *,
    now: datetime,
    period_from: datetime | None = None,
    period_to: datetime | None = None,
    tz_name: str = "UTC",
    pivot: datetime | None = None,
    locations: frozenset[str] | None = None,
) -> StoreMetrics:
    """Load, measure and summarise a store (what the CLI, the PDF and the dashboard show).

    `pivot` defaults to the first reply sent from the app, else the first reply at all;
    the before/after comparison covers all reviews, not only the period's. `locations`
    keeps only the reviews of those locations (None: every review).
    """
    from workstation.metrics import stored as md
    from workstation.store import metrics_data

    rows = measure_all(
        md.load_review_facts(store),
        now=now,
        calendars=md.load_calendars(store),
        policy=md.load_sla_policy(store),
    )
    if locations is not None:
        rows = [r for r in rows if (r.facts.location or "") in locations]
    report = build_report(
        rows, now=now, period_from=period_from, period_to=period_to, tz_name=tz_name
    )
    if pivot is None:
        pivot = metrics_data.first_reply_at(store) or metrics_data.first_reply_at(store, app_only=False)
    # Over the whole history: the pivot usually lies before a monthly period.
    before_after = compare_before_after(rows, pivot) if pivot is not None else None
    automatic = automatic_share(load_posted(store), start=period_from, end=period_to)
    return StoreMetrics(rows, report, pivot, before_after, automatic)
