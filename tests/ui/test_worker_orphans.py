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
