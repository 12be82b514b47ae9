"""U and Ctrl+Z take back a reply during its send delay: nothing reaches the outbox, the
reply is back in the editor, the user is told so, and the views refresh."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import NOW
from workstation.domain import TriageStatus
from workstation.store import Store, drafts
from workstation.ui.main_window import MainWindow

from .clock import FakeClock
from .test_composer import first_one_star


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


@pytest.fixture
def win(qtbot, demo_store: Store, clock: FakeClock) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_store, locale="en", demo=True, background_jobs=False, clock=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.model.is_complete, timeout=30_000)
    return window


def api_review(store: Store) -> int:
    review_id = first_one_star(store)
    store._conn.execute("UPDATE sources SET kind = 'api' WHERE id = (SELECT source_id FROM reviews WHERE id = ?)",
                        (review_id,))
    return review_id


def send_reply(qtbot, win: MainWindow, review_id: int, clock: FakeClock) -> str:  # type: ignore[no-untyped-def]
    """Open the reply to `review_id`, take the first suggestion, press Send; 4 s pass."""
    win._select_row(win.model.row_of(review_id))  # type: ignore[arg-type]
    win.open_composer()
    composer = win.composer
    assert composer is not None
    composer._use_suggestion(composer.suggestion_list.item(0))
    text = composer.editor.toPlainText()
    composer.send()
    assert composer.pending is not None and composer.editor.isReadOnly()
    assert not composer.ready_button.isEnabled()  # only Undo changes a reply on its way
    clock.advance(4)
    composer.tick()
    assert composer.undo_button.text() == "Undo send (6)"
    return text


def outbox_rows(store: Store) -> int:
    return int(store.scalar("SELECT count(*) FROM outbox"))


@pytest.mark.parametrize("keys", ["U on the list", "Ctrl+Z in the editor"])
def test_u_or_ctrl_z_cancels_a_pending_send(qtbot, win: MainWindow, demo_store: Store, clock: FakeClock,  # type: ignore[no-untyped-def]
                                            keys: str) -> None:
    review_id = api_review(demo_store)
    text = send_reply(qtbot, win, review_id, clock)
    composer = win.composer
    assert composer is not None
    with qtbot.waitSignal(win.operations.didExecute) as published:
        if keys == "U on the list":
            win.table.setFocus()
            qtbot.keyClick(win.table, Qt.Key.Key_U)
        else:
            composer.editor.setFocus()  # read-only while waiting: Ctrl+Z is the window's undo
            qtbot.keyClick(composer.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    changes = published.args[0]
    assert changes.drafts and review_id in changes.review_ids  # the views refresh from it
    assert composer.pending is None and not composer.undo_button.isVisible()
    assert win.statusBar().currentMessage() == "Sending cancelled: your reply is back in the editor."
    assert composer.editor.toPlainText() == text and not composer.editor.isReadOnly()
    assert composer.ready_button.isEnabled() and not composer.ready_button.isChecked()
    draft = drafts.current_draft(demo_store, review_id)
    assert draft is not None and draft.text == text and draft.state == "draft"  # never lost
    clock.advance(30)
    composer.tick()
    assert outbox_rows(demo_store) == 0  # nothing goes out later either


def test_after_the_delay_the_reply_is_queued_and_u_no_longer_takes_it_back(qtbot, win: MainWindow,  # type: ignore[no-untyped-def]
                                                                         demo_store: Store, clock: FakeClock) -> None:
    review_id = api_review(demo_store)
    send_reply(qtbot, win, review_id, clock)
    clock.advance(6)
    assert win.composer is not None
    win.composer.tick()
    assert outbox_rows(demo_store) == 1
    assert demo_store.scalar("SELECT reply_state FROM reviews WHERE id = ?", (review_id,)) == "queued"
    win.undo()
    assert win.statusBar().currentMessage() == "Nothing to undo."
    assert outbox_rows(demo_store) == 1


def test_the_send_is_undone_before_an_earlier_triage_change(qtbot, win: MainWindow, demo_store: Store,  # type: ignore[no-untyped-def]
                                                            clock: FakeClock) -> None:
    review_id = api_review(demo_store)
    other = next(i for i in (win.model.review_id(r) for r in range(win.model.rowCount())) if i != review_id)
    win._select_row(win.model.row_of(other))  # type: ignore[arg-type]
    win.set_status(TriageStatus.ARCHIVED)
    send_reply(qtbot, win, review_id, clock)
    win.undo()  # first the send …
    assert outbox_rows(demo_store) == 0
    assert demo_store.scalar("SELECT status FROM reviews WHERE id = ?", (other,)) == "archived"
    win.undo()  # … then the archiving
    assert demo_store.scalar("SELECT status FROM reviews WHERE id = ?", (other,)) == "open"


def test_moving_to_another_review_while_waiting_keeps_both_safe(qtbot, win: MainWindow, demo_store: Store,  # type: ignore[no-untyped-def]
                                                                clock: FakeClock) -> None:
    review_id = api_review(demo_store)
    text = send_reply(qtbot, win, review_id, clock)
    composer = win.composer
    assert composer is not None
    win.move(1)  # J: the next review, while the first one waits
    assert composer.review is not None and composer.review.id != review_id
    assert not composer.editor.isReadOnly()  # the next reply can be written
    win.undo()
    assert win.statusBar().currentMessage() == "Sending cancelled: your reply is kept as a draft."
    draft = drafts.current_draft(demo_store, review_id)
    assert draft is not None and draft.text == text and outbox_rows(demo_store) == 0
