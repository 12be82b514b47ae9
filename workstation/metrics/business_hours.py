"""Business-time arithmetic on a `BusinessCalendar`: how much open time lies between two
instants, and when a given amount of open time has elapsed.

How: a calendar is compiled once into sorted, merged opening intervals in UTC
microseconds with a running total of open time (a "timeline"). Measuring is then two
binary searches and adding is one, so DST, overnight shifts, holidays and 24/7 all come
out of the compilation step (local wall times → UTC through zoneinfo) and the queries
stay O(log n). Timelines are cached per calendar and grow by whole years on demand.

Instants are timezone-aware datetimes (any zone; naive ones raise `CalendarError`).
Supported years: `MIN_YEAR`..`MAX_YEAR`.
"""

from __future__ import annotations

import math
import statistics
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache

import holidays

from workstation.metrics.calendar_config import BusinessCalendar, CalendarError

MIN_YEAR = 1971
MAX_YEAR = 2199
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_US = timedelta(microseconds=1)
_MICRO = 1_000_000
_GROW_YEARS = 4


class CalendarRangeError(CalendarError):
    """An instant lies outside the years a calendar can compile (MIN_YEAR..MAX_YEAR)."""


def to_us(dt: datetime) -> int:
    """Aware datetime → integer microseconds since the Unix epoch (exact)."""
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise CalendarError(f"{dt.isoformat()} has no time zone; expected an aware UTC datetime")
    return (dt - _EPOCH) // _US


def from_us(us: int) -> datetime:
    return _EPOCH + timedelta(microseconds=us)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Immutable compiled state: readers on other threads always see a consistent set."""

    first_year: int
    last_year: int
    starts: list[int]
    ends: list[int]
    cum_start: list[int]  # open µs before interval i
    cum_end: list[int]  # open µs up to the end of interval i
    lo_us: int = 0  # instants in [lo_us, hi_us) are safe to query (a year of margin)
    hi_us: int = 0

    def covers(self, first: int, last: int) -> bool:
        return self.first_year <= first and last <= self.last_year

    def open_before(self, us: int) -> int:
        """Open µs from the snapshot's start up to `us`."""
        i = bisect_right(self.starts, us) - 1
        if i < 0:
            return 0
        return self.cum_start[i] + min(us, self.ends[i]) - self.starts[i]

    def instant_after(self, open_us: int) -> int | None:
        """Earliest instant at which `open_us` of open time has elapsed, or None if beyond."""
        j = bisect_left(self.cum_end, open_us)
        if j >= len(self.cum_end):
            return None
        return self.starts[j] + (open_us - self.cum_start[j])

    def is_open(self, us: int) -> bool:
        i = bisect_right(self.starts, us) - 1
        return i >= 0 and us < self.ends[i]


_EMPTY = Snapshot(0, -1, [], [], [], [])


class Timeline:
    """Compiled opening intervals of one calendar; grows year by year on demand."""

    def __init__(self, calendar: BusinessCalendar) -> None:
        self.calendar = calendar
        self.snap = _EMPTY

    def ensure_years(self, first: int, last: int) -> Snapshot:
        """A snapshot covering local years first..last plus a year of margin each side."""
        first, last = max(MIN_YEAR, first - 1), min(MAX_YEAR, last + 1)
        snap = self.snap
        if snap.covers(first, last):
            return snap
        if snap.last_year >= snap.first_year:  # widen, never shrink
            # Grow by a few years at a time: data in random order would otherwise
            # recompile the whole range for every new year it touches.
            if first < snap.first_year:
                first = max(MIN_YEAR, min(first, snap.first_year - _GROW_YEARS))
            if last > snap.last_year:
                last = min(MAX_YEAR, max(last, snap.last_year + _GROW_YEARS))
            first, last = min(first, snap.first_year), max(last, snap.last_year)
        snap = _compile(self.calendar, first, last)
        self.snap = snap  # one assignment: atomic for concurrent readers
        return snap

    def ensure_us(self, *instants: int) -> Snapshot:
        y_lo, y_hi = _year_of(min(instants)), _year_of(max(instants))
        if y_lo < MIN_YEAR or y_hi > MAX_YEAR:
            raise CalendarRangeError(
                f"date outside the supported years {MIN_YEAR}–{MAX_YEAR} for business hours"
            )
        return self.ensure_years(y_lo, y_hi)


