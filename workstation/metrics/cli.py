"""Headless `workstation metrics` and `workstation report` (issue 7).

    workstation metrics --json [--from DATE] [--to DATE] [--data-dir DIR | --demo] [--tz ZONE] [--now ISO]
    workstation report --format csv|summary-csv|pdf --out FILE [--from DATE] [--to DATE] [--data-dir DIR | --demo]
                       [--lang en|fr] [--tz ZONE] [--now ISO]

Dates are days (YYYY-MM-DD, `--to` inclusive) or ISO datetimes (`--to` exclusive) in
`--tz` (default: this computer's zone). `--now` pins the clock for reproducible output.

Each call writes FILE and nothing else. `--format csv`: one row per review (its reply and
timing); `--format summary-csv`: the figures (overall, per location, per source, before and
after your first reply). Every code (platform, state, topic…) is written as its name in
`--lang`; `--location NAME` (repeatable) keeps only those locations. French output is
Excel-friendly: `;` separator, decimal comma and a UTF-8 BOM. PDF: the monthly report with charts, said by
`workstation.reports` and drawn by the `PdfDrawer` the entry point passes in (Qt offscreen,
`workstation.ui.render`), through `ops.reports`. Without dates, the PDF covers the previous
calendar month; the CSV covers everything.

Exit codes: 0 done, 2 bad usage, unreadable database or unwritable output.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel.dates import format_date

from workstation.cli_language import current_language, tr
from workstation.command_line import (
    EXIT_OK,
    UsageError,
    UsageParser,
    plain_message,
    report_usage_errors,
)
from workstation.command_store import add_database_options, open_store
from workstation.display_names import display_name
from workstation.metrics.aggregates import Summary
from workstation.metrics.measured import StoreMetrics
from workstation.spreadsheet import SafeCsvWriter, atomic_text_file
from workstation.store.db import Store
from workstation.store.metrics_data import ExportReview
from workstation.typography import fixed, percent

if TYPE_CHECKING:
    from workstation.ops.reports import PdfDrawer

# -- the report's words (core catalog: the CSV and PDF are documents in a chosen language,
# whatever translator the UI has installed) -------------------------------------------

REPORT_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "title": "Review report",
        "period": "Period",
        "all_time": "all time",
        "generated": "Generated",
        "headline": "Headline figures",
        "reviews": "Reviews",
        "replied": "Replied",
        "response_rate": "Response rate",
        "response_rate_negative": "Response rate (negative reviews)",
        "wall_median_h": "Median response time (h)",
        "wall_p90_h": "90% answered within (h)",
        "business_median_h": "Median response time (business h)",
        "business_p90_h": "90% answered within (business h)",
        "sla_attainment": "Answered in time",
        "average_rating": "Average rating",
        "overdue_open": "Deadline passed, still unanswered",
        "rating_trend": "Average rating by week",
        "sentiment_volume": "Reviews by sentiment, by week",
        "negative": "Negative",
        "neutral": "Neutral",
        "positive": "Positive",
        "unknown": "Unknown",
        "topics": "Top topics",
        "topic": "Topic",
        "count": "Reviews this period",
        "previous": "Reviews in the previous period",
        "change": "Change",
        "by_location": "By location",
        "by_source": "By source",
        "location": "Location",
        "source": "Source",
        "before_after": "Since you started replying",
        "before": "Reviews published before %1",
        "after": "Reviews published from %1 on",
        "pivot": "Your first reply was on %1: reviews published before that day compared with those "
                 "published since (whole history, not only this period).",
        "compared": "Compared",
        "none": "(not set)",
        "scope": "Scope",
        "group": "Group",
        "overall": "overall",
        "undated": "Reviews without any date (left out)",
        "definitions": (
            "Response time runs from publication to the first reply. Business hours follow each "
            "location's opening hours, closed days and public holidays. Answered in time = "
            "reviews answered before their deadline, out of all reviews whose deadline has passed "
            "or that were answered. A review that reached the app more than a day after it was "
            "published (for example one imported from a file) is timed from its arrival, not its "
            "publication: its age alone never makes it overdue. One that arrived more than 14 days "
            "after publication has no deadline and is left out of these figures."
        ),
        # CSV columns
        "col_id": "id",
        "col_platform": "platform",
        "col_location": "location",
        "col_author": "author",
        "col_stars": "stars",
        "col_lang": "language",
        "col_published": "published",
        "col_clock_start": "clock start",
        "col_status": "status",
        "col_level": "urgency",
        "col_sentiment": "sentiment",
        "col_topics": "topics",
        "col_text": "review",
        "col_reply_state": "reply state",
        "col_reply": "reply",
        "col_replied_at": "replied at",
        "col_wall_h": "response time (h)",
        "col_business_h": "response time (business h)",
        "col_sla_class": "deadline type",
        "col_deadline": "deadline",
        "col_sla_state": "deadline status",
        "col_flags": "notes",
    },
    "fr": {
        "title": "Rapport des avis",
        "period": "Période",
        "all_time": "toute la période",
        "generated": "Généré le",
        "headline": "Chiffres clés",
        "reviews": "Avis",
        "replied": "Avec réponse",
        "response_rate": "Taux de réponse",
        "response_rate_negative": "Taux de réponse (avis négatifs)",
        "wall_median_h": "Délai de réponse médian (h)",
        "wall_p90_h": "90 % des réponses en moins de (h)",
        "business_median_h": "Délai de réponse médian (h ouvrées)",
        "business_p90_h": "90 % des réponses en moins de (h ouvrées)",
        "sla_attainment": "Réponses à temps",
        "average_rating": "Note moyenne",
        "overdue_open": "Échéance dépassée, sans réponse",
        "rating_trend": "Note moyenne par semaine",
        "sentiment_volume": "Avis par tonalité, par semaine",
        "negative": "Négatif",
        "neutral": "Neutre",
        "positive": "Positif",
        "unknown": "Inconnu",
        "topics": "Sujets principaux",
        "topic": "Sujet",
        "count": "Avis sur la période",
        "previous": "Avis sur la période précédente",
        "change": "Évolution",
        "by_location": "Par établissement",
        "by_source": "Par plateforme",
        "location": "Établissement",
        "source": "Plateforme",
        "before_after": "Depuis que vous répondez",
        "before": "Avis publiés avant le %1",
        "after": "Avis publiés depuis le %1",
        "pivot": "Votre première réponse date du %1 : les avis publiés avant ce jour comparés à ceux "
                 "publiés depuis (tout l’historique, pas seulement cette période).",
        "compared": "Comparaison",
        "none": "(non renseigné)",
        "scope": "Portée",
        "group": "Groupe",
        "overall": "ensemble",
        "undated": "Avis sans aucune date (exclus)",
        "definitions": (
            "Le délai de réponse court de la publication jusqu’à la première réponse. Les heures "
            "ouvrées suivent les horaires, jours de fermeture et jours fériés de chaque "
            "établissement. Réponses à temps = avis répondus avant leur échéance, parmi tous les "
            "avis répondus ou dont l’échéance est passée. Un avis arrivé dans l’application plus "
            "d’un jour après sa publication (par exemple importé d’un fichier) est compté depuis "
            "son arrivée, pas depuis sa publication : son ancienneté seule ne le met jamais en retard. "
            "Un avis arrivé plus de 14 jours après sa publication n’a pas d’échéance et ne compte "
            "pas dans ces chiffres."
        ),
        "col_id": "id",
        "col_platform": "plateforme",
        "col_location": "établissement",
        "col_author": "auteur",
        "col_stars": "étoiles",
        "col_lang": "langue",
        "col_published": "publié le",
        "col_clock_start": "début du délai",
        "col_status": "statut",
        "col_level": "urgence",
        "col_sentiment": "tonalité",
        "col_topics": "sujets",
        "col_text": "avis",
        "col_reply_state": "état de la réponse",
        "col_reply": "réponse",
        "col_replied_at": "répondu le",
        "col_wall_h": "délai (h)",
        "col_business_h": "délai (h ouvrées)",
        "col_sla_class": "type d’échéance",
        "col_deadline": "échéance",
        "col_sla_state": "état du délai",
        "col_flags": "remarques",
    },
}


def report_text(lang: str) -> dict[str, str]:
    """The report's words in `lang` ("fr…" → French, anything else English)."""
    return REPORT_TEXT["fr" if lang.lower().startswith("fr") else "en"]


