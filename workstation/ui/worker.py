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


class Job(QObject):
    """One background task; keep a reference until `finished` or `failed` fires."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str, str)  # short message, details

    def __init__(self, fn: Callable[[ProgressFn, CancelledFn], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def start(self, pool: QThreadPool | None = None) -> None:
        job = self

        flag = self._cancel
        with _running_lock:
            _running.add(flag)

        class _Runnable(QRunnable):
            def run(self) -> None:  # runs on a pool thread
                try:
                    result = job._fn(_guarded(job.progress.emit), flag.is_set)
                except Exception as exc:  # reported to the GUI, never swallowed
                    _guarded(job.failed.emit)(str(exc) or type(exc).__name__, traceback.format_exc())
                else:
                    _guarded(job.finished.emit)(result)
                finally:
                    with _running_lock:
                        _running.discard(flag)

        (pool or QThreadPool.globalInstance()).start(_Runnable())
