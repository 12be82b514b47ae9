"""Reports: the reviews and metrics as CSV (Excel-friendly in French) or the monthly PDF.

The PDF is drawn by `workstation.reports` (Qt's drawing classes, offscreen), so a
server without a display writes the same document the window would.
"""

from __future__ import annotations

import os
from datetime import datetime, tzinfo
from pathlib import Path

from workstation.metrics.measured import store_metrics
from workstation.store.db import Store
from workstation.store.metrics_data import export_reviews
from workstation.store.settings import get_setting


def write_report(
    store: Store,
    out: Path,
    *,
    fmt: str,
    lang: str,
    zone: tzinfo,
    now: datetime,
    period_from: datetime | None = None,
    period_to: datetime | None = None,
) -> list[Path]:
    """Write the report (`fmt` "csv" or "pdf"); returns the files written. Raises OSError."""
    from workstation.metrics.cli import write_csv

    tz_name = getattr(zone, "key", None) or "UTC"
    result = store_metrics(store, now=now, period_from=period_from, period_to=period_to, tz_name=tz_name)
    if fmt == "csv":
        return write_csv(out, result, export_reviews(store), lang=lang, zone=zone)
    if fmt != "pdf":
        raise ValueError(f"unknown report format {fmt!r}")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # drawing only: no display needed
    from workstation.reports.pdf import ensure_app, write_pdf_report

    ensure_app()
    business = get_setting(store, "business_name")
    return [write_pdf_report(out, result, lang=lang, tz_name=tz_name,
                             business=business if isinstance(business, str) else None)]
