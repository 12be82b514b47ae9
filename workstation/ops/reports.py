"""Reports: the reviews and metrics as CSV (Excel-friendly in French) or the monthly PDF.

Two steps, so the window can measure on a worker thread and draw on its own thread:
`gather_report` reads and measures (the slow part, no Qt), `write_gathered` writes the
one file asked for. `write_report` does both for the command line.

A PDF is said here (`report_document`: `workstation.reports.monthly`) and drawn by the
`PdfDrawer` the caller passes in: the window and the command line's entry point both pass
`workstation.ui.render.pdf.write_pdf` (Qt's drawing classes, offscreen), so a server without a
display writes the same document the window would, and this module never imports Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path

from workstation.metrics.measured import StoreMetrics, store_metrics
from workstation.ops.changes import ProgressFn
from workstation.reports.document import PdfDrawer, ReportDocument
from workstation.reports.monthly import monthly_report
from workstation.store.db import Store
from workstation.store.metrics_data import ExportReview, export_reviews
from workstation.store.settings import get_setting

REPORT_FORMATS = ("pdf", "csv", "summary-csv")


@dataclass(frozen=True)
class GatheredReport:
    """Everything a report file is written from (no database needed afterwards)."""

    metrics: StoreMetrics
    reviews: Mapping[int, ExportReview]
    business: str | None
    tz_name: str


def gather_report(
    store: Store,
    *,
    zone: tzinfo,
    now: datetime,
    period_from: datetime | None = None,
    period_to: datetime | None = None,
    locations: frozenset[str] | None = None,
    progress: ProgressFn | None = None,
) -> GatheredReport:
    """Measure the period (optionally only `locations`) and read the review texts."""
    tz_name = getattr(zone, "key", None) or "UTC"
    if progress is not None:
        progress(0, 2)
    result = store_metrics(store, now=now, period_from=period_from, period_to=period_to, tz_name=tz_name,
                           locations=locations)
    if progress is not None:
        progress(1, 2)
    reviews = export_reviews(store)
    business = get_setting(store, "business_name")
    if progress is not None:
        progress(2, 2)
    return GatheredReport(result, reviews, business if isinstance(business, str) and business else None, tz_name)


def report_document(gathered: GatheredReport, *, lang: str) -> ReportDocument:
    """What the PDF says, in `lang`, ready for a `PdfDrawer` (or the window's preview)."""
    return monthly_report(gathered.metrics, lang=lang, tz_name=gathered.tz_name, business=gathered.business)


def write_gathered(gathered: GatheredReport, out: Path, *, fmt: str, lang: str, zone: tzinfo,
                   draw_pdf: PdfDrawer | None = None) -> list[Path]:
    """Write `out` in `fmt` (see `REPORT_FORMATS`) and nothing else; a PDF is drawn by
    `draw_pdf`, required for that format only. Raises OSError."""
    from workstation.metrics.cli import write_csv

    if fmt in ("csv", "summary-csv"):
        contents = "reviews" if fmt == "csv" else "summary"
        return write_csv(out, gathered.metrics, gathered.reviews, lang=lang, zone=zone, contents=contents)
    if fmt != "pdf":
        raise ValueError(f"unknown report format {fmt!r}")
    if draw_pdf is None:
        raise ValueError("a PDF report needs a PdfDrawer (draw_pdf)")
    return [draw_pdf(out, report_document(gathered, lang=lang))]


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
    locations: frozenset[str] | None = None,
    draw_pdf: PdfDrawer | None = None,
) -> list[Path]:
    """Write the report (`fmt` "csv", "summary-csv" or "pdf", drawn by `draw_pdf`); returns
    the file written. Raises OSError."""
    gathered = gather_report(store, zone=zone, now=now, period_from=period_from, period_to=period_to,
                             locations=locations)
    return write_gathered(gathered, out, fmt=fmt, lang=lang, zone=zone, draw_pdf=draw_pdf)
