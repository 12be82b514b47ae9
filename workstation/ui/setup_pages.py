"""The pages shared by the first-run assistant and the Preferences dialog: language and
business name, locations (time zone, opening hours), and what replies are signed with.

Each page fills itself from and into a `BusinessProfile` (saved by
`store.business_profile`) and re-words itself when the language changes
(`retranslate`, called on Qt's LanguageChange event), so choosing Français translates
the open dialog at once.
"""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtCore import QCoreApplication, QEvent, QTimeZone, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workstation.store.business_profile import (
    CUSTOM,
    HOURS_PRESETS,
    BusinessLocation,
    BusinessProfile,
)
from workstation.ui.business_kind_choice import fill_kind_choice, select_kind

LANGUAGES = (("en", "English"), ("fr", "Français"))


def system_zone() -> str:
    """This computer's time zone name, e.g. "Europe/Paris" (UTC when unknown)."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    return name if name in available_timezones() else "UTC"


def hours_label(preset: str | None) -> str:
    labels = {
        "mon_fri": QCoreApplication.translate("Setup", "Mon–Fri, 9:00–18:00"),
        "mon_sat": QCoreApplication.translate("Setup", "Mon–Sat, 9:00–19:00"),
        "tue_sat": QCoreApplication.translate("Setup", "Tue–Sat, 9:00–18:00"),
        "every_day": QCoreApplication.translate("Setup", "Every day, 9:00–19:00"),
        CUSTOM: QCoreApplication.translate("Setup", "As set in opening hours"),
    }
    return labels.get(preset or "", QCoreApplication.translate("Setup", "Not set yet (Mon–Fri, 9:00–18:00)"))


class _Page(QWidget):
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class BusinessPage(_Page):
    """Language and business name; `languageChosen` fires as soon as the language changes."""

    languageChosen = Signal(str)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        form.addRow(self.intro)
        self.language = QComboBox(self)
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(1 if language == "fr" else 0)
        self.language_label = QLabel(self)
        form.addRow(self.language_label, self.language)
        self.business = QLineEdit(self)
        self.business_label = QLabel(self)
        form.addRow(self.business_label, self.business)
        self.language.currentIndexChanged.connect(lambda _i: self.languageChosen.emit(self.language.currentData()))
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(self.tr("A few questions so deadlines and replies fit your business."))
        self.language_label.setText(self.tr("Language:"))
        self.language.setAccessibleName(self.tr("Language"))
        self.business_label.setText(self.tr("Business name:"))
        self.business.setAccessibleName(self.tr("Business name"))
        self.business.setPlaceholderText(self.tr("e.g. Maison Dupont"))

    def load(self, profile: BusinessProfile) -> None:
        self.business.setText(profile.business_name)

    def fill(self, profile: BusinessProfile) -> None:
        profile.business_name = self.business.text().strip()


class LocationsPage(_Page):
    """One line per location: its name, time zone and opening hours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 3, self)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(lambda: self.add_location(BusinessLocation("")))
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self._remove)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._saved: set[str] = set()  # stored locations are kept (their reviews point at them)
        self._zones = sorted(available_timezones())
        self.table.currentCellChanged.connect(lambda *_: self._update_remove())
        self.retranslate()
        self._update_remove()

    def _update_remove(self) -> None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        self.remove_button.setEnabled(item is not None and item.text() not in self._saved)

    def retranslate(self) -> None:
        self.intro.setText(self.tr("Your shops or sites. Reply deadlines count only the hours you are open, "
                                   "in each location's time zone."))
        self.table.setHorizontalHeaderLabels([self.tr("Location"), self.tr("Time zone"), self.tr("Opening hours")])
        self.add_button.setText(self.tr("Add a location"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Only a location added just now can be removed: "
                                              "saved ones keep their reviews."))
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 2)
            if isinstance(combo, QComboBox):
                for i in range(combo.count()):
                    combo.setItemText(i, hours_label(combo.itemData(i)))

    def add_location(self, location: BusinessLocation) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QTableWidgetItem(location.name)
        self.table.setItem(row, 0, name)
        zone = QComboBox(self)
        zone.setEditable(True)
        zone.addItems(self._zones)
        zone.setCurrentText(location.timezone or system_zone())
        self.table.setCellWidget(row, 1, zone)
        hours = QComboBox(self)
        for preset in (*HOURS_PRESETS, *([CUSTOM] if location.hours == CUSTOM else [])):
            hours.addItem(hours_label(preset), preset)
        hours.setCurrentIndex(max(0, hours.findData(location.hours or "mon_fri")))
        self.table.setCellWidget(row, 2, hours)
        if location.name:
            self._saved.add(location.name)
        else:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(name)
        return row

    def _remove(self) -> None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        if item is not None and item.text() not in self._saved:
            self.table.removeRow(row)
        self._update_remove()

    def load(self, profile: BusinessProfile) -> None:
        self.table.setRowCount(0)
        for location in profile.locations:
            self.add_location(location)

    def fill(self, profile: BusinessProfile) -> None:
        out: list[BusinessLocation] = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            name = item.text().strip() if item is not None else ""
            zone, hours = self.table.cellWidget(row, 1), self.table.cellWidget(row, 2)
            if not name or not isinstance(zone, QComboBox) or not isinstance(hours, QComboBox):
                continue
            tz = zone.currentText().strip()
            out.append(BusinessLocation(name, tz if tz in self._zones else None, hours.currentData()))
        profile.locations = out


class RepliesPage(_Page):
    """The signature and the public contact replies end with (instead of "[contact]"), and the
    kind of business their wording follows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        form.addRow(self.intro)
        self.signature = QPlainTextEdit(self)
        self.signature.setFixedHeight(70)
        # A text box asks for extra height by default: without this the form spread its rows
        # down the page and left the intro floating in the middle.
        self.signature.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.signature_label = QLabel(self)
        form.addRow(self.signature_label, self.signature)
        self.contact = QLineEdit(self)
        self.contact_label = QLabel(self)
        form.addRow(self.contact_label, self.contact)
        self.kind = QComboBox(self)
        self.kind_label = QLabel(self)
        form.addRow(self.kind_label, self.kind)
        self.retranslate()

    def retranslate(self) -> None:
        fill_kind_choice(self.kind)
        self.kind_label.setText(self.tr("Kind of business:"))
        self.intro.setText(self.tr("How your replies end. The contact is public: give an address or phone "
                                   "number customers may use, never a private one."))
        self.signature_label.setText(self.tr("Signature:"))
        self.signature.setAccessibleName(self.tr("Signature"))
        self.signature.setPlaceholderText(self.tr("e.g. Marie, Maison Dupont"))
        self.contact_label.setText(self.tr("Public contact:"))
        self.contact.setAccessibleName(self.tr("Public contact"))
        self.contact.setPlaceholderText(self.tr("e.g. contact@example.com or 01 23 45 67 89"))

    def load(self, profile: BusinessProfile) -> None:
        self.signature.setPlainText(profile.signature)
        self.contact.setText(profile.contact)
        select_kind(self.kind, profile.kind)

    def fill(self, profile: BusinessProfile) -> None:
        profile.signature = self.signature.toPlainText().strip()
        profile.contact = self.contact.text().strip()
        profile.kind = self.kind.currentData() or ""