def _compile(cal: BusinessCalendar, first: int, last: int) -> Snapshot:
    zone = cal.zone
    hols = (
        holidays.country_holidays(
            cal.country, subdiv=cal.subdivision, years=range(first - 1, last + 2)
        )
        if cal.country
        else None
    )
    raw: list[tuple[int, int]] = []
    one = timedelta(days=1)
    day = date(first, 1, 1) - one  # its overnight shift reaches Jan 1
    stop = date(last, 12, 31)
    while day <= stop:
        if day not in cal.closed_dates and not (hols is not None and day in hols):
            for opens, closes in cal.hours.days[day.weekday()]:
                start = datetime.combine(day, opens, tzinfo=zone)
                end_day = day if closes > opens else day + one
                s, e = to_us(start), to_us(datetime.combine(end_day, closes, tzinfo=zone))
                if e > s:  # an interval swallowed by a DST gap has no length
                    raw.append((s, e))
        day += one
    raw.sort()
    starts: list[int] = []
    ends: list[int] = []
    for s, e in raw:
        if ends and s <= ends[-1]:  # overlapping or touching (24/7, overnight) → merge
            ends[-1] = max(ends[-1], e)
        else:
            starts.append(s)
            ends.append(e)
    cum_start: list[int] = []
    cum_end: list[int] = []
    total = 0
    for s, e in zip(starts, ends, strict=True):
        cum_start.append(total)
        total += e - s
        cum_end.append(total)
    lo = to_us(datetime(first + 1, 1, 1, tzinfo=UTC))
    hi = to_us(datetime(last, 1, 1, tzinfo=UTC))
    return Snapshot(first, last, starts, ends, cum_start, cum_end, lo, hi)


def _year_of(us: int) -> int:
    # A UTC year is at most a day off the local year; ensure_years adds a year of margin.
    try:
        return from_us(us).year
    except OverflowError:
        return MAX_YEAR + 1 if us > 0 else MIN_YEAR - 1


@lru_cache(maxsize=256)
def timeline_for(calendar: BusinessCalendar) -> Timeline:
    """The shared compiled timeline of a calendar (compiled lazily, per year)."""
    return Timeline(calendar)


def business_us_between(start_us: int, end_us: int, calendar: BusinessCalendar) -> int:
    """Microsecond form of `business_seconds_between` (for bulk callers)."""
    snap = timeline_for(calendar).ensure_us(start_us, end_us)
    return snap.open_before(end_us) - snap.open_before(start_us)


def business_seconds_between(
    start_utc: datetime, end_utc: datetime, calendar: BusinessCalendar
) -> float:
    """Open (business) seconds between two instants; negative when end < start.

    Raises:
        CalendarError: a naive datetime; CalendarRangeError: year out of range.
    """
    return business_us_between(to_us(start_utc), to_us(end_utc), calendar) / _MICRO


def add_business_us(start_us: int, amount_us: int, calendar: BusinessCalendar) -> int:
    """Microsecond form of `add_business_seconds` (for bulk callers)."""
    if amount_us < 0:
        raise CalendarError("cannot add a negative amount of business time")
    if amount_us == 0:
        return start_us
    tl = timeline_for(calendar)
    snap = tl.ensure_us(start_us)
    target = snap.open_before(start_us) + amount_us
    while True:
        found = snap.instant_after(target)
        if found is not None:
            return found
        if snap.last_year >= MAX_YEAR:
            raise CalendarRangeError(f"deadline falls after {MAX_YEAR}")
        # Widen only forwards from the same first year, so `target` (counted from that
        # first year) keeps its meaning in the new snapshot.
        years = snap.last_year - snap.first_year + 1
        per_year = max(1, snap.cum_end[-1] // years if snap.cum_end else 0)
        grow = 2 + (target - (snap.cum_end[-1] if snap.cum_end else 0)) // per_year
        wider = _compile(calendar, snap.first_year, min(MAX_YEAR, snap.last_year + grow))
        tl.snap = wider
        snap = wider


def add_business_seconds(
    start_utc: datetime, seconds: float, calendar: BusinessCalendar
) -> datetime:
    """The UTC instant when `seconds` of business time have elapsed after `start_utc`.

    Starting while closed counts from the next opening. Adding 0 returns `start_utc`
    (in UTC) unchanged, even when closed. The result is the earliest such instant, so a
    deadline landing exactly on a closing time is that closing time.

    Raises:
        CalendarError: naive datetime, negative or non-finite seconds;
        CalendarRangeError: out of range.
    """
    if not math.isfinite(seconds):
        raise CalendarError(f"business time to add must be a finite number, got {seconds!r}")
    amount = round(seconds * _MICRO)
    return from_us(add_business_us(to_us(start_utc), amount, calendar))


def is_open(at_utc: datetime, calendar: BusinessCalendar) -> bool:
    """Whether the location is open at that instant (intervals are half-open [open, close))."""
    us = to_us(at_utc)
    return timeline_for(calendar).ensure_us(us).is_open(us)


def next_opening(at_utc: datetime, calendar: BusinessCalendar) -> datetime:
    """`at_utc` itself when open, else the next time the location opens."""
    return add_business_seconds(at_utc, 1e-6, calendar) - _US


def business_day_seconds(calendar: BusinessCalendar) -> int:
    """Length of one "business day" for SLA targets: the median (low) of the nominal
    opening time of the weekdays the location opens (Mon–Fri 09:00–18:00 → 9 h;
    24/7 → 24 h; a restaurant 12–14 + 19–23 → 6 h)."""
    per_day = [calendar.hours.day_seconds(d) for d in range(7)]
    return int(statistics.median_low([s for s in per_day if s > 0]))
