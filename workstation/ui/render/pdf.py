"""A `ReportDocument` drawn as an A4 PDF, or its first page as an image (the window's preview).

Drawn with QTextDocument + QPdfWriter (no browser engine); charts are the QtCharts drawings
the dashboard shows too, rendered to images. Works offscreen: `ensure_app()` starts a
QApplication on the offscreen platform if none runs (the command line on a server).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSize, QUrl
from PySide6.QtGui import (
    QColor,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication

from workstation.reports.document import Figure, ReportDocument
from workstation.reports.figures import RatingLine
from workstation.ui.render.charts import (
    MIN_LABEL_PT,
    bar_chart,
    chart_image,
    line_chart,
    set_label_size,
)
from workstation.ui.render.html import CHART_WIDTH, document_html
from workstation.ui.render.pages import keep_tables_on_one_page

_DPI = 144  # the PDF's resolution
# Laid out in screen pixels (96 per inch) and shown at that physical size (the document's
# image sizes are screen pixels too): labels keep their point size on paper.
_CHART = QSize(CHART_WIDTH, 280)
_CHART_SHARPNESS = 2.0


def ensure_app() -> QApplication:
    """The running QApplication, or a new one. A new one draws only, so it needs no display:
    it starts on the offscreen platform unless QT_QPA_PLATFORM says otherwise."""
    app = QApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication([])
    assert isinstance(app, QApplication)
    return app


def _page_writer(device: object) -> QPdfWriter:
    writer = QPdfWriter(device)  # type: ignore[call-overload]
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    writer.setResolution(_DPI)
    return writer


def _figure_image(figure: Figure) -> QImage:
    chart = line_chart(figure.chart, "") if isinstance(figure.chart, RatingLine) else bar_chart(figure.chart, "")
    set_label_size(chart, MIN_LABEL_PT + 0.5)
    return chart_image(chart, _CHART, _CHART_SHARPNESS)


def _layout(writer: QPdfWriter, report: ReportDocument) -> QTextDocument:
    """The report laid out on `writer`'s pages (charts, tables kept on one page)."""
    doc = QTextDocument()
    # Lay the text out at the PDF's resolution, so 10 pt prints as 10 pt (not at screen size).
    doc.documentLayout().setPaintDevice(writer)
    for section in report.sections:
        for block in section.blocks:
            if isinstance(block, Figure):
                doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart://{block.name}"),
                                _figure_image(block))
    doc.setHtml(document_html(report))
    doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size().toSizeF())
    keep_tables_on_one_page(doc)
    return doc


def write_pdf(path: Path, report: ReportDocument) -> Path:
    """Write the PDF (A4) and return its path; raises OSError when it cannot be written.
    The `PdfDrawer` the command line and the window hand to `ops.reports`."""
    ensure_app()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    writer = _page_writer(str(tmp))
    writer.setTitle(report.title)
    writer.setCreator("Review workstation")
    doc = _layout(writer, report)
    doc.print_(writer)
    del writer  # flushes and closes the file
    if not tmp.exists() or tmp.stat().st_size == 0:
        tmp.unlink(missing_ok=True)  # never leave an empty .tmp beside the report
        raise OSError(f"the PDF writer produced nothing at {tmp}")
    tmp.replace(path)
    return path


def first_page_image(report: ReportDocument, *, width: int) -> QImage:
    """The PDF's first page as an image `width` pixels wide: the same document, laid out on
    the same A4 page at the same resolution, painted into memory instead of a file."""
    ensure_app()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)  # the layout needs the PDF's page; nothing is kept
    writer = _page_writer(buffer)
    doc = _layout(writer, report)
    layout = writer.pageLayout()
    full = layout.fullRectPixels(_DPI)
    inside = layout.paintRectPixels(_DPI)
    scale = width / full.width()
    image = QImage(width, round(full.height() * scale), QImage.Format.Format_RGB32)
    # Text was measured at the PDF's resolution: paint it at that resolution, scaled down.
    dots_per_metre = round(_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.scale(scale, scale)
    painter.translate(inside.left(), inside.top())
    doc.drawContents(painter, QRectF(0, 0, inside.width(), inside.height()))
    painter.end()
    del writer
    return image
