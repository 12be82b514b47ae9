"""One call from reviews to everything the dashboard and `workstation metrics --json`
show: measure each review, keep those of the chosen period, summarise overall, per
location and per source, add trends, and compare before/after a date.

Periods are half-open [from, to) on each review's measured start (publication, or first
seen); an open end means unbounded. Undated reviews are counted apart (`undated`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from workstation.domain import to_iso
from workstation.metrics.aggregates import Summary, summarize, summarize_groups
from workstation.metrics.calendar_config import BusinessCalendar
from workstation.metrics.gc_pause import gc_paused
from workstation.metrics.response_time import (
    DEFAULT_LATE_AFTER,
    Measurer,
    ResponseTime,
    ReviewFacts,
    period_us,
)
from workstation.metrics.sla import DEFAULT_POLICY, SlaPolicy
from workstation.metrics.trends import (
    Granularity,
    RatingPoint,
    SentimentPoint,
    TopicTrend,
    top_topics,
    trend_series,
)

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_US = timedelta(microseconds=1)


def measure_all(
    facts: Iterable[ReviewFacts],
    *,
    now: datetime,
    calendars: Mapping[str, BusinessCalendar] | None = None,
    default_calendar: BusinessCalendar | None = None,
    policy: SlaPolicy = DEFAULT_POLICY,
    late_after: timedelta = DEFAULT_LATE_AFTER,
) -> list[ResponseTime]:
    """Measure every review (see `response_time` for the rules); never raises on bad dates."""
    measurer = Measurer(
        now=now,
        calendars=calendars,
        default_calendar=default_calendar,
        policy=policy,
        late_after=late_after,
    )
    measure = measurer.measure
    with gc_paused():
        return [measure(f) for f in facts]


def _bound(dt: datetime | None) -> int | None:
    if dt is None:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return (dt - _EPOCH) // _US


def in_period(
    rows: Iterable[ResponseTime], start: datetime | None, end: datetime | None
) -> list[ResponseTime]:
    """Dated rows published in [start, end) (None = unbounded side).

    A review belongs to the period it was published in, even when its response clock
    starts later (imported late): otherwise a year of imported history would all land
    in the week of the import. Without a publication date, the clock start is used.
    """
    lo, hi = _bound(start), _bound(end)
    out = []
    for r in rows:
        when = period_us(r) if r.start_us is not None else None
        if when is not None and (lo is None or when >= lo) and (hi is None or when < hi):
            out.append(r)
    return out


@dataclass(frozen=True, slots=True)
class MetricsReport:
    generated_at: datetime
    period_from: datetime | None
    period_to: datetime | None
    undated: int
    overall: Summary
    by_location: dict[str, Summary]
    by_source: dict[str, Summary]
    rating_by_week: list[RatingPoint]
    rating_by_month: list[RatingPoint]
    sentiment_by_week: list[SentimentPoint]
    sentiment_by_month: list[SentimentPoint]
    top_topics: list[TopicTrend]


def build_report(
    rows: Sequence[ResponseTime],
    *,
    now: datetime,
    period_from: datetime | None = None,
    period_to: datetime | None = None,
    tz_name: str = "UTC",
    top_n: int = 10,
) -> MetricsReport:
    """Report over already measured rows (lets the UI re-slice without re-measuring).

    Topic trends compare with the previous period of equal length when `period_from` is
    set (`period_to` defaults to `now` for that purpose); otherwise "previous" is empty.
    """
    with gc_paused():
        return _build_report(rows, now, period_from, period_to, tz_name, top_n)


def _build_report(
    rows: Sequence[ResponseTime],
    now: datetime,
    period_from: datetime | None,
    period_to: datetime | None,
    tz_name: str,
    top_n: int,
) -> MetricsReport:
    current = in_period(rows, period_from, period_to)
    grouped = summarize_groups(current)
    weekly = trend_series(current, Granularity.WEEK, tz_name)
    monthly = trend_series(current, Granularity.MONTH, tz_name)
    previous: list[ResponseTime] = []
    if period_from is not None:
        length = (period_to or now) - period_from
        previous = in_period(rows, period_from - length, period_from)
    return MetricsReport(
        generated_at=now,
        period_from=period_from,
        period_to=period_to,
        undated=sum(1 for r in rows if r.start_us is None),
        overall=grouped.overall,
        by_location=grouped.by_location,
        by_source=grouped.by_source,
        rating_by_week=weekly.ratings,
        rating_by_month=monthly.ratings,
        sentiment_by_week=weekly.sentiment,
        sentiment_by_month=monthly.sentiment,
        top_topics=top_topics(current, previous, limit=top_n),
    )


def compute_metrics(
    facts: Iterable[ReviewFacts],
    *,
    now: datetime,
    calendars: Mapping[str, BusinessCalendar] | None = None,
    default_calendar: BusinessCalendar | None = None,
    period_from: datetime | None = None,
    period_to: datetime | None = None,
    policy: SlaPolicy = DEFAULT_POLICY,
    late_after: timedelta = DEFAULT_LATE_AFTER,
    tz_name: str = "UTC",
    top_n: int = 10,
) -> MetricsReport:
    """Measure then report: the one-call entry point for the CLI and the dashboard."""
    rows = measure_all(
        facts,
        now=now,
        calendars=calendars,
        default_calendar=default_calendar,
        policy=policy,
        late_after=late_after,
    )
    return build_report(
        rows, now=now, period_from=period_from, period_to=period_to, tz_name=tz_name, top_n=top_n
    )


@dataclass(frozen=True, slots=True)
class BeforeAfter:
    """Summaries on each side of `pivot` ("since you started replying") and the deltas
    (after − before) of the headline figures; a delta is None when either side is."""

    pivot: datetime
    before: Summary
    after: Summary
    delta: dict[str, float | None]


HEADLINE_KEYS = (
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
"""The headline figures of a `Summary`, in the order the dashboard and the reports show them."""


def compare_before_after(
    rows: Sequence[ResponseTime],
    pivot: datetime,
    *,
    period_from: datetime | None = None,
    period_to: datetime | None = None,
) -> BeforeAfter:
    """Compare [period_from, pivot) with [pivot, period_to) on measured rows."""
    before = summarize(in_period(rows, period_from, pivot))
    after = summarize(in_period(rows, pivot, period_to))
    delta: dict[str, float | None] = {}
    for name in HEADLINE_KEYS:
        a, b = getattr(after, name), getattr(before, name)
        delta[name] = None if a is None or b is None else a - b
    return BeforeAfter(pivot, before, after, delta)


def _iso(dt: datetime | None) -> str | None:
    if dt is not None and dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)  # naive bounds are read as UTC, as everywhere here
    return to_iso(dt)


def _round(value: float | None, digits: int = 4) -> float | None:
    return None if value is None else round(value, digits)


def summary_json(s: Summary) -> dict[str, Any]:
    """Stable JSON shape of one summary (rates in [0, 1], durations in hours)."""
    return {
        "counts": {
            "reviews": s.total,
            "replied": s.replied,
            "negative": s.negatives,
            "replied_negative": s.replied_negatives,
            "timed": s.timed,
            "rated": s.rated,
        },
        "response_rate": {
            "all": _round(s.response_rate),
            "negative": _round(s.response_rate_negative),
        },
        "response_time_hours": {
            "wall": {"median": _round(s.wall_median_h, 2), "p90": _round(s.wall_p90_h, 2)},
            "business": {
                "median": _round(s.business_median_h, 2),
                "p90": _round(s.business_p90_h, 2),
            },
        },
        "sla": {
            "attainment": _round(s.sla_attainment),
            "met": s.sla_met,
            "missed": s.sla_missed,
            "overdue_open": s.sla_overdue_open,
            "due_open": s.sla_due_open,
        },
        "average_rating": _round(s.average_rating, 3),
        "flags": {str(k): v for k, v in s.flags.items()},
    }


def metrics_json(report: MetricsReport, *, groups: bool = True) -> dict[str, Any]:
    """JSON-ready dict for `workstation metrics --json` (json.dumps works on it as is)."""
    out: dict[str, Any] = {
        "generated_at": _iso(report.generated_at),
        "period": {"from": _iso(report.period_from), "to": _iso(report.period_to)},
        "undated": report.undated,
        **summary_json(report.overall),
    }
    if groups:
        out["by_location"] = {k: summary_json(v) for k, v in report.by_location.items()}
        out["by_source"] = {k: summary_json(v) for k, v in report.by_source.items()}
    return out
