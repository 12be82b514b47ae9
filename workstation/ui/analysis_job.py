"""Runs the triage on new or outdated reviews in the background, after the first paint,
after imports and syncs; shows progress in the status bar and never blocks the UI."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QProgressBar, QStatusBar

from workstation.domain import utcnow
from workstation.ops.process import ProcessResult, process_new_reviews
from workstation.store import Store
from workstation.ui.operations import Operations
from workstation.ui.worker import CancelledFn, Job, ProgressFn


class AnalysisRunner(QObject):
    """Runs `ops.process.process_new_reviews` through the window's operations funnel.

    The run's change set goes out on the funnel like any operation's; `updated` and
    `labelsCounted` add the counts, `batchSaved` says some results are stored (visible
    rows may repaint, at most once a second).
    """

    updated = Signal(int, int)  # (analysed, new crises) after a run
    labelsCounted = Signal(object)  # {kind: [(label, count)]}, counted on the worker thread
    batchSaved = Signal()

    def __init__(self, operations: Operations, status_bar: QStatusBar, parent: QObject | None = None, *,
                 clock: Callable[[], datetime] = utcnow) -> None:
        super().__init__(parent)
        self.operations = operations
        self.clock = clock  # the window's: deadlines are set from the time a run starts
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

        now = self.clock()

        def work(store: Store, progress: ProgressFn, cancelled: CancelledFn) -> ProcessResult:
            # spaCy loads on this worker thread (lazily, at the first batch), never on the GUI thread.
            return process_new_reviews(store, progress=progress, cancelled=cancelled, now=now)

        self.job = self.operations.run(work, done=self._done, progress=self._progress, failed=self._failed)

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

    def _done(self, result: ProcessResult) -> None:
        self._finish()
        if result.labels:
            self.labelsCounted.emit(result.labels)
        self.updated.emit(result.analysed, result.new_crises)

    def _failed(self, message: str) -> None:
        self._finish()
        # Translated in the window's context, where the catalog has had this line all along.
        text = QCoreApplication.translate("MainWindow", "Analysis failed: %1").replace("%1", message)
        self.operations.error.emit(text)
