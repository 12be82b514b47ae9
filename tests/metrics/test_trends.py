"""Rating and sentiment series per week/month, and topic trends."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from workstation.metrics.calendar_config import WeeklyHours, calendar_from_settings
from workstation.metrics.response_time import Measurer, ResponseTime, ReviewFacts
from workstation.metrics.trends import (
    Granularity,
    rating_trend,
    sentiment_bucket,
    sentiment_volume,
    top_topics,
    trend_series,
)

NOW = datetime(2027, 1, 1, tzinfo=UTC)
ALWAYS = calendar_from_settings("UTC", WeeklyHours.always_open())


def measured(*facts: ReviewFacts) -> list[ResponseTime]:
    m = Measurer(now=NOW, default_calendar=ALWAYS)
    return [m.measure(f) for f in facts]


def at(
    when: datetime,
    stars: int | None = None,
    sentiment: float | None = None,
    topics: tuple[str, ...] = (),
) -> ReviewFacts:
    return ReviewFacts("x", when, stars=stars, sentiment=sentiment, topics=topics)


def test_monthly_and_weekly_ratings() -> None:
    rows = measured(
        at(datetime(2026, 1, 31, 23, tzinfo=UTC), 5),
        at(datetime(2026, 1, 2, tzinfo=UTC), 3),
        at(datetime(2026, 3, 15, tzinfo=UTC), 1),
        at(datetime(2026, 3, 16, tzinfo=UTC), None),
        ReviewFacts("undated", None, stars=1),
    )
    monthly = rating_trend(rows)
    assert [(p.period, p.count, p.rated, p.average_rating) for p in monthly] == [
        (date(2026, 1, 1), 2, 2, 4.0),
        (date(2026, 3, 1), 2, 1, 1.0),
    ]
    weekly = rating_trend(rows, Granularity.WEEK)
    assert [p.period for p in weekly] == [
        date(2025, 12, 29),
        date(2026, 1, 26),
        date(2026, 3, 9),
        date(2026, 3, 16),
    ]
    assert all(p.period.weekday() == 0 for p in weekly)


def test_buckets_follow_the_display_time_zone() -> None:
    # 23:00 UTC on 31 January is already 1 February in Paris.
    rows = measured(at(datetime(2026, 1, 31, 23, tzinfo=UTC), 5))
    assert rating_trend(rows, tz_name="Europe/Paris")[0].period == date(2026, 2, 1)
    assert rating_trend(rows, tz_name="America/Toronto")[0].period == date(2026, 1, 1)
    assert rating_trend(rows, tz_name="Bad/Zone")[0].period == date(2026, 1, 1)


def test_year_boundary_and_december() -> None:
    rows = measured(
        at(datetime(2025, 12, 31, tzinfo=UTC), 2), at(datetime(2026, 1, 1, tzinfo=UTC), 4)
    )
    assert [p.period for p in rating_trend(rows)] == [date(2025, 12, 1), date(2026, 1, 1)]


def test_sentiment_buckets() -> None:
    assert [sentiment_bucket(x) for x in (-0.5, -0.05, 0.0, 0.05, 0.9, None, float("nan"))] == [
        "negative",
        "neutral",
        "neutral",
        "neutral",
        "positive",
        "unknown",
        "unknown",
    ]
    rows = measured(
        *(
            at(datetime(2026, 5, d, tzinfo=UTC), sentiment=s)
            for d, s in [(1, -0.8), (2, 0.7), (3, 0.6), (4, None)]
        )
    )
    (point,) = sentiment_volume(rows)
    assert (point.period, point.negative, point.neutral, point.positive, point.unknown) == (
        date(2026, 5, 1),
        1,
        0,
        2,
        1,
    )
    series = trend_series(rows, Granularity.WEEK)
    assert (
        sum(p.count for p in series.ratings)
        == 4
        == sum(p.negative + p.neutral + p.positive + p.unknown for p in series.sentiment)
    )


def test_empty_series() -> None:
    assert trend_series([]).ratings == [] and sentiment_volume([]) == []


def test_top_topics_with_trend() -> None:
    base = datetime(2026, 5, 1, tzinfo=UTC)
    current = measured(
        at(base, topics=("food", "service")),
        at(base, topics=("food", "food")),  # counted once
        at(base, topics=("price",)),
        at(base, topics=("wait",)),
    )
    previous = measured(
        at(base - timedelta(days=40), topics=("food",)), at(base, topics=("service", "service"))
    )
    trends = top_topics(current, previous, limit=3)
    assert [(t.topic, t.count, t.previous_count, t.change) for t in trends] == [
        ("food", 2, 1, 1.0),
        ("price", 1, 0, None),
        ("service", 1, 1, 0.0),
    ]
    assert top_topics(current, [], limit=0) == []
