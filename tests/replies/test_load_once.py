"""LoadedOnce: an optional model is read once, a failure is logged once and remembered."""

from __future__ import annotations

import logging
import threading

import pytest

from workstation.replies.load_once import LoadedOnce

log = logging.getLogger(__name__)


def test_loads_once_even_from_two_threads() -> None:
    calls: list[int] = []
    started = threading.Event()

    def load() -> str:
        calls.append(1)
        started.wait(1.0)  # the second caller arrives while the first is still loading
        return "model"

    holder: LoadedOnce[str] = LoadedOnce(load, log, "unavailable")
    thread = holder.preload("test-preload")
    started.set()
    assert holder.get() == "model"
    thread.join()
    assert calls == [1]


def test_a_failure_is_logged_once_and_remembered(caplog: pytest.LogCaptureFixture) -> None:
    def broken() -> str:
        raise OSError("no such file")

    holder: LoadedOnce[str] = LoadedOnce(broken, log, "model unavailable; working without it")
    with caplog.at_level(logging.ERROR, logger=__name__):
        assert holder.get() is None
        assert holder.get() is None
    assert sum("working without it" in r.getMessage() for r in caplog.records) == 1


def test_use_and_restore_swap_the_model_back() -> None:
    holder: LoadedOnce[str] = LoadedOnce(lambda: "shipped", log, "unavailable")
    assert holder.state() == ()
    holder.get()
    saved = holder.state()
    holder.use(None)
    assert holder.get() is None
    holder.restore(saved)
    assert holder.get() == "shipped"
    holder.restore(())  # as if never loaded: the next get loads again
    assert holder.state() == ()
    assert holder.get() == "shipped"
