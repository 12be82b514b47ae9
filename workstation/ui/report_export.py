"""File → Export report…: choose the period, the locations, the language and the kind of
file (PDF report, CSV of reviews, CSV of figures), with a preview beside the choices
(`report_preview`), then the window runs the same
operation as `workstation report` (`ops.reports`): measuring on a worker thread through
the operations funnel (with progress in the status bar), drawing the file on the GUI
thread (Qt's drawing classes belong there).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from workstation.metrics.cli import previous_month
from workstation.store import Store, queries
from workstation.ui.report_preview import PreviewOptions, ReportPreview

PERIODS = ("last_month", "this_month", "last_90_days", "everything", "custom")
SUFFIX = {"pdf": ".pdf", "csv": ".csv", "summary-csv": ".csv"}


@dataclass(frozen=True)
class ExportRequest:
    """What the user asked for (dates as UTC instants, `period_to` exclusive)."""

    out: Path
    fmt: str
    lang: str
    period_from: datetime | None
    period_to: datetime | None
    locations: frozenset[str] | None  # None: every location


def local_zone() -> tzinfo:
    """This computer's time zone (UTC when it cannot be told)."""
    return datetime.now().astimezone().tzinfo or UTC


def period_bounds(period: str, now: datetime, zone: tzinfo, first: date, last: date) -> tuple[datetime | None, datetime | None]:
    """[from, to) for a period choice; `first`/`last` are the custom days (inclusive)."""
    local = now.astimezone(zone)

    def start_of(day: date) -> datetime:
        return datetime.combine(day, time()).replace(tzinfo=zone).astimezone(UTC)

    if period == "last_month":
        return previous_month(now, zone)
    if period == "this_month":
        return start_of(local.date().replace(day=1)), now
    if period == "last_90_days":
        return start_of(local.date() - timedelta(days=89)), now
    if period == "custom":
        return start_of(min(first, last)), start_of(max(first, last) + timedelta(days=1))
    return None, None


