"""The monthly PDF report: headline figures, rating and sentiment charts, top topics, per
location and per source tables and the before/after comparison, in the report's language.

Drawn with QTextDocument + QPdfWriter (no browser engine); charts are the QtCharts
builders the dashboard shows too rendered to images. Words come from the core report catalog
(`metrics.cli.report_text`), so `workstation report --lang fr` is French whatever
translator is installed. Works offscreen: `ensure_app()` starts a QApplication if none.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from babel.dates import format_date
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

from workstation.display_names import display_name
from workstation.metrics.aggregates import Summary
from workstation.metrics.cli import report_text
from workstation.metrics.measured import StoreMetrics
from workstation.reports.charts import (
    KPI_KEYS,
    MIN_LABEL_PT,
    chart_image,
    format_value,
    rating_chart,
    sentiment_chart,
    set_label_size,
)
from workstation.reports.pages import keep_tables_on_one_page
from workstation.typography import date_time, label, percent_change

_DPI = 144  # the PDF's resolution
# Laid out in screen pixels (96 per inch) and shown at that physical size (the document's
# image sizes are screen pixels too): labels keep their point size on paper.
_CHART = QSize(660, 280)
_CHART_WIDTH = _CHART.width()
_CHART_SHARPNESS = 2.0


def ensure_app() -> QApplication:
    """The running QApplication, or a new one (QT_QPA_PLATFORM=offscreen works headless)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication([])
    assert isinstance(app, QApplication)
    return app


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _zone(tz_name: str) -> ZoneInfo:
    try:
        return ZoneInfo(tz_name)
    except (KeyError, ValueError, OSError):
        return ZoneInfo("UTC")


def _period(result: StoreMetrics, t: dict[str, str], lang: str, zone: ZoneInfo) -> str:
    r = result.report
    if r.period_from is None and r.period_to is None:
        return t["all_time"]
    start = format_date(r.period_from.astimezone(zone), "long", locale=lang) if r.period_from else "…"
    if r.period_to is None:
        return f"{start} – …"
    # The period is half-open: show its last included day.
    last = r.period_to.astimezone(zone)
    end = format_date((last - timedelta(microseconds=1)).date(), "long", locale=lang)
    return f"{start} – {end}"


def _label(text: str, lang: str) -> str:
    """"Période" → "Période :" in French (space before the colon), "Period:" in English."""
    return label(text, lang)


def _summary_table(rows: list[tuple[str, Summary]], first: str, t: dict[str, str], lang: str) -> str:
    head = "".join(f"<th>{_esc(t.get(k, k))}</th>" for k in ("reviews", "response_rate",
                   "response_rate_negative", "wall_median_h", "business_median_h", "sla_attainment",
                   "average_rating"))  # fmt: skip
    body = ""
    for name, s in rows:
        cells = [
            format_value("total", s.total, lang), format_value("response_rate", s.response_rate, lang),
            format_value("response_rate_negative", s.response_rate_negative, lang),
            format_value("wall_median_h", s.wall_median_h, lang),
            format_value("business_median_h", s.business_median_h, lang),
            format_value("sla_attainment", s.sla_attainment, lang),
            format_value("average_rating", s.average_rating, lang),
        ]  # fmt: skip
        body += f"<tr><td>{_esc(name)}</td>" + "".join(f"<td align='right'>{_esc(c)}</td>" for c in cells) + "</tr>"
    return f"<table class='grid' cellspacing='0' cellpadding='3' width='100%'><tr><th width='20%'>{_esc(first)}</th>{head}</tr>{body}</table>"


def _change(change: float, lang: str) -> str:
    return percent_change(change, lang)


