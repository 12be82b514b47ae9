"""What a location's business-hours calendar is made of: weekly hours, time zone,
closed dates and the country whose public holidays close it.

Only configuration lives here (validation, defaults, flags). The arithmetic on
business time is in `business_hours.py`.

Conventions:
- An interval `(open, close)` belongs to the day it *opens* on. `close <= open` means it
  closes the next day (18:00–02:00); `open == close` means open 24 hours from `open`.
- A closed date or a public holiday removes the intervals that open on that date (a
  Friday 18:00–02:00 shift still runs into a Saturday holiday).
- A location without hours uses `DEFAULT_WEEKLY_HOURS` (Monday–Friday 09:00–18:00
  local time) and carries `CalendarFlag.DEFAULT_HOURS`, so the UI can say
  "no opening hours set: using Mon–Fri 09:00–18:00".
- A location without a (valid) time zone uses UTC and carries `NO_TIMEZONE` /
  `UNKNOWN_TIMEZONE`.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays

from workstation.error_kinds import refused

Interval = tuple[time, time]
DayHours = tuple[Interval, ...]

_DAY_SECONDS = 24 * 3600
_INTERVAL_RE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*[-–—]\s*(\d{1,2}):(\d{2})\s*$")


class CalendarError(ValueError):
    """A calendar setting is invalid (bad time zone, hours, country or a date out of range)."""


class CalendarFlag(enum.StrEnum):
    """Why a calendar is not exactly what the user configured (shown in the UI)."""

    DEFAULT_HOURS = "default_hours"
    NO_TIMEZONE = "no_timezone"
    UNKNOWN_TIMEZONE = "unknown_timezone"
    UNKNOWN_COUNTRY = "unknown_country"
    UNKNOWN_SUBDIVISION = "unknown_subdivision"


def _seconds(t: time) -> int:
    return t.hour * 3600 + t.minute * 60 + t.second


def interval_seconds(interval: Interval) -> int:
    """Nominal length of an interval (ignores DST): overnight and 24 h aware."""
    opens, closes = _seconds(interval[0]), _seconds(interval[1])
    return closes - opens if closes > opens else _DAY_SECONDS - opens + closes


@dataclass(frozen=True, slots=True)
class WeeklyHours:
    """Opening intervals for each weekday, Monday first (7 entries)."""

    days: tuple[DayHours, ...]

    def __post_init__(self) -> None:
        if len(self.days) != 7:
            raise CalendarError(f"weekly hours need 7 days (Monday first), got {len(self.days)}")
        # Normalise lists to tuples so the calendar stays hashable (timelines are cached).
        try:
            days = tuple(tuple((i[0], i[1]) for i in day) for day in self.days)
        except (TypeError, IndexError, KeyError) as exc:
            raise CalendarError("each day must be a list of (open, close) times") from exc
        object.__setattr__(self, "days", days)
        for day in days:
            for opens, closes in day:
                if not isinstance(opens, time) or not isinstance(closes, time):
                    raise CalendarError(f"interval {opens!r}–{closes!r}: expected datetime.time")
                if opens.tzinfo is not None or closes.tzinfo is not None:
                    raise CalendarError("interval times must be local wall times (no tzinfo)")
        if not any(self.days):
            raise CalendarError("weekly hours have no opening interval at all")

    @classmethod
    def same_every(cls, intervals: Sequence[Interval], weekdays: Iterable[int]) -> WeeklyHours:
        """The same intervals on the given weekdays (0 = Monday), closed on the others."""
        chosen = set(weekdays)
        return cls(tuple(tuple(intervals) if d in chosen else () for d in range(7)))

    @classmethod
    def always_open(cls) -> WeeklyHours:
        """24/7: every day open 24 h from midnight."""
        return cls.same_every([(time(0), time(0))], range(7))

    def day_seconds(self, weekday: int) -> int:
        """Nominal opening seconds for a weekday (capped at 24 h)."""
        return min(_DAY_SECONDS, sum(interval_seconds(i) for i in self.days[weekday]))


DEFAULT_WEEKLY_HOURS = WeeklyHours.same_every([(time(9), time(18))], range(5))
"""Used for a location without opening hours: Monday–Friday 09:00–18:00 local time."""


def parse_day_hours(text: str) -> DayHours:
    """Parse "09:00-12:00, 14:00-18:00" (or "" / "closed") into intervals.

    Raises:
        CalendarError: the text is not a list of HH:MM-HH:MM intervals.
    """
    text = text.strip()
    if not text or text.casefold() in {"closed", "fermé", "ferme"}:
        return ()
    if text.casefold() in {"24h", "24/24", "24 h"}:
        return ((time(0), time(0)),)
    out: list[Interval] = []
    for part in text.split(","):
        match = _INTERVAL_RE.match(part)
        if not match:
            raise refused(CalendarError, "hours_bad_format", f"opening hours {part.strip()!r}: expected HH:MM-HH:MM",
                          hours=repr(part.strip()))
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        if h2 == 24 and m2 == 0:
            h2 = 0  # "…-24:00" closes at midnight
        if h1 > 23 or h2 > 23 or m1 > 59 or m2 > 59:
            raise refused(CalendarError, "hours_bad_time", f"opening hours {part.strip()!r}: not a valid time of day",
                          hours=repr(part.strip()))
        out.append((time(h1, m1), time(h2, m2)))
    return tuple(out)


@lru_cache(maxsize=128)
def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


@lru_cache(maxsize=64)
def _holiday_check(country: str, subdivision: str | None) -> str | None:
    """None when the pair is valid, else the reason."""
    try:
        holidays.country_holidays(country, subdiv=subdivision, years=2026)
    except NotImplementedError as exc:
        return str(exc)
    return None


@dataclass(frozen=True, slots=True)
class BusinessCalendar:
    """A location's business hours. Hashable, so compiled timelines can be cached.

    Raises:
        CalendarError: unknown time zone, or unknown country/subdivision.
    """

    tz_name: str = "UTC"
    hours: WeeklyHours = DEFAULT_WEEKLY_HOURS
    closed_dates: frozenset[date] = frozenset()
    country: str | None = None
    subdivision: str | None = None
    flags: frozenset[CalendarFlag] = field(default=frozenset())

    def __post_init__(self) -> None:
        object.__setattr__(self, "closed_dates", frozenset(self.closed_dates))
        if any(isinstance(d, datetime) or not isinstance(d, date) for d in self.closed_dates):
            raise CalendarError("closed dates must be datetime.date values (not datetimes)")
        if _zone(self.tz_name) is None:
            raise CalendarError(
                f"time zone {self.tz_name!r} is unknown, expected e.g. Europe/Paris"
            )
        if self.country is not None:
            reason = _holiday_check(self.country, self.subdivision)
            if reason:
                raise CalendarError(f"public holidays: {reason}")
        elif self.subdivision is not None:
            raise CalendarError("a subdivision needs a country")

    @property
    def zone(self) -> ZoneInfo:
        zone = _zone(self.tz_name)
        assert zone is not None  # checked in __post_init__
        return zone

    @property
    def uses_default_hours(self) -> bool:
        return CalendarFlag.DEFAULT_HOURS in self.flags


def calendar_from_settings(
    tz_name: str | None,
    hours: WeeklyHours | Sequence[Sequence[Sequence[time]]] | None = None,
    *,
    closed_dates: Iterable[date] = (),
    country: str | None = None,
    subdivision: str | None = None,
) -> BusinessCalendar:
    """Build a calendar from possibly incomplete user settings; never raises.

    Whatever is missing or invalid falls back to a default and adds a `CalendarFlag`:
    no/unknown time zone → UTC; no/empty/invalid hours → `DEFAULT_WEEKLY_HOURS`;
    unknown country → no public holidays; unknown subdivision → country-wide holidays.
    """
    flags: set[CalendarFlag] = set()
    tz = (tz_name or "").strip()
    if not tz:
        flags.add(CalendarFlag.NO_TIMEZONE)
        tz = "UTC"
    elif _zone(tz) is None:
        flags.add(CalendarFlag.UNKNOWN_TIMEZONE)
        tz = "UTC"

    weekly: WeeklyHours
    if isinstance(hours, WeeklyHours):
        weekly = hours
    else:
        try:
            days = tuple(tuple((i[0], i[1]) for i in day) for day in hours or ())
            weekly = WeeklyHours(days) if days else DEFAULT_WEEKLY_HOURS
        except (ValueError, TypeError, IndexError):  # CalendarError is a ValueError
            weekly = DEFAULT_WEEKLY_HOURS
        if weekly is DEFAULT_WEEKLY_HOURS:
            flags.add(CalendarFlag.DEFAULT_HOURS)

    ctry = (country or "").strip().upper() or None
    subdiv = (subdivision or "").strip() or None
    if ctry is not None and _holiday_check(ctry, None) is not None:
        flags.add(CalendarFlag.UNKNOWN_COUNTRY)
        ctry, subdiv = None, None
    elif ctry is None:
        subdiv = None
    elif subdiv is not None and _holiday_check(ctry, subdiv) is not None:
        flags.add(CalendarFlag.UNKNOWN_SUBDIVISION)
        subdiv = None

    closed = frozenset(
        d.date() if isinstance(d, datetime) else d for d in closed_dates if isinstance(d, date)
    )
    return BusinessCalendar(tz, weekly, closed, ctry, subdiv, frozenset(flags))
