"""Property tests: adding then measuring business time round-trips, and both
operations are monotonic, additive and bounded by wall-clock time."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from workstation.metrics.business_hours import (
    add_business_seconds,
    business_seconds_between,
    is_open,
)
from workstation.metrics.calendar_config import (
    BusinessCalendar,
    WeeklyHours,
    calendar_from_settings,
)

CALENDARS = [
    calendar_from_settings("Europe/Paris", None, country="FR"),
    calendar_from_settings("America/Toronto", None, country="CA", subdivision="ON"),
    BusinessCalendar("Europe/Paris", WeeklyHours.same_every([(time(18), time(2))], range(7))),
    BusinessCalendar(
        "America/Toronto",
        WeeklyHours.same_every(
            [(time(11, 30), time(14)), (time(18), time(1, 30))], [1, 2, 3, 4, 5]
        ),
        country="CA",
    ),
    BusinessCalendar("Europe/London", WeeklyHours.always_open()),
    calendar_from_settings(None, None),
]

calendars = st.sampled_from(CALENDARS)
instants = st.datetimes(
    min_value=datetime(2015, 1, 1), max_value=datetime(2035, 1, 1), timezones=st.just(UTC)
)
# Whole seconds (up to ~3 business weeks) keep float seconds exact.
amounts = st.integers(min_value=0, max_value=21 * 24 * 3600)
US = timedelta(microseconds=1)


@settings(max_examples=150, deadline=None)
@given(calendars, instants, amounts)
def test_add_then_measure_round_trips(cal: BusinessCalendar, start: datetime, amount: int) -> None:
    due = add_business_seconds(start, amount, cal)
    assert due >= start
    assert business_seconds_between(start, due, cal) == amount


@settings(max_examples=150, deadline=None)
@given(calendars, instants, amounts.filter(bool))
def test_deadline_is_the_earliest_instant(
    cal: BusinessCalendar, start: datetime, amount: int
) -> None:
    due = add_business_seconds(start, amount, cal)
    # One microsecond earlier, the amount is not yet reached; and time was open just before.
    assert business_seconds_between(start, due - US, cal) < amount
    assert is_open(due - US, cal)


@settings(max_examples=150, deadline=None)
@given(calendars, instants, instants)
def test_measure_then_add_lands_no_later_than_the_end(
    cal: BusinessCalendar, a: datetime, b: datetime
) -> None:
    start, end = min(a, b), max(a, b)
    spent = business_seconds_between(start, end, cal)
    assert 0 <= spent <= (end - start).total_seconds()
    back = add_business_seconds(start, spent, cal)
    assert start <= back <= end
    assert business_seconds_between(back, end, cal) == 0


@settings(max_examples=150, deadline=None)
@given(calendars, instants, instants, instants)
def test_measure_is_additive(cal: BusinessCalendar, a: datetime, b: datetime, c: datetime) -> None:
    ab = business_seconds_between(a, b, cal)
    bc = business_seconds_between(b, c, cal)
    assert abs(ab + bc - business_seconds_between(a, c, cal)) < 1e-6


@settings(max_examples=150, deadline=None)
@given(calendars, instants, instants, amounts, amounts)
def test_add_is_monotonic(cal: BusinessCalendar, a: datetime, b: datetime, x: int, y: int) -> None:
    early, late = min(a, b), max(a, b)
    small, big = min(x, y), max(x, y)
    assert add_business_seconds(early, small, cal) <= add_business_seconds(late, small, cal)
    assert add_business_seconds(early, small, cal) <= add_business_seconds(early, big, cal)


@settings(max_examples=100, deadline=None)
@given(instants, instants)
def test_always_open_is_wall_clock(a: datetime, b: datetime) -> None:
    cal = CALENDARS[4]
    assert business_seconds_between(a, b, cal) == (b - a) / US / 1_000_000
