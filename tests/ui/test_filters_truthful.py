"""A screen that tells the truth: active filters shown as chips with Clear, an empty
result that says why, and no filter carried silently into another view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QToolButton

from workstation.store import ReviewFilter, queries
from workstation.ui.main_window import MainWindow

from .visible import elided


@pytest.fixture
def inbox(window_1280: MainWindow) -> MainWindow:
    return window_1280


def chips(win: MainWindow) -> list[str]:
    bar = win.filter_bar
    return [c.text() for c in bar.chips.findChildren(QToolButton) if c.isVisible()] if bar.chips.isVisible() else []


def test_filters_show_as_chips_and_clear(qtbot, inbox: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert chips(inbox) == []
    inbox.filter_bar.star_buttons[0].setChecked(True)
    qtbot.waitUntil(lambda: chips(inbox) == ["1★  ✕"])
    assert elided(inbox.filter_bar) == []
    clear = inbox.filter_bar.chips.findChild(QPushButton, "clear_filters")
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: chips(inbox) == [] and inbox.model.is_complete)
    assert not inbox.filter_bar.star_buttons[0].isChecked()
    assert inbox.model.rowCount() == queries.count(inbox.store, ReviewFilter(view="needs_reply"))


def test_another_view_starts_unfiltered(qtbot, inbox: MainWindow) -> None:  # type: ignore[no-untyped-def]
    inbox.filter_bar.star_buttons[4].setChecked(True)
    inbox.sidebar.select_view("all")
    assert not inbox.filter_bar.star_buttons[4].isChecked() and chips(inbox) == []
    qtbot.waitUntil(lambda: inbox.model.is_complete, timeout=30_000)
    assert inbox.model.rowCount() == queries.count(inbox.store, ReviewFilter(view="all"))


def test_no_results_says_why_and_offers_clear(qtbot, inbox: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(inbox.filter_bar.search, "zzqqxx")
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 0 and inbox.empty_state.isVisible(), timeout=30_000)
    assert "zzqqxx" in inbox.empty_state.title.text() and inbox.empty_state.hint.text()
    assert not inbox.detail.isEnabled()  # no review the filter hides stays on screen
    qtbot.mouseClick(inbox.empty_state.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: inbox.model.rowCount() > 0, timeout=30_000)
    assert not inbox.empty_state.isVisible() and inbox.filter_bar.search.text() == ""
