"""Help that cannot drift: the shortcuts list is read from the real actions; Escape and
Ctrl+W close the windows beside the inbox; Enter answers the selected review."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from workstation.store import Store
from workstation.ui.main_window import MainWindow
from workstation.ui.shortcuts_help import ShortcutsWindow, key_names, plain_text

from .test_composer import first_one_star


def shortcut_rows(actions: list[QAction]) -> set[tuple[str, str]]:
    """(menu text without '&', keys as the help writes them) of each action with a shortcut."""
    native = QKeySequence.SequenceFormat.NativeText
    rows = set()
    for action in actions:
        keys = [k.toString(native) for k in action.shortcuts() if not k.isEmpty()]
        if keys:
            rows.add((plain_text(action.text()), " or ".join(dict.fromkeys(keys))))
    return rows


def open_help(window: MainWindow) -> ShortcutsWindow:
    help_window = window.show_shortcuts()
    assert isinstance(help_window, ShortcutsWindow) and help_window.isVisible()
    return help_window


def test_every_menu_action_with_a_shortcut_is_listed_and_nothing_else(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    help_window = open_help(window)
    listed = {(name, keys) for _section, name, keys in help_window.listed()}
    from workstation.ui.composer import reply_actions

    expected = shortcut_rows(window.actions()) | shortcut_rows(list(reply_actions(window).values()))
    assert listed == expected  # each action with a shortcut appears; nothing without an action does
    keys = {k for _name, ks in listed for k in ks.split(" or ")}
    native = QKeySequence.SequenceFormat.NativeText
    # What the old hand-written list got wrong: eight views, the menu's import key, R.
    assert {QKeySequence(f"Ctrl+{n}").toString(native) for n in range(1, 9)} <= keys
    assert QKeySequence(QKeySequence.StandardKey.Open).toString(native) in keys
    assert ("Reply…", "R or Return or Enter") in listed
    assert "&" not in "".join(name for name, _ in listed)


def test_sections_follow_the_menus(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    sections = [s for s, _n, _k in open_help(window).listed()]
    menus = [plain_text(a.text()) for a in window.menuBar().actions()]
    assert list(dict.fromkeys(sections)) == [m for m in menus if m in sections] + ["Reply view"]
    assert ("Review", "Archive", "E") in open_help(window).listed()


def test_an_action_added_later_is_listed_without_touching_the_help(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    extra = window._action("Mark as spam", lambda: None, "Ctrl+Shift+M", name="spam")
    window.menuBar().actions()[0].menu().addAction(extra)
    assert ("File", "Mark as spam", key_names(extra)[0]) in open_help(window).listed()


def test_the_reply_views_own_actions_are_listed_once_it_exists(qtbot, window: MainWindow, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    window._select_row(window.model.row_of(first_one_star(demo_store)))  # type: ignore[arg-type]
    window.open_composer()
    assert window.composer is not None
    listed = {(n, k) for s, n, k in open_help(window).listed() if s == "Reply view"}
    assert listed == shortcut_rows(window.composer.actions())


def test_pressing_f1_twice_brings_the_same_window_forward(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    first = open_help(window)
    assert open_help(window) is first
    assert sum(isinstance(w, ShortcutsWindow) for w in window._windows) == 1


def test_the_reply_views_actions_have_the_names_of_its_buttons(qtbot, window: MainWindow, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    window._select_row(window.model.row_of(first_one_star(demo_store)))  # type: ignore[arg-type]
    window.open_composer()
    assert window.composer is not None
    assert window.composer.actions_by_name["send"].text() == window.composer.send_button.text()


def test_the_help_is_in_french_too(qtbot, demo_store: Store, language: str) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(demo_store, locale=language, demo=True, background_jobs=False)
    qtbot.addWidget(win)
    help_window = open_help(win)
    sections = {s for s, _n, _k in help_window.listed()}
    title, menus, reply = {"en": ("Keyboard shortcuts", {"File", "Review", "Reply view"}, "Reply…"),
                           "fr": ("Raccourcis clavier", {"Fichier", "Avis", "Vue de réponse"}, "Répondre…")}[language]
    assert help_window.windowTitle() == title
    assert menus <= sections
    assert any(n == reply for _s, n, _k in help_window.listed())


@pytest.mark.parametrize("open_window", ["dashboard", "crisis_room", "shortcuts"])
@pytest.mark.parametrize("key", ["Escape", "Ctrl+W"])
def test_escape_and_ctrl_w_close_the_windows_beside_the_inbox(qtbot, window: MainWindow, open_window: str,  # type: ignore[no-untyped-def]
                                                                key: str) -> None:
    window.findChild(QAction, open_window).trigger()
    opened: QWidget = window._windows[-1]
    assert opened.isVisible() and opened.isWindow()
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow, timeout=5000)
    sequence = QKeySequence(key)
    combo = sequence[0]
    qtbot.keyClick(opened.focusWidget() or opened, combo.key(), combo.keyboardModifiers())
    qtbot.waitUntil(lambda: opened not in window._windows, timeout=5000)  # closed and gone
    assert window.isVisible()  # the inbox stays


def test_enter_on_a_selected_review_opens_the_reply_view(qtbot, window: MainWindow, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    review_id = first_one_star(demo_store)
    window._select_row(window.model.row_of(review_id))  # type: ignore[arg-type]
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    composer = window.composer
    assert composer is not None and composer.isVisible()
    assert composer.review is not None and composer.review.id == review_id
    assert composer.editor.hasFocus()
    qtbot.keyClick(composer.editor, Qt.Key.Key_Return)  # in the editor Enter is a new line
    assert composer.editor.toPlainText().endswith("\n")


def test_enter_in_the_search_box_goes_to_the_results_not_to_a_reply(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.filter_bar.search.setFocus()
    qtbot.keyClicks(window.filter_bar.search, "pain")
    qtbot.waitUntil(lambda: not window.filter_bar._debounce.isActive())  # the search has run
    qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_Return)
    assert window.table.hasFocus()
    assert window.composer is None or not window.composer.isVisible()


def test_enter_on_a_suggestion_uses_it(qtbot, window: MainWindow, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    window._select_row(window.model.row_of(first_one_star(demo_store)))  # type: ignore[arg-type]
    window.open_composer()
    composer = window.composer
    assert composer is not None
    composer.suggestion_list.setFocus()
    composer.suggestion_list.setCurrentRow(1)
    qtbot.keyClick(composer.suggestion_list, Qt.Key.Key_Return)
    assert composer.editor.toPlainText() == composer.suggestions[1].text