# -- shared steps -----------------------------------------------------------------------


def _zone(name: str | None) -> tzinfo:
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise UsageError(tr("unknown time zone: {name}").format(name=name)) from exc
    local = datetime.now().astimezone().tzinfo
    return local or UTC


def parse_bound(text: str | None, zone: tzinfo, *, end: bool) -> datetime | None:
    """A --from/--to value → aware UTC instant; a plain day as `--to` means up to its end."""
    if not text:
        return None
    try:
        day = date.fromisoformat(text)
    except ValueError:
        day = None
    if day is not None and len(text) == 10:
        start = datetime.combine(day + timedelta(days=1 if end else 0), datetime.min.time())
        return start.replace(tzinfo=zone).astimezone(UTC)
    try:
        dt = datetime.fromisoformat(text)
    except ValueError as exc:
        raise UsageError(tr("not a date: {text!r} (expected YYYY-MM-DD or an ISO datetime)").format(text=text)) from exc
    return (dt.replace(tzinfo=zone) if dt.tzinfo is None else dt).astimezone(UTC)


def previous_month(now: datetime, zone: tzinfo) -> tuple[datetime, datetime]:
    """[first day of last month, first day of this month) in `zone`, as UTC."""
    local = now.astimezone(zone)
    this_month = datetime(local.year, local.month, 1)
    last = datetime(local.year - (local.month == 1), (local.month - 2) % 12 + 1, 1)
    return (
        last.replace(tzinfo=zone).astimezone(UTC),
        this_month.replace(tzinfo=zone).astimezone(UTC),
    )


