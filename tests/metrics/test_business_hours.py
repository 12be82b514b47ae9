"""Business-time arithmetic on edge cases: weekends, overnight shifts, DST in
Europe/Paris and America/Toronto, public holidays, 24/7 and reviews posted while closed."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from workstation.metrics.business_hours import (
    CalendarRangeError,
    add_business_seconds,
    business_day_seconds,
    business_seconds_between,
    is_open,
    next_opening,
)
from workstation.metrics.calendar_config import (
    BusinessCalendar,
    CalendarError,
    WeeklyHours,
    calendar_from_settings,
)

PARIS = ZoneInfo("Europe/Paris")
TORONTO = ZoneInfo("America/Toronto")
H = 3600


def local(zone: ZoneInfo, y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=zone)


def office(
    tz: str = "Europe/Paris", country: str | None = None, subdivision: str | None = None
) -> BusinessCalendar:
    return calendar_from_settings(tz, None, country=country, subdivision=subdivision)


def bar(tz: str, opens: time = time(18), closes: time = time(2)) -> BusinessCalendar:
    return BusinessCalendar(tz, WeeklyHours.same_every([(opens, closes)], range(7)))


# --- weekends and posted while closed ---------------------------------------------


def test_friday_evening_plus_four_hours_lands_monday_noon() -> None:
    start = local(PARIS, 2026, 11, 20, 17)  # Friday 17:00
    due = add_business_seconds(start, 4 * H, office())
    assert due == local(PARIS, 2026, 11, 23, 12)
    assert due.tzinfo == UTC


def test_weekend_counts_nothing() -> None:
    cal = office()
    fri, mon = local(PARIS, 2026, 11, 20, 17), local(PARIS, 2026, 11, 23, 10)
    assert business_seconds_between(fri, mon, cal) == 2 * H
    sat, sun = local(PARIS, 2026, 11, 21, 10), local(PARIS, 2026, 11, 22, 23)
    assert business_seconds_between(sat, sun, cal) == 0


def test_review_posted_while_closed_counts_from_next_opening() -> None:
    cal = office()
    saturday = local(PARIS, 2026, 11, 21, 10, 30)
    assert not is_open(saturday, cal)
    assert next_opening(saturday, cal) == local(PARIS, 2026, 11, 23, 9)
    assert add_business_seconds(saturday, 4 * H, cal) == local(PARIS, 2026, 11, 23, 13)
    night = local(PARIS, 2026, 11, 24, 23)  # Tuesday night
    assert add_business_seconds(night, 30 * 60, cal) == local(PARIS, 2026, 11, 25, 9, 30)


def test_open_instant_is_its_own_next_opening_and_closing_is_exclusive() -> None:
    cal = office()
    monday_ten = local(PARIS, 2026, 11, 23, 10)
    assert is_open(monday_ten, cal) and next_opening(monday_ten, cal) == monday_ten
    assert is_open(local(PARIS, 2026, 11, 23, 9), cal)
    assert not is_open(local(PARIS, 2026, 11, 23, 18), cal)


def test_deadline_exactly_at_closing_stays_at_closing() -> None:
    cal = office()
    assert add_business_seconds(local(PARIS, 2026, 11, 23, 9), 9 * H, cal) == local(
        PARIS, 2026, 11, 23, 18
    )


def test_adding_zero_returns_start_even_when_closed() -> None:
    sunday = local(PARIS, 2026, 11, 22, 12)
    assert add_business_seconds(sunday, 0, office()) == sunday


def test_between_is_antisymmetric() -> None:
    cal = office()
    a, b = local(PARIS, 2026, 11, 20, 10), local(PARIS, 2026, 11, 24, 15)
    assert business_seconds_between(b, a, cal) == -business_seconds_between(a, b, cal)


def test_split_day_restaurant() -> None:
    lunch_dinner = WeeklyHours.same_every([(time(12), time(14)), (time(19), time(23))], range(7))
    cal = BusinessCalendar("Europe/Paris", lunch_dinner)
    afternoon = local(PARIS, 2026, 6, 10, 15)
    assert add_business_seconds(afternoon, 2 * H, cal) == local(PARIS, 2026, 6, 10, 21)
    assert (
        business_seconds_between(local(PARIS, 2026, 6, 10, 13), local(PARIS, 2026, 6, 10, 20), cal)
        == 2 * H
    )
    assert business_day_seconds(cal) == 6 * H


# --- overnight ---------------------------------------------------------------------


def test_overnight_interval_runs_past_midnight() -> None:
    cal = bar("Europe/Paris")
    assert (
        business_seconds_between(local(PARIS, 2026, 6, 12, 17), local(PARIS, 2026, 6, 13, 3), cal)
        == 8 * H
    )
    assert is_open(local(PARIS, 2026, 6, 13, 1, 30), cal)
    # 7 h before closing at 02:00, then 1 h the next evening.
    assert add_business_seconds(local(PARIS, 2026, 6, 12, 19), 8 * H, cal) == local(
        PARIS, 2026, 6, 13, 19
    )


def test_overnight_shift_belongs_to_the_day_it_opens() -> None:
    # Fri 18:00–02:00 only; Saturday 2026-07-04 closed: Friday's night still counts in full.
    fri_night = WeeklyHours.same_every([(time(18), time(2))], [4])
    cal = BusinessCalendar("Europe/Paris", fri_night, frozenset({date(2026, 7, 4)}))
    assert (
        business_seconds_between(local(PARIS, 2026, 7, 3, 12), local(PARIS, 2026, 7, 4, 12), cal)
        == 8 * H
    )
    # Closing the Friday itself removes the whole shift.
    cal = BusinessCalendar("Europe/Paris", fri_night, frozenset({date(2026, 7, 3)}))
    assert (
        business_seconds_between(local(PARIS, 2026, 7, 3, 12), local(PARIS, 2026, 7, 4, 12), cal)
        == 0
    )


def test_overlapping_intervals_are_not_double_counted() -> None:
    # Mon–Sun 18:00–02:00 plus 00:00–03:00 the next morning: the nights overlap.
    hours = WeeklyHours(tuple(((time(18), time(2)), (time(0), time(3))) for _ in range(7)))
    cal = BusinessCalendar("UTC", hours)
    start = datetime(2026, 6, 10, 12, tzinfo=UTC)
    assert business_seconds_between(start, start + timedelta(days=1), cal) == 9 * H


# --- DST ---------------------------------------------------------------------------


def test_paris_24_7_days_are_23_and_25_hours_at_dst_changes() -> None:
    cal = BusinessCalendar("Europe/Paris", WeeklyHours.always_open())
    spring = business_seconds_between(
        local(PARIS, 2026, 3, 28, 12), local(PARIS, 2026, 3, 29, 12), cal
    )
    autumn = business_seconds_between(
        local(PARIS, 2026, 10, 24, 12), local(PARIS, 2026, 10, 25, 12), cal
    )
    assert (spring, autumn) == (23 * H, 25 * H)


def test_paris_night_bar_across_dst() -> None:
    cal = bar("Europe/Paris", time(22), time(4))
    assert (
        business_seconds_between(local(PARIS, 2026, 3, 28, 20), local(PARIS, 2026, 3, 29, 5), cal)
        == 5 * H
    )
    assert (
        business_seconds_between(local(PARIS, 2026, 10, 24, 20), local(PARIS, 2026, 10, 25, 5), cal)
        == 7 * H
    )


def test_paris_office_deadline_across_spring_forward_keeps_wall_hours() -> None:
    # Friday 17:00 CET + one business day (9 h) → Monday 17:00 CEST: local time, not UTC.
    cal = office()
    due = add_business_seconds(local(PARIS, 2026, 3, 27, 17), 9 * H, cal)
    assert due == local(PARIS, 2026, 3, 30, 17)
    assert due == datetime(2026, 3, 30, 15, tzinfo=UTC)


def test_toronto_fall_back_night_has_nine_hours() -> None:
    cal = bar("America/Toronto")  # 18:00–02:00; 2026-11-01 02:00 EDT → 01:00 EST
    start = local(TORONTO, 2026, 10, 31, 12)
    end = local(TORONTO, 2026, 11, 1, 12)
    assert business_seconds_between(start, end, cal) == 9 * H


def test_toronto_spring_forward_night_has_eight_hours() -> None:
    # 2026-03-08 02:00 EST → 03:00 EDT: "closing at 02:00" is the jump itself.
    cal = bar("America/Toronto")
    start, end = local(TORONTO, 2026, 3, 7, 12), local(TORONTO, 2026, 3, 8, 12)
    assert business_seconds_between(start, end, cal) == 8 * H


def test_toronto_office_week_spanning_dst_change() -> None:
    cal = office("America/Toronto", country="CA", subdivision="ON")
    fri = local(TORONTO, 2026, 10, 30, 16)
    assert add_business_seconds(fri, 4 * H, cal) == local(TORONTO, 2026, 11, 2, 11)  # EST now
    assert business_seconds_between(fri, local(TORONTO, 2026, 11, 6, 18), cal) == 2 * H + 5 * 9 * H


def test_interval_inside_the_spring_gap_has_no_time() -> None:
    # 02:00–03:00 does not exist in Paris on 2026-03-29.
    cal = BusinessCalendar("Europe/Paris", WeeklyHours.same_every([(time(2), time(3))], range(7)))
    day_before = business_seconds_between(local(PARIS, 2026, 3, 28), local(PARIS, 2026, 3, 29), cal)
    gap_day = business_seconds_between(local(PARIS, 2026, 3, 29), local(PARIS, 2026, 3, 30), cal)
    assert (day_before, gap_day) == (H, 0)


# --- holidays and closed dates -----------------------------------------------------


@pytest.mark.parametrize(
    ("tz", "country", "subdiv", "holiday"),
    [
        ("Europe/Paris", "FR", None, date(2026, 11, 11)),
        ("Europe/Paris", "FR", None, date(2026, 7, 14)),
        ("Europe/Brussels", "BE", None, date(2026, 7, 21)),
        ("Europe/Zurich", "CH", None, date(2026, 5, 14)),
        ("Europe/Zurich", "CH", "VD", date(2026, 9, 21)),
        ("America/Toronto", "CA", "ON", date(2026, 7, 1)),
        ("America/New_York", "US", None, date(2026, 11, 26)),
        ("Europe/London", "GB", "ENG", date(2026, 12, 28)),
    ],
)
def test_public_holidays_close_the_location(
    tz: str, country: str, subdiv: str | None, holiday: date
) -> None:
    zone = ZoneInfo(tz)
    noon = datetime.combine(holiday, time(12), tzinfo=zone)
    with_holidays = office(tz, country=country, subdivision=subdiv or "")
    assert with_holidays.flags == {"default_hours"}
    assert not is_open(noon, with_holidays)
    assert is_open(noon, office(tz))


def test_holiday_pushes_deadline_a_day() -> None:
    tue = local(PARIS, 2026, 11, 10, 17)  # Wednesday 11 November is Armistice Day
    assert add_business_seconds(tue, 4 * H, office(country="FR")) == local(PARIS, 2026, 11, 12, 12)
    assert add_business_seconds(tue, 4 * H, office()) == local(PARIS, 2026, 11, 11, 12)


def test_regional_holiday_only_with_subdivision() -> None:
    prayer_monday = datetime(2026, 9, 21, 12, tzinfo=ZoneInfo("Europe/Zurich"))
    assert is_open(prayer_monday, office("Europe/Zurich", country="CH"))
    assert not is_open(prayer_monday, office("Europe/Zurich", country="CH", subdivision="VD"))


def test_closed_dates() -> None:
    cal = calendar_from_settings("Europe/Paris", None, closed_dates=[date(2026, 8, 10)])
    mon = local(PARIS, 2026, 8, 10, 8)
    assert add_business_seconds(mon, H, cal) == local(PARIS, 2026, 8, 11, 10)


def test_holidays_across_year_end() -> None:
    cal = office("Europe/London", country="GB", subdivision="ENG")
    # Thu 24 Dec 2026 17:00 + 2 h: 25, 26 (Sat), 27 (Sun), 28 (observed) closed → Tue 29.
    start = datetime(2026, 12, 24, 17, tzinfo=ZoneInfo("Europe/London"))
    assert add_business_seconds(start, 2 * H, cal) == datetime(2026, 12, 29, 10, tzinfo=UTC)


# --- 24/7 and defaults -------------------------------------------------------------


def test_always_open_equals_wall_clock() -> None:
    cal = BusinessCalendar("America/Toronto", WeeklyHours.always_open())
    start = datetime(2026, 12, 24, 20, 15, 7, 123456, tzinfo=UTC)
    assert (
        business_seconds_between(start, start + timedelta(days=10, seconds=5), cal)
        == 10 * 86400 + 5
    )
    assert add_business_seconds(start, 123.5, cal) == start + timedelta(seconds=123.5)
    assert business_day_seconds(cal) == 24 * H


def test_always_open_still_closes_on_public_holidays_when_a_country_is_set() -> None:
    # Documented: a country's holidays close even a 24/7 location; leave the country
    # unset for a location that never closes.
    cal = BusinessCalendar("America/Toronto", WeeklyHours.always_open(), country="CA")
    start = local(TORONTO, 2026, 12, 24, 12)
    assert business_seconds_between(start, local(TORONTO, 2026, 12, 26, 6), cal) == 18 * H


def test_business_day_of_default_hours_is_nine_hours() -> None:
    assert business_day_seconds(office()) == 9 * H


def test_calendar_without_timezone_counts_in_utc() -> None:
    cal = calendar_from_settings(None, None)
    monday_utc_eight = datetime(2026, 11, 23, 8, tzinfo=UTC)
    assert next_opening(monday_utc_eight, cal) == datetime(2026, 11, 23, 9, tzinfo=UTC)


def test_any_aware_timezone_is_accepted() -> None:
    cal = office()
    a = local(TORONTO, 2026, 11, 23, 4)  # = 10:00 Paris
    assert business_seconds_between(a, a.astimezone(UTC) + timedelta(hours=1), cal) == H


def test_long_horizons_and_reverse_extension() -> None:
    cal = office()
    # Compile forward first, then ask about an earlier year: totals stay consistent.
    later = add_business_seconds(local(PARIS, 2030, 1, 7, 9), 9 * H, cal)
    assert later == local(PARIS, 2030, 1, 7, 18)
    assert (
        business_seconds_between(local(PARIS, 2001, 1, 8, 9), local(PARIS, 2001, 1, 8, 18), cal)
        == 9 * H
    )
    # A very long target widens the timeline as far as needed.
    far = add_business_seconds(local(PARIS, 2026, 1, 5, 9), 9 * H * 5 * 52 * 10, cal)
    assert datetime(2035, 6, 1, tzinfo=UTC) < far < datetime(2037, 1, 1, tzinfo=UTC)


# --- bad input ---------------------------------------------------------------------


def test_naive_datetimes_are_refused_with_calendar_error() -> None:
    with pytest.raises(CalendarError, match="no time zone"):
        business_seconds_between(datetime(2026, 1, 1), datetime(2026, 1, 2, tzinfo=UTC), office())


def test_negative_or_non_finite_amount_is_refused() -> None:
    with pytest.raises(CalendarError, match="negative"):
        add_business_seconds(datetime(2026, 1, 1, tzinfo=UTC), -1, office())
    with pytest.raises(CalendarError, match="finite"):
        add_business_seconds(datetime(2026, 1, 1, tzinfo=UTC), float("nan"), office())


def test_out_of_range_years_raise_range_error() -> None:
    with pytest.raises(CalendarRangeError):
        business_seconds_between(
            datetime(1900, 1, 1, tzinfo=UTC), datetime(2026, 1, 1, tzinfo=UTC), office()
        )
    with pytest.raises(CalendarRangeError):
        add_business_seconds(datetime(2026, 1, 1, tzinfo=UTC), 9e12, office())
