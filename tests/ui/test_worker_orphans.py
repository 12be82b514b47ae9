"""A background job outlives the widget it works for: the widget closing mid-run must not
crash the process (the worker thread still emits), and the result must not reach it."""

from __future__ import annotations

import threading

import pytest

pytestmark = pytest.mark.gui


def test_a_job_whose_widget_is_destroyed_mid_run_is_cancelled_and_its_result_dropped(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QWidget

    from workstation.ui.worker import Job

    started, go = threading.Event(), threading.Event()
    seen_cancel: list[bool] = []
    received: list[object] = []

    def work(progress, cancelled) -> str:  # type: ignore[no-untyped-def]
        started.set()
        go.wait(10)
        progress(1, 2)
        seen_cancel.append(cancelled())
        return "result"

    widget = QWidget()
    job = Job(work, widget)
    job.finished.connect(received.append)
    job.progress.connect(lambda done, total: received.append((done, total)))
    job.start()
    assert started.wait(10)
    widget.deleteLater()
    qtbot.waitUntil(lambda: job._orphaned, timeout=10_000)
    go.set()
    assert QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(50)  # let the queued result arrive on this thread
    assert seen_cancel == [True] and received == []


def test_a_job_delivers_progress_and_result_to_a_living_widget(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    from workstation.ui.worker import Job

    def work(progress, _cancelled) -> int:  # type: ignore[no-untyped-def]
        progress(1, 1)
        return 42

    widget = QWidget()
    qtbot.addWidget(widget)
    job = Job(work, widget)
    steps: list[tuple[int, int]] = []
    job.progress.connect(lambda done, total: steps.append((done, total)))
    with qtbot.waitSignal(job.finished, timeout=10_000) as result:
        job.start()
    assert result.args == [42]
    qtbot.waitUntil(lambda: steps == [(1, 1)], timeout=10_000)


def test_no_worker_thread_holds_a_reference_to_the_job(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The last reference to a job must be the GUI thread's: a job deleted on a worker thread
    (its last reference dropped there) races the GUI thread's event delivery (a segfault)."""
    import gc
    import types

    from PySide6.QtCore import QThreadPool

    from workstation.ui import worker
    from workstation.ui.worker import Job

    release = threading.Event()

    def work(_progress, _cancelled) -> str:  # type: ignore[no-untyped-def]
        release.wait(10)
        return "done"

    job = Job(work)
    job.start()
    try:
        # Plain loops: a comprehension naming `job` would itself hold it in a closure cell.
        cells = 0
        for holder in gc.get_referrers(job):
            if isinstance(holder, types.CellType):
                cells += 1
        assert cells == 0, "a closure run by the worker holds the job"
        assert job in worker._started.values()
    finally:
        release.set()
    with qtbot.waitSignal(job.finished, timeout=10_000) as result:
        pass
    assert result.args == ["done"]
    assert QThreadPool.globalInstance().waitForDone(10_000)
    assert job not in worker._started.values()
