"""Metrics: response rate, response times (wall clock and business hours), SLA attainment,
over a period, plus the before/after comparison around the first reply sent from the app."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from workstation.metrics.measured import StoreMetrics, store_metrics
from workstation.metrics.report import metrics_json, summary_json
from workstation.store.db import Store


def measure(
    store: Store,
    *,
    now: datetime,
    period_from: datetime | None = None,
    period_to: datetime | None = None,
    tz_name: str = "UTC",
) -> StoreMetrics:
    """Measure every review and summarise the period (read-only: no change set)."""
    return store_metrics(store, now=now, period_from=period_from, period_to=period_to, tz_name=tz_name)


def metrics_document(result: StoreMetrics) -> dict[str, Any]:
    """The JSON `workstation metrics --json` prints."""
    out = metrics_json(result.report)
    if result.before_after is not None:
        ba = result.before_after
        out["before_after"] = {
            "pivot": ba.pivot.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "before": summary_json(ba.before),
            "after": summary_json(ba.after),
        }
    return out
