"""Search hits are marked in the detail pane's text as in the list (same accent-insensitive
matching), on top of the reasons' evidence, and go away when the search is cleared."""

from __future__ import annotations

from PySide6.QtGui import QColor

from workstation.ui.inbox_delegate import search_hit_format
from workstation.ui.main_window import MainWindow


def hits(win: MainWindow) -> list[str]:
    """The words marked as search hits in the detail pane's text."""
    colour = search_hit_format().background().color()
    return [s.cursor.selectedText() for s in win.detail.text.extraSelections()
            if s.format.background().color() == QColor(colour)]


def test_search_hits_are_marked_in_the_detail_pane(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.sidebar.select_view("all")
    qtbot.keyClicks(window.filter_bar.search, "hopital")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=30_000)
    window.move(0)
    qtbot.waitUntil(lambda: "hôpital" in window.detail.text.toPlainText())
    assert hits(window) == ["hôpital"]  # found without the accent, marked with it
    evidence = [s for s in window.detail.text.extraSelections() if s.cursor.selectedText() != "hôpital"]
    assert evidence, "the reasons' evidence stays marked too"
    window.filter_bar.search.clear()
    qtbot.waitUntil(lambda: hits(window) == [], timeout=30_000)