def _open(args: argparse.Namespace) -> Store:
    # Reports on a database that does not exist would be blank: say so instead.
    return open_store(args.data_dir, demo=args.demo, must_exist=True, database=args.database)


def _common(parser: UsageParser) -> None:
    parser.add_argument("--from", dest="date_from", help=tr("first day (YYYY-MM-DD) or instant"))
    parser.add_argument("--to", dest="date_to", help=tr("last day (inclusive) or instant (exclusive)"))
    add_database_options(parser)
    parser.add_argument("--tz", help=tr("time zone of the dates and charts (default: this computer's)"))
    parser.add_argument("--now", help=argparse.SUPPRESS)


def _now(text: str | None) -> datetime:
    if not text:
        return datetime.now(UTC)
    bound = parse_bound(text, UTC, end=False)
    assert bound is not None
    return bound


def _tz_name(zone: tzinfo) -> str:
    return getattr(zone, "key", None) or "UTC"


def _run(body: Any, argv: Sequence[str]) -> int:
    return report_usage_errors(lambda: int(body(list(argv))))


# -- workstation metrics ------------------------------------------------------------------


def run_metrics(argv: Sequence[str]) -> int:
    """`workstation metrics --json …`: prints `metrics_json` (plus before/after) on stdout."""
    return _run(_metrics, argv)


def _metrics(argv: list[str]) -> int:
    parser = UsageParser(prog="workstation metrics", description=tr("Response-time and SLA figures."))
    parser.add_argument("--json", action="store_true", help=tr("print JSON (the only format)"))
    _common(parser)
    args = parser.parse_args(argv)
    zone = _zone(args.tz)
    now = _now(args.now)
    period_from = parse_bound(args.date_from, zone, end=False)
    period_to = parse_bound(args.date_to, zone, end=True)
    from workstation.ops.metrics import measure, metrics_document

    store = _open(args)
    try:
        result = measure(store, now=now, period_from=period_from, period_to=period_to, tz_name=_tz_name(zone))
    finally:
        store.close()
    out = metrics_document(result)
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        s = result.report.overall
        print(tr("reviews {total}, replied {replied}, response rate {rate}, median {median} h "
                 "({business} business h), SLA {sla}, automatic replies {automatic}").format(
            total=s.total, replied=s.replied, rate=_pct(s.response_rate), median=_num(s.wall_median_h),
            business=_num(s.business_median_h), sla=_pct(s.sla_attainment),
            automatic=_pct(result.automatic.share if result.automatic else None)))
    return EXIT_OK


