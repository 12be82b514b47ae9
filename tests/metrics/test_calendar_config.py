"""Calendar settings: validation, defaults and the flags shown to the user."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from workstation.metrics.calendar_config import (
    DEFAULT_WEEKLY_HOURS,
    BusinessCalendar,
    CalendarError,
    CalendarFlag,
    WeeklyHours,
    calendar_from_settings,
    interval_seconds,
    parse_day_hours,
)


def test_complete_settings_have_no_flags() -> None:
    hours = WeeklyHours.same_every([(time(10), time(19))], range(6))
    cal = calendar_from_settings("Europe/Paris", hours, country="fr", subdivision=None)
    assert cal.flags == frozenset()
    assert cal.country == "FR"
    assert cal.hours is hours


@pytest.mark.parametrize(
    ("tz", "flag"),
    [
        (None, CalendarFlag.NO_TIMEZONE),
        ("  ", CalendarFlag.NO_TIMEZONE),
        ("Mars/Olympus", CalendarFlag.UNKNOWN_TIMEZONE),
    ],
)
def test_missing_or_unknown_timezone_falls_back_to_utc(tz: str | None, flag: CalendarFlag) -> None:
    cal = calendar_from_settings(tz, WeeklyHours.always_open())
    assert cal.tz_name == "UTC"
    assert cal.flags == {flag}


@pytest.mark.parametrize(
    "hours",
    [None, [], [(), (), (), (), (), (), ()], [("nine", "six")], [[("a",)]] * 7, [[(9, 18)]] * 7],
)
def test_missing_or_bad_hours_use_documented_default(hours: object) -> None:
    cal = calendar_from_settings("Europe/Paris", hours)  # type: ignore[arg-type]
    assert cal.hours == DEFAULT_WEEKLY_HOURS
    assert cal.uses_default_hours
    # The default is Mon–Fri 09:00–18:00.
    assert DEFAULT_WEEKLY_HOURS.days[0] == ((time(9), time(18)),)
    assert DEFAULT_WEEKLY_HOURS.days[5] == ()


def test_unknown_country_and_subdivision_are_flagged_not_fatal() -> None:
    cal = calendar_from_settings("Europe/Paris", None, country="XX")
    assert CalendarFlag.UNKNOWN_COUNTRY in cal.flags and cal.country is None
    cal = calendar_from_settings("America/Toronto", None, country="CA", subdivision="ZZ")
    assert CalendarFlag.UNKNOWN_SUBDIVISION in cal.flags
    assert (cal.country, cal.subdivision) == ("CA", None)
    cal = calendar_from_settings("America/Toronto", None, country="CA", subdivision="ON")
    assert (cal.country, cal.subdivision) == ("CA", "ON")


@pytest.mark.parametrize("country", ["FR", "BE", "CH", "CA", "US", "GB"])
def test_required_countries_are_supported(country: str) -> None:
    assert BusinessCalendar("UTC", country=country).country == country


def test_closed_datetimes_become_dates() -> None:
    junk: list[object] = [datetime(2026, 5, 2, 12), date(2026, 5, 3), "junk"]
    cal = calendar_from_settings("UTC", None, closed_dates=junk)  # type: ignore[arg-type]
    assert cal.closed_dates == {date(2026, 5, 2), date(2026, 5, 3)}


def test_direct_construction_validates() -> None:
    with pytest.raises(CalendarError, match="Nowhere/Land"):
        BusinessCalendar("Nowhere/Land")
    with pytest.raises(CalendarError, match="public holidays"):
        BusinessCalendar("UTC", country="XX")
    with pytest.raises(CalendarError, match="subdivision needs a country"):
        BusinessCalendar("UTC", subdivision="ON")
    with pytest.raises(CalendarError, match=r"datetime\.date"):
        BusinessCalendar("UTC", closed_dates=frozenset({datetime(2026, 1, 1)}))
    with pytest.raises(CalendarError, match="7 days"):
        WeeklyHours(((),))
    with pytest.raises(CalendarError, match="no opening interval"):
        WeeklyHours(((),) * 7)
    with pytest.raises(CalendarError, match=r"datetime\.time"):
        WeeklyHours((((9, 0), (18, 0)),) * 7)  # type: ignore[arg-type]


def test_lists_are_normalised_so_calendars_stay_hashable() -> None:
    day = [[time(9), time(17)]]
    cal = calendar_from_settings("Europe/Paris", [day] * 5 + [[], []])
    assert cal.flags == frozenset()
    assert cal.hours.days[0] == ((time(9), time(17)),)
    direct = BusinessCalendar("UTC", closed_dates={date(2026, 1, 2)})  # type: ignore[arg-type]
    assert hash(direct) == hash(BusinessCalendar("UTC", closed_dates=frozenset({date(2026, 1, 2)})))


def test_calendar_is_hashable_and_equal_by_value() -> None:
    a = calendar_from_settings("Europe/Paris", None, country="FR")
    b = calendar_from_settings("Europe/Paris", None, country="FR")
    assert a == b and hash(a) == hash(b)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("09:00-12:00, 14:00-18:00", ((time(9), time(12)), (time(14), time(18)))),
        ("18:00–02:00", ((time(18), time(2)),)),
        ("8:30 - 24:00", ((time(8, 30), time(0)),)),
        ("", ()),
        ("Fermé", ()),
        ("24h", ((time(0), time(0)),)),
    ],
)
def test_parse_day_hours(text: str, expected: tuple[tuple[time, time], ...]) -> None:
    assert parse_day_hours(text) == expected


@pytest.mark.parametrize("text", ["9-18", "25:00-26:00", "09:60-10:00", "noon-ish"])
def test_parse_day_hours_rejects_bad_text(text: str) -> None:
    with pytest.raises(CalendarError, match=r"HH:MM|valid time"):
        parse_day_hours(text)


def test_interval_lengths() -> None:
    assert interval_seconds((time(9), time(18))) == 9 * 3600
    assert interval_seconds((time(18), time(2))) == 8 * 3600
    assert interval_seconds((time(0), time(0))) == 24 * 3600
    assert WeeklyHours.always_open().day_seconds(3) == 24 * 3600
