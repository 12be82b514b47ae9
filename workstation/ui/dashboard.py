"""The metrics dashboard: response rate, response times (wall and business hours), SLA
attainment, rating and sentiment trends, top topics, per location and per source, and a
before/after comparison around "since you started replying".

Loading and measuring every review runs on a worker (its own read-only connection), so
the window paints at once and fills in when the figures are ready; changing the period
or the pivot re-slices the measured rows on a worker too. Chart builders here are shared
with the PDF report (`workstation/ui/render/charts.py`, series from `workstation/reports`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from babel.dates import format_date
from PySide6.QtCharts import (
    QChart,
    QChartView,
)
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from workstation import typography
from workstation.metrics import stored
from workstation.metrics.aggregates import Summary
from workstation.metrics.automatic import Posted, automatic_share, load_posted
from workstation.metrics.measured import StoreMetrics
from workstation.metrics.report import build_report, compare_before_after, measure_all
from workstation.metrics.response_time import ResponseTime
from workstation.metrics.sla_text import describe_calendar_flags
from workstation.reports.numbers import KPI_KEYS, RATE_KEYS, format_value
from workstation.store import Store
from workstation.store import metrics_data as md
from workstation.ui.render.charts import rating_chart, sentiment_chart
from workstation.ui.triage_labels import label_name, platform_name
from workstation.ui.worker import Job

# The counts behind each rate tile: (part, whole) of a Summary.
RATE_DETAILS: dict[str, Callable[[Summary], tuple[int, int]]] = {
    "response_rate": lambda s: (s.replied, s.total),
    "response_rate_negative": lambda s: (s.replied_negatives, s.negatives),
    "sla_attainment": lambda s: (s.sla_met, s.sla_met + s.sla_missed + s.sla_overdue_open),
}


def kpi_detail_text(key: str) -> str:
    """The line under a rate tile ("%1 of %2 reviews")."""
    from PySide6.QtCore import QCoreApplication

    return {
        "response_rate": QCoreApplication.translate("Dashboard", "%1 of %2 reviews"),
        "response_rate_negative": QCoreApplication.translate("Dashboard", "%1 of %2 negative reviews"),
        "sla_attainment": QCoreApplication.translate("Dashboard", "%1 of %2 reviews due so far"),
    }[key]


def kpi_explanation(key: str) -> str:
    """What a rate tile counts, as its tooltip."""
    from PySide6.QtCore import QCoreApplication

    return {
        "response_rate": QCoreApplication.translate(
            "Dashboard", "The period's reviews that have a reply, out of all the period's reviews."),
        "response_rate_negative": QCoreApplication.translate(
            "Dashboard", "The same for the negative reviews: low ratings, and reviews the triage marks critical or high."),
        "sla_attainment": QCoreApplication.translate(
            "Dashboard", "Reviews answered before their reply deadline, out of the reviews that were answered or "
                         "whose deadline has passed. Reviews still within their deadline are not counted yet."),
    }[key]


# Headline figures, in display order (keys of `Summary`).
def kpi_title(key: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        "total": QCoreApplication.translate("Dashboard", "Reviews"),
        "response_rate": QCoreApplication.translate("Dashboard", "Response rate"),
        "response_rate_negative": QCoreApplication.translate("Dashboard", "Response rate, negative reviews"),
        "wall_median_h": QCoreApplication.translate("Dashboard", "Median response time"),
        "wall_p90_h": QCoreApplication.translate("Dashboard", "90% answered within"),
        "business_median_h": QCoreApplication.translate("Dashboard", "Median, business hours"),
        "business_p90_h": QCoreApplication.translate("Dashboard", "90%, business hours"),
        "sla_attainment": QCoreApplication.translate("Dashboard", "Answered in time"),
        "average_rating": QCoreApplication.translate("Dashboard", "Average rating"),
    }[key]


# -- charts (also drawn into the PDF) --------------------------------------------------------


# -- the window ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Period:
    start: datetime | None
    end: datetime | None


@dataclass(frozen=True, slots=True)
class _Loaded:
    rows: list[ResponseTime]
    calendar_notes: list[str]
    first_reply: datetime | None
    posted: list[Posted] = field(default_factory=list)  # (posted at, automatic) of every reply


def _load(store: Store, now: datetime, locale: str) -> _Loaded:
    """Worker side: read and measure every review on a connection of its own."""
    own = Store(store.path, read_only=True) if store.path is not None else store
    try:
        calendars = stored.load_calendars(own)
        rows = measure_all(
            stored.load_review_facts(own), now=now, calendars=calendars, policy=stored.load_sla_policy(own)
        )
        notes = [
            f"{typography.label(name, locale)} {text}"
            for name, cal in calendars.items()
            for text in describe_calendar_flags(cal.flags, locale)
        ]
        first = md.first_reply_at(own) or md.first_reply_at(own, app_only=False)
        return _Loaded(rows, notes, first, load_posted(own))
    finally:
        if own is not store:
            own.close()


class DashboardWindow(QWidget):
    """A top-level window; `is_ready` turns True once the figures are shown."""

    PERIODS = ("30d", "90d", "12m", "ytd", "all", "custom")

    def __init__(
        self,
        store: Store,
        locale: str = "en",
        parent: QWidget | None = None,
        *,
        now: datetime | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.store = store
        self.locale = locale
        self.now = now or datetime.now(UTC)
        self.loaded: _Loaded | None = None
        self.result: StoreMetrics | None = None
        self.is_ready = False
        self._generation = 0
        self._jobs: list[Job] = []
        self.setWindowTitle(self.tr("Dashboard"))
        self.resize(1100, 780)
        self._build()
        self._start_load()

    # -- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period:"), self))
        self.period_combo = QComboBox(self)
        names = {
            "30d": self.tr("Last 30 days"),
            "90d": self.tr("Last 90 days"),
            "12m": self.tr("Last 12 months"),
            "ytd": self.tr("This year"),
            "all": self.tr("All time"),
            "custom": self.tr("Custom…"),
        }
        for key in self.PERIODS:
            self.period_combo.addItem(names[key], key)
        self.period_combo.setCurrentIndex(self.PERIODS.index("90d"))
        self.period_combo.setAccessibleName(self.tr("Period"))
        bar.addWidget(self.period_combo)
        today = self.now.astimezone().date()
        self.from_edit = QDateEdit(QDate(today.year, today.month, 1), self)
        self.to_edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setVisible(False)
            edit.dateChanged.connect(self._refresh)
            bar.addWidget(edit)
        self.from_edit.setAccessibleName(self.tr("From"))
        self.to_edit.setAccessibleName(self.tr("To"))
        bar.addWidget(QLabel(self.tr("Trend by:"), self))
        self.granularity = QComboBox(self)
        self.granularity.addItem(self.tr("Week"), "week")
        self.granularity.addItem(self.tr("Month"), "month")
        self.granularity.setAccessibleName(self.tr("Trend by"))
        bar.addWidget(self.granularity)
        bar.addStretch(1)
        self.status = QLabel(self.tr("Computing…"), self)
        bar.addWidget(self.status)
        layout.addLayout(bar)

        cards = QGridLayout()
        self.kpi: dict[str, QLabel] = {}
        self.kpi_detail: dict[str, QLabel] = {}
        for i, key in enumerate(KPI_KEYS):
            frame = QFrame(self)
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            box = QVBoxLayout(frame)
            title = QLabel(kpi_title(key), frame)
            title.setStyleSheet("color: #555;")
            value = QLabel("…", frame)
            value.setStyleSheet("font-size: 18pt; font-weight: 600;")
            value.setAccessibleName(kpi_title(key))
            box.addWidget(title)
            box.addWidget(value)
            self.kpi[key] = value
            if key in RATE_DETAILS:
                # "80 of 196 reviews" under a rate: two rates with different bases (all reviews,
                # reviews with a deadline) otherwise look like they contradict each other.
                detail = QLabel(frame)
                detail.setStyleSheet("color: #555;")
                box.addWidget(detail)
                self.kpi_detail[key] = detail
                frame.setToolTip(kpi_explanation(key))
            box.addStretch(1)  # titles line up whether or not a tile has a detail line
            cards.addWidget(frame, i // 5, i % 5)
        cards.addWidget(self._automatic_card(), len(KPI_KEYS) // 5, len(KPI_KEYS) % 5)
        layout.addLayout(cards)
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #7E5109;")
        layout.addWidget(self.notes)

        self.tabs = QTabWidget(self)
        trends = QWidget(self)
        tl = QHBoxLayout(trends)
        self.rating_view = QChartView(trends)
        self.sentiment_view = QChartView(trends)
        for view in (self.rating_view, self.sentiment_view):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(260)
            tl.addWidget(view)
        self.tabs.addTab(trends, self.tr("Trends"))
        self.topics_table = self._table()
        self.tabs.addTab(self.topics_table, self.tr("Topics"))
        self.locations_table = self._table()
        self.tabs.addTab(self.locations_table, self.tr("Locations"))
        self.sources_table = self._table()
        self.tabs.addTab(self.sources_table, self.tr("Sources"))
        compare = QWidget(self)
        cl = QVBoxLayout(compare)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Compare before and after:"), compare))
        self.pivot_edit = QDateEdit(compare)
        self.pivot_edit.setCalendarPopup(True)
        self.pivot_edit.setDisplayFormat("yyyy-MM-dd")
        self.pivot_edit.setAccessibleName(self.tr("Pivot date"))
        row.addWidget(self.pivot_edit)
        self.pivot_reset = QPushButton(self.tr("First reply from the app"), compare)
        row.addWidget(self.pivot_reset)
        row.addStretch(1)
        cl.addLayout(row)
        self.pivot_note = QLabel(compare)
        self.pivot_note.setWordWrap(True)
        cl.addWidget(self.pivot_note)
        self.compare_table = self._table()
        cl.addWidget(self.compare_table, 1)
        self.tabs.addTab(compare, self.tr("Before / after"))
        layout.addWidget(self.tabs, 1)

        self.period_combo.currentIndexChanged.connect(self._period_changed)
        self.granularity.currentIndexChanged.connect(self._show_trends)
        self.pivot_edit.dateChanged.connect(self._refresh)
        self.pivot_reset.clicked.connect(self._reset_pivot)
        self._pivot_chosen = False

    def _automatic_card(self) -> QFrame:
        """The share of replies posted by automatic-reply rules in the period."""
        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(frame)
        title = QLabel(self.tr("Automatic replies"), frame)
        title.setStyleSheet("color: #555;")
        self.automatic_value = QLabel("…", frame)
        self.automatic_value.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.automatic_value.setAccessibleName(self.tr("Automatic replies"))
        self.automatic_detail = QLabel(frame)
        self.automatic_detail.setStyleSheet("color: #555;")
        for label in (title, self.automatic_value, self.automatic_detail):
            box.addWidget(label)
        box.addStretch(1)
        return frame

    def _show_automatic(self) -> None:
        period = self.period()
        counted = automatic_share(self.loaded.posted if self.loaded else [], start=period.start, end=period.end)
        share = counted.share
        self.automatic_value.setText(
            format_value("response_rate", share, self.locale))  # a rate, shown like the others
        self.automatic_detail.setText(
            self.tr("%1 of %2 replies").replace("%1", str(counted.automatic)).replace("%2", str(counted.replies)))

    def _table(self) -> QTableWidget:
        table = QTableWidget(self)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    # -- period and pivot ----------------------------------------------------------------

    def period(self) -> Period:
        """The chosen period as UTC instants, [start, end) (None: unbounded)."""
        key = self.period_combo.currentData()
        now = self.now
        local_zone = now.astimezone().tzinfo
        if key == "30d":
            return Period(now - timedelta(days=30), None)
        if key == "90d":
            return Period(now - timedelta(days=90), None)
        if key == "12m":
            return Period(now - timedelta(days=365), None)
        if key == "ytd":
            start = datetime(now.astimezone().year, 1, 1, tzinfo=local_zone)
            return Period(start.astimezone(UTC), None)
        if key == "custom":
            lo: date = self.from_edit.date().toPython()  # type: ignore[assignment]
            hi: date = self.to_edit.date().toPython()  # type: ignore[assignment]
            start = datetime.combine(lo, time(0), tzinfo=local_zone)
            end = datetime.combine(hi + timedelta(days=1), time(0), tzinfo=local_zone)
            return Period(start.astimezone(UTC), end.astimezone(UTC))
        return Period(None, None)

    def pivot(self) -> datetime | None:
        if not self._pivot_chosen:
            return self.loaded.first_reply if self.loaded else None
        day: date = self.pivot_edit.date().toPython()  # type: ignore[assignment]
        return datetime.combine(day, time(0), tzinfo=self.now.astimezone().tzinfo).astimezone(UTC)

    def set_pivot(self, when: datetime | None) -> None:
        """Choose the before/after date (None: back to the first reply from the app)."""
        self._pivot_chosen = when is not None
        if when is not None:
            day = when.astimezone().date()
            self.pivot_edit.blockSignals(True)
            self.pivot_edit.setDate(QDate(day.year, day.month, day.day))
            self.pivot_edit.blockSignals(False)
        self._refresh()

    def _reset_pivot(self) -> None:
        self.set_pivot(None)

    def _period_changed(self) -> None:
        custom = self.period_combo.currentData() == "custom"
        self.from_edit.setVisible(custom)
        self.to_edit.setVisible(custom)
        self._refresh()

    # -- computing ------------------------------------------------------------------------

    def _start_job(self, fn: object, done: object) -> None:
        job = Job(lambda _progress, _cancelled: fn())  # type: ignore[operator]
        self._jobs.append(job)

        def finished(result: object) -> None:
            if not isValid(self):  # the window was closed while the worker ran
                return
            self._jobs.remove(job)
            done(result)  # type: ignore[operator]

        def failed(message: str, _details: str) -> None:
            if not isValid(self):
                return
            self._jobs.remove(job)
            self.status.setText(self.tr("Could not compute the figures: %1").replace("%1", message))

        job.finished.connect(finished)
        job.failed.connect(failed)
        job.start()

    def _start_load(self) -> None:
        store, now, locale = self.store, self.now, self.locale
        self._start_job(lambda: _load(store, now, locale), self._loaded)

    def _loaded(self, loaded: _Loaded) -> None:
        self.loaded = loaded
        if loaded.first_reply is not None and not self._pivot_chosen:
            day = loaded.first_reply.astimezone().date()
            self.pivot_edit.blockSignals(True)
            self.pivot_edit.setDate(QDate(day.year, day.month, day.day))
            self.pivot_edit.blockSignals(False)
        self._refresh()

    def _refresh(self) -> None:
        """Re-slice the measured rows for the current period/pivot (on a worker)."""
        if self.loaded is None:
            return
        self._generation += 1
        generation = self._generation
        rows, period, pivot, now = self.loaded.rows, self.period(), self.pivot(), self.now
        tz_name = getattr(now.astimezone().tzinfo, "key", None) or "UTC"
        self.status.setText(self.tr("Computing…"))

        def compute() -> tuple[int, StoreMetrics]:
            report = build_report(
                rows, now=now, period_from=period.start, period_to=period.end, tz_name=tz_name
            )
            # Before/after spans the whole history: the pivot usually lies outside the period.
            ba = compare_before_after(rows, pivot) if pivot is not None else None
            return generation, StoreMetrics(rows, report, pivot, ba)

        self._start_job(compute, self._show)

    def _show(self, outcome: tuple[int, StoreMetrics]) -> None:
        generation, result = outcome
        if generation != self._generation:
            return  # a newer request is on its way
        self.result = result
        s = result.report.overall
        for key in KPI_KEYS:
            self.kpi[key].setText(format_value(key, getattr(s, key), self.locale))
        for key, label in self.kpi_detail.items():
            part, whole = RATE_DETAILS[key](s)
            label.setText(kpi_detail_text(key).replace("%1", typography.number(part, self.locale))
                          .replace("%2", typography.number(whole, self.locale)))
        self._show_notes(s)
        self._show_automatic()
        self._show_trends()
        self._show_topics()
        self._fill_groups(self.locations_table, self.tr("Location"), result.report.by_location, True)
        self._fill_groups(self.sources_table, self.tr("Source"), result.report.by_source, False)
        self._show_compare()
        self.status.setText("")
        self.is_ready = True

    def _show_notes(self, s: Summary) -> None:
        notes = list(self.loaded.calendar_notes if self.loaded else [])
        flags = s.flags
        if flags.get("no_date"):
            notes.append(self.tr("%n review(s) without a date, left out of times.", "", flags["no_date"]))
        if flags.get("reply_before_review"):
            notes.append(self.tr("%n reply(ies) dated before their review: counted as replied, left out of times.",
                                 "", flags["reply_before_review"]))
        if flags.get("late_import"):
            notes.append(self.tr("%n older review(s) arrived more than a day after publication (for example "
                                 "from an imported file): the deadline counts from the arrival, so age "
                                 "alone never makes one overdue.", "", flags["late_import"]))
        if flags.get("history"):
            notes.append(self.tr("%n older review(s) arrived more than 14 days after publication (for example "
                                 "from an imported file): no deadline, left out of deadline figures; answer "
                                 "when you can.", "", flags["history"]))
        if flags.get("no_publish_date"):
            notes.append(self.tr("%n review(s) without a publication date: timed from when first seen.", "",
                                 flags["no_publish_date"]))
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))

    def _show_trends(self) -> None:
        if self.result is None:
            return
        report = self.result.report
        weekly = self.granularity.currentData() == "week"
        ratings = report.rating_by_week if weekly else report.rating_by_month
        senti = report.sentiment_by_week if weekly else report.sentiment_by_month
        title_r = self.tr("Average rating by week") if weekly else self.tr("Average rating by month")
        title_s = self.tr("Reviews by sentiment, by week") if weekly else self.tr("Reviews by sentiment, by month")
        names = {"negative": self.tr("Negative"), "neutral": self.tr("Neutral"), "positive": self.tr("Positive")}
        self._set_chart(self.rating_view, rating_chart(ratings, title_r))
        self._set_chart(self.sentiment_view, sentiment_chart(senti, title_s, names))

    @staticmethod
    def _set_chart(view: QChartView, chart: QChart) -> None:
        old = view.chart()
        view.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()

    def _show_topics(self) -> None:
        assert self.result is not None
        topics = self.result.report.top_topics
        t = self.topics_table
        t.clear()
        t.setColumnCount(4)
        t.setHorizontalHeaderLabels([self.tr("Topic"), self.tr("Reviews"), self.tr("Previous period"),
                                     self.tr("Trend")])
        t.setRowCount(len(topics))
        for i, tt in enumerate(topics):
            if tt.change is None:
                trend = self.tr("new") if tt.previous_count == 0 and self.result.report.period_from else "–"
            else:
                arrow = "▲" if tt.change > 0 else "▼" if tt.change < 0 else "="
                trend = f"{arrow} {typography.percent_change(tt.change, self.locale)}"
            cells = [label_name("topic", tt.topic, self.locale), typography.number(tt.count, self.locale),
                     typography.number(tt.previous_count, self.locale), trend]
            for j, text in enumerate(cells):
                t.setItem(i, j, QTableWidgetItem(text))

    def _group_headers(self, first: str) -> list[str]:
        return [first, *(kpi_title(k) for k in KPI_KEYS)]

    def _fill_groups(self, table: QTableWidget, first: str, groups: dict[str, Summary], location: bool) -> None:
        table.clear()
        table.setColumnCount(1 + len(KPI_KEYS))
        table.setHorizontalHeaderLabels(self._group_headers(first))
        table.setRowCount(len(groups))
        for i, (name, s) in enumerate(groups.items()):
            shown = name or (self.tr("(no location)") if location else self.tr("(unknown)"))
            if not location:
                shown = _platform_label(name)
            table.setItem(i, 0, QTableWidgetItem(shown))
            for j, key in enumerate(KPI_KEYS, start=1):
                table.setItem(i, j, QTableWidgetItem(format_value(key, getattr(s, key), self.locale)))

    def _show_compare(self) -> None:
        assert self.result is not None
        ba = self.result.before_after
        t = self.compare_table
        t.clear()
        if ba is None:
            self.pivot_note.setText(self.tr("No reply has been sent yet: choose a date to compare."))
            t.setRowCount(0)
            return
        when = format_date(ba.pivot.astimezone(), format="long", locale=self.locale)
        self.pivot_note.setText(self.tr("All reviews before and after %1.").replace("%1", when))
        t.setColumnCount(4)
        t.setHorizontalHeaderLabels([self.tr("Figure"), self.tr("Before"), self.tr("After"), self.tr("Change")])
        t.setRowCount(len(KPI_KEYS))
        for i, key in enumerate(KPI_KEYS):
            before, after = getattr(ba.before, key), getattr(ba.after, key)
            delta = ba.delta.get(key)
            if delta is None:
                change = "–"
            elif key in RATE_KEYS:
                change = typography.signed(delta * 100, self.locale, 1) + "\u00a0pt"
            elif key == "total":
                change = typography.signed(delta, self.locale)
            elif key == "average_rating":
                change = typography.signed(delta, self.locale, 2)
            else:
                change = typography.signed(delta, self.locale, 1) + "\u00a0h"
            cells = [kpi_title(key), format_value(key, before, self.locale),
                     format_value(key, after, self.locale), change]
            for j, text in enumerate(cells):
                t.setItem(i, j, QTableWidgetItem(text))


def _platform_label(name: str) -> str:
    return platform_name(name) or "–"
