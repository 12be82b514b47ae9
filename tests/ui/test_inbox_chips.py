"""The inbox's reason chips: every reason is drawn or counted, and each fits the list alone.

Found in French at 1280×800: "Fraude, facturation ou remboursement" did not fit the Review
column, so a one-star review about being charged three times showed no reason at all, and a
third reason after two chips vanished without a trace.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from workstation.display_names import chip_name, known_codes
from workstation.store import Store
from workstation.ui.inbox_delegate import (
    REASONS_ROLE,
    chip_font,
    chip_width,
    chips_room,
    chips_that_fit,
    more_label,
)
from workstation.ui.inbox_model import COLUMNS
from workstation.ui.main_window import MainWindow


def plus(count: int) -> float:
    return 10.0 + 5 * len(str(count))


def test_all_chips_are_drawn_when_they_fit() -> None:
    assert chips_that_fit([50.0, 60.0], 120.0, 4.0, plus) == 2
    assert chips_that_fit([], 10.0, 4.0, plus) == 0


def test_chips_that_do_not_fit_leave_room_for_the_count_of_the_rest() -> None:
    # 50 + 4 + "+2" (15) + 4 fits in 80; a second chip beside "+1" would not.
    assert chips_that_fit([50.0, 60.0, 40.0], 80.0, 4.0, plus) == 1
    # The one reason too wide for the line becomes "+1" rather than nothing.
    assert chips_that_fit([300.0], 100.0, 4.0, plus) == 0
    assert more_label(3) == "+3"


def test_every_reason_chip_fits_the_review_column_alone(window_1280: MainWindow, language: str) -> None:
    table = window_1280.table
    metrics = QFontMetrics(chip_font(table.font()))
    room = chips_room(table.columnWidth(COLUMNS.index("review")) - 8)  # the cell's padding, both sides
    for category in known_codes("category"):
        label = chip_name(category, language)
        assert label and "_" not in label
        assert chips_that_fit([chip_width(metrics, label)], room, 4.0,
                              lambda n: chip_width(metrics, more_label(n))) == 1, label


def test_a_screen_reader_hears_the_reasons_in_full(window_1280: MainWindow, demo_store: Store,
                                                   language: str) -> None:
    review_id = demo_store.scalar("SELECT id FROM reviews WHERE text LIKE '%Débité trois fois%' LIMIT 1")
    row = window_1280.model.row_of(review_id)
    assert row is not None
    index = window_1280.model.index(row, COLUMNS.index("review"))
    chips = index.data(REASONS_ROLE)
    full = {"en": "Fraud, billing or refund", "fr": "Fraude, facturation ou remboursement"}[language]
    short = {"en": "Fraud or billing", "fr": "Fraude ou facturation"}[language]
    assert short in chips
    spoken = index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith(full) and "Débité trois fois" in spoken
