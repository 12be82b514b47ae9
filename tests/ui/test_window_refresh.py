"""The window refreshes from the change sets operations return: after a send, an undo, an
import or a sync every view agrees with the database; closing cancels the analysis
between batches and the next run resumes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from workstation import demo
from workstation.domain import TriageStatus
from workstation.store import ReviewFilter, Store, queries
from workstation.store.analysis_results import count_pending
from workstation.ui.main_window import MainWindow
from workstation.ui.sidebar import FILTER_ROLE

from .clock import let_send_delay_pass

pytestmark = pytest.mark.gui


def sidebar_count(win: MainWindow, view: str) -> int:
    """The number the sidebar shows beside a standard view."""
    for item in win.sidebar._iter_items():
        f = item.data(0, FILTER_ROLE)
        if isinstance(f, ReviewFilter) and f.view == view and f.source_id is None and f.location_id is None:
            return int(item.text(0).rsplit("(", 1)[1].rstrip(")"))
    raise AssertionError(f"no sidebar entry for {view}")


def all_rows(qtbot, win: MainWindow) -> int:  # type: ignore[no-untyped-def]
    """Rows of the list once the rest of the first page has loaded."""
    qtbot.waitUntil(lambda: win.model.is_complete, timeout=5000)
    return win.model.rowCount()


def shown_ids(win: MainWindow) -> list[int]:
    return [win.model.review_id(r) for r in range(win.model.rowCount())]  # type: ignore[misc]


def api_review(store: Store) -> int:
    review_id = int(store.scalar("SELECT id FROM reviews WHERE stars = 1 AND reply_state = 'none' "
                                 "AND text LIKE 'Food poisoning%'"))
    store._conn.execute("UPDATE sources SET kind = 'api' WHERE id = (SELECT source_id FROM reviews WHERE id = ?)",
                       (review_id,))
    return review_id


def test_after_send_the_outbox_list_sidebar_and_editor_agree(qtbot, window: MainWindow, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    review_id = api_review(demo_store)
    window._select_row(window.model.row_of(review_id))  # type: ignore[arg-type]
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_R)
    composer = window.composer
    assert composer is not None
    composer._use_suggestion(composer.suggestion_list.item(0))
    text = composer.editor.toPlainText()
    window.sidebar.select_view("outbox")  # looking at the Outbox while the reply goes out
    assert shown_ids(window) == [] and sidebar_count(window, "outbox") == 0
    composer.send()
    let_send_delay_pass(composer)  # the undo delay elapses

    assert shown_ids(window) == [review_id]  # no re-selecting needed
    assert sidebar_count(window, "outbox") == 1 == queries.view_counts(demo_store)["outbox"]
    window.sidebar.select_view("all")
    window._select_row(window.model.row_of(review_id))  # type: ignore[arg-type]
    composer.open_review(queries.review_detail(demo_store, review_id), composer.review_input)  # type: ignore[arg-type]
    assert composer.editor.toPlainText() == text  # the queued reply, not an empty box
    assert not composer.suggestion_list.isVisible()


def test_triage_and_undo_refresh_list_and_counts(qtbot, window: MainWindow, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    first = shown_ids(window)[0]
    archived = sidebar_count(window, "archived")
    window._select_row(0)
    window.set_status(TriageStatus.ARCHIVED)
    assert first not in shown_ids(window)
    assert sidebar_count(window, "archived") == archived + 1
    window.undo()
    assert first in shown_ids(window)
    assert sidebar_count(window, "archived") == archived
    assert window.current_review_id() == first


def test_import_refreshes_the_views(qtbot, window: MainWindow, demo_store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.sidebar.select_view("all")
    before = all_rows(qtbot, window)
    f = tmp_path / "more.csv"
    f.write_text("rating,text\n4,Nice new bakery\n2,Cold bread today\n", encoding="utf-8")
    flow = window.import_files([f])
    assert flow is not None
    with qtbot.waitSignal(flow.done, timeout=20000):
        pass
    assert all_rows(qtbot, window) == before + 2
    assert sidebar_count(window, "all") == before + 2


def test_sync_and_send_refresh_the_views(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Against the in-process demo platform: the views follow each run's change set."""
    from workstation.store.sync_state import add_source

    store = Store(tmp_path / "sync.sqlite3")
    add_source(store, platform="demo", name="Demo platform")
    win = MainWindow(store, background_jobs=False)
    qtbot.addWidget(win)
    win.show()
    win.sidebar.select_view("all")
    assert win.sync is not None and all_rows(qtbot, win) == 0
    with qtbot.waitSignal(win.sync.finished, timeout=30000):
        win.sync_now()
    synced = queries.count(store, ReviewFilter(view="all"))
    assert synced > 0 and all_rows(qtbot, win) == synced == sidebar_count(win, "all")

    review_id = int(store.scalar("SELECT id FROM reviews WHERE reply_state = 'none' LIMIT 1"))
    win._select_row(win.model.row_of(review_id))  # type: ignore[arg-type]
    win.open_composer()
    assert win.composer is not None
    win.composer.editor.setPlainText("Thank you very much for your review, see you soon!")
    win.composer.send()
    let_send_delay_pass(win.composer)
    win.sidebar.select_view("outbox")
    assert shown_ids(win) == [review_id] and sidebar_count(win, "outbox") == 1
    with qtbot.waitSignal(win.sync.finished, timeout=30000):
        win.sync_now([])  # sends the outbox
    assert shown_ids(win) == [] and sidebar_count(win, "outbox") == 0  # it left the Outbox at once
    assert sidebar_count(win, "replied") == queries.view_counts(store)["replied"] >= 1
    win.close()
    store.close()


def test_closing_stops_the_analysis_after_its_batch_and_the_next_run_resumes(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    import threading

    from workstation.analysis.model import ANALYSIS_VERSION
    from workstation.ops.process import process_new_reviews
    from workstation.store import analysis_results

    store = Store(tmp_path / "big.sqlite3")
    demo.build_demo(store)  # 320+ reviews, none analysed yet
    total = count_pending(store, ANALYSIS_VERSION)
    # The job holds after storing its first batch until the window has been closed, so the
    # test does not depend on how many batches a fast machine finishes before close() runs.
    save, saved, closed = analysis_results.save_analysis, threading.Event(), threading.Event()

    def save_then_hold_once(*args: object, **kwargs: object) -> None:
        save(*args, **kwargs)  # type: ignore[arg-type]
        if not saved.is_set():
            saved.set()
            closed.wait(timeout=60)

    monkeypatch.setattr(analysis_results, "save_analysis", save_then_hold_once)
    win = MainWindow(store, background_jobs=False)
    qtbot.addWidget(win)
    win.show()
    assert win.analysis is not None
    win.analysis.start()
    qtbot.waitUntil(saved.is_set, timeout=60_000)  # a first batch is stored
    win.close()  # asks the job to stop after the batch it is on
    closed.set()
    qtbot.waitUntil(lambda: win.analysis.job is None, timeout=30_000)  # type: ignore[union-attr]
    left = count_pending(store, ANALYSIS_VERSION)
    assert 0 < left < total  # stopped early, kept its finished batches

    resumed = process_new_reviews(store)
    assert resumed.analysed == left and count_pending(store, ANALYSIS_VERSION) == 0
    store.close()
