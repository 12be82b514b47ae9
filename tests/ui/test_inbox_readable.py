"""The inbox read at 1280×800, in English and French, as a shop owner sees it."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from workstation.store import Store
from workstation.ui.inbox_delegate import HIGHLIGHT_ROLE, REASONS_ROLE, highlight_spans
from workstation.ui.inbox_model import COLUMNS
from workstation.ui.main_window import MainWindow

from .visible import elided

REASON = {"en": "Health & safety", "fr": "Santé & sécurité"}
URGENCY = {"en": "Urgency: Critical", "fr": "Urgence\u00a0: Critique"}  # French: no-break space


@pytest.fixture
def inbox(window_1280: MainWindow) -> MainWindow:
    return window_1280


def poisoning_row(win: MainWindow, demo_store: Store) -> int:
    review_id = demo_store.scalar("SELECT id FROM reviews WHERE text LIKE '%hôpital%' LIMIT 1")
    row = win.model.row_of(review_id)
    assert row is not None
    return row


def test_the_list_fits_1280_with_the_useful_columns(inbox: MainWindow) -> None:
    shown = [c for i, c in enumerate(COLUMNS) if not inbox.table.isColumnHidden(i)]
    assert shown == ["stars", "source", "author", "review", "date", "due"]
    assert not inbox.table.horizontalScrollBar().isVisible()
    header = inbox.table.horizontalHeader()
    for i in range(len(COLUMNS)):
        if not inbox.table.isColumnHidden(i):  # every column title readable in full
            assert header.sectionSize(i) >= header.sectionSizeFromContents(i).width(), COLUMNS[i]
    assert inbox.table.columnWidth(COLUMNS.index("review")) >= 240
    assert inbox.table.rowHeight(0) >= 2 * inbox.table.fontMetrics().lineSpacing()  # two lines of text
    assert elided(inbox.detail) == []


def test_a_row_says_why_and_its_tooltip_has_the_whole_text(inbox: MainWindow, demo_store: Store,
                                                           language: str) -> None:
    row = poisoning_row(inbox, demo_store)
    index = inbox.model.index(row, COLUMNS.index("review"))
    assert REASON[language] in index.data(REASONS_ROLE)
    text = demo_store.scalar("SELECT text FROM reviews WHERE id = ?", (inbox.model.review_id(row),))
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert text.replace("'", "&#x27;").split()[-1] in tooltip  # the end of the text, not a cut snippet
    assert "<script" not in tooltip


def test_detail_pane_says_urgency_in_words_and_each_reason_once(inbox: MainWindow, demo_store: Store,
                                                                language: str) -> None:
    row = poisoning_row(inbox, demo_store)
    selection = inbox.table.selectionModel()  # not selectRow: it reads the modifiers Qt believes held
    selection.setCurrentIndex(inbox.model.index(row, 0),
                              selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows)
    reasons = inbox.detail.reasons.text()
    assert reasons.splitlines()[0] == URGENCY[language]
    assert not re.search(r"\d\.\d\d", reasons)  # never a raw score
    labels = [line.split(" — ")[0] for line in reasons.splitlines() if line.startswith("• ")]
    assert labels and len(labels) == len(set(labels))


def test_search_words_are_highlighted_without_accents(qtbot, inbox: MainWindow) -> None:  # type: ignore[no-untyped-def]
    inbox.sidebar.select_view("all")
    qtbot.keyClicks(inbox.filter_bar.search, "hopital")
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 1, timeout=30_000)
    index = inbox.model.index(0, COLUMNS.index("review"))
    words = index.data(HIGHLIGHT_ROLE)
    assert words == ["hopital"]
    text = index.data(Qt.ItemDataRole.DisplayRole)
    assert [text[start:start + length] for start, length in highlight_spans(text, words)] == ["hôpital"]


def test_hostile_text_in_the_tooltip_is_escaped(inbox: MainWindow, demo_store: Store) -> None:
    review_id = inbox.model.review_id(0)
    with demo_store.transaction() as conn:
        conn.execute("UPDATE reviews SET text = ? WHERE id = ?", ("<b>bold</b> <img src=x>", review_id))
    inbox.model.refresh_rows([review_id])  # type: ignore[list-item]
    tooltip = inbox.model.index(0, COLUMNS.index("review")).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;bold&lt;/b&gt;" in tooltip and "<img" not in tooltip


def test_every_view_name_and_its_count_fit_the_sidebar(inbox: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    sidebar = inbox.sidebar
    qtbot.waitUntil(lambda: "(" in sidebar.topLevelItem(0).text(0), timeout=30_000)  # counts are in
    room = sidebar.viewport().width() - sidebar.indentation()
    for i in range(sidebar.topLevelItemCount()):
        text = re.sub(r"\(\d+\)", "(999)", sidebar.topLevelItem(i).text(0))  # room for a busy inbox
        # 10 % spare: a real screen's fonts run wider than the offscreen platform's.
        assert sidebar.fontMetrics().horizontalAdvance(text) * 1.1 <= room, text
