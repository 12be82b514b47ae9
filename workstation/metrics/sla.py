"""Service-level targets for replies: which class a review falls in, its deadline in
business time, and where it stands now ("due in 3 h", "overdue by 2 days").

Defaults (editable through `SlaPolicy`): critical 4 business hours, negative (1–2★ or
high urgency) 1 business day, others 3 business days. A business day is
`business_day_seconds(calendar)`: the opening time of a typical day of that location
(9 h for the default Mon–Fri 09:00–18:00, 24 h for a 24/7 location).

Plain data in, plain data out; `now` is always passed in (inject a clock, never read it).
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from workstation.error_kinds import refused
from workstation.metrics.business_hours import (
    add_business_us,
    business_day_seconds,
    business_us_between,
    from_us,
    to_us,
)
from workstation.metrics.calendar_config import BusinessCalendar

_MICRO = 1_000_000


class SlaPolicyError(ValueError):
    """An SLA setting is invalid (shown next to the setting)."""


class SlaClass(enum.StrEnum):
    CRITICAL = "critical"
    NEGATIVE = "negative"
    STANDARD = "standard"


class SlaUnit(enum.StrEnum):
    BUSINESS_HOURS = "business_hours"
    BUSINESS_DAYS = "business_days"


class SlaState(enum.StrEnum):
    """Unanswered: DUE, DUE_SOON, OVERDUE. Answered: MET, MISSED."""

    DUE = "due"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    MET = "met"
    MISSED = "missed"


@dataclass(frozen=True, slots=True)
class SlaTarget:
    """An amount of business time. Raises `SlaPolicyError` for a negative, non-finite
    amount or an unknown unit (a unit given as its text value is accepted)."""

    amount: float
    unit: SlaUnit = SlaUnit.BUSINESS_HOURS

    def __post_init__(self) -> None:
        try:
            unit = SlaUnit(self.unit)
        except ValueError as exc:
            raise refused(SlaPolicyError, "sla_unknown_unit", f"SLA unit {self.unit!r} is unknown",
                          unit=repr(self.unit)) from exc
        object.__setattr__(self, "unit", unit)
        if (
            not isinstance(self.amount, int | float)
            or not math.isfinite(self.amount)
            or self.amount < 0
        ):
            raise refused(SlaPolicyError, "sla_bad_amount", f"SLA amount {self.amount!r}: expected a number ≥ 0",
                          amount=repr(self.amount))

    def business_us(self, calendar: BusinessCalendar) -> int:
        per_unit = 3600 if self.unit is SlaUnit.BUSINESS_HOURS else business_day_seconds(calendar)
        return max(0, round(self.amount * per_unit * _MICRO))


@dataclass(frozen=True, slots=True)
class SlaPolicy:
    """Editable SLA settings. `due_soon_fraction`: share of the target left at which an
    open review turns DUE_SOON (0.25 → the last quarter of the allowed time)."""

    critical: SlaTarget = SlaTarget(4, SlaUnit.BUSINESS_HOURS)
    negative: SlaTarget = SlaTarget(1, SlaUnit.BUSINESS_DAYS)
    standard: SlaTarget = SlaTarget(3, SlaUnit.BUSINESS_DAYS)
    negative_max_stars: int = 2
    due_soon_fraction: float = 0.25

    def target(self, sla_class: SlaClass) -> SlaTarget:
        if sla_class is SlaClass.CRITICAL:
            return self.critical
        if sla_class is SlaClass.NEGATIVE:
            return self.negative
        return self.standard


DEFAULT_POLICY = SlaPolicy()


def classify(
    stars: int | None, urgency: str | None, policy: SlaPolicy = DEFAULT_POLICY
) -> SlaClass:
    """Urgency "critical" → CRITICAL; urgency "high" or 1..negative_max_stars → NEGATIVE.

    `urgency` is the triage level as text (critical/high/normal/low, any case; an enum
    whose str() is its value works too); unknown values count as normal.
    """
    level = str(urgency).strip().lower() if urgency is not None else ""
    if level == "critical":
        return SlaClass.CRITICAL
    if level == "high":
        return SlaClass.NEGATIVE
    if isinstance(stars, int) and 1 <= stars <= policy.negative_max_stars:
        return SlaClass.NEGATIVE
    return SlaClass.STANDARD


def deadline_us(
    start_us: int, sla_class: SlaClass, calendar: BusinessCalendar, policy: SlaPolicy
) -> int:
    """Microsecond form of `deadline` for bulk callers."""
    return add_business_us(start_us, policy.target(sla_class).business_us(calendar), calendar)


def deadline(
    start_utc: datetime,
    sla_class: SlaClass,
    calendar: BusinessCalendar,
    policy: SlaPolicy = DEFAULT_POLICY,
) -> datetime:
    """When the reply is due: the target's business time after `start_utc`.

    Raises:
        CalendarError: naive `start_utc`; CalendarRangeError: year out of range.
    """
    return from_us(deadline_us(to_us(start_utc), sla_class, calendar, policy))


@dataclass(frozen=True, slots=True)
class SlaStatus:
    """Where one review stands against its SLA.

    `wall_remaining` is deadline − now (unanswered) or deadline − reply (answered):
    negative means late. `business_remaining_s` is the same in business seconds.
    """

    state: SlaState
    sla_class: SlaClass
    deadline: datetime
    wall_remaining: timedelta
    business_remaining_s: float

    @property
    def late(self) -> bool:
        return self.state in (SlaState.OVERDUE, SlaState.MISSED)


def sla_status(
    start_utc: datetime,
    sla_class: SlaClass,
    calendar: BusinessCalendar,
    *,
    now: datetime,
    replied_at: datetime | None = None,
    policy: SlaPolicy = DEFAULT_POLICY,
) -> SlaStatus:
    """Status of one review at `now` (or at its reply when answered).

    A reply exactly at the deadline meets it. An open review is DUE_SOON when no more
    than `due_soon_fraction` of its target's business time is left.

    Raises:
        CalendarError: naive datetimes; CalendarRangeError: year out of range.
    """
    start = to_us(start_utc)
    due = deadline_us(start, sla_class, calendar, policy)
    ref = to_us(replied_at) if replied_at is not None else to_us(now)
    business_left = business_us_between(ref, due, calendar)
    if replied_at is not None:
        state = SlaState.MET if ref <= due else SlaState.MISSED
    elif ref > due:
        state = SlaState.OVERDUE
    else:
        soon = policy.target(sla_class).business_us(calendar) * policy.due_soon_fraction
        state = SlaState.DUE_SOON if business_left <= soon else SlaState.DUE
    return SlaStatus(
        state=state,
        sla_class=sla_class,
        deadline=from_us(due),
        wall_remaining=timedelta(microseconds=due - ref),
        business_remaining_s=business_left / _MICRO,
    )
