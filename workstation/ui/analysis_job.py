"""Runs the triage on new or outdated reviews in the background, after the first paint,
after imports and syncs; shows progress in the status bar and never blocks the UI."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressBar, QStatusBar

from workstation.ui.worker import CancelledFn, Job, ProgressFn


class AnalysisRunner(QObject):
    """`updated(analysed, new_crises)` fires when a run has stored results."""

    updated = Signal(int, int)
    labelsCounted = Signal(object)  # {kind: [(label, count)]}, counted on the worker thread
    batchSaved = Signal()  # some results are stored: visible rows may repaint (at most once a second)
    failed = Signal(str)

    def __init__(self, db_path: Path, status_bar: QStatusBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.job: Job | None = None
        self._again = False
        self._last_batch_signal = 0.0
        self.bar = QProgressBar(status_bar)
        self.bar.setMaximumWidth(180)
        self.bar.setFormat(self.tr("Analysing %v/%m"))
        self.bar.setAccessibleName(self.tr("Analysis progress"))
        self.bar.hide()
        status_bar.addPermanentWidget(self.bar)

    @property
    def running(self) -> bool:
        return self.job is not None

    def start(self) -> None:
        """Analyse what is pending; if a run is going on, run again after it."""
        if self.job is not None:
            self._again = True
            return
        db_path = self.db_path

        def work(progress: ProgressFn, cancelled: CancelledFn) -> tuple[int, int, dict[str, list[tuple[str, int]]]]:
            """Analyse, set deadlines, count labels: all off the GUI thread."""
            # Imported here: spaCy loads on this worker thread, never on the GUI thread.
            from workstation.analysis.pipeline import analyze_pending
            from workstation.metrics.deadlines import refresh_deadlines
            from workstation.store import Store
            from workstation.store.analysis_results import label_values

            with Store(db_path) as store:
                result = analyze_pending(store, progress=progress, cancelled=cancelled)
                refresh_deadlines(store)  # urgency decides each review's reply target
                # The filter's label list scans every label: count here, not on the GUI thread.
                labels = {kind: label_values(store, kind) for kind in ("category", "topic", "flag")}
            return result.analysed, result.new_crises, labels

        self.job = Job(work, self)
        self.job.progress.connect(self._progress)
        self.job.finished.connect(self._done)
        self.job.failed.connect(self._failed)
        self.job.start()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.bar.show()
        now = time.monotonic()
        if now - self._last_batch_signal >= 1.0:
            self._last_batch_signal = now
            self.batchSaved.emit()

    def _finish(self) -> None:
        self.job = None
        self.bar.hide()
        if self._again:
            self._again = False
            self.start()

    def _done(self, result: tuple[int, int, dict[str, list[tuple[str, int]]]]) -> None:
        self._finish()
        analysed, new_crises, labels = result
        self.labelsCounted.emit(labels)
        self.updated.emit(analysed, new_crises)

    def _failed(self, message: str, _details: str) -> None:
        self._finish()
        self.failed.emit(message)
