"""Date formats of review exports, time zones and the day-first rule."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from workstation.importers.dates import parse_datetime

PARIS = ZoneInfo("Europe/Paris")


def utc(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0, micro: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, micro, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-11-03T14:05:09Z", utc(2026, 11, 3, 14, 5, 9)),
        ("2026-11-03T14:05:09.123Z", utc(2026, 11, 3, 14, 5, 9, 123000)),
        ("2026-11-03T15:05:09+01:00", utc(2026, 11, 3, 14, 5, 9)),
        ("2026-11-03 14:05:09 UTC", utc(2026, 11, 3, 14, 5, 9)),
        ("2026-11-03", utc(2026, 11, 3)),
        ("2026-11-03 14:05", utc(2026, 11, 3, 14, 5)),
        ("2026/11/03", utc(2026, 11, 3)),
        ("24/11/2026 14:05", utc(2026, 11, 24, 14, 5)),
        ("24/11/2026", utc(2026, 11, 24)),
        ("24/11/26", utc(2026, 11, 24)),
        ("24.11.2026", utc(2026, 11, 24)),
        ("24-11-2026 14h05", utc(2026, 11, 24, 14, 5)),
        ("03/04/2026", utc(2026, 4, 3)),  # ambiguous: day first
        ("11/24/2026", utc(2026, 11, 24)),  # only a month-first reading is valid
        ("11/24/2026 2:05 PM", utc(2026, 11, 24, 14, 5)),
        ("1795514709", utc(2026, 11, 24, 10, 5, 9)),
        ("1795514709000", utc(2026, 11, 24, 10, 5, 9)),
        ("24 nov. 2026", utc(2026, 11, 24)),
        ("24 novembre 2026", utc(2026, 11, 24)),
        ("1er décembre 2026", utc(2026, 12, 1)),
        ("lundi 24 novembre 2026 à 14h05", utc(2026, 11, 24, 14, 5)),
        ("7 févr. 2026", utc(2026, 2, 7)),
        ("15 août 2026", utc(2026, 8, 15)),
        ("November 24, 2026", utc(2026, 11, 24)),
        ("Tuesday, Nov 24th, 2026 at 2:05 pm", utc(2026, 11, 24, 14, 5)),
        ("24 Nov 2026 14:05:09", utc(2026, 11, 24, 14, 5, 9)),
    ],
)
def test_formats(value: str, expected: datetime) -> None:
    assert parse_datetime(value) == expected


def test_naive_values_are_local_to_the_business() -> None:
    assert parse_datetime("24/11/2026 14:05", PARIS) == utc(2026, 11, 24, 13, 5)
    assert parse_datetime("2026-07-01T12:00", PARIS) == utc(2026, 7, 1, 10, 0)  # summer time
    assert parse_datetime("24 novembre 2026", timezone(timedelta(hours=-5))) == utc(
        2026, 11, 24, 5, 0
    )


def test_explicit_offsets_ignore_the_business_zone() -> None:
    assert parse_datetime("2026-11-03T14:05:09Z", PARIS) == utc(2026, 11, 3, 14, 5, 9)
    assert parse_datetime("1795514709", PARIS) == utc(2026, 11, 24, 10, 5, 9)


def test_results_are_aware_utc() -> None:
    value = parse_datetime("24/11/2026", PARIS)
    assert value.tzinfo is UTC


@pytest.mark.parametrize(
    "value",
    ["", "hier", "31/02/2026", "13/13/2026", "24/11", "2026-13-01", "25:00 24/11/2026",
     "12345", "99999999999999", "24 brumaire 2026", "1/1/1800", "great food 10/10"],
)  # fmt: skip
def test_rejects(value: str) -> None:
    with pytest.raises(ValueError):
        parse_datetime(value)
