"""Summaries: counts, rates, percentiles, SLA attainment, grouping, due queue."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workstation.metrics.aggregates import (
    due_queue,
    quantile,
    summarize,
    summarize_by,
    summarize_groups,
)
from workstation.metrics.calendar_config import WeeklyHours, calendar_from_settings
from workstation.metrics.response_time import Measurer, ResponseTime, ReviewFacts

T0 = datetime(2026, 6, 1, tzinfo=UTC)  # a Monday
NOW = T0 + timedelta(days=30)
ALWAYS = calendar_from_settings("UTC", WeeklyHours.always_open())


def rows(*facts: ReviewFacts, now: datetime = NOW) -> list[ResponseTime]:
    m = Measurer(now=now, default_calendar=ALWAYS)
    return [m.measure(f) for f in facts]


def review(
    rid: str, hours_to_reply: float | None, stars: int | None = 5, **kw: object
) -> ReviewFacts:
    reply = None if hours_to_reply is None else T0 + timedelta(hours=hours_to_reply)
    return ReviewFacts(rid, T0, T0, reply, stars=stars, **kw)  # type: ignore[arg-type]


def test_quantile_interpolates_like_numpy() -> None:
    assert quantile([], 0.5) is None
    assert quantile([7.0], 0.9) == 7.0
    assert quantile([1, 2, 3, 4], 0.5) == 2.5
    assert quantile(list(range(11)), 0.9) == pytest.approx(9.0)
    assert quantile([0, 10], 0.9) == pytest.approx(9.0)


@given(st.lists(st.floats(-1e6, 1e6), min_size=1, max_size=50), st.floats(0, 1))
def test_quantile_lies_within_the_data(values: list[float], q: float) -> None:
    values.sort()
    result = quantile(values, q)
    assert result is not None and values[0] - 1e-6 <= result <= values[-1] + 1e-6


def test_summary_figures() -> None:
    s = summarize(
        rows(
            review("a", 1, stars=5),
            review("b", 3, stars=1),  # negative, met (24 h)
            review("c", 30, stars=2),  # negative, missed
            review("d", None, stars=1),  # negative, overdue
            review("e", None, stars=4, needs_reply=False),
            ReviewFacts("f", None, None, None, stars=3),  # undated
            ReviewFacts("g", T0, None, T0 - timedelta(hours=1), stars=5),  # reply before review
        )
    )
    assert (s.total, s.replied, s.negatives, s.replied_negatives) == (7, 4, 3, 2)
    assert s.response_rate == pytest.approx(4 / 7)
    assert s.response_rate_negative == pytest.approx(2 / 3)
    assert s.timed == 3
    assert s.wall_median_h == 3 and s.business_median_h == 3
    assert s.wall_p90_h == pytest.approx(3 + 0.8 * 27)
    # met: a (72 h target), b; missed: c; overdue open: d; e needs no reply; f undated.
    assert (s.sla_met, s.sla_missed, s.sla_overdue_open, s.sla_due_open) == (2, 1, 1, 0)
    assert s.sla_attainment == pytest.approx(2 / 4)
    assert s.average_rating == pytest.approx((5 + 1 + 2 + 1 + 4 + 3 + 5) / 7)
    assert s.flags == {"no_date": 1, "reply_before_review": 1}


def test_empty_summary_has_no_rates() -> None:
    s = summarize([])
    assert s.total == 0 and s.response_rate is None and s.wall_median_h is None
    assert s.sla_attainment is None and s.average_rating is None


def test_business_hours_differ_from_wall_hours() -> None:
    office = calendar_from_settings("UTC", None)
    m = Measurer(now=NOW, default_calendar=office)
    friday = datetime(2026, 6, 5, 17, tzinfo=UTC)
    r = m.measure(ReviewFacts("a", friday, friday, friday + timedelta(days=3)))  # → Mon 17:00
    s = summarize([r])
    assert s.wall_median_h == 72 and s.business_median_h == 9


def test_groups_match_separate_summaries() -> None:
    facts = [
        review(
            f"r{i}",
            i if i % 3 else None,
            stars=1 + i % 5,
            location=["paris", "lyon", None][i % 3],
            source=["google", "trustpilot"][i % 2],
        )
        for i in range(30)
    ]
    measured = rows(*facts)
    grouped = summarize_groups(measured)
    assert grouped.overall == summarize(measured)
    assert grouped.by_location == summarize_by(measured, "location")
    assert grouped.by_source == summarize_by(measured, "source")
    assert set(grouped.by_location) == {"paris", "lyon", ""}
    assert sum(s.total for s in grouped.by_source.values()) == 30


def test_due_queue_sorted_by_deadline() -> None:
    measured = rows(
        review("standard", None, stars=5),
        review("negative", None, stars=1),
        review("critical", None, stars=5, urgency="critical"),
        review("answered", 1, stars=1),
        review("ignored", None, stars=1, needs_reply=False),
    )
    assert [r.facts.review_id for r in due_queue(measured)] == ["critical", "negative", "standard"]
