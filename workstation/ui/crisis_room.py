"""The crisis room: every stored crisis with its timeline, reviews, shared evidence,
severity, status, notes and a checklist that follows good crisis practice — assess and
gather facts, publish a holding statement quickly (prefilled from the "crisis" reply
template), acknowledge and apologise where due, state the corrective action, answer every
affected review, monitor, then a post-crisis review (causes, what changed, rating recovery).

Status and notes live in the crises table; the checklist (steps done and its text fields)
in `crises.checklist_json`. Edits are saved when a step is ticked, when another crisis is
chosen, on "Save" and when the window closes.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

from babel.dates import format_datetime
from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QScatterSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, QMargins, Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QGuiApplication, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workstation import typography
from workstation.paths import resources_dir
from workstation.replies.library import load_library
from workstation.replies.placeholders import render
from workstation.store import Store
from workstation.store import metrics_data as md
from workstation.store.settings import get_setting
from workstation.ui import format as fmt
from workstation.ui.format import stars_text
from workstation.ui.reply_context import reply_profile, templates_dir
from workstation.ui.triage_labels import label_name

# Checklist steps in the order good practice runs them; keys are stored, never renamed.
STEP_KEYS = (
    "assess",
    "holding_statement",
    "apologise",
    "corrective_action",
    "answer_all",
    "monitor",
    "post_review",
)
TEXT_FIELDS = ("holding_statement", "corrective_action", "causes", "changes")


def step_title(key: str) -> str:
    return {
        "assess": QCoreApplication.translate("CrisisRoom", "Assess the severity and gather the facts"),
        "holding_statement": QCoreApplication.translate(
            "CrisisRoom", "Publish a holding statement quickly"),
        "apologise": QCoreApplication.translate("CrisisRoom", "Acknowledge, and apologise where it is due"),
        "corrective_action": QCoreApplication.translate("CrisisRoom", "State the corrective action"),
        "answer_all": QCoreApplication.translate("CrisisRoom", "Answer every affected review"),
        "monitor": QCoreApplication.translate("CrisisRoom", "Monitor new reviews and mentions"),
        "post_review": QCoreApplication.translate(
            "CrisisRoom", "Post-crisis review: causes, what changed, rating recovery"),
    }[key]  # fmt: skip


def status_name(status: str) -> str:
    return {
        "open": QCoreApplication.translate("CrisisRoom", "Open"),
        "handled": QCoreApplication.translate("CrisisRoom", "Handled"),
        "dismissed": QCoreApplication.translate("CrisisRoom", "Dismissed"),
    }.get(status, status)


def severity_name(level: str) -> str:
    return {
        "critical": QCoreApplication.translate("CrisisRoom", "Critical"),
        "high": QCoreApplication.translate("CrisisRoom", "High"),
        "moderate": QCoreApplication.translate("CrisisRoom", "Moderate"),
    }.get(level, level)


@cache
def _category_weights() -> dict[str, float]:
    try:
        data = json.loads((resources_dir() / "analysis" / "categories.json").read_text(encoding="utf-8"))
        return {k: float(v.get("severity", 0.5)) for k, v in data.get("categories", {}).items()}
    except (OSError, ValueError, AttributeError, TypeError):
        return {}


def crisis_severity(crisis: md.CrisisDetail) -> str:
    """"critical", "high" or "moderate" from the category's weight and the spike's size.

    Weight: the analysis resource's severity for categories (health 1.0 … staff 0.5), 0.4
    for topics. Spike: window count over what the baseline predicts for that window.
    """
    weight = _category_weights().get(crisis.label, 0.5) if crisis.kind == "category" else 0.4
    hours = 24.0
    if crisis.window_start and crisis.window_end:
        hours = max(1.0, (crisis.window_end - crisis.window_start).total_seconds() / 3600)
    expected = max(0.1, crisis.baseline_per_day) * hours / 24
    ratio = crisis.count / expected
    if weight >= 0.9 or (weight >= 0.6 and ratio >= 10):
        return "critical"
    if weight >= 0.6 or ratio >= 10:
        return "high"
    return "moderate"


def holding_statement(store: Store, crisis: md.CrisisDetail, lang: str) -> str:
    """The "crisis" template of the library in `lang`, filled for this crisis ("" if none)."""
    library = load_library(templates_dir(store))
    lang = "fr" if lang.startswith("fr") else "en"
    candidates = [t for t in library.templates if "crisis" in t.categories and t.enabled]
    chosen = next((t for t in candidates if t.lang == lang), candidates[0] if candidates else None)
    if chosen is None:
        return ""
    profile = reply_profile(store, None)
    topic = label_name(crisis.kind, crisis.label, chosen.lang)
    values = {
        # Mid-sentence: "concerns about health & safety", not "about Health & safety".
        "topic": topic[:1].lower() + topic[1:],
        "business": profile.business or get_setting(store, "business_name"),
        "contact": profile.contact,
        "signature": profile.signature,
        "first_name": None,
        "location": None,
    }
    return render(chosen.body, values, chosen.lang).text.strip()


def _when(dt: datetime | None, locale: str) -> str:
    return "–" if dt is None else format_datetime(dt.astimezone(), format="short", locale=locale)


class CrisisRoom(QWidget):
    """A top-level window. `openReviews(list[int])` asks the main window to show reviews."""

    openReviews = Signal(list)
    changed = Signal()  # a status changed: the banner should refresh

    def __init__(
        self,
        store: Store,
        locale: str = "en",
        parent: QWidget | None = None,
        *,
        now: datetime | None = None,
        crisis_id: int | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.store = store
        self.locale = locale
        self.now = now or datetime.now(UTC)
        self.crisis: md.CrisisDetail | None = None
        self.reviews: list[md.CrisisReview] = []
        self._loading = False
        self.setWindowTitle(self.tr("Crisis room"))
        self.resize(1150, 820)
        self._build()
        self.reload(select=crisis_id)

    # -- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        split = self.split = QSplitter(self)
        outer.addWidget(split)
        self.list = QListWidget(split)
        self.list.setAccessibleName(self.tr("Crises"))
        self.list.currentItemChanged.connect(self._selected)
        split.addWidget(self.list)

        scroll = QScrollArea(split)
        scroll.setWidgetResizable(True)
        pane = QWidget(scroll)
        scroll.setWidget(pane)
        split.addWidget(scroll)
        split.setSizes([260, 890])
        lay = QVBoxLayout(pane)

        self.header = QLabel(pane)
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.header)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Status:"), pane))
        self.status_combo = QComboBox(pane)
        for status in md.CRISIS_STATUSES:
            self.status_combo.addItem(status_name(status), status)
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.status_combo.currentIndexChanged.connect(self._status_changed)
        row.addWidget(self.status_combo)
        self.show_reviews = QPushButton(self.tr("Show in the inbox"), pane)
        self.show_reviews.clicked.connect(lambda: self.crisis and self.openReviews.emit(list(self.crisis.review_ids)))
        row.addWidget(self.show_reviews)
        row.addStretch(1)
        lay.addLayout(row)
        self.evidence = QLabel(pane)
        self.evidence.setWordWrap(True)
        lay.addWidget(self.evidence)

        self.timeline = QChartView(pane)
        self.timeline.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.timeline.setMinimumHeight(200)
        lay.addWidget(self.timeline)

        self.answered = QProgressBar(pane)
        self.answered.setFormat(self.tr("%v of %m reviews answered"))
        lay.addWidget(self.answered)
        self.table = QTableWidget(pane)
        self.table.setColumnCount(6)
        self.table.setHorizontalHeaderLabels([self.tr("Published"), self.tr("Stars"), self.tr("Platform"),
                                              self.tr("Location"), self.tr("Answered"), self.tr("Review")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(160)
        lay.addWidget(self.table)

        box = QGroupBox(self.tr("Checklist"), pane)
        form = QVBoxLayout(box)
        self.steps: dict[str, QCheckBox] = {}
        self.fields: dict[str, QPlainTextEdit] = {}
        for key in STEP_KEYS:
            check = QCheckBox(step_title(key), box)
            check.toggled.connect(self._step_toggled)
            self.steps[key] = check
            form.addWidget(check)
            if key == "holding_statement":
                self.fields[key] = self._field(box, form, 110)
                buttons = QHBoxLayout()
                self.prefill = QPushButton(self.tr("Prefill from the crisis template"), box)
                self.prefill.clicked.connect(self._prefill)
                self.copy = QPushButton(self.tr("Copy"), box)
                self.copy.clicked.connect(
                    lambda: QGuiApplication.clipboard().setText(self.fields["holding_statement"].toPlainText()))
                buttons.addWidget(self.prefill)
                buttons.addWidget(self.copy)
                buttons.addStretch(1)
                form.addLayout(buttons)
            elif key == "corrective_action":
                self.fields[key] = self._field(box, form, 60)
            elif key == "post_review":
                sub = QFormLayout()
                self.fields["causes"] = QPlainTextEdit(box)
                self.fields["changes"] = QPlainTextEdit(box)
                for name, label in (("causes", self.tr("Causes")), ("changes", self.tr("What changed"))):
                    self.fields[name].setFixedHeight(56)
                    self.fields[name].setAccessibleName(label)
                    sub.addRow(label, self.fields[name])
                self.recovery = QLabel(box)
                sub.addRow(self.tr("Rating recovery"), self.recovery)
                form.addLayout(sub)
        lay.addWidget(box)

        lay.addWidget(QLabel(self.tr("Notes"), pane))
        self.notes = QPlainTextEdit(pane)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setFixedHeight(90)
        lay.addWidget(self.notes)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        self.save_button = QPushButton(self.tr("Save"), pane)
        self.save_button.clicked.connect(self.save)
        save_row.addWidget(self.save_button)
        lay.addLayout(save_row)
        self.empty = QLabel(self.tr("No crisis has been detected. The triage raises one when negative "
                                    "reviews about one subject rise well above the usual."), self)
        self.empty.setWordWrap(True)
        outer.addWidget(self.empty)

    @staticmethod
    def _field(parent: QWidget, layout: QVBoxLayout, height: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(parent)
        edit.setFixedHeight(height)
        layout.addWidget(edit)
        return edit

    # -- data ---------------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        """Re-read the crises list (keeps or sets the selection)."""
        keep = select if select is not None else (self.crisis.id if self.crisis else None)
        self.save()
        self._loading = True
        self.list.clear()
        crises = md.list_crises(self.store)
        current = None
        for c in crises:
            text = f"{label_name(c.kind, c.label, self.locale)} — {status_name(c.status)}\n" \
                   f"{_when(c.window_start, self.locale)} · {c.count}"
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            if c.id == keep:
                current = item
        if current is None and crises:
            current = self.list.item(0)
        self._loading = False
        self.empty.setVisible(not crises)
        self.split.setVisible(bool(crises))
        if current is not None:
            self.list.setCurrentItem(current)

    def _selected(self, item: QListWidgetItem | None, _previous: object) -> None:
        if self._loading or item is None:
            return
        self.save()
        self.show_crisis(int(item.data(Qt.ItemDataRole.UserRole)))

    def show_crisis(self, crisis_id: int) -> None:
        crisis = md.crisis_detail(self.store, crisis_id)
        if crisis is None:
            return
        self._loading = True
        self.crisis = crisis
        self.reviews = md.crisis_reviews(self.store, crisis.review_ids)
        severity = crisis_severity(crisis)
        colour = {"critical": "#922B21", "high": "#CA6F1E", "moderate": "#7D6608"}[severity]
        hours = 24.0
        if crisis.window_start and crisis.window_end:
            hours = max(1.0, (crisis.window_end - crisis.window_start).total_seconds() / 3600)
        title = label_name(crisis.kind, crisis.label, self.locale)
        facts = (self.tr("%n negative review(s) in %2 h (usually %3 a day), from %4 to %5.", "", crisis.count)
                 .replace("%2", fmt.number(hours, locale=self.locale))
                 .replace("%3", fmt.number(crisis.baseline_per_day, 1, self.locale))
                 .replace("%4", _when(crisis.window_start, self.locale))
                 .replace("%5", _when(crisis.window_end, self.locale)))
        severity_text = self.tr("Severity: %1").replace("%1", severity_name(severity))  # outside the f-string: lupdate reads it
        self.header.setText(
            f"<h2 style='margin:0'>{_html(title)}</h2>"
            f"<p><span style='color:white;background:{colour};padding:2px 6px'>&nbsp;"
            f"{_html(severity_text)}&nbsp;</span> "
            f"{_html(facts)}</p>"
        )
        self.evidence.setText(
            self.tr("Shared evidence: %1").replace("%1", ", ".join(fmt.quote(e, self.locale) for e in crisis.evidence))
            if crisis.evidence else self.tr("No shared phrase was found."))
        self.status_combo.setCurrentIndex(md.CRISIS_STATUSES.index(crisis.status))
        self._show_timeline()
        self._show_reviews()
        state = crisis.checklist
        steps = state.get("steps", {}) if isinstance(state.get("steps"), dict) else {}
        for key, check in self.steps.items():
            check.setChecked(bool(steps.get(key)))
        for key, edit in self.fields.items():
            value = state.get(key)
            edit.setPlainText(value if isinstance(value, str) else "")
        if not self.fields["holding_statement"].toPlainText():
            self.fields["holding_statement"].setPlainText(holding_statement(self.store, crisis, self.locale))
        self.notes.setPlainText(crisis.notes)
        self._show_recovery()
        self._loading = False

    def _show_reviews(self) -> None:
        t = self.table
        t.setRowCount(len(self.reviews))
        answered = 0
        for i, r in enumerate(self.reviews):
            done = r.reply_state == "sent"
            answered += done
            cells = [_when(r.created_at or r.first_seen_at, self.locale), stars_text(r.stars), _platform(r.platform),
                     r.location or "–", self.tr("Yes") if done else self.tr("No"), " ".join(r.text.split())]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, r.id)
                t.setItem(i, j, item)
        self.answered.setRange(0, max(1, len(self.reviews)))
        self.answered.setValue(answered)
        self.answered.setFormat(self.tr("%1 of %n affected review(s) answered", "", len(self.reviews))
                                .replace("%1", str(answered)))
        self.answered_count = (answered, len(self.reviews))

    def _show_timeline(self) -> None:
        chart = QChart()
        chart.setTitle(self.tr("Timeline of the reviews involved (stars)"))
        chart.legend().hide()
        answered, waiting = QScatterSeries(), QScatterSeries()
        answered.setColor(QColor("#27AE60"))
        waiting.setColor(QColor("#C0392B"))
        for s in (answered, waiting):
            s.setMarkerSize(11)
        times = []
        for r in self.reviews:
            when = r.created_at or r.first_seen_at
            if when is None:
                continue
            times.append(when)
            (answered if r.reply_state == "sent" else waiting).append(when.timestamp() * 1000, r.stars or 0)
        for s in (answered, waiting):
            chart.addSeries(s)
        x = QDateTimeAxis()
        x.setFormat("dd/MM HH:mm")
        y = QValueAxis()
        y.setRange(0, 6)  # integer ticks, so a 3★ review sits on the "3" line
        y.setTickCount(7)
        y.setLabelFormat("%d")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        for s in (answered, waiting):
            s.attachAxis(x)
            s.attachAxis(y)
        if times:
            lo, hi = min(times) - timedelta(hours=2), max(times) + timedelta(hours=2)
            from PySide6.QtCore import QDateTime

            x.setRange(QDateTime.fromMSecsSinceEpoch(int(lo.timestamp() * 1000)),
                       QDateTime.fromMSecsSinceEpoch(int(hi.timestamp() * 1000)))
        chart.setMargins(QMargins(2, 2, 2, 2))
        old = self.timeline.chart()
        self.timeline.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()

    def _show_recovery(self) -> None:
        c = self.crisis
        if c is None or c.window_start is None or c.window_end is None:
            self.recovery.setText("–")
            return
        before, during, after = md.rating_around(self.store, c.window_start, c.window_end)

        def avg(w: md.RatingWindow) -> str:
            if w.average is None:
                return "–"
            return f"{typography.fixed(w.average, self.locale, 2)} ★ ({fmt.number(w.count, locale=self.locale)})"

        self.recovery.setText(self.tr("30 days before: %1 · during: %2 · 30 days after: %3")
                              .replace("%1", avg(before)).replace("%2", avg(during)).replace("%3", avg(after)))

    # -- edits --------------------------------------------------------------------------

    def checklist_state(self) -> dict[str, Any]:
        state: dict[str, Any] = {"steps": {k: c.isChecked() for k, c in self.steps.items()}}
        for key, edit in self.fields.items():
            state[key] = edit.toPlainText()
        return state

    def save(self) -> None:
        """Write notes and checklist of the shown crisis (no-op when nothing is shown)."""
        if self.crisis is None or self._loading:
            return
        md.save_crisis_checklist(self.store, self.crisis.id, self.checklist_state())
        notes = self.notes.toPlainText()
        if notes != self.crisis.notes:
            md.save_crisis_notes(self.store, self.crisis.id, notes)
        refreshed = md.crisis_detail(self.store, self.crisis.id)
        if refreshed is not None:
            self.crisis = refreshed

    def _step_toggled(self, _checked: bool) -> None:
        if not self._loading:
            self.save()

    def _prefill(self) -> None:
        if self.crisis is not None:
            self.fields["holding_statement"].setPlainText(holding_statement(self.store, self.crisis, self.locale))

    def _status_changed(self) -> None:
        if self._loading or self.crisis is None:
            return
        status = str(self.status_combo.currentData())
        if status != self.crisis.status:
            self.save()
            md.change_crisis_status(self.store, self.crisis.id, status)
            self.changed.emit()
            self.reload(select=self.crisis.id)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save()
        super().closeEvent(event)


def _platform(name: str) -> str:
    from workstation.domain import Platform

    try:
        return Platform(name).label
    except ValueError:
        return name


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