def _pct(v: float | None) -> str:
    """A share for a person to read: "42%" / "42 %" (babel, the command's language)."""
    if v is None:
        return "–"
    return percent(v, current_language())


def _num(v: float | None) -> str:
    """Hours with one decimal: "3.5" / "3,5"."""
    return "–" if v is None else fixed(v, current_language(), 1)


# -- workstation report ------------------------------------------------------------------


def run_report(argv: Sequence[str], *, draw_pdf: PdfDrawer | None = None) -> int:
    """`workstation report --format csv|summary-csv|pdf --out FILE …` (see the module docstring);
    `draw_pdf` draws a PDF (`workstation.__main__` passes Qt's)."""
    return _run(lambda args: _report(args, draw_pdf), argv)


def _report(argv: list[str], draw_pdf: PdfDrawer | None) -> int:
    from workstation.ops.reports import REPORT_FORMATS, write_report

    parser = UsageParser(prog="workstation report", description=tr("Export reviews, replies and metrics."))
    parser.add_argument("--format", choices=REPORT_FORMATS, required=True,
                        help=tr("csv: one row per review; summary-csv: the figures; pdf: the monthly report"))
    parser.add_argument("--out", type=Path, required=True, help=tr("the file to write"))
    parser.add_argument("--lang", choices=("en", "fr"), default=None,
                        help=tr("language of the report (default: the command line's)"))
    parser.add_argument("--location", action="append", dest="locations", metavar="NAME",
                        help=tr("only this location's reviews (repeat for several)"))
    _common(parser)
    args = parser.parse_args(argv)
    if args.format == "pdf" and draw_pdf is None:
        raise UsageError(tr("this command line cannot draw PDFs (no renderer given): use --format csv"))
    lang = args.lang or current_language()
    zone = _zone(args.tz)
    now = _now(args.now)
    period_from = parse_bound(args.date_from, zone, end=False)
    period_to = parse_bound(args.date_to, zone, end=True)
    if args.format == "pdf" and period_from is None and period_to is None:
        period_from, period_to = previous_month(now, zone)
    store = _open(args)
    try:
        written = write_report(store, args.out, fmt=args.format, lang=lang, zone=zone, now=now,
                               period_from=period_from, period_to=period_to,
                               locations=frozenset(args.locations) if args.locations else None,
                               draw_pdf=draw_pdf)
    except OSError as exc:
        raise UsageError(tr("cannot write {path}: {error}").format(path=args.out, error=plain_message(exc))) from exc
    finally:
        store.close()
    for path in written:
        print(tr("wrote {path}").format(path=path))
    return EXIT_OK


# -- CSV ----------------------------------------------------------------------------------


def _csv_number(value: float | None, lang: str, digits: int = 2) -> str:
    if value is None:
        return ""
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if lang == "fr" else text


def _csv_time(us: int | None, zone: tzinfo) -> str:
    if us is None:
        return ""
    dt = datetime(1970, 1, 1, tzinfo=UTC) + timedelta(microseconds=us)
    return dt.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def _summary_cells(s: Summary, lang: str) -> list[str]:
    n = _csv_number
    return [
        str(s.total), str(s.replied), n(s.response_rate, lang, 4),
        n(s.response_rate_negative, lang, 4), n(s.wall_median_h, lang), n(s.wall_p90_h, lang),
        n(s.business_median_h, lang), n(s.business_p90_h, lang), n(s.sla_attainment, lang, 4),
        str(s.sla_overdue_open), n(s.average_rating, lang, 3),
    ]  # fmt: skip


CSV_CONTENTS = ("reviews", "summary")


