"""What the monthly report says: headline figures, rating and sentiment charts, top topics,
per location and per source tables and the before/after comparison, in the report's
language, built from the measured store (`StoreMetrics`).

Words come from the core report catalog (`metrics.cli.report_text`), so `workstation report
--lang fr` is French whatever translator is installed; codes are shown by their names
(`display_names`). The result is plain data (`document.ReportDocument`): drawing it is
`workstation.ui.render`'s job.
"""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from babel.dates import format_date

from workstation.display_names import display_name
from workstation.metrics.aggregates import Summary
from workstation.metrics.cli import report_text
from workstation.metrics.measured import StoreMetrics
from workstation.reports.document import (
    Cell,
    Figure,
    ReportDocument,
    Section,
    Table,
    TableKind,
    Text,
)
from workstation.reports.figures import rating_line, sentiment_bars
from workstation.reports.numbers import KPI_KEYS, format_value
from workstation.typography import date_time, label, percent_change

# The columns of every comparison table (overall, per location, per source, before/after).
_COMPARED = ("total", "response_rate", "response_rate_negative", "wall_median_h", "business_median_h",
             "sla_attainment", "average_rating")
_COLUMN_WORD = {"total": "reviews"}  # the catalog's word for a figure whose key differs


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


def _comparison(rows: list[tuple[str, Summary]], first: str, t: dict[str, str], lang: str) -> Table:
    """The same figures for several groups, one row each."""
    columns = (first, *(t.get(_COLUMN_WORD.get(k, k), k) for k in _COMPARED))
    cells = tuple((Cell(name), *(Cell(format_value(k, getattr(s, k), lang)) for k in _COMPARED)) for name, s in rows)
    return Table(TableKind.COMPARISON, cells, columns)


def _key_figures(result: StoreMetrics, t: dict[str, str], lang: str) -> Table:
    r = result.report
    s = r.overall
    rows = [(Cell(t.get(k, t["reviews"] if k == "total" else k)), Cell(format_value(k, getattr(s, k), lang), True))
            for k in KPI_KEYS]
    rows.append((Cell(t["overdue_open"]), Cell(str(s.sla_overdue_open), True)))
    if r.undated:
        rows.append((Cell(t["undated"]), Cell(str(r.undated))))
    return Table(TableKind.KEY_FIGURES, tuple(rows))


def _topics(result: StoreMetrics, t: dict[str, str], lang: str) -> Table | Text:
    topics = result.report.top_topics
    if not topics:
        return Text(t["none"])
    rows = tuple((Cell(display_name("topic", tt.topic, lang)), Cell(str(tt.count)), Cell(str(tt.previous_count)),
                  Cell("–" if tt.change is None else percent_change(tt.change, lang))) for tt in topics)
    return Table(TableKind.LIST, rows, (t["topic"], t["count"], t["previous"], t["change"]))


def _before_after(result: StoreMetrics, t: dict[str, str], lang: str, zone: ZoneInfo) -> Section | None:
    ba = result.before_after
    if ba is None:
        return None
    when = format_date(ba.pivot.astimezone(zone), "long", locale=lang)
    rows = [(t["before"].replace("%1", when), ba.before), (t["after"].replace("%1", when), ba.after)]
    return Section(t["before_after"], (Text(t["pivot"].replace("%1", when)), _comparison(rows, t["compared"], t, lang)))


def monthly_report(result: StoreMetrics, *, lang: str, tz_name: str, business: str | None = None) -> ReportDocument:
    """The report of `result` in `lang` ("fr…" French, else English), dates in `tz_name`."""
    t = report_text(lang)
    lang = "fr" if lang.startswith("fr") else "en"
    zone = _zone(tz_name)
    r = result.report
    names = {k: t[k] for k in ("negative", "neutral", "positive")}
    locations = [(k or t["none"], v) for k, v in r.by_location.items()]
    sources = [(display_name("platform", k, lang) or t["none"], v) for k, v in r.by_source.items()]
    sections = [
        Section(t["headline"], (_key_figures(result, t, lang),)),
        Section(t["rating_trend"], (Figure("rating", rating_line(r.rating_by_week)),)),
        Section(t["sentiment_volume"], (Figure("sentiment", sentiment_bars(r.sentiment_by_week, names)),)),
        Section(t["topics"], (_topics(result, t, lang),)),
        Section(t["by_location"], (_comparison(locations, t["location"], t, lang),)),
        Section(t["by_source"], (_comparison(sources, t["source"], t, lang),)),
    ]
    before_after = _before_after(result, t, lang, zone)
    if before_after is not None:
        sections.append(before_after)
    return ReportDocument(
        title=t["title"],
        heading=t["title"] + (f" — {business}" if business else ""),
        period_label=label(t["period"], lang),
        period=_period(result, t, lang, zone),
        generated=f"{t['generated']} {date_time(r.generated_at.astimezone(zone), lang)}",
        sections=tuple(sections),
        footnote=t["definitions"],
    )
