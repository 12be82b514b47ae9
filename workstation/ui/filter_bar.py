"""Search box and filters above the inbox list (rating, language, period).

Every active filter also shows as a chip under the bar ("2★ ✕", "Search: “pain” ✕") with
"Clear filters": a list narrowed by a filter never looks like the whole inbox. The
category filter is grouped (Reasons, Topics, Complaints by topic, Flags) under headings
that cannot be chosen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workstation.store import ReviewFilter

HEADING_ROLE = Qt.ItemDataRole.UserRole + 1  # True on a group's heading row
CHIP_ROLE = Qt.ItemDataRole.UserRole + 2  # what the filter's chip says (the name without its count)
_INDENT = 14


@dataclass(frozen=True)
class LabelChoice:
    name: str  # as listed, e.g. "Health & safety (4)"
    spec: str  # the filter, e.g. "category:health_safety"
    chip: str  # as the chip says it, e.g. "Health & safety"


class _GroupedDelegate(QStyledItemDelegate):
    """Headings flush left; the choices indented under them."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        if index.row() > 0 and not index.data(HEADING_ROLE):
            opt.rect = opt.rect.adjusted(_INDENT, 0, 0, 0)
        super().paint(painter, opt, index)


class FilterBar(QWidget):
    """Emits `changed()` (debounced for typing) whenever a filter changes."""

    changed = Signal()
    saveRequested = Signal()

    def __init__(self, languages: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Two rows (search, then filters) so the window fits a 1280-pixel screen.
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(4)
        top = QHBoxLayout()
        layout = QHBoxLayout()
        rows.addLayout(top)
        rows.addLayout(layout)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search reviews (press /)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search reviews"))
        self.search.setMinimumWidth(220)
        top.addWidget(self.search, 1)

        self.star_buttons: list[QToolButton] = []
        for n in range(1, 6):
            button = QToolButton(self)
            button.setText(f"{n}★")
            button.setCheckable(True)
            button.setAccessibleName(self.tr("%n star(s)", "", n))
            button.setToolTip(self.tr("Only reviews with %n star(s)", "", n))
            button.toggled.connect(self.changed)
            layout.addWidget(button)
            self.star_buttons.append(button)

        self.lang = QComboBox(self)
        self.lang.setAccessibleName(self.tr("Language"))
        self.lang.addItem(self.tr("All languages"), None)
        for code in languages:
            self.lang.addItem(code.upper(), code)
        self.lang.currentIndexChanged.connect(self.changed)
        layout.addWidget(self.lang)

        self.label = QComboBox(self)
        self.label.setAccessibleName(self.tr("Category or topic"))
        self.label.setToolTip(self.tr("Only reviews with this severity category, topic or flag"))
        self.label.currentIndexChanged.connect(self.changed)
        self.label.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.label.setMinimumContentsLength(14)  # room for "Reasons and topics" / "Motifs et sujets"
        self.label.setItemDelegate(_GroupedDelegate(self.label))
        self.label.setMaxVisibleItems(24)  # the groups visible at once on a 800-pixel screen
        layout.addWidget(self.label)

        self.period = QComboBox(self)
        self.period.setAccessibleName(self.tr("Period"))
        for label, days in (
            (self.tr("Any time"), None), (self.tr("Last 7 days"), 7), (self.tr("Last 30 days"), 30),
            (self.tr("Last 12 months"), 365), (self.tr("Custom…"), -1),
        ):
            self.period.addItem(label, days)
        self.period.currentIndexChanged.connect(self._period_changed)
        layout.addWidget(self.period)
        self.date_from = QDateEdit(self)
        self.date_to = QDateEdit(self)
        for edit, name in ((self.date_from, self.tr("From date")), (self.date_to, self.tr("To date"))):
            edit.setCalendarPopup(True)
            edit.setDate(QDate.currentDate())
            edit.setAccessibleName(name)
            edit.setVisible(False)
            edit.dateChanged.connect(self.changed)
            layout.addWidget(edit)
        self.date_from.setDate(QDate.currentDate().addMonths(-1))

        save = QPushButton(self.tr("Save view…"), self)
        save.setAccessibleName(self.tr("Save this view"))
        save.clicked.connect(self.saveRequested)
        top.addWidget(save)
        layout.addStretch(1)

        self.chips = QWidget(self)
        self.chips.setAccessibleName(self.tr("Active filters"))
        self.chips_layout = QHBoxLayout(self.chips)
        self.chips_layout.setContentsMargins(0, 0, 0, 0)
        self.chips_layout.setSpacing(4)
        rows.addWidget(self.chips)
        self.chips.hide()

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.changed)
        self.search.textChanged.connect(self._debounce.start)
        self.changed.connect(self._refresh_chips)

    def active(self) -> list[tuple[str, object]]:
        """(what the chip says, how to undo it) for every filter in use."""
        out: list[tuple[str, object]] = []
        text = self.search.text().strip()
        if text:
            out.append((self.tr("Search: “%1”").replace("%1", text), self.search.clear))
        for n, button in enumerate(self.star_buttons, start=1):
            if button.isChecked():
                out.append((f"{n}★", lambda b=button: b.setChecked(False)))
        for combo in (self.lang, self.label, self.period):
            if combo.currentIndex() > 0:
                text = combo.currentData(CHIP_ROLE) or combo.currentText()
                out.append((text, lambda c=combo: c.setCurrentIndex(0)))
        return out

    def _refresh_chips(self) -> None:
        while self.chips_layout.count():
            item = self.chips_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        active = self.active()
        self.chips.setVisible(bool(active))
        if not active:
            return
        caption = QLabel(self.tr("Filtered by:"), self.chips)
        self.chips_layout.addWidget(caption)
        for text, undo in active:
            chip = QToolButton(self.chips)
            chip.setText(f"{text}  ✕")
            chip.setAutoRaise(False)
            chip.setToolTip(self.tr("Remove this filter"))
            chip.setAccessibleName(self.tr("Remove the filter %1").replace("%1", text))
            chip.clicked.connect(undo)  # type: ignore[arg-type]
            self.chips_layout.addWidget(chip)
        clear = QPushButton(self.tr("Clear filters"), self.chips)
        clear.setObjectName("clear_filters")
        clear.clicked.connect(self.clear)
        self.chips_layout.addWidget(clear)
        self.chips_layout.addStretch(1)

    def clear(self) -> None:
        """Every filter off, then one `changed`."""
        self.reset()
        self.changed.emit()

    def set_labels(self, groups: list[tuple[str, list[LabelChoice]]]) -> None:
        """Choices under their group's heading (empty groups left out), keeping the current one if still there."""
        current = self.label.currentData()
        self.label.blockSignals(True)
        self.label.clear()
        self.label.addItem(self.tr("Reasons and topics"), None)
        model = self.label.model()
        assert isinstance(model, QStandardItemModel)
        for heading, choices in groups:
            if not choices:
                continue
            self.label.addItem(heading, None)
            item = model.item(self.label.count() - 1)
            item.setData(True, HEADING_ROLE)
            item.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading, not a choice (arrow keys skip it too)
            item.setForeground(self.palette().text())  # bold and dark, not greyed out like a disabled choice
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            for choice in choices:
                self.label.addItem(choice.name, choice.spec)
                self.label.setItemData(self.label.count() - 1, choice.chip, CHIP_ROLE)
        index = self.label.findData(current) if current else 0
        self.label.setCurrentIndex(max(index, 0))
        view = self.label.view()  # the list opens wide enough for the longest name
        view.setMinimumWidth(view.sizeHintForColumn(0) + _INDENT + view.verticalScrollBar().sizeHint().width() + 8)
        self.label.blockSignals(False)

    def _period_changed(self) -> None:
        custom = self.period.currentData() == -1
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)
        self.changed.emit()

    def apply(self, base: ReviewFilter) -> ReviewFilter:
        """The base filter (from the sidebar) narrowed by this bar's settings."""
        stars = tuple(n for n, b in enumerate(self.star_buttons, start=1) if b.isChecked())
        days = self.period.currentData()
        date_from: date | None = base.date_from
        date_to: date | None = base.date_to
        if days == -1:
            date_from = self.date_from.date().toPython()  # type: ignore[assignment]
            date_to = self.date_to.date().toPython()  # type: ignore[assignment]
        elif days:
            date_from = date.today() - timedelta(days=days)
        label = self.label.currentData()
        return base.with_(
            labels=(*base.labels, label) if label else base.labels,
            search=self.search.text() or base.search,
            stars=stars or base.stars,
            lang=self.lang.currentData() or base.lang,
            date_from=date_from,
            date_to=date_to,
        )

    def reset(self) -> None:
        self.blockSignals(True)
        self.search.clear()
        for b in self.star_buttons:
            b.setChecked(False)
        self.lang.setCurrentIndex(0)
        self.label.setCurrentIndex(0)
        self.period.setCurrentIndex(0)
        self._debounce.stop()  # clearing the search box is not typing: no late `changed`
        self.blockSignals(False)
        self._refresh_chips()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
