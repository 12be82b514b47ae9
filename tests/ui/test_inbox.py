"""Inbox UI: views, filters, search, keyboard triage with undo, detail pane, hostile text."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt

from workstation.domain import ReviewRecord
from workstation.ops import OpChanges
from workstation.store import ReviewFilter, Store, import_records, queries, settings
from workstation.ui.inbox_model import COLUMNS
from workstation.ui.main_window import MainWindow


def shown_ids(win: MainWindow) -> list[int]:
    return [win.model.review_id(r) for r in range(win.model.rowCount())]  # type: ignore[misc]


def test_opens_on_needs_reply_with_detail(window: MainWindow, demo_store: Store) -> None:
    assert window.model.rowCount() == queries.count(demo_store, ReviewFilter(view="needs_reply"))
    assert window.current_review_id() == window.model.review_id(0)
    detail = queries.review_detail(demo_store, window.current_review_id())  # type: ignore[arg-type]
    assert window.detail.text.toPlainText() == detail.text  # type: ignore[union-attr]


def test_star_filter_and_language(window: MainWindow, demo_store: Store) -> None:
    window.filter_bar.star_buttons[0].setChecked(True)
    rows = queries.fetch_rows(demo_store, shown_ids(window))
    assert rows and all(r.stars == 1 for r in rows.values())
    window.filter_bar.lang.setCurrentIndex(window.filter_bar.lang.findData("fr"))
    rows = queries.fetch_rows(demo_store, shown_ids(window))
    assert rows and all(r.stars == 1 and r.lang == "fr" for r in rows.values())


def test_search_is_accent_insensitive(qtbot, window: MainWindow, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    window.sidebar.select_view("all")
    qtbot.keyClick(window.table, Qt.Key.Key_Slash)
    assert window.filter_bar.search.hasFocus()
    qtbot.keyClicks(window.filter_bar.search, "hopital")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=30_000)
    assert "hôpital" in window.detail.text.toPlainText()


def test_keyboard_triage_persists_and_undoes(qtbot, window: MainWindow, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    window.table.setFocus()
    first, second = window.model.review_id(0), window.model.review_id(1)
    qtbot.keyClick(window.table, Qt.Key.Key_J)
    assert window.current_review_id() == second
    qtbot.keyClick(window.table, Qt.Key.Key_K)
    assert window.current_review_id() == first
    before = window.model.rowCount()
    qtbot.keyClick(window.table, Qt.Key.Key_E)
    assert window.model.rowCount() == before - 1
    assert window.current_review_id() == second  # moves on to the next review, like a mail client
    assert demo_store.scalar("SELECT status FROM reviews WHERE id = ?", (first,)) == "archived"
    qtbot.keyClick(window.table, Qt.Key.Key_N)
    assert demo_store.scalar("SELECT status FROM reviews WHERE id = ?", (second,)) == "no_reply_needed"
    qtbot.keyClick(window.table, Qt.Key.Key_U)
    assert demo_store.scalar("SELECT status FROM reviews WHERE id = ?", (second,)) == "open"
    assert window.current_review_id() == second
    qtbot.keyClick(window.table, Qt.Key.Key_U)
    assert demo_store.scalar("SELECT status FROM reviews WHERE id = ?", (first,)) == "open"
    assert window.model.rowCount() == before


def test_bulk_action_with_undo(qtbot, window: MainWindow, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    window.table.setFocus()
    ids = shown_ids(window)[:3]
    # Through the selection model, not selectRow: selectRow reads the keyboard modifiers Qt
    # believes are held, which an earlier test in the shuffled order may have left "pressed".
    selection = window.table.selectionModel()
    flags = selection.SelectionFlag
    selection.setCurrentIndex(window.model.index(0, 0), flags.ClearAndSelect | flags.Rows)
    for row in (1, 2):
        selection.select(window.model.index(row, 0), flags.Select | flags.Rows)
    qtbot.keyClick(window.table, Qt.Key.Key_N)
    assert queries.count(demo_store, ReviewFilter(view="no_reply_needed")) == 3
    assert not set(ids) & set(shown_ids(window))
    qtbot.keyClick(window.table, Qt.Key.Key_U)
    assert queries.count(demo_store, ReviewFilter(view="no_reply_needed")) == 0


def test_sidebar_views_sources_locations(window: MainWindow, demo_store: Store) -> None:
    window.sidebar.select_view("replied")
    assert window.model.rowCount() == queries.count(demo_store, ReviewFilter(view="replied")) > 0
    loc = queries.list_locations(demo_store)[0]
    window.sidebar.select_filter(ReviewFilter(view="all", location_id=loc.id))
    assert window.model.rowCount() == loc.reviews


def test_saved_view_round_trip(qtbot, window: MainWindow, demo_store: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    window.filter_bar.star_buttons[0].setChecked(True)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("One star", True))
    published: list[OpChanges] = []
    window.operations.didExecute.connect(lambda changes, _initiator: published.append(changes))
    window._save_view()
    names = [window.sidebar.topLevelItem(i).text(0) for i in range(window.sidebar.topLevelItemCount())]
    assert "Saved views" in names
    # Through the funnel, as settings: a team desktop's link pushes the view (ui/team_link.py).
    assert [c.settings for c in published] == [True]
    window._delete_view("One star")
    assert "One star" not in dict(settings.saved_views(demo_store)) and len(published) == 2


def test_hostile_text_is_shown_verbatim(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = Store(tmp_path / "h.sqlite3")
    hostile = "<script>alert(1)</script><b>bold</b>\u202eRTL\u202c \x07 emoji 😡🔥 " + "x" * 100_000
    import_records(store, [ReviewRecord(hostile, 1, "<i>Evil</i>", datetime(2026, 1, 1, tzinfo=UTC), "h1")],
                   platform_hint="yelp")
    win = MainWindow(store, locale="en", background_jobs=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.model.is_complete and "(" in win.sidebar.topLevelItem(0).text(0), timeout=30_000)
    assert win.detail.text.toPlainText() == hostile
    assert win.detail.heading.text() == "<i>Evil</i>"
    assert win.detail.heading.textFormat() == Qt.TextFormat.PlainText
    snippet = win.model.data(win.model.index(0, COLUMNS.index("review")))
    assert snippet.startswith("<script>") and len(snippet) <= 160
    win.close()


def test_window_geometry_is_remembered(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(demo_store, background_jobs=False)
    qtbot.addWidget(win)
    win.resize(720, 520)
    win.show()
    saved = (win.width(), win.height())
    win.close()
    again = MainWindow(demo_store, background_jobs=False)
    qtbot.addWidget(again)
    assert saved[1] != 820  # not the default height
    # Offscreen the screen is 800 px wide, so restoreGeometry may narrow the window to fit.
    assert again.height() == saved[1]
