"""The reply view at 1280×800 in English and French: the review stays in sight above a
tall editor, suggestions are shown whole, no button is cut."""

from __future__ import annotations

import pytest

from workstation.ui.inbox_model import COLUMNS
from workstation.ui.main_window import MainWindow

from .visible import elided


@pytest.fixture
def replying(window_1280: MainWindow) -> MainWindow:
    window_1280.open_composer()
    return window_1280


def test_the_review_stays_above_a_tall_editor(replying: MainWindow) -> None:
    composer = replying.composer
    assert composer is not None and composer.isVisible()
    detail = replying.detail
    assert detail.text.isVisible() and detail.text.toPlainText()
    assert not detail.history.isVisible()  # steps aside while replying
    assert detail.text.mapTo(replying, detail.text.rect().topLeft()).y() < composer.editor.mapTo(replying, composer.editor.rect().topLeft()).y()
    assert composer.editor.height() >= 6 * composer.editor.fontMetrics().lineSpacing()
    assert elided(composer) == [] and elided(detail) == []
    assert not replying.sidebar.isVisible() and composer.width() >= 600  # the sidebar steps aside for the reply
    table, review = replying.table, COLUMNS.index("review")
    aside = [COLUMNS.index(c) for c in ("source", "date")]
    assert all(table.isColumnHidden(c) for c in aside)  # shown above the reply: the list keeps the review's text
    assert table.columnWidth(review) >= 250
    replying.close_composer()
    assert detail.history.isVisible()
    assert replying.sidebar.isVisible() and replying.sidebar.width() >= 150  # and comes back with the list
    assert not any(table.isColumnHidden(c) for c in aside)


def test_a_column_the_owner_hid_stays_hidden_after_the_reply(window_1280: MainWindow) -> None:
    date = COLUMNS.index("date")
    window_1280.table.setColumnHidden(date, True)
    window_1280.open_composer()
    window_1280.close_composer()
    assert window_1280.table.isColumnHidden(date)
    assert not window_1280.table.isColumnHidden(COLUMNS.index("source"))


def test_suggestions_are_whole(replying: MainWindow) -> None:
    composer = replying.composer
    assert composer is not None and composer.suggestions
    for row, suggestion in enumerate(composer.suggestions):
        assert suggestion.text.strip() in composer.suggestion_list.item(row).text()
    assert composer.suggestion_list.wordWrap()


def test_the_layout_remembered_while_replying_is_the_inbox_own(window_1280: MainWindow) -> None:
    table, source = window_1280.table, COLUMNS.index("source")
    window_1280.open_composer()
    window_1280.save_geometry()  # as when the window closes with a reply open
    assert table.isColumnHidden(source) and not window_1280.sidebar.isVisible()  # the reply is left as it was
    window_1280.close_composer()
    table.setColumnHidden(source, True)
    window_1280._restore_geometry()  # the next start
    assert not table.isColumnHidden(source)
    sizes = window_1280.splitter.sizes()
    assert sizes[0] >= 150  # the sidebar keeps its width