def write_csv(
    out: Path,
    result: StoreMetrics,
    texts: Mapping[int, ExportReview],
    *,
    lang: str,
    zone: tzinfo,
    contents: str = "reviews",
) -> list[Path]:
    """Write one CSV, `out` and nothing else; returns `[out]`.

    `contents` "reviews": one row per review of the report's period (undated ones only
    when no period), every code shown by its name in `lang`; "summary": the figures
    (overall, per location, per source, before/after your first reply).
    """
    if contents not in CSV_CONTENTS:
        raise ValueError(f"unknown CSV contents {contents!r}")
    t = report_text(lang)
    fr = lang == "fr"
    dialect = {"delimiter": ";" if fr else ",", "lineterminator": "\r\n"}
    encoding = "utf-8-sig" if fr else "utf-8"
    report = result.report
    lo, hi = report.period_from, report.period_to
    bounded = lo is not None or hi is not None
    epoch = datetime(1970, 1, 1, tzinfo=UTC)
    lo_us = None if lo is None else (lo - epoch) // timedelta(microseconds=1)
    hi_us = None if hi is None else (hi - epoch) // timedelta(microseconds=1)

    def name(kind: str, code: str | None) -> str:
        return display_name(kind, code, lang)

    cols = ["id", "platform", "location", "author", "stars", "lang", "published", "clock_start",
            "status", "level", "sentiment", "topics", "text", "reply_state", "reply", "replied_at",
            "wall_h", "business_h", "sla_class", "deadline", "sla_state", "flags"]  # fmt: skip
    out.parent.mkdir(parents=True, exist_ok=True)
    if contents == "summary":
        _write_summary(out, result, t, lang=lang, zone=zone, encoding=encoding, dialect=dialect)
        return [out]
    with atomic_text_file(out, encoding=encoding) as fh:
        w = SafeCsvWriter(fh, **dialect)
        w.writerow([t[f"col_{c}"] for c in cols])
        for r in result.rows:
            start = r.start_us
            if bounded and (
                start is None
                or (lo_us is not None and start < lo_us)
                or (hi_us is not None and start >= hi_us)
            ):
                continue
            f = r.facts
            rid = int(f.review_id)
            x = texts.get(rid) or _MISSING
            pub = None if f.published_at is None else f.published_at.astimezone(zone)
            w.writerow([
                rid, name("platform", f.source), f.location or "", x.author or "",
                "" if f.stars is None else f.stars, name("language", x.lang),
                "" if pub is None else pub.strftime("%Y-%m-%d %H:%M"), _csv_time(start, zone),
                name("status", x.status), name("level", f.urgency), _csv_number(f.sentiment, lang, 3),
                ", ".join(name("topic", topic) for topic in f.topics), _body(x),
                name("reply_state", x.reply_state), x.reply_text or "", _csv_time(r.reply_us, zone),
                _csv_number(r.wall_hours, lang), _csv_number(r.business_hours, lang),
                name("sla_class", str(r.sla_class)), _csv_time(r.deadline_us, zone),
                "" if r.sla_state is None else name("sla_state", str(r.sla_state)),
                ", ".join(sorted(name("flag", str(flag)) for flag in r.flags)),
            ])  # fmt: skip
    return [out]


def _write_summary(
    out: Path, result: StoreMetrics, t: Mapping[str, str], *, lang: str, zone: tzinfo, encoding: str,
    dialect: dict[str, str],
) -> None:
    report = result.report
    with atomic_text_file(out, encoding=encoding) as fh:
        w = SafeCsvWriter(fh, **dialect)
        w.writerow([
            t["scope"], t["group"], t["reviews"], t["replied"], t["response_rate"],
            t["response_rate_negative"], t["wall_median_h"], t["wall_p90_h"],
            t["business_median_h"], t["business_p90_h"], t["sla_attainment"], t["overdue_open"],
            t["average_rating"],
        ])  # fmt: skip
        w.writerow([t["overall"], "", *_summary_cells(report.overall, lang)])
        for group, s in report.by_location.items():
            w.writerow([t["location"], group or t["none"], *_summary_cells(s, lang)])
        for group, s in report.by_source.items():
            w.writerow([t["source"], display_name("platform", group, lang) or t["none"], *_summary_cells(s, lang)])
        if result.before_after is not None:
            ba = result.before_after
            when = format_date(ba.pivot.astimezone(zone), "long", locale=lang)
            w.writerow([t["compared"], t["before"].replace("%1", when), *_summary_cells(ba.before, lang)])
            w.writerow([t["compared"], t["after"].replace("%1", when), *_summary_cells(ba.after, lang)])


_MISSING = ExportReview(0, None, None, None, "", "", "", None)


def _body(x: ExportReview) -> str:
    return f"{x.title} — {x.text}" if x.title else x.text