class ReportExportDialog(QDialog):
    def __init__(
        self,
        store: Store,
        locale: str,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        zone: tzinfo | None = None,
    ) -> None:
        super().__init__(parent)
        self.now = now
        self.zone = zone or local_zone()
        self.setWindowTitle(self.tr("Export a report"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        body = QHBoxLayout()
        choices = QVBoxLayout()  # the choices stay together at the top beside the tall preview
        choices.addLayout(form)
        choices.addStretch(1)
        body.addLayout(choices, 1)
        self.preview = ReportPreview(store, self.zone, now, self)
        body.addWidget(self.preview)
        layout.addLayout(body)

        self.period = QComboBox(self)
        for key, text in zip(PERIODS, (self.tr("Last month"), self.tr("This month so far"),
                                       self.tr("Last 90 days"), self.tr("Everything"),
                                       self.tr("Choose the dates")), strict=True):
            self.period.addItem(text, key)
        form.addRow(self.tr("Period:"), self.period)
        today = now().astimezone(self.zone).date()
        self.first_day = QDateEdit(QDate(today.year, today.month, 1), self)
        self.last_day = QDateEdit(QDate(today.year, today.month, today.day), self)
        for edit in (self.first_day, self.last_day):
            edit.setCalendarPopup(True)
        days = QHBoxLayout()
        days.addWidget(QLabel(self.tr("from"), self))
        days.addWidget(self.first_day)
        days.addWidget(QLabel(self.tr("to"), self))
        days.addWidget(self.last_day)
        days.addStretch(1)
        self.custom_days = QWidget(self)
        self.custom_days.setLayout(days)
        days.setContentsMargins(0, 0, 0, 0)
        form.addRow("", self.custom_days)
        self.period.currentIndexChanged.connect(self._period_changed)

        self.locations = QListWidget(self)
        for info in queries.list_locations(store, with_counts=False):
            item = QListWidgetItem(info.name, self.locations)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        rows = min(max(self.locations.count(), 1), 5)  # no empty space under a short list
        self.locations.setFixedHeight(rows * max(self.locations.sizeHintForRow(0), 18) + 2 * self.locations.frameWidth() + 4)
        if self.locations.count():
            form.addRow(self.tr("Locations:"), self.locations)

        self.language = QComboBox(self)
        self.language.addItem("English", "en")
        self.language.addItem("Français", "fr")
        self.language.setCurrentIndex(1 if locale.startswith("fr") else 0)
        form.addRow(self.tr("Language of the report:"), self.language)

        self.kinds = QButtonGroup(self)
        kinds = QVBoxLayout()
        for fmt, text in (("pdf", self.tr("PDF report: figures, charts and tables, ready to print")),
                          ("csv", self.tr("Spreadsheet (CSV): one line per review")),
                          ("summary-csv", self.tr("Spreadsheet (CSV): the figures only"))):
            button = QRadioButton(text, self)
            button.setProperty("fmt", fmt)
            button.setChecked(fmt == "pdf")
            self.kinds.addButton(button)
            kinds.addWidget(button)
        form.addRow(self.tr("File:"), kinds)
        self.kinds.buttonToggled.connect(lambda *_: self._suggest_name())

        where = QHBoxLayout()
        self.path = QLineEdit(self)
        self.path.setMinimumWidth(360)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        form.addRow(self.tr("Save as:"), where)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #B03A2E")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._period_changed()
        self._suggest_name()
        for changed in (self.period.currentIndexChanged, self.first_day.dateChanged, self.last_day.dateChanged,
                        self.locations.itemChanged, self.language.currentIndexChanged, self.kinds.buttonToggled):
            changed.connect(self._update_preview)
        self._update_preview()

    # -- choices ---------------------------------------------------------------------

    def fmt(self) -> str:
        button = self.kinds.checkedButton()
        return str(button.property("fmt")) if button is not None else "pdf"

    def set_fmt(self, fmt: str) -> None:
        for button in self.kinds.buttons():
            if button.property("fmt") == fmt:
                button.setChecked(True)

    def _period_changed(self) -> None:
        self.custom_days.setVisible(self.period.currentData() == "custom")
        self._suggest_name()

    def _folder(self) -> Path:
        current = self.path.text().strip()
        if current:
            return Path(current).expanduser().parent
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(docs or Path.home())

    def _suggest_name(self) -> None:
        fr = self.language.currentData() == "fr"
        base = {"pdf": "Rapport des avis" if fr else "Review report",
                "csv": "Avis" if fr else "Reviews",
                "summary-csv": "Chiffres des avis" if fr else "Review figures"}[self.fmt()]
        start, _end = self._bounds()
        stamp = f" {start.astimezone(self.zone):%Y-%m}" if start is not None else ""
        self.path.setText(str(self._folder() / f"{base}{stamp}{SUFFIX[self.fmt()]}"))

    def _browse(self) -> None:
        suffix = SUFFIX[self.fmt()]
        pattern = self.tr("PDF files (*.pdf)") if suffix == ".pdf" else self.tr("CSV files (*.csv)")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report as"), self.path.text(), pattern)
        if chosen:
            self.path.setText(chosen if chosen.lower().endswith(suffix) else chosen + suffix)

    def _bounds(self) -> tuple[datetime | None, datetime | None]:
        return period_bounds(str(self.period.currentData()), self.now(), self.zone,
                             self.first_day.date().toPython(), self.last_day.date().toPython())

    def _update_preview(self, *_args: object) -> None:
        start, end = self._bounds()
        locations = self._checked_locations()
        if locations == frozenset():
            return  # nothing ticked: the dialog says so on Export
        self.preview.show_options(PreviewOptions(self.fmt(), str(self.language.currentData()), start, end, locations))

    def _checked_locations(self) -> frozenset[str] | None:
        names = [self.locations.item(i) for i in range(self.locations.count())]
        checked = frozenset(item.text() for item in names if item.checkState() == Qt.CheckState.Checked)
        return None if len(checked) == len(names) else checked

    def request(self) -> ExportRequest:
        start, end = self._bounds()
        return ExportRequest(Path(self.path.text().strip()).expanduser(), self.fmt(),
                             str(self.language.currentData()), start, end, self._checked_locations())

    def _accept(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.error.setText(self.tr("Choose where to save the report."))
            return
        if self._checked_locations() == frozenset():
            self.error.setText(self.tr("Tick at least one location."))
            return
        if not Path(text).expanduser().parent.is_dir():
            self.error.setText(self.tr("This folder does not exist: %1").replace("%1", str(Path(text).parent)))
            return
        self.accept()
