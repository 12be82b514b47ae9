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
from PySide6.QtCore import QDateTime, QMargins, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene

from workstation.metrics.trends import RatingPoint, SentimentPoint

KPI_KEYS = (
    "total",
    "response_rate",
    "response_rate_negative",
    "wall_median_h",
    "wall_p90_h",
    "business_median_h",
    "business_p90_h",
    "sla_attainment",
    "average_rating",
)
_RATES = ("response_rate", "response_rate_negative", "sla_attainment")
_MAX_BARS = 26
SENTIMENT_COLOURS = {"negative": "#C0392B", "neutral": "#95A5A6", "positive": "#27AE60"}


def format_value(key: str, value: float | None, locale: str) -> str:
    """How the dashboard (and its tests) show one headline figure."""
    if value is None:
        return "–"
    if key in _RATES:
        return str(format_percent(value, format="#,##0.0%", locale=locale))
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
    y.setLabelFormat("%.1f")
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
    small = x.labelsFont()
    small.setPointSizeF(max(6.0, small.pointSizeF() - 2))  # 26 periods fit without eliding
    x.setLabelsFont(small)
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


def chart_image(chart: QChart, size: QSize) -> QImage:
    """Draw a chart into an image without a view (works offscreen, for the PDF)."""
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.setGeometry(0, 0, size.width(), size.height())
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter)
    painter.end()
    scene.removeItem(chart)
    return image
