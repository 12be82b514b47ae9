"""The hours_json format: parsing, fallbacks and round trips."""

from __future__ import annotations

from datetime import date, time

import pytest

from workstation.metrics.calendar_config import CalendarFlag, WeeklyHours, calendar_from_settings
from workstation.metrics.calendar_json import calendar_from_json, calendar_to_json


def test_parse_full_settings() -> None:
    text = (
        '{"days": {"mon": "09:00-12:00, 14:00-18:00", "fri": "18:00-02:00", "sun": "closed"},'
        ' "closed": ["2026-12-24", "not a date"], "subdivision": "ON"}'
    )
    cal = calendar_from_json("America/Toronto", "CA", text)
    assert cal.flags == frozenset()
    assert cal.hours.days[0] == ((time(9), time(12)), (time(14), time(18)))
    assert cal.hours.days[4] == ((time(18), time(2)),)
    assert cal.hours.days[1] == () and cal.hours.days[6] == ()
    assert cal.closed_dates == {date(2026, 12, 24)}
    assert (cal.country, cal.subdivision) == ("CA", "ON")


def test_list_of_seven_days() -> None:
    cal = calendar_from_json(
        "Europe/Paris", "FR", '{"days": ["24h", "24h", "24h", "24h", "24h", "24h", "24h"]}'
    )
    assert cal.hours == WeeklyHours.always_open()


@pytest.mark.parametrize(
    "text",
    [
        None,
        "",
        "not json",
        "[1, 2]",
        '{"days": {"mon": "9 to 5"}}',
        '{"days": {}}',
        '{"days": [1]}',
    ],
)
def test_missing_or_bad_hours_fall_back_to_default(text: str | None) -> None:
    cal = calendar_from_json("Europe/Paris", None, text)
    assert cal.flags == {CalendarFlag.DEFAULT_HOURS}


def test_missing_timezone_and_unknown_country() -> None:
    cal = calendar_from_json(None, "ZZ", '{"days": {"mon": "09:00-17:00"}, "subdivision": 5}')
    assert cal.flags == {CalendarFlag.NO_TIMEZONE, CalendarFlag.UNKNOWN_COUNTRY}


def test_round_trip() -> None:
    hours = WeeklyHours(
        (((time(9), time(12)), (time(14), time(18))), (), (), (), ((time(18), time(2)),), (), ())
    )
    cal = calendar_from_settings(
        "Europe/Zurich", hours, closed_dates=[date(2026, 8, 3)], country="CH", subdivision="VD"
    )
    again = calendar_from_json("Europe/Zurich", "CH", calendar_to_json(cal))
    assert again == cal
    default = calendar_from_settings("Europe/Paris", None)
    assert calendar_to_json(default) == "{}"
    assert calendar_from_json("Europe/Paris", None, "{}") == default
