"""SLA wording in English and French, through babel."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from workstation.metrics.calendar_config import CalendarFlag, WeeklyHours
from workstation.metrics.sla import SlaClass, SlaState, SlaStatus
from workstation.metrics.sla_text import (
    describe_calendar_flags,
    describe_hours,
    format_deadline,
    format_duration,
    format_sla_status,
)


def plain(text: str) -> str:
    """Babel uses (narrow) no-break spaces, as typography wants; compare with plain ones."""
    return text.replace("\xa0", " ").replace("\u202f", " ")


DEADLINE = datetime(2026, 11, 23, 13, tzinfo=UTC)


def status(state: SlaState, remaining: timedelta) -> SlaStatus:
    return SlaStatus(state, SlaClass.CRITICAL, DEADLINE, remaining, remaining.total_seconds())


@pytest.mark.parametrize(
    ("state", "remaining", "locale", "expected"),
    [
        (SlaState.DUE, timedelta(hours=3), "en", "due in 3 hours"),
        (SlaState.DUE_SOON, timedelta(minutes=20), "en_GB", "due in 20 minutes"),
        (SlaState.OVERDUE, -timedelta(days=2, hours=1), "en", "overdue by 2 days"),
        (SlaState.DUE, timedelta(seconds=30), "en", "due now"),
        (SlaState.MET, timedelta(hours=1), "en", "answered on time"),
        (SlaState.MISSED, -timedelta(hours=5), "en", "answered 5 hours late"),
        (SlaState.DUE, timedelta(hours=3), "fr", "à traiter dans 3 heures"),
        (SlaState.OVERDUE, -timedelta(days=2), "fr_FR", "en retard de 2 jours"),
        (SlaState.MISSED, -timedelta(hours=5), "fr_CA", "répondu avec 5 heures de retard"),
        (SlaState.DUE, timedelta(seconds=5), "fr", "à traiter maintenant"),
    ],
)
def test_format_sla_status(
    state: SlaState, remaining: timedelta, locale: str, expected: str
) -> None:
    assert plain(format_sla_status(status(state, remaining), locale)) == expected


def test_long_style_and_unknown_locale() -> None:
    text = format_sla_status(status(SlaState.DUE, timedelta(hours=3)), "de", style="short")
    assert plain(text) == "due in 3 hr"
    assert (
        plain(format_sla_status(status(SlaState.DUE, timedelta(hours=3)), "fr", style="short"))
        == "à traiter dans 3 h"
    )
    assert plain(format_duration(-timedelta(days=2), "fr", style="long")) == "2 jours"


def test_format_deadline_in_local_time() -> None:
    s = status(SlaState.DUE, timedelta(hours=1))
    assert "14:00" in plain(format_deadline(s, "Europe/Paris", "fr"))
    assert "8:00" in plain(format_deadline(s, "America/Toronto", "en"))
    assert "13:00" in plain(format_deadline(s, "Not/AZone", "fr"))  # falls back to UTC


def test_describe_hours() -> None:
    hours = WeeklyHours(
        (
            ((time(9), time(18)),),
            ((time(9), time(18)),),
            ((time(9), time(18)),),
            ((time(9), time(18)),),
            ((time(9), time(12)), (time(14), time(18))),
            ((time(18), time(2)),),
            (),
        )
    )
    assert (
        describe_hours(hours)
        == "Mon–Thu 09:00–18:00; Fri 09:00–12:00, 14:00–18:00; Sat 18:00–02:00"
    )
    assert describe_hours(WeeklyHours.always_open(), "fr") == "lun.–dim. 00:00–00:00"


def test_describe_calendar_flags() -> None:
    flags = frozenset({CalendarFlag.DEFAULT_HOURS, CalendarFlag.NO_TIMEZONE})
    assert describe_calendar_flags(flags) == [
        "no opening hours set: using Mon–Fri 09:00–18:00",
        "no time zone set: using UTC",
    ]
    fr = describe_calendar_flags(frozenset({CalendarFlag.UNKNOWN_COUNTRY}), "fr")
    assert fr == ["pays inconnu : jours fériés ignorés"]
