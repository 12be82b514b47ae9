"""Run core work off the GUI thread and report progress, result or error back to it.

A `Job` wraps a plain function `fn(progress, cancelled) -> result`. Signals arrive on
the GUI thread (queued connections), so slots may touch widgets.
"""

from __future__ import annotations

import contextlib
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]

# Every job's stop flag while it runs: closing the app asks them all to stop, whoever owns them.
_running: set[threading.Event] = set()
_running_lock = threading.Lock()


def cancel_all_jobs() -> int:
    """Ask every running job to stop after its current batch; returns how many were running."""
    with _running_lock:
        flags = list(_running)
    for flag in flags:
        flag.set()
    return len(flags)


def _guarded(emit: Callable[..., Any]) -> Callable[..., None]:
    """An emit that is a no-op once the receiving side (e.g. a closed window) is gone."""

    def call(*args: Any) -> None:
        # "Signal source has been deleted": the window closed, nobody is listening any more.
        with contextlib.suppress(RuntimeError):
            emit(*args)

    return call


# Jobs started and not yet handled: their wrappers must outlive the worker thread's last emit.
_unhandled: set[Job] = set()


class Job(QObject):
    """One background task; keep a reference until `finished` or `failed` fires.

    `parent` is the widget the job works for, not the job's Qt owner: a job whose widget is
    destroyed while it runs (a dialog closed mid-measure) must not be destroyed with it,
    because its worker thread still emits on it — emitting on a QObject being deleted on
    another thread crashes the process (a segfault, not an exception). So the job has no Qt
    parent and stays alive until its result was handled; the widget's `destroyed` only
    marks it orphaned, and an orphan's result is dropped on the GUI thread instead of
    reaching slots of a widget that is gone.
    """

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str, str)  # short message, details
    # Emitted by the worker thread, delivered queued to this job on the GUI thread.
    _progressed = Signal(int, int)
    _succeeded = Signal(object)
    _raised = Signal(str, str)

    def __init__(self, fn: Callable[[ProgressFn, CancelledFn], Any], parent: QObject | None = None) -> None:
        super().__init__(None)
        self._fn = fn
        self._cancel = threading.Event()
        self._orphaned = False
        if parent is not None:
            parent.destroyed.connect(self._orphan)
        self._progressed.connect(self._relay_progress)
        self._succeeded.connect(self._relay_finished)
        self._raised.connect(self._relay_failed)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _orphan(self) -> None:
        self._orphaned = True
        self._cancel.set()  # nobody wants the result: stop after the current batch

    def _relay_progress(self, done: int, total: int) -> None:
        if not self._orphaned:
            self.progress.emit(done, total)

    def _relay_finished(self, result: object) -> None:
        _unhandled.discard(self)
        if not self._orphaned:
            self.finished.emit(result)

    def _relay_failed(self, message: str, details: str) -> None:
        _unhandled.discard(self)
        if not self._orphaned:
            self.failed.emit(message, details)

    def start(self, pool: QThreadPool | None = None) -> None:
        job = self
        _unhandled.add(job)

        flag = self._cancel
        with _running_lock:
            _running.add(flag)

        class _Runnable(QRunnable):
            def run(self) -> None:  # runs on a pool thread
                try:
                    result = job._fn(_guarded(job._progressed.emit), flag.is_set)
                except Exception as exc:  # reported to the GUI, never swallowed
                    _guarded(job._raised.emit)(str(exc) or type(exc).__name__, traceback.format_exc())
                else:
                    _guarded(job._succeeded.emit)(result)
                finally:
                    with _running_lock:
                        _running.discard(flag)

        (pool or QThreadPool.globalInstance()).start(_Runnable())