def report_html(result: StoreMetrics, *, lang: str, tz_name: str, business: str | None = None) -> str:
    """The report's HTML (images referenced as chart://rating and chart://sentiment)."""
    t = report_text(lang)
    lang = "fr" if lang.startswith("fr") else "en"
    zone = _zone(tz_name)
    r = result.report
    s = r.overall
    title = t["title"] + (f" — {business}" if business else "")
    generated = date_time(r.generated_at.astimezone(zone), lang)
    kpis = "".join(
        f"<tr><td>{_esc(t.get(k, t['reviews'] if k == 'total' else k))}</td>"
        f"<td align='right'><b>{_esc(format_value(k, getattr(s, k), lang))}</b></td></tr>"
        for k in KPI_KEYS
    )
    kpis += f"<tr><td>{_esc(t['overdue_open'])}</td><td align='right'><b>{s.sla_overdue_open}</b></td></tr>"
    if r.undated:
        kpis += f"<tr><td>{_esc(t['undated'])}</td><td align='right'>{r.undated}</td></tr>"
    topics = "".join(
        f"<tr><td>{_esc(display_name('topic', tt.topic, lang))}</td><td align='right'>{tt.count}</td>"
        f"<td align='right'>{tt.previous_count}</td><td align='right'>"
        f"{'–' if tt.change is None else _esc(_change(tt.change, lang))}</td></tr>"
        for tt in r.top_topics
    )
    html = [
        "<html><head><style>"
        "body { font-family: sans-serif; font-size: 10pt; } h1 { font-size: 18pt; } h2 { font-size: 13pt; "
        "margin-top: 14px; } table.grid { font-size: 9pt; } table.grid th { background: #EAECEE; } table.grid td, table.grid th "
        "{ border-bottom: 1px solid #D5D8DC; } .muted { color: #566573; }"
        "</style></head><body>",
        f"<h1>{_esc(title)}</h1>",
        f"<p>{_esc(_label(t['period'], lang))} <b>{_esc(_period(result, t, lang, zone))}</b><br/>"
        f"<span class='muted'>{_esc(t['generated'])} {_esc(generated)}</span></p>",
        f"<h2>{_esc(t['headline'])}</h2>",
        f"<table class='grid' cellspacing='0' cellpadding='4' width='60%'>{kpis}</table>",
        f"<h2>{_esc(t['rating_trend'])}</h2><p><img src='chart://rating' width='{_CHART_WIDTH}'/></p>",
        f"<h2>{_esc(t['sentiment_volume'])}</h2><p><img src='chart://sentiment' width='{_CHART_WIDTH}'/></p>",
        f"<h2>{_esc(t['topics'])}</h2>",
        "<table class='grid' cellspacing='0' cellpadding='3' width='100%'>"
        f"<tr><th>{_esc(t['topic'])}</th><th>{_esc(t['count'])}</th><th>{_esc(t['previous'])}</th>"
        f"<th>{_esc(t['change'])}</th></tr>{topics}</table>" if topics else f"<p>{_esc(t['none'])}</p>",
        f"<h2>{_esc(t['by_location'])}</h2>",
        _summary_table([(k or t["none"], v) for k, v in r.by_location.items()], t["location"], t, lang),
        f"<h2>{_esc(t['by_source'])}</h2>",
        _summary_table([(display_name("platform", k, lang) or t["none"], v) for k, v in r.by_source.items()],
                       t["source"], t, lang),
    ]
    ba = result.before_after
    if ba is not None:
        when = format_date(ba.pivot.astimezone(zone), "long", locale=lang)
        html += [
            f"<h2>{_esc(t['before_after'])}</h2><p>{_esc(t['pivot'].replace('%1', when))}</p>",
            _summary_table([(t["before"].replace("%1", when), ba.before), (t["after"].replace("%1", when), ba.after)],
                           t["compared"], t, lang),
        ]
    html.append(f"<p class='muted'>{_esc(t['definitions'])}</p></body></html>")
    return "".join(html)


def _page_writer(device: object) -> QPdfWriter:
    writer = QPdfWriter(device)  # type: ignore[call-overload]
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    writer.setResolution(_DPI)
    return writer


def _document(writer: QPdfWriter, result: StoreMetrics, *, lang: str, tz_name: str, business: str | None) -> QTextDocument:
    """The report laid out on `writer`'s pages (charts, tables kept on one page)."""
    t = report_text(lang)
    r = result.report
    names = {k: t[k] for k in ("negative", "neutral", "positive")}
    doc = QTextDocument()
    # Lay the text out at the PDF's resolution, so 10 pt prints as 10 pt (not at screen size).
    doc.documentLayout().setPaintDevice(writer)
    for name, chart in (("rating", rating_chart(r.rating_by_week, "")),
                        ("sentiment", sentiment_chart(r.sentiment_by_week, "", names))):
        set_label_size(chart, MIN_LABEL_PT + 0.5)
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart://{name}"),
                        chart_image(chart, _CHART, _CHART_SHARPNESS))
    doc.setHtml(report_html(result, lang=lang, tz_name=tz_name, business=business))
    doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size().toSizeF())
    keep_tables_on_one_page(doc)
    return doc


def write_pdf_report(
    path: Path, result: StoreMetrics, *, lang: str = "en", tz_name: str = "UTC", business: str | None = None
) -> Path:
    """Write the PDF (A4) and return its path; raises OSError when it cannot be written."""
    ensure_app()
    t = report_text(lang)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    writer = _page_writer(str(tmp))
    writer.setTitle(t["title"])
    writer.setCreator("Review workstation")
    doc = _document(writer, result, lang=lang, tz_name=tz_name, business=business)
    doc.print_(writer)
    del writer  # flushes and closes the file
    if not tmp.exists() or tmp.stat().st_size == 0:
        tmp.unlink(missing_ok=True)  # never leave an empty .tmp beside the report
        raise OSError(f"the PDF writer produced nothing at {tmp}")
    tmp.replace(path)
    return path


def first_page_image(
    result: StoreMetrics, *, width: int, lang: str = "en", tz_name: str = "UTC", business: str | None = None
) -> QImage:
    """The PDF's first page as an image `width` pixels wide: the same document, laid out on
    the same A4 page at the same resolution, painted into memory instead of a file."""
    ensure_app()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)  # the layout needs the PDF's page; nothing is kept
    writer = _page_writer(buffer)
    doc = _document(writer, result, lang=lang, tz_name=tz_name, business=business)
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
