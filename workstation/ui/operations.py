"""One funnel for running operations from the window (Anki's CollectionOp, in small).

`Operations.run(work)` runs `work(store, progress, cancelled)` on a worker thread with
its own database connection, reports progress, lets it be cancelled, sends every
failure to one place (`error`), and broadcasts the change set the operation returned
on `didExecute(changes, initiator)`. Quick operations done on the GUI thread (a
triage key, a queued reply) `publish` their change set the same way, so every view
refreshes from one signal and no handler decides by hand what to redraw.

Never touch widgets inside `work`: it runs on another thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from workstation.ops.changes import Cancelled, OpChanges, ProgressFn
from workstation.store import Store
from workstation.ui.worker import Job

Work = Callable[[Store, ProgressFn, Cancelled], Any]


def changes_of(result: object) -> OpChanges:
    """The change set an operation returned (itself, or its `.changes`)."""
    if isinstance(result, OpChanges):
        return result
    changes = getattr(result, "changes", None)
    return changes if isinstance(changes, OpChanges) else OpChanges()


class Operations(QObject):
    didExecute = Signal(object, object)  # (OpChanges, initiator or None)
    error = Signal(str)  # one plain message for the window's error presenter

    def __init__(self, db_path: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self._jobs: set[Job] = set()

    @property
    def running(self) -> int:
        return len(self._jobs)

    def publish(self, changes: OpChanges, initiator: object = None) -> None:
        """Tell every view what an operation changed (nothing is sent for no change)."""
        if not changes.empty:
            self.didExecute.emit(changes, initiator)

    def run(
        self,
        work: Work,
        *,
        done: Callable[[Any], None] | None = None,
        progress: Callable[[int, int], None] | None = None,
        failed: Callable[[str], None] | None = None,
        initiator: object = None,
    ) -> Job | None:
        """Run `work` in the background; None when there is no database file to open."""
        db_path = self.db_path
        if db_path is None:
            return None

        def in_worker(report: ProgressFn, cancelled: Cancelled) -> Any:
            with Store(db_path) as store:  # a worker thread uses its own connection
                return work(store, report, cancelled)

        job = Job(in_worker, self)
        self._jobs.add(job)
        if progress is not None:
            job.progress.connect(progress)

        def finished(result: object) -> None:
            self._jobs.discard(job)
            self.publish(changes_of(result), initiator)
            if done is not None:
                done(result)

        def broke(message: str, _details: str) -> None:
            self._jobs.discard(job)
            (failed or self.error.emit)(message)

        job.finished.connect(finished)
        job.failed.connect(broke)
        job.start()
        return job

    def cancel_all(self) -> None:
        """Ask every running operation to stop after its current batch."""
        for job in list(self._jobs):
            job.cancel()
