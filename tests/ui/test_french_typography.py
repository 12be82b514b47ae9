"""What the window shows in French follows French typography: decimal commas, a no-break
space before every colon (detail pane, crisis banner), plurals that agree, no midnight
time on a review that only had a date."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFormLayout, QLabel

from workstation.domain import to_iso
from workstation.store import Store, queries
from workstation.store.analysis_results import CrisisRow, save_crises
from workstation.ui import translation
from workstation.ui.crisis_banner import CrisisBanner
from workstation.ui.detail import DetailPane

from .conftest import NOW

DECIMAL_POINT = re.compile(r"\d\.\d")
# A colon ending a word in French must have a no-break space before it ("Statut :").
BAD_COLON = re.compile(r"(?<!\u00a0):(?=\s|$)")


@pytest.fixture
def french(qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    translation.install("fr")
    yield "fr"
    translation.install("en")


def two_crises(store: Store) -> None:
    start = NOW - timedelta(hours=20)
    save_crises(store, [
        CrisisRow("a", "category", "health_safety", start, NOW, 3, 0.1, [], ["malade", "hôpital"]),
        CrisisRow("b", "topic", "wait", start, NOW, 4, 1.5, [], []),
    ], now=NOW)


def test_crisis_banner_in_french(qtbot, tmp_path: Path, french: str) -> None:  # type: ignore[no-untyped-def]
    store = Store(tmp_path / "s.sqlite3")
    two_crises(store)
    banner = CrisisBanner(store, french)
    qtbot.addWidget(banner)
    text = banner.text.text()
    assert "0,1" in text and not DECIMAL_POINT.search(text)
    assert "(et 1 autre crise possible : voir la cellule de crise)" in text and "autres" not in text  # singular for one
    assert text.startswith("Crise possible\u00a0: 3 avis négatifs") and "en 20\u00a0h" in text  # "20 | h" never splits
    assert "«\u202fmalade\u202f»" in text and "“" not in text
    assert not BAD_COLON.search(text)
    store.close()


def test_crisis_banner_in_english(qtbot, tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    store = Store(tmp_path / "s.sqlite3")
    two_crises(store)
    banner = CrisisBanner(store, "en")
    qtbot.addWidget(banner)
    assert "usually 0.1 a day" in banner.text.text() and "(and 1 other possible crisis: see the crisis room)" in banner.text.text()
    store.close()


def form_labels(pane: DetailPane) -> list[str]:
    form = pane.findChild(QFormLayout)
    assert form is not None
    labels = [form.itemAt(i, QFormLayout.ItemRole.LabelRole) for i in range(form.rowCount())]
    return [item.widget().text() for item in labels if item is not None and isinstance(item.widget(), QLabel)]


def test_detail_pane_spaces_every_colon_the_same_way(qtbot, demo_store: Store, french: str) -> None:  # type: ignore[no-untyped-def]
    review_id = demo_store.scalar("SELECT id FROM reviews WHERE text LIKE '%hôpital%' LIMIT 1")
    pane = DetailPane(french)
    qtbot.addWidget(pane)
    pane.show_review(queries.review_detail(demo_store, review_id))
    labels = form_labels(pane)
    assert "Note\u00a0:" in labels and "Statut\u00a0:" in labels and "Source\u00a0:" in labels
    assert all(label.endswith("\u00a0:") for label in labels), labels
    reasons = pane.reasons.text()
    assert reasons.startswith("Urgence\u00a0: ") and not BAD_COLON.search(reasons), reasons
    assert "«\u202f" in reasons and "“" not in reasons
    shown = "\n".join([*labels, reasons, *(v.text() for v in pane.fields.values())])
    assert not DECIMAL_POINT.search(shown)
    assert not re.search("[\u00a0\u202f ]{2}", shown), "one space, never two"


def test_a_date_only_review_shows_no_time(qtbot, demo_store: Store, french: str) -> None:  # type: ignore[no-untyped-def]
    review_id = demo_store.scalar("SELECT id FROM reviews ORDER BY id LIMIT 1")
    midnight = datetime(2026, 11, 20).astimezone()  # a file gave "20/11/2026": local midnight
    with demo_store.transaction() as conn:
        conn.execute("UPDATE reviews SET created_at = ? WHERE id = ?", (to_iso(midnight), review_id))
    pane = DetailPane(french)
    qtbot.addWidget(pane)
    pane.show_review(queries.review_detail(demo_store, review_id))
    shown = pane.fields["date"].text()
    assert "20 nov. 2026" in shown and "00:00" not in shown and "heure" not in shown, shown


def test_dates_and_deadlines_are_never_cut_at_1280(qtbot, window_1280) -> None:  # type: ignore[no-untyped-def]
    """"il y a 2 semai…" / "à traiter dans 18 …": every Date and Reply due cell fits its two lines."""
    from PySide6.QtCore import QRect, Qt

    from workstation.ui.inbox_model import COLUMNS

    win = window_1280
    win.sidebar.select_view("all")
    qtbot.waitUntil(lambda: win.model.is_complete, timeout=30_000)
    metrics = win.table.fontMetrics()
    height = win.table.verticalHeader().defaultSectionSize()
    for column in ("date", "due"):
        index = COLUMNS.index(column)
        width = win.table.columnWidth(index) - 8  # the cell's text margins
        for row in range(win.model.rowCount()):
            text = win.model.data(win.model.index(row, index))
            if not text:
                continue
            needed = metrics.boundingRect(QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text)
            assert needed.width() <= width and needed.height() <= height, (column, text)
