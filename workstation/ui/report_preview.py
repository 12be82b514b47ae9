"""The preview beside File → Export report…: the report's first page (PDF) or its first
lines (CSV), for the period, locations and language chosen.

Changes are debounced; measuring the period (`ops.reports.gather_report`, the slow part)
runs on a worker thread with its own database connection, and is reused while only the
language or the kind of file changes. The page is drawn by the PDF report's own code
(`ui/render/pdf.first_page_image`) and the lines come from the CSV writer itself, so the
preview is what the file will hold.
"""

from __future__ import annotations

import csv
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, tzinfo
from itertools import islice
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workstation.ops.reports import GatheredReport, gather_report, report_document, write_gathered
from workstation.store import Store
from workstation.ui.worker import Job

PAGE_WIDTH = 300  # pixels: an A4 page at this width is 424 high, a readable thumbnail
_CSV_LINES = 12
_DEBOUNCE_MS = 300


@dataclass(frozen=True)
class PreviewOptions:
    fmt: str
    lang: str
    period_from: datetime | None
    period_to: datetime | None
    locations: frozenset[str] | None

    def measured_the_same(self, other: PreviewOptions | None) -> bool:
        """Only language or file kind changed: the figures need not be measured again."""
        return other is not None and (self.period_from, self.period_to, self.locations) == (
            other.period_from, other.period_to, other.locations)


class ReportPreview(QWidget):
    """Call `show_options` whenever a choice changes; `shown` fires when a preview is up."""

    shown = Signal()

    def __init__(self, store: Store, zone: tzinfo, now: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.zone = zone
        self.now = now
        self._wanted: PreviewOptions | None = None
        self._measured: tuple[PreviewOptions, GatheredReport] | None = None
        self._job: Job | None = None
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel(self.tr("Preview"), self)
        layout.addWidget(self.caption)
        self.stack = QStackedWidget(self)
        self.page = QLabel(self)
        self.page.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.page.setAccessibleName(self.tr("First page of the report"))
        self.page.setStyleSheet("QLabel { background: #D5D8DC; padding: 6px; }")
        self.lines = QTableWidget(self)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setAccessibleName(self.tr("First lines of the file"))
        self.stack.addWidget(self.page)
        self.stack.addWidget(self.lines)
        self.stack.setFixedWidth(PAGE_WIDTH + 12)
        self.stack.setMinimumHeight(round(PAGE_WIDTH * 297 / 210) + 12)
        layout.addWidget(self.stack, 1)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setMaximumWidth(PAGE_WIDTH + 12)
        layout.addWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_DEBOUNCE_MS)
        self._timer.timeout.connect(self._start)

    def show_options(self, options: PreviewOptions) -> None:
        """Preview these choices once they stop changing for a moment."""
        self._wanted = options
        self.status.setText(self.tr("Preparing the preview…"))
        self._timer.start()

    # -- measuring (worker thread) -------------------------------------------------------

    def _start(self) -> None:
        options = self._wanted
        if options is None:
            return
        if self._measured is not None and options.measured_the_same(self._measured[0]):
            self._draw(options, self._measured[1])
            return
        self._generation += 1
        generation = self._generation
        if self._job is not None:
            self._job.cancel()  # its result will be ignored
        zone, now = self.zone, self.now()
        path = self.store.path

        def measure(store: Store) -> GatheredReport:
            return gather_report(store, zone=zone, now=now, period_from=options.period_from,
                                 period_to=options.period_to, locations=options.locations)

        if path is None:  # an in-memory database cannot be opened twice: measure here
            self._measured_done(generation, options, measure(self.store))
            return

        def work(_progress: object, _cancelled: object) -> GatheredReport:
            with Store(path) as store:  # a worker uses its own connection
                return measure(store)

        job = Job(work, self)  # type: ignore[arg-type]
        job.finished.connect(lambda gathered: self._measured_done(generation, options, gathered))
        job.failed.connect(lambda message, _details: self._failed(generation, message))
        self._job = job
        job.start()

    def _measured_done(self, generation: int, options: PreviewOptions, gathered: GatheredReport) -> None:
        if generation != self._generation:
            return  # the choices changed meanwhile: a newer preview is coming
        self._job = None
        self._measured = (options, gathered)
        wanted = self._wanted or options
        self._draw(wanted, gathered)

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self._job = None
            self.status.setText(self.tr("No preview: %1").replace("%1", message))

    # -- drawing (GUI thread: Qt's drawing classes live here) ------------------------------

    def _draw(self, options: PreviewOptions, gathered: GatheredReport) -> None:
        if options.fmt == "pdf":
            from workstation.ui.render.pdf import first_page_image

            image = first_page_image(report_document(gathered, lang=options.lang), width=PAGE_WIDTH)
            self.page.setPixmap(QPixmap.fromImage(image))
            self.stack.setCurrentWidget(self.page)
            self.status.setText(self.tr("First page of the PDF."))
        else:
            rows = self._csv_lines(options, gathered)
            self._fill_lines(rows)
            self.stack.setCurrentWidget(self.lines)
            self.status.setText(self.tr("First lines of the file."))
        self.shown.emit()

    def _csv_lines(self, options: PreviewOptions, gathered: GatheredReport) -> list[list[str]]:
        """The first lines exactly as the CSV writer writes them."""
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / "preview.csv"
            written = write_gathered(gathered, out, fmt=options.fmt, lang=options.lang, zone=self.zone)
            with open(written[0], encoding="utf-8-sig", newline="") as f:
                delimiter = ";" if options.lang.startswith("fr") else ","
                return list(islice(csv.reader(f, delimiter=delimiter), _CSV_LINES + 1))

    def _fill_lines(self, rows: list[list[str]]) -> None:
        header, body = (rows[0], rows[1:]) if rows else ([], [])
        self.lines.clear()
        self.lines.setColumnCount(len(header))
        self.lines.setHorizontalHeaderLabels(header)
        self.lines.setRowCount(len(body))
        for i, row in enumerate(body):
            for j, cell in enumerate(row[: len(header)]):
                self.lines.setItem(i, j, QTableWidgetItem(cell))
        self.lines.resizeColumnsToContents()
