"""Triage in the window: background analysis, urgency badges, reasons, filters, crisis banner."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from workstation import demo
from workstation.store import ReviewFilter, Store, queries
from workstation.ui.inbox_model import COLUMNS
from workstation.ui.main_window import MainWindow


def test_background_analysis_fills_the_urgent_view(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = Store(tmp_path / "fresh.sqlite3")
    demo.build_demo(store)  # dates relative to now, so the urgent ones are recent
    win = MainWindow(store, demo=True)
    qtbot.addWidget(win)
    win.show()
    assert win.analysis is not None
    with qtbot.waitSignal(win.analysis.updated, timeout=60000) as blocker:
        pass  # started by the window itself, after the first paint
    assert blocker.args[0] == queries.count(store, ReviewFilter(view="all"))
    win.sidebar.select_view("urgent")
    assert win.model.rowCount() >= 5
    first = queries.review_detail(store, win.model.review_id(0))  # type: ignore[arg-type]
    assert first is not None and first.analysis_json
    level = win.model.data(win.model.index(0, COLUMNS.index("urgency")))
    assert level == "Critical"
    assert win.detail.reasons.text().startswith("Urgency: Critical")
    assert "“" in win.detail.reasons.text()  # evidence quoted
    assert win.detail.text.extraSelections()  # and highlighted in the text
    assert win.crisis_banner.isVisible()  # the demo's health & safety spike


def test_label_filter_and_crisis_button(qtbot, window: MainWindow, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    combo = window.filter_bar.label
    index = combo.findData("category:health_safety")
    assert index > 0
    window.sidebar.select_view("all")
    combo.setCurrentIndex(index)
    ids = [window.model.review_id(r) for r in range(window.model.rowCount())]
    assert ids and all(
        demo_store.scalar("SELECT count(*) FROM review_labels WHERE review_id = ? AND label = 'health_safety'", (i,))
        for i in ids
    )
    assert window.crisis_banner.crisis is not None
    window.crisis_banner.show_button.click()
    room = window._windows[-1]
    assert room.isVisible()
    window.show_reviews(list(window.crisis_banner.crisis.review_ids))
    assert window.model.rowCount() == window.crisis_banner.crisis.count
    dismissed = window.crisis_banner.crisis.key
    window.crisis_banner.dismiss()
    assert window.crisis_banner.isHidden() or window.crisis_banner.crisis.key != dismissed
    assert demo_store.scalar("SELECT status FROM crises WHERE key = ?", (dismissed,)) == "dismissed"


def test_detail_for_unanalysed_review(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from workstation.domain import ReviewRecord
    from workstation.store import import_records

    store = Store(tmp_path / "n.sqlite3")
    import_records(store, [ReviewRecord("ok", 3, "A", datetime(2026, 1, 1, tzinfo=UTC), "x")], platform_hint="yelp")
    win = MainWindow(store, background_jobs=False)
    qtbot.addWidget(win)
    win.show()
    assert win.detail.reasons.text() == "Not analysed yet."


def test_deadlines_column_and_due_view(qtbot, window: MainWindow, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from workstation.metrics.deadlines import refresh_deadlines

    # The demo is five months of history imported at once: only the reviews of the last
    # 14 days carry a deadline; older ones say "older review: no deadline".
    with_deadline = refresh_deadlines(demo_store, now=datetime(2026, 11, 25, 12, tzinfo=UTC))
    assert with_deadline >= 20
    window.sidebar.select_view("due")
    qtbot.waitUntil(lambda: window.model.is_complete, timeout=30_000)
    assert window.model.rowCount() == with_deadline
    dues = [demo_store.scalar("SELECT due_at FROM reviews WHERE id = ?", (window.model.review_id(r),))
            for r in range(window.model.rowCount())]
    assert dues == sorted(dues)  # soonest first
    text = window.model.data(window.model.index(0, COLUMNS.index("due")))
    assert text.startswith(("overdue by", "due in"))
