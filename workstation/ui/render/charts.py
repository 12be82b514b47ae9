"""Charts drawn with QtCharts from the series of `workstation.reports.figures`: the rating
line and the sentiment bars the dashboard shows and the PDF prints, and drawing a chart
into an image without a view."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta

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

from workstation.metrics.trends import RatingPoint, SentimentPoint
from workstation.reports.figures import RatingLine, SentimentBars, rating_line, sentiment_bars

MIN_LABEL_PT = 8.0  # the smallest text a printed chart may show
_TURN_LABELS_FROM = 14  # bars: from this many, the labels are turned to fit without eliding


def _msecs(day: date) -> int:
    return int(datetime.combine(day, time(12), tzinfo=UTC).timestamp() * 1000)


def line_chart(line: RatingLine, title: str) -> QChart:
    """Average rating per period as a line (1–5 scale)."""
    chart = QChart()
    chart.setTitle(title)
    chart.legend().hide()
    series = QLineSeries()
    series.setPointsVisible(True)
    for period, rating in line.points:
        series.append(_msecs(period), rating)
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
    if len(line.points) == 1:  # a single point: give the axis some width around it
        only = line.points[0][0]
        x.setRange(
            QDateTime.fromMSecsSinceEpoch(_msecs(only - timedelta(days=7))),
            QDateTime.fromMSecsSinceEpoch(_msecs(only + timedelta(days=7))),
        )
    chart.setMargins(QMargins(4, 4, 4, 4))
    return chart


def bar_chart(bars: SentimentBars, title: str) -> QChart:
    """Stacked bars, one per category, legend below."""
    chart = QChart()
    chart.setTitle(title)
    series = QStackedBarSeries()
    for stack in bars.stacks:
        bar = QBarSet(stack.name)
        bar.setColor(QColor(stack.colour))
        for value in stack.values:
            bar.append(value)
        series.append(bar)
    chart.addSeries(series)
    x = QBarCategoryAxis()
    x.append(list(bars.categories))
    if len(bars.categories) >= _TURN_LABELS_FROM:
        x.setLabelsAngle(-60)  # 26 periods fit without eliding or shrinking the text
    # Qt elides a category label to the bar's width even when the label is turned on its
    # side and has room ("12…" for 12/10 in the dashboard): show it whole.
    x.setTruncateLabels(False)
    y = QValueAxis()
    y.setLabelFormat("%d")
    y.setRange(0, max(1, bars.tallest()))
    # Round steps (0, 5, 10…) rather than the tallest bar split in four (0, 4, 9, 14, 19).
    y.applyNiceNumbers()
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)
    series.attachAxis(y)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(4, 4, 4, 4))
    return chart


def rating_chart(points: Sequence[RatingPoint], title: str) -> QChart:
    """The dashboard's rating chart: `line_chart` of the trend's points."""
    return line_chart(rating_line(points), title)


def sentiment_chart(points: Sequence[SentimentPoint], title: str, names: Mapping[str, str]) -> QChart:
    """The dashboard's sentiment chart: `bar_chart` of the trend's points (`names`: legend)."""
    return bar_chart(sentiment_bars(points, names), title)


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
