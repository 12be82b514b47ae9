"""Metrics: response rate, response times (wall clock and business hours), SLA attainment,
over a period, plus the before/after comparison around the first reply sent from the app."""

from __future__ import annotations

from datetime import UTC
from typing import Any

from workstation.metrics.measured import StoreMetrics, store_metrics
from workstation.metrics.report import metrics_json, summary_json

# Measure every review and summarise a period (read-only: no change set).
measure = store_metrics


def metrics_document(result: StoreMetrics) -> dict[str, Any]:
    """The JSON `workstation metrics --json` prints."""
    out = metrics_json(result.report)
    if result.automatic is not None:
        out["automatic_replies"] = result.automatic.as_json()
    if result.before_after is not None:
        ba = result.before_after
        out["before_after"] = {
            "pivot": ba.pivot.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "before": summary_json(ba.before),
            "after": summary_json(ba.after),
        }
    return out
