"""Run core work off the GUI thread and report progress, result or error back to it.

A `Job` wraps a plain function `fn(progress, cancelled) -> result`. Signals arrive on
the GUI thread (queued connections), so slots may touch widgets.
"""

from __future__ import annotations

import contextlib
import itertools
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


def _message(exc: Exception) -> str:
    """The failure's short message: a store error in the window's language when it has a kind
    (ui/conflict_reasons.py; Qt's translate is thread-safe), its own text otherwise."""
    from workstation.ui.conflict_reasons import error_text  # imported on a failure only

    return error_text(exc) or type(exc).__name__


def _guarded(emit: Callable[..., Any]) -> Callable[..., None]:
    """An emit that is a no-op once the receiving side (e.g. a closed window) is gone."""

    def call(*args: Any) -> None:
        # "Signal source has been deleted": the window closed, nobody is listening any more.
        with contextlib.suppress(RuntimeError):
            emit(*args)

    return call


class _Relay(QObject):
    """The one object worker threads emit on: created on the GUI thread, kept for the whole
    process, never deleted. A worker thread therefore never holds a reference to a `Job`:
    the last reference to a job, and so its deletion, is always the GUI thread's. (When a
    worker dropped the last one, the job was deleted on that worker thread — also
    disconnecting it from its widget — while the GUI thread delivered events: a segfault
    seen in a test of the team connection page.)"""

    progressed = Signal(int, int, int)  # job key, done, total
    succeeded = Signal(int, object)  # job key, result
    raised = Signal(int, str, str)  # job key, short message, details

    def __init__(self) -> None:
        super().__init__(None)
        # Emitted on worker threads, delivered queued here on the GUI thread (this object's).
        self.progressed.connect(self._deliver_progress)
        self.succeeded.connect(self._deliver_result)
        self.raised.connect(self._deliver_failure)

    def _deliver_progress(self, key: int, done: int, total: int) -> None:
        job = _started.get(key)
        if job is not None:
            job._relay_progress(done, total)

    def _deliver_result(self, key: int, result: object) -> None:
        job = _started.pop(key, None)
        if job is not None:
            job._relay_finished(result)

    def _deliver_failure(self, key: int, message: str, details: str) -> None:
        job = _started.pop(key, None)
        if job is not None:
            job._relay_failed(message, details)


_relay: _Relay | None = None
_keys = itertools.count(1)
# Jobs started and not yet handled, by key: the GUI thread's reference, dropped once the
# result or the error was handed on (on the GUI thread).
_started: dict[int, Job] = {}


class Job(QObject):
    """One background task; keep a reference until `finished` or `failed` fires.

    `parent` is the widget the job works for, not the job's Qt owner: a job whose widget is
    destroyed while it runs (a dialog closed mid-measure) must not be destroyed with it. So
    the job has no Qt parent and stays alive until its result was handled; the widget's
    `destroyed` only marks it orphaned, and an orphan's result is dropped on the GUI thread
    instead of reaching slots of a widget that is gone. The worker thread emits on `_Relay`,
    never on the job.
    """

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str, str)  # short message, details

    def __init__(self, fn: Callable[[ProgressFn, CancelledFn], Any], parent: QObject | None = None) -> None:
        super().__init__(None)
        self._fn = fn
        self._cancel = threading.Event()
        self._orphaned = False
        if parent is not None:
            parent.destroyed.connect(self._orphan)

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
        if not self._orphaned:
            self.finished.emit(result)

    def _relay_failed(self, message: str, details: str) -> None:
        if not self._orphaned:
            self.failed.emit(message, details)

    def start(self, pool: QThreadPool | None = None) -> None:
        """Run on a pool thread; called on the GUI thread (where the relay must live)."""
        global _relay
        if _relay is None:
            _relay = _Relay()
        relay, key, fn, flag = _relay, next(_keys), self._fn, self._cancel
        _started[key] = self
        with _running_lock:
            _running.add(flag)

        def report(done: int, total: int) -> None:
            _guarded(relay.progressed.emit)(key, done, total)

        class _Runnable(QRunnable):
            def run(self) -> None:  # runs on a pool thread; it sees the job's key, never the job
                try:
                    result = fn(report, flag.is_set)
                except Exception as exc:  # reported to the GUI, never swallowed
                    _guarded(relay.raised.emit)(key, _message(exc), traceback.format_exc())
                else:
                    _guarded(relay.succeeded.emit)(key, result)
                finally:
                    with _running_lock:
                        _running.discard(flag)

        (pool or QThreadPool.globalInstance()).start(_Runnable())
