"""SLA classes, deadlines and statuses, with the clock injected."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from workstation.metrics.calendar_config import (
    BusinessCalendar,
    WeeklyHours,
    calendar_from_settings,
)
from workstation.metrics.sla import (
    DEFAULT_POLICY,
    SlaClass,
    SlaPolicy,
    SlaPolicyError,
    SlaState,
    SlaTarget,
    SlaUnit,
    classify,
    deadline,
    sla_status,
)

PARIS = ZoneInfo("Europe/Paris")
OFFICE = calendar_from_settings("Europe/Paris", None, country="FR")


def paris(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=PARIS)


@pytest.mark.parametrize(
    ("stars", "urgency", "expected"),
    [
        (5, "critical", SlaClass.CRITICAL),
        (1, "CRITICAL", SlaClass.CRITICAL),
        (4, "high", SlaClass.NEGATIVE),
        (1, None, SlaClass.NEGATIVE),
        (2, "normal", SlaClass.NEGATIVE),
        (3, "low", SlaClass.STANDARD),
        (None, None, SlaClass.STANDARD),
        (0, "whatever", SlaClass.STANDARD),
        (7, None, SlaClass.STANDARD),
    ],
)
def test_classify(stars: int | None, urgency: str | None, expected: SlaClass) -> None:
    assert classify(stars, urgency) is expected


def test_classify_respects_policy_threshold() -> None:
    assert classify(3, None, SlaPolicy(negative_max_stars=3)) is SlaClass.NEGATIVE


def test_default_deadlines() -> None:
    monday = paris(2026, 11, 23, 10)
    assert deadline(monday, SlaClass.CRITICAL, OFFICE) == paris(2026, 11, 23, 14)
    assert deadline(monday, SlaClass.NEGATIVE, OFFICE) == paris(2026, 11, 24, 10)
    assert deadline(monday, SlaClass.STANDARD, OFFICE) == paris(2026, 11, 26, 10)


def test_business_day_follows_the_location() -> None:
    always = BusinessCalendar("Europe/Paris", WeeklyHours.always_open())
    monday = paris(2026, 11, 23, 10)
    assert deadline(monday, SlaClass.NEGATIVE, always) == paris(2026, 11, 24, 10)
    restaurant = BusinessCalendar(
        "Europe/Paris",
        WeeklyHours.same_every([(time(12), time(14)), (time(19), time(23))], range(7)),
    )
    # 6 h business day: from Monday 10:00 (closed) → 12–14, 19–23 → Monday 23:00.
    assert deadline(monday, SlaClass.NEGATIVE, restaurant) == paris(2026, 11, 23, 23)


def test_policy_is_editable() -> None:
    policy = SlaPolicy(
        critical=SlaTarget(1, SlaUnit.BUSINESS_HOURS),
        standard=SlaTarget(0.5, SlaUnit.BUSINESS_DAYS),
    )
    monday = paris(2026, 11, 23, 10)
    assert deadline(monday, SlaClass.CRITICAL, OFFICE, policy) == paris(2026, 11, 23, 11)
    assert deadline(monday, SlaClass.STANDARD, OFFICE, policy) == paris(2026, 11, 23, 14, 30)
    assert DEFAULT_POLICY.target(SlaClass.STANDARD) == SlaTarget(3, SlaUnit.BUSINESS_DAYS)


@pytest.mark.parametrize(
    ("amount", "unit"), [(-1, "business_hours"), (float("inf"), "business_days"), (1, "weeks")]
)
def test_bad_targets_are_refused(amount: float, unit: str) -> None:
    with pytest.raises(SlaPolicyError):
        SlaTarget(amount, unit)  # type: ignore[arg-type]


def test_unit_given_as_text_is_accepted() -> None:
    assert SlaTarget(2, "business_days").unit is SlaUnit.BUSINESS_DAYS  # type: ignore[arg-type]


def test_status_due_soon_and_overdue() -> None:
    start = paris(2026, 11, 23, 10)  # critical: due 14:00
    due = sla_status(start, SlaClass.CRITICAL, OFFICE, now=paris(2026, 11, 23, 11))
    assert due.state is SlaState.DUE and due.wall_remaining == timedelta(hours=3)
    assert due.business_remaining_s == 3 * 3600 and not due.late
    soon = sla_status(start, SlaClass.CRITICAL, OFFICE, now=paris(2026, 11, 23, 13, 30))
    assert soon.state is SlaState.DUE_SOON
    late = sla_status(start, SlaClass.CRITICAL, OFFICE, now=paris(2026, 11, 25, 14))
    assert late.state is SlaState.OVERDUE and late.late
    assert late.wall_remaining == -timedelta(days=2)
    assert late.business_remaining_s == -18 * 3600


def test_status_due_soon_counts_business_time_not_wall_time() -> None:
    # Friday 17:30, negative review (one 9 h business day) due Monday 17:30.
    start = paris(2026, 11, 20, 17, 30)
    status = sla_status(start, SlaClass.NEGATIVE, OFFICE, now=paris(2026, 11, 21, 12))
    # Saturday noon: 8.5 business hours left of 9 → DUE, though the wall deadline is Monday.
    assert status.state is SlaState.DUE
    assert status.deadline == paris(2026, 11, 23, 17, 30)


def test_answered_statuses() -> None:
    start = paris(2026, 11, 23, 10)
    met = sla_status(
        start, SlaClass.CRITICAL, OFFICE, now=paris(2026, 12, 1), replied_at=paris(2026, 11, 23, 14)
    )
    assert met.state is SlaState.MET  # exactly at the deadline
    missed = sla_status(
        start, SlaClass.CRITICAL, OFFICE, now=paris(2026, 12, 1), replied_at=paris(2026, 11, 23, 16)
    )
    assert missed.state is SlaState.MISSED and missed.wall_remaining == -timedelta(hours=2)


def test_deadline_is_utc() -> None:
    assert deadline(paris(2026, 11, 23, 10), SlaClass.CRITICAL, OFFICE).tzinfo == UTC
