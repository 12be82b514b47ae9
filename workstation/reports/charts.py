"""Charts and figures shared by the dashboard and the PDF report: rating and sentiment
charts (QtCharts), drawn to images without a view, and the KPI number formats."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta

from babel.numbers import format_decimal, format_percent
from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QDateTimeAxis,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QMargins, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene

from workstation.metrics.report import HEADLINE_KEYS
from workstation.metrics.trends import RatingPoint, SentimentPoint

KPI_KEYS = HEADLINE_KEYS  # the dashboard's and the PDF's figures, in the summary's order
_RATES = ("response_rate", "response_rate_negative", "sla_attainment")
_MAX_BARS = 26
SENTIMENT_COLOURS = {"negative": "#C0392B", "neutral": "#95A5A6", "positive": "#27AE60"}


def format_value(key: str, value: float | None, locale: str) -> str:
    """How the dashboard (and its tests) show one headline figure."""
    if value is None:
        return "–"
    if key in _RATES:
        # French puts a (non-breaking) space before % — "37,7 %"
        pattern = "#,##0.0\u00a0%" if locale.startswith("fr") else "#,##0.0%"
        return str(format_percent(value, format=pattern, locale=locale))
    if key == "total":
        return str(format_decimal(value, format="#,##0", locale=locale))
    if key == "average_rating":
        return str(format_decimal(value, format="0.00", locale=locale)) + " ★"
    return str(format_decimal(value, format="#,##0.0", locale=locale)) + " h"


def _msecs(day: date) -> int:
    return int(datetime.combine(day, time(12), tzinfo=UTC).timestamp() * 1000)


def rating_chart(points: Sequence[RatingPoint], title: str) -> QChart:
    """Average rating per period as a line (1–5 scale)."""
    chart = QChart()
    chart.setTitle(title)
    chart.legend().hide()
    series = QLineSeries()
    series.setPointsVisible(True)
    for p in points[-_MAX_BARS * 2 :]:
        if p.average_rating is not None:
            series.append(_msecs(p.period), p.average_rating)
    chart.addSeries(series)
    x = QDateTimeAxis()
    x.setFormat("dd/MM/yy")
    x.setTickCount(6)
    y = QValueAxis()
    y.setRange(1, 5)
    y.setTickCount(5)
    y.setLabelFormat("%d")  # whole stars: no decimal point to localise
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)
    series.attachAxis(y)
    if series.count() == 1:  # a single point: give the axis some width around it
        only = points[-1].period
        x.setRange(
            QDateTime.fromMSecsSinceEpoch(_msecs(only - timedelta(days=7))),
            QDateTime.fromMSecsSinceEpoch(_msecs(only + timedelta(days=7))),
        )
    chart.setMargins(QMargins(4, 4, 4, 4))
    return chart


def sentiment_chart(points: Sequence[SentimentPoint], title: str, names: dict[str, str]) -> QChart:
    """Reviews per sentiment bucket per period, stacked (last `_MAX_BARS` periods)."""
    chart = QChart()
    chart.setTitle(title)
    shown = list(points[-_MAX_BARS:])
    series = QStackedBarSeries()
    sets = {}
    for key in ("negative", "neutral", "positive"):
        bar = QBarSet(names.get(key, key))
        bar.setColor(QColor(SENTIMENT_COLOURS[key]))
        sets[key] = bar
        series.append(bar)
    for p in shown:
        sets["negative"].append(p.negative)
        sets["neutral"].append(p.neutral + p.unknown)
        sets["positive"].append(p.positive)
    chart.addSeries(series)
    x = QBarCategoryAxis()
    x.append([f"{p.period.day}/{p.period.month}" for p in shown])
    if len(shown) > 13:
        x.setLabelsAngle(-60)  # 26 periods fit without eliding or shrinking the text
    # Qt elides a category label to the bar's width even when the label is turned on its
    # side and has room ("12…" for 12/10 in the dashboard): show it whole.
    x.setTruncateLabels(False)
    y = QValueAxis()
    y.setLabelFormat("%d")
    top = max((p.negative + p.neutral + p.positive + p.unknown for p in shown), default=1)
    y.setRange(0, max(1, top))
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)
    series.attachAxis(y)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(4, 4, 4, 4))
    return chart


MIN_LABEL_PT = 8.0  # the smallest text a printed chart may show


def set_label_size(chart: QChart, points: float) -> None:
    """Every axis label, legend entry and the title at least `points` tall."""
    for axis in chart.axes():
        font = axis.labelsFont()
        font.setPointSizeF(max(points, font.pointSizeF()))
        axis.setLabelsFont(font)
    legend = chart.legend().font()
    legend.setPointSizeF(max(points, legend.pointSizeF()))
    chart.legend().setFont(legend)


def chart_image(chart: QChart, size: QSize, scale: float = 1.0) -> QImage:
    """Draw a chart laid out at `size` (screen pixels) into an image `scale` times larger,
    without a view (works offscreen, for the PDF). Shown at `size` screen pixels, its
    text keeps its point size; `scale` only adds sharpness."""
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.setGeometry(0, 0, size.width(), size.height())
    image = QImage(size * scale, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(image.rect()), QRectF(0, 0, size.width(), size.height()))
    painter.end()
    scene.removeItem(chart)
    return image
