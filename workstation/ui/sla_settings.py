"""SLA settings: reply targets per urgency class, and per location its opening hours,
closed days, country (public holidays), region, time zone and review link.

Targets go to the `sla_policy` setting, locations to the locations table (both through
`store.metrics_data`). Hours use the `locations.hours_json` format of
`metrics.calendar_json`; what the calendar would fall back to is shown before saving.
"""

from __future__ import annotations

import json
from datetime import date
from zoneinfo import available_timezones

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.metrics import stored
from workstation.metrics.calendar_config import CalendarError, parse_day_hours
from workstation.metrics.calendar_json import DAY_KEYS, calendar_from_json
from workstation.metrics.sla import SlaPolicy, SlaPolicyError, SlaTarget, SlaUnit
from workstation.metrics.sla_text import describe_calendar_flags
from workstation.store import Store
from workstation.store import metrics_data as md
from workstation.ui.conflict_reasons import error_text

COUNTRIES = ("FR", "BE", "CH", "LU", "CA", "US", "GB", "IE", "AU", "NZ")


class SlaSettingsDialog(QDialog):
    """Emits `saved` after a successful save (the dashboard and inbox deadlines refresh)."""

    saved = Signal()

    def __init__(self, store: Store, locale: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.locale = locale
        self.locations = md.location_settings(store)
        self._current: int | None = None
        self.setWindowTitle(self.tr("Reply targets and opening hours"))
        layout = QVBoxLayout(self)

        history = QLabel(self.tr("Deadlines count from a review's publication. A review that arrives more than "
                                 "a day after it was published (for example from an imported file) counts from "
                                 "its arrival instead: its age alone never makes it overdue."), self)
        history.setWordWrap(True)
        layout.addWidget(history)
        targets = QGroupBox(self.tr("Reply targets (business time)"), self)
        form = QFormLayout(targets)
        policy = stored.load_sla_policy(store)
        self.amounts: dict[str, QDoubleSpinBox] = {}
        self.units: dict[str, QComboBox] = {}
        names = {"critical": self.tr("Critical reviews"), "negative": self.tr("Negative reviews (1–2★ or high urgency)"),
                 "standard": self.tr("Other reviews")}
        for key in ("critical", "negative", "standard"):
            target: SlaTarget = getattr(policy, key)
            amount = QDoubleSpinBox(targets)
            amount.setRange(0, 1000)
            amount.setDecimals(1)
            amount.setValue(float(target.amount))
            unit = QComboBox(targets)
            unit.addItem(self.tr("business hours"), str(SlaUnit.BUSINESS_HOURS))
            unit.addItem(self.tr("business days"), str(SlaUnit.BUSINESS_DAYS))
            unit.setCurrentIndex(0 if target.unit is SlaUnit.BUSINESS_HOURS else 1)
            amount.setAccessibleName(names[key])
            row = QHBoxLayout()
            row.addWidget(amount)
            row.addWidget(unit)
            form.addRow(names[key], row)
            self.amounts[key], self.units[key] = amount, unit
        layout.addWidget(targets)

        box = QGroupBox(self.tr("Location"), self)
        lform = QFormLayout(box)
        self.location = QComboBox(box)
        for loc in self.locations:
            self.location.addItem(loc.name, loc.id)
        self.location.currentIndexChanged.connect(self._location_changed)
        lform.addRow(self.tr("Location"), self.location)
        self.timezone = QComboBox(box)
        self.timezone.setEditable(True)
        self.timezone.addItems(sorted(available_timezones()))
        lform.addRow(self.tr("Time zone"), self.timezone)
        self.country = QComboBox(box)
        self.country.setEditable(True)
        self.country.addItems(["", *COUNTRIES])
        lform.addRow(self.tr("Country (public holidays)"), self.country)
        self.subdivision = QLineEdit(box)
        self.subdivision.setPlaceholderText(self.tr("e.g. ON, QC, 57 (optional)"))
        lform.addRow(self.tr("Region"), self.subdivision)
        day_names = [self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"), self.tr("Thursday"),
                     self.tr("Friday"), self.tr("Saturday"), self.tr("Sunday")]
        self.days: dict[str, QLineEdit] = {}
        self.day_names = dict(zip(DAY_KEYS, day_names, strict=True))  # a problem names its day
        for key, name in zip(DAY_KEYS, day_names, strict=True):
            edit = QLineEdit(box)
            edit.setPlaceholderText(self.tr("closed — or e.g. 09:00-12:00, 14:00-18:00"))
            edit.textChanged.connect(self._validate)
            lform.addRow(name, edit)
            self.days[key] = edit
        quick = QHBoxLayout()
        for label, text in ((self.tr("Mon–Fri 9–18"), "09:00-18:00"), (self.tr("Open 24/7"), "00:00-00:00")):
            button = QPushButton(label, box)
            weekdays_only = text != "00:00-00:00"
            button.clicked.connect(lambda _=False, t=text, w=weekdays_only: self._fill_days(t, w))
            quick.addWidget(button)
        quick.addStretch(1)
        lform.addRow("", quick)
        self.closed = QPlainTextEdit(box)
        self.closed.setPlaceholderText(self.tr("One date per line, e.g. 2026-12-24"))
        self.closed.setFixedHeight(64)
        self.closed.textChanged.connect(self._validate)
        lform.addRow(self.tr("Closed days"), self.closed)
        self.review_url = QLineEdit(box)
        self.review_url.setPlaceholderText("https://…")
        lform.addRow(self.tr("Review link"), self.review_url)
        self.timezone.currentTextChanged.connect(self._validate)
        self.country.currentTextChanged.connect(self._validate)
        layout.addWidget(box)
        box.setEnabled(bool(self.locations))

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #7E5109;")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if self.locations:
            self._location_changed()
        # Wide enough that the explanations wrap on two or three lines, not five.
        self.resize(max(self.sizeHint().width(), 620), self.sizeHint().height())

    # -- location fields --------------------------------------------------------------------

    def _fill_days(self, text: str, weekdays_only: bool) -> None:
        for i, key in enumerate(DAY_KEYS):
            self.days[key].setText(text if (i < 5 or not weekdays_only) else "")

    def _location_changed(self) -> None:
        if self._current is not None and self._dirty_location():
            self.save_location()
        loc_id = self.location.currentData()
        loc = next((x for x in self.locations if x.id == loc_id), None)
        if loc is None:
            return
        self._current = loc.id
        data = {}
        try:
            data = json.loads(loc.hours_json) if loc.hours_json else {}
        except ValueError:
            data = {}
        data = data if isinstance(data, dict) else {}
        days = data.get("days") if isinstance(data.get("days"), dict) else {}
        for key, edit in self.days.items():
            value = days.get(key, "") if days else ""
            edit.setText("" if value == "closed" else str(value))
        closed = data.get("closed") if isinstance(data.get("closed"), list) else []
        self.closed.setPlainText("\n".join(str(d) for d in closed))
        self.subdivision.setText(str(data.get("subdivision") or ""))
        self.timezone.setCurrentText(loc.timezone or "")
        self.country.setCurrentText(loc.country or "")
        self.review_url.setText(loc.review_url or "")
        self._loaded = self._location_values()
        self._validate()

    def hours_json(self) -> tuple[str | None, list[str]]:
        """The hours JSON of the form, and the problems that block saving."""
        problems: list[str] = []
        days: dict[str, str] = {}
        for key, edit in self.days.items():
            text = edit.text().strip()
            if not text or text.lower() in ("closed", "fermé"):
                days[key] = "closed"
                continue
            try:
                parse_day_hours(text)
            except CalendarError as exc:
                problems.append(self.tr("%1: %2").replace("%1", self.day_names[key]).replace("%2", error_text(exc)))
            days[key] = text
        closed: list[str] = []
        for line in self.closed.toPlainText().splitlines():
            line = line.strip()
            if not line:
                continue
            try:
                closed.append(date.fromisoformat(line).isoformat())
            except ValueError:
                problems.append(self.tr("“%1” is not a date (YYYY-MM-DD)").replace("%1", line))
        data: dict[str, object] = {}
        if any(v != "closed" for v in days.values()):
            data["days"] = days
        if closed:
            data["closed"] = sorted(set(closed))
        if self.subdivision.text().strip():
            data["subdivision"] = self.subdivision.text().strip().upper()
        return (json.dumps(data, ensure_ascii=False, sort_keys=True) if data else None), problems

    def _location_values(self) -> tuple[str, str, str | None, str]:
        hours, _ = self.hours_json()
        return (self.timezone.currentText().strip(), self.country.currentText().strip().upper(), hours,
                self.review_url.text().strip())

    def _dirty_location(self) -> bool:
        return getattr(self, "_loaded", None) != self._location_values()

    def _validate(self) -> bool:
        hours, problems = self.hours_json()
        cal = calendar_from_json(self.timezone.currentText().strip() or None,
                                 self.country.currentText().strip() or None, hours)
        notes = problems + describe_calendar_flags(cal.flags, self.locale)
        self._say("\n".join(notes))
        return not problems

    def _say(self, text: str) -> None:
        """Show the form's notes and grow the dialog to hold them."""
        self.message.setText(text)
        self._fit_height()

    def _fit_height(self) -> None:
        # The wrapped labels' height depends on the width, which a top-level layout's minimum
        # size ignores: without this the location's rows were drawn over each other once a
        # French note took three lines.
        needed = self.layout().totalHeightForWidth(self.width())
        self.setMinimumHeight(needed)
        if self.height() < needed:
            self.resize(self.width(), needed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height()

    # -- saving ---------------------------------------------------------------------------

    def policy(self) -> SlaPolicy:
        """The policy of the form; raises SlaPolicyError for an invalid target."""
        targets = {k: SlaTarget(self.amounts[k].value(), str(self.units[k].currentData())) for k in self.amounts}
        return SlaPolicy(critical=targets["critical"], negative=targets["negative"], standard=targets["standard"])

    def save_location(self) -> bool:
        if self._current is None:
            return True
        if not self._validate():
            return False
        tz, country, hours, url = self._location_values()
        md.save_location_settings(self.store, self._current, timezone=tz or None, country=country or None,
                                  hours_json=hours, review_url=url or None)
        self.locations = md.location_settings(self.store)
        self._loaded = self._location_values()
        return True

    def save(self) -> bool:
        """Save targets and the shown location; False (with the reason shown) when invalid."""
        try:
            policy = self.policy()
        except SlaPolicyError as exc:
            self._say(error_text(exc))
            return False
        if not self.save_location():
            return False
        stored.save_sla_policy(self.store, policy)
        self.saved.emit()
        return True
