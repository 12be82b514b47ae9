"""Time series for the dashboard: average rating and sentiment volume per week or month,
and top topics with their trend against the previous period of equal length.

Reviews are placed in buckets by their measured start (publication, or first seen)
in the given time zone; weeks start on Monday (ISO). Undated reviews are left out.
Sentiment buckets: negative < -`neutral_band` ≤ neutral ≤ `neutral_band` < positive
(default band 0.05, VADER's convention); missing sentiment → "unknown".
"""

from __future__ import annotations

import enum
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from workstation.metrics.response_time import ResponseTime, period_us

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_US = timedelta(microseconds=1)


class Granularity(enum.StrEnum):
    WEEK = "week"
    MONTH = "month"


@dataclass(frozen=True, slots=True)
class RatingPoint:
    period: date  # first day of the week (Monday) or month
    count: int
    rated: int
    average_rating: float | None


@dataclass(frozen=True, slots=True)
class SentimentPoint:
    period: date
    negative: int
    neutral: int
    positive: int
    unknown: int


@dataclass(frozen=True, slots=True)
class TopicTrend:
    topic: str
    count: int
    previous_count: int
    change: float | None  # relative change vs the previous period; None when it had none


@dataclass(frozen=True, slots=True)
class TrendSeries:
    ratings: list[RatingPoint]
    sentiment: list[SentimentPoint]


def _zone(tz_name: str) -> ZoneInfo:
    try:
        return ZoneInfo(tz_name)
    except (KeyError, ValueError, OSError):
        return ZoneInfo("UTC")


def _bucket(day: date, granularity: Granularity) -> date:
    if granularity is Granularity.WEEK:
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def _next(period: date, granularity: Granularity) -> date:
    if granularity is Granularity.WEEK:
        return period + timedelta(days=7)
    return date(period.year + period.month // 12, period.month % 12 + 1, 1)


def _local_day(us: int, zone: ZoneInfo) -> date:
    return (_EPOCH + timedelta(microseconds=us)).astimezone(zone).date()


def _boundaries(
    lo_us: int, hi_us: int, granularity: Granularity, zone: ZoneInfo
) -> tuple[list[date], list[int]]:
    """Periods covering [lo_us, hi_us] and the UTC µs at which each begins (local midnight).

    Computing a few hundred boundaries and bisecting beats converting every review's
    time to a local date.
    """
    periods: list[date] = []
    starts: list[int] = []
    period = _bucket(_local_day(lo_us, zone), granularity)
    while True:
        begin = datetime.combine(period, time(0), tzinfo=zone)
        begin_us = (begin - _EPOCH) // _US
        if begin_us > hi_us:
            break
        periods.append(period)
        starts.append(begin_us)
        period = _next(period, granularity)
    return periods, starts


def trend_series(
    rows: Sequence[ResponseTime],
    granularity: Granularity = Granularity.MONTH,
    tz_name: str = "UTC",
    *,
    neutral_band: float = 0.05,
) -> TrendSeries:
    """Ratings and sentiment volume per week/month in one pass, oldest first; periods
    without reviews are omitted."""
    dated = [(us, r) for r in rows if r.start_us is not None and (us := period_us(r)) is not None]
    if not dated:
        return TrendSeries([], [])
    zone = _zone(tz_name)
    lo = min(us for us, _ in dated)
    hi = max(us for us, _ in dated)
    periods, starts = _boundaries(lo, hi, granularity, zone)
    n = len(periods)
    counts, rated, sums = [0] * n, [0] * n, [0] * n
    senti = [[0, 0, 0, 0] for _ in range(n)]  # negative, neutral, positive, unknown
    for us, r in dated:
        i = max(0, bisect_right(starts, us) - 1)
        counts[i] += 1
        f = r.facts
        stars = f.stars
        if isinstance(stars, int) and 1 <= stars <= 5:
            rated[i] += 1
            sums[i] += stars
        senti[i][_SENTIMENT_INDEX[sentiment_bucket(f.sentiment, neutral_band)]] += 1
    ratings = [
        RatingPoint(periods[i], counts[i], rated[i], sums[i] / rated[i] if rated[i] else None)
        for i in range(n)
        if counts[i]
    ]
    sentiment = [SentimentPoint(periods[i], *senti[i]) for i in range(n) if counts[i]]
    return TrendSeries(ratings, sentiment)


def rating_trend(
    rows: Sequence[ResponseTime], granularity: Granularity = Granularity.MONTH, tz_name: str = "UTC"
) -> list[RatingPoint]:
    """Count and average rating per week/month, oldest first (empty periods omitted)."""
    return trend_series(rows, granularity, tz_name).ratings


def sentiment_bucket(score: float | None, neutral_band: float = 0.05) -> str:
    """ "negative", "neutral", "positive" or "unknown" (None or NaN)."""
    if score is None or score != score:
        return "unknown"
    if score < -neutral_band:
        return "negative"
    if score > neutral_band:
        return "positive"
    return "neutral"


_SENTIMENT_INDEX = {"negative": 0, "neutral": 1, "positive": 2, "unknown": 3}


def sentiment_volume(
    rows: Sequence[ResponseTime],
    granularity: Granularity = Granularity.MONTH,
    tz_name: str = "UTC",
    *,
    neutral_band: float = 0.05,
) -> list[SentimentPoint]:
    """Review counts per sentiment bucket per week/month, oldest first."""
    return trend_series(rows, granularity, tz_name, neutral_band=neutral_band).sentiment


def top_topics(
    current: Sequence[ResponseTime], previous: Sequence[ResponseTime], *, limit: int = 10
) -> list[TopicTrend]:
    """Most frequent topics in `current` (ties by name) with counts in `previous`."""
    now = _topic_counts(current)
    before = _topic_counts(previous)
    ranked = sorted(now.items(), key=lambda kv: (-kv[1], kv[0]))[: max(0, limit)]
    out: list[TopicTrend] = []
    for topic, n in ranked:
        prev = before.get(topic, 0)
        out.append(TopicTrend(topic, n, prev, (n - prev) / prev if prev else None))
    return out


def _topic_counts(rows: Sequence[ResponseTime]) -> dict[str, int]:
    """Reviews mentioning each topic (a topic repeated in one review counts once)."""
    counts: dict[str, int] = {}
    get = counts.get
    for r in rows:
        topics = r.facts.topics
        if not topics:
            continue
        for t in topics if len(topics) == 1 else set(topics):
            counts[t] = get(t, 0) + 1
    return counts
