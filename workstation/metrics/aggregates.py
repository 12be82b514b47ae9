"""Summary statistics over measured reviews: counts, response rates, median/p90 response
times (wall-clock and business hours), SLA attainment and average rating.

Definitions (shown to users, keep them in sync with docs):
- response rate = replied / all reviews in the group; "negative" = 1–2★ or urgency
  high/critical (SLA class CRITICAL or NEGATIVE).
- response times use only replies with a usable start (flags NO_DATE and
  REPLY_BEFORE_REVIEW are excluded and counted in `flags`).
- SLA attainment = met / (met + missed + overdue-and-still-unanswered); reviews still
  within their deadline and reviews needing no reply are left out.
- percentiles interpolate linearly between order statistics (numpy's default).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from workstation.metrics.response_time import ResponseTime
from workstation.metrics.sla import SlaClass, SlaState

_HOUR_US = 3600 * 1_000_000


def quantile(sorted_values: Sequence[float], q: float) -> float | None:
    """Linear-interpolated quantile of already sorted values; None when empty."""
    n = len(sorted_values)
    if n == 0:
        return None
    pos = (n - 1) * min(1.0, max(0.0, q))
    lo = math.floor(pos)
    hi = min(lo + 1, n - 1)
    frac = pos - lo
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * frac


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


@dataclass(frozen=True, slots=True)
class Summary:
    """Headline figures for one group of reviews (hours are floats, rates in [0, 1])."""

    total: int = 0
    replied: int = 0
    negatives: int = 0
    replied_negatives: int = 0
    timed: int = 0
    sla_met: int = 0
    sla_missed: int = 0
    sla_overdue_open: int = 0
    sla_due_open: int = 0
    rated: int = 0
    average_rating: float | None = None
    response_rate: float | None = None
    response_rate_negative: float | None = None
    wall_median_h: float | None = None
    wall_p90_h: float | None = None
    business_median_h: float | None = None
    business_p90_h: float | None = None
    sla_attainment: float | None = None
    flags: dict[str, int] = field(default_factory=dict)


@dataclass(slots=True)
class _Parts:
    """Mergeable raw totals behind a Summary (lists of µs are sorted only at the end)."""

    counts: list[int] = field(default_factory=lambda: [0] * 10)
    walls: list[int] = field(default_factory=list)
    business: list[int] = field(default_factory=list)
    flags: Counter[str] = field(default_factory=Counter)

    def merge(self, other: _Parts) -> None:
        self.counts = [a + b for a, b in zip(self.counts, other.counts, strict=True)]
        self.walls.extend(other.walls)
        self.business.extend(other.business)
        self.flags.update(other.flags)


# Indexes into _Parts.counts.
_TOTAL, _REPLIED, _NEG, _REPLIED_NEG, _MET, _MISSED, _OVERDUE, _DUE, _RATED, _STARS = range(10)


def _accumulate(rows: Iterable[ResponseTime]) -> _Parts:
    total = replied = negatives = replied_neg = 0
    met = missed = overdue = due_open = rated = stars_sum = 0
    parts = _Parts()
    walls, business, flags = parts.walls, parts.business, parts.flags
    standard, s_met, s_missed, s_overdue = (
        SlaClass.STANDARD,
        SlaState.MET,
        SlaState.MISSED,
        SlaState.OVERDUE,
    )
    for r in rows:
        total += 1
        is_replied = r.reply_us is not None
        if is_replied:
            replied += 1
        if r.sla_class is not standard:
            negatives += 1
            if is_replied:
                replied_neg += 1
        if r.wall_us is not None:
            walls.append(r.wall_us)
            if r.business_us is not None:
                business.append(r.business_us)
        state = r.sla_state
        if state is not None:
            if state is s_met:
                met += 1
            elif state is s_missed:
                missed += 1
            elif state is s_overdue:
                overdue += 1
            else:
                due_open += 1
        stars = r.facts.stars
        if stars is not None and isinstance(stars, int) and 1 <= stars <= 5:
            rated += 1
            stars_sum += stars
        if r.flags:
            flags.update(r.flags)
    parts.counts = [
        total,
        replied,
        negatives,
        replied_neg,
        met,
        missed,
        overdue,
        due_open,
        rated,
        stars_sum,
    ]
    return parts


def _finish(parts: _Parts) -> Summary:
    c = parts.counts
    walls = sorted(parts.walls)
    business = sorted(parts.business)
    return Summary(
        total=c[_TOTAL],
        replied=c[_REPLIED],
        negatives=c[_NEG],
        replied_negatives=c[_REPLIED_NEG],
        timed=len(walls),
        sla_met=c[_MET],
        sla_missed=c[_MISSED],
        sla_overdue_open=c[_OVERDUE],
        sla_due_open=c[_DUE],
        rated=c[_RATED],
        average_rating=_ratio(c[_STARS], c[_RATED]),
        response_rate=_ratio(c[_REPLIED], c[_TOTAL]),
        response_rate_negative=_ratio(c[_REPLIED_NEG], c[_NEG]),
        wall_median_h=_hours(quantile(walls, 0.5)),
        wall_p90_h=_hours(quantile(walls, 0.9)),
        business_median_h=_hours(quantile(business, 0.5)),
        business_p90_h=_hours(quantile(business, 0.9)),
        sla_attainment=_ratio(c[_MET], c[_MET] + c[_MISSED] + c[_OVERDUE]),
        flags={str(k): v for k, v in sorted(parts.flags.items())},
    )


def summarize(rows: Iterable[ResponseTime]) -> Summary:
    """Summary of the given measured reviews (one pass plus two sorts)."""
    return _finish(_accumulate(rows))


def _hours(us: float | None) -> float | None:
    return None if us is None else us / _HOUR_US


def _group_key(value: object) -> str:
    return value if isinstance(value, str) else ""


@dataclass(frozen=True, slots=True)
class GroupedSummaries:
    overall: Summary
    by_location: dict[str, Summary]
    by_source: dict[str, Summary]


def summarize_groups(rows: Iterable[ResponseTime]) -> GroupedSummaries:
    """Overall, per-location and per-source summaries in one pass over the rows.

    Rows are split once into (location, source) cells; the three views merge cells, so
    each row is read once whatever the number of groupings. Missing keys group as "".
    """
    cells: dict[tuple[str, str], list[ResponseTime]] = {}
    for r in rows:
        f = r.facts
        cells.setdefault((_group_key(f.location), _group_key(f.source)), []).append(r)
    parts = {key: _accumulate(v) for key, v in cells.items()}
    overall = _Parts()
    by_loc: dict[str, _Parts] = {}
    by_src: dict[str, _Parts] = {}
    for (loc, src), p in parts.items():
        overall.merge(p)
        by_loc.setdefault(loc, _Parts()).merge(p)
        by_src.setdefault(src, _Parts()).merge(p)
    return GroupedSummaries(
        overall=_finish(overall),
        by_location={k: _finish(v) for k, v in sorted(by_loc.items())},
        by_source={k: _finish(v) for k, v in sorted(by_src.items())},
    )


def summarize_by(rows: Sequence[ResponseTime], key: str) -> dict[str, Summary]:
    """Summaries per `location` or `source` (missing values grouped under "")."""
    groups: dict[str, list[ResponseTime]] = {}
    for r in rows:
        groups.setdefault(_group_key(getattr(r.facts, key)), []).append(r)
    return {k: summarize(v) for k, v in sorted(groups.items())}


def due_queue(rows: Iterable[ResponseTime]) -> list[ResponseTime]:
    """Unanswered reviews that need a reply, most urgent deadline first (for "Due soon /
    Overdue"); ties by review id so the order is stable."""
    open_rows = [
        r for r in rows if r.reply_us is None and r.deadline_us is not None and r.facts.needs_reply
    ]
    open_rows.sort(key=lambda r: (r.deadline_us, r.facts.review_id))
    return open_rows
