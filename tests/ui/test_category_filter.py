"""The category filter is grouped — Reasons, Topics, Complaints by topic, Flags — under
headings that cannot be chosen, in plain words, and works with the chips and Clear."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

from workstation.store import Store
from workstation.ui.filter_bar import CHIP_ROLE, HEADING_ROLE
from workstation.ui.main_window import MainWindow

from .visible import elided

KIND_OF_GROUP = {"Reasons": "category:", "Topics": "topic:", "Complaints by topic": "topic:", "Flags": "flag:"}


def rows(win: MainWindow) -> list[tuple[str, object, bool]]:
    combo = win.filter_bar.label
    return [(combo.itemText(i), combo.itemData(i), bool(combo.itemData(i, HEADING_ROLE))) for i in range(combo.count())]


def test_choices_are_grouped_under_headings_that_cannot_be_chosen(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    combo = window.filter_bar.label
    listed = rows(window)
    assert listed[0] == ("Reasons and topics", None, False)  # everything: the filter is off
    headings = [text for text, _spec, heading in listed if heading]
    assert headings == ["Reasons", "Topics", "Complaints by topic", "Flags"]
    group = ""
    for i, (text, spec, heading) in enumerate(listed[1:], start=1):
        if heading:
            group = text
            assert not combo.model().flags(combo.model().index(i, 0)) & Qt.ItemFlag.ItemIsSelectable
            continue
        assert isinstance(spec, str) and spec.startswith(KIND_OF_GROUP[group]), (group, text, spec)
        assert spec.endswith(":neg") == (group == "Complaints by topic")
        assert "_" not in text and ":" not in text  # display names, never codes
    assert ("Health & safety (4)", "category:health_safety", False) in listed


def test_the_arrow_keys_skip_the_headings(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    combo = window.filter_bar.label
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentIndex() == 2 and not combo.currentData(HEADING_ROLE)  # past "Reasons"
    assert combo.currentData().startswith("category:")


def test_a_choice_filters_shows_a_plain_chip_and_clear_resets_it(qtbot, window: MainWindow, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    combo = window.filter_bar.label
    combo.setCurrentIndex(combo.findData("category:health_safety"))
    qtbot.waitUntil(lambda: window.model.is_complete)
    ids = [window.model.review_id(r) for r in range(window.model.rowCount())]
    labelled = {int(r[0]) for r in demo_store.query(
        "SELECT review_id FROM review_labels WHERE kind = 'category' AND label = 'health_safety'")}
    assert ids and set(ids) <= labelled
    assert [text for text, _undo in window.filter_bar.active()] == ["Health & safety"]  # no "(4)"
    window.filter_bar.clear()
    assert combo.currentIndex() == 0 and window.filter_bar.active() == []
    combo.setCurrentIndex(combo.findData("topic:food:neg"))
    assert [text for text, _undo in window.filter_bar.active()] == ["Food: negative"]
    assert combo.currentData(CHIP_ROLE) == "Food: negative"


def test_nothing_is_cut_at_1280x800(qtbot, window_1280: MainWindow, language: str) -> None:  # type: ignore[no-untyped-def]
    combo = window_1280.filter_bar.label
    assert elided(window_1280.filter_bar) == []
    # The closed box shows its whole text …
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    assert combo.fontMetrics().horizontalAdvance(combo.currentText()) <= field.width(), language
    # … and the open list is wide enough for its longest choice.
    view = combo.view()
    widest = max(view.sizeHintForIndex(combo.model().index(i, 0)).width() for i in range(combo.count()))
    assert view.minimumWidth() >= widest, language
    assert view.minimumWidth() <= window_1280.width()
