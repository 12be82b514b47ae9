"""Per-review response time and SLA outcome, measured honestly.

Start of the clock:
- the platform's publication date;
- first seen (flag `NO_PUBLISH_DATE`) when the platform gives no date;
- first seen (flag `LATE_IMPORT`) when the review reached us more than `late_after`
  (default 24 h) after publication and the reply, if any, came after we saw it: the
  owner could not answer what they had not seen. A reply that predates our first sight
  (history imported with its replies) is measured from publication.
- no deadline at all (flag `HISTORY`) when the review was published more than
  `history_after` (default 14 days) before we first saw it and was not answered before
  that: an old review found in an imported file is worth answering when the owner can,
  but a two-month-old review is neither "due in 24 hours" nor "overdue". Such reviews
  are timed from their arrival if answered, and left out of deadline (SLA) figures.
Bad dates: no date at all → `NO_DATE`, no timing; a reply before the start →
`REPLY_BEFORE_REVIEW`: counted as replied, excluded from time and SLA statistics;
naive datetimes are read as UTC (`ASSUMED_UTC`); a date the calendar cannot handle →
`OUT_OF_RANGE`, business figures missing.

Everything runs on integer microseconds; `Measurer` keeps per-calendar state so that
100k reviews measure in a fraction of a second.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import NamedTuple

from workstation.metrics.business_hours import (
    CalendarRangeError,
    Snapshot,
    add_business_us,
    from_us,
    timeline_for,
)
from workstation.metrics.calendar_config import BusinessCalendar, calendar_from_settings
from workstation.metrics.sla import DEFAULT_POLICY, SlaClass, SlaPolicy, SlaState, classify

DEFAULT_LATE_AFTER = timedelta(hours=24)
DEFAULT_HISTORY_AFTER = timedelta(days=14)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_US = timedelta(microseconds=1)
_HOUR_US = 3600 * 1_000_000


class TimingFlag(enum.StrEnum):
    NO_DATE = "no_date"
    NO_PUBLISH_DATE = "no_publish_date"
    LATE_IMPORT = "late_import"
    HISTORY = "history"
    REPLY_BEFORE_REVIEW = "reply_before_review"
    ASSUMED_UTC = "assumed_utc"
    OUT_OF_RANGE = "out_of_range"


class StartSource(enum.StrEnum):
    PUBLISHED = "published"
    FIRST_SEEN = "first_seen"


@dataclass(frozen=True, slots=True)
class ReviewFacts:
    """What metrics need to know about one review (the store builds these from rows).

    `urgency` is the triage level text (critical/high/normal/low); `sentiment` is in
    [-1, 1]; `needs_reply` is False for reviews triaged "no reply needed"/archived
    (they get no SLA deadline but still count in the response rate).
    """

    review_id: str
    published_at: datetime | None
    first_seen_at: datetime | None = None
    replied_at: datetime | None = None
    stars: int | None = None
    urgency: str | None = None
    sentiment: float | None = None
    location: str | None = None
    source: str | None = None
    topics: tuple[str, ...] = ()
    needs_reply: bool = True


class ResponseTime(NamedTuple):
    """Measured timing of one review. `*_us` fields are UTC epoch microseconds.

    A NamedTuple rather than a frozen dataclass: it is built 100k times per refresh and
    tuple construction is several times cheaper than frozen-dataclass __init__.
    """

    facts: ReviewFacts
    start_us: int | None
    start_source: StartSource | None
    reply_us: int | None
    wall_us: int | None
    business_us: int | None
    sla_class: SlaClass
    deadline_us: int | None
    sla_state: SlaState | None  # None: no reply needed, no start, or unusable reply
    flags: frozenset[TimingFlag] = frozenset()

    @property
    def replied(self) -> bool:
        return self.reply_us is not None

    @property
    def start(self) -> datetime | None:
        return None if self.start_us is None else from_us(self.start_us)

    @property
    def deadline(self) -> datetime | None:
        return None if self.deadline_us is None else from_us(self.deadline_us)

    @property
    def wall_hours(self) -> float | None:
        return None if self.wall_us is None else self.wall_us / _HOUR_US

    @property
    def business_hours(self) -> float | None:
        return None if self.business_us is None else self.business_us / _HOUR_US


_NO_FLAGS: frozenset[TimingFlag] = frozenset()
_UTC_CALENDAR = calendar_from_settings("UTC")


def _us(dt: datetime | None, flags: set[TimingFlag]) -> int | None:
    if dt is None:
        return None
    try:
        return (dt - _EPOCH) // _US  # the hot path: aware datetimes
    except TypeError:  # naive (or a tzinfo without offset): read as UTC, say so
        flags.add(TimingFlag.ASSUMED_UTC)
        return (dt.replace(tzinfo=UTC) - _EPOCH) // _US


@dataclass(slots=True)
class _LocationState:
    calendar: BusinessCalendar
    snap: Snapshot | None
    targets: dict[SlaClass, int]


class Measurer:
    """Measures many reviews against per-location calendars (not thread-safe: one per job).

    `calendars` maps a location key to its calendar; unknown locations use
    `default_calendar` (UTC, default hours when None). `now` decides OVERDUE vs DUE.
    """

    def __init__(
        self,
        *,
        now: datetime,
        calendars: Mapping[str, BusinessCalendar] | None = None,
        default_calendar: BusinessCalendar | None = None,
        policy: SlaPolicy = DEFAULT_POLICY,
        late_after: timedelta = DEFAULT_LATE_AFTER,
        history_after: timedelta = DEFAULT_HISTORY_AFTER,
    ) -> None:
        self.calendars = dict(calendars or {})
        self.default_calendar = default_calendar or _UTC_CALENDAR
        self.policy = policy
        self.late_after_us = late_after // _US
        self.history_after_us = history_after // _US
        now_us = _us(now, set())
        assert now_us is not None
        self.now_us = now_us
        # Per location: its calendar, the last snapshot used and the target per class.
        # Keyed by location text: hashing a calendar per review would cost more.
        self._by_location: dict[str | None, _LocationState] = {}
        self._classes: dict[tuple[int | None, str | None], SlaClass] = {}

    def calendar_for(self, location: str | None) -> BusinessCalendar:
        if location is None:
            return self.default_calendar
        return self.calendars.get(location, self.default_calendar)

    def _state_for(self, location: str | None) -> _LocationState:
        state = self._by_location.get(location)
        if state is None:
            cal = self.calendar_for(location)
            targets = {c: self.policy.target(c).business_us(cal) for c in SlaClass}
            state = self._by_location[location] = _LocationState(cal, None, targets)
        return state

    def _classify(self, stars: int | None, urgency: str | None) -> SlaClass:
        key = (stars, urgency)
        try:
            return self._classes[key]
        except KeyError:
            value = self._classes[key] = classify(stars, urgency, self.policy)
            return value
        except TypeError:  # unhashable junk in the facts: classify without caching
            return classify(stars, urgency, self.policy)

    def measure(self, facts: ReviewFacts) -> ResponseTime:
        """Timing and SLA outcome of one review; never raises on bad dates.

        Written for throughput (it runs 100k times per dashboard refresh): the aware
        datetime path is inlined and flags are only allocated when something is odd.
        """
        flags: set[TimingFlag] = set()
        try:
            pub = None if facts.published_at is None else (facts.published_at - _EPOCH) // _US
            seen = None if facts.first_seen_at is None else (facts.first_seen_at - _EPOCH) // _US
            reply = None if facts.replied_at is None else (facts.replied_at - _EPOCH) // _US
        except TypeError:  # a naive datetime somewhere: slow path
            pub = _us(facts.published_at, flags)
            seen = _us(facts.first_seen_at, flags)
            reply = _us(facts.replied_at, flags)
        sla_class = self._classify(facts.stars, facts.urgency)

        start: int | None
        source: StartSource | None
        if pub is None:
            if seen is None:
                flags.add(TimingFlag.NO_DATE)
                start, source = None, None
            else:
                flags.add(TimingFlag.NO_PUBLISH_DATE)
                start, source = seen, StartSource.FIRST_SEEN
        elif (
            seen is not None
            and seen - pub > self.late_after_us
            and (reply is None or reply >= seen)
        ):
            flags.add(TimingFlag.HISTORY if seen - pub > self.history_after_us else TimingFlag.LATE_IMPORT)
            start, source = seen, StartSource.FIRST_SEEN
        else:
            start, source = pub, StartSource.PUBLISHED

        wall = business = due = None
        state: SlaState | None = None
        if start is not None:
            if reply is not None and reply < start:
                flags.add(TimingFlag.REPLY_BEFORE_REVIEW)
            else:
                loc = self._by_location.get(facts.location) or self._state_for(facts.location)
                now = self.now_us
                end = now if reply is None else reply
                lo, hi = (start, end) if start <= end else (end, start)
                snap = loc.snap
                if reply is not None:
                    wall = reply - start
                try:
                    if snap is None or not (snap.lo_us <= lo and hi < snap.hi_us):
                        snap = loc.snap = timeline_for(loc.calendar).ensure_us(lo, hi)
                    open_start = snap.open_before(start)
                    if reply is not None:
                        business = snap.open_before(reply) - open_start
                    if (reply is not None or facts.needs_reply) and TimingFlag.HISTORY not in flags:
                        amount = loc.targets[sla_class]
                        due = snap.instant_after(open_start + amount) if amount else start
                        if due is None:  # beyond the compiled years: let it widen
                            due = add_business_us(start, amount, loc.calendar)
                        if reply is not None:
                            state = SlaState.MET if reply <= due else SlaState.MISSED
                        else:
                            state = SlaState.OVERDUE if now > due else SlaState.DUE
                except CalendarRangeError:
                    flags.add(TimingFlag.OUT_OF_RANGE)
                    business = due = None
                    state = None
        return ResponseTime(
            facts,
            start,
            source,
            reply,
            wall,
            business,
            sla_class,
            due,
            state,
            frozenset(flags) if flags else _NO_FLAGS,
        )


def measure_response(
    facts: ReviewFacts,
    calendar: BusinessCalendar,
    *,
    now: datetime,
    policy: SlaPolicy = DEFAULT_POLICY,
    late_after: timedelta = DEFAULT_LATE_AFTER,
) -> ResponseTime:
    """Measure one review against one calendar (see the module docstring for the rules)."""
    return Measurer(
        now=now, default_calendar=calendar, policy=policy, late_after=late_after
    ).measure(facts)


def is_history(
    published_at: datetime | None,
    first_seen_at: datetime | None,
    history_after: timedelta = DEFAULT_HISTORY_AFTER,
) -> bool:
    """True when an unanswered review reached the app so long after its publication
    that it carries no deadline (the `HISTORY` rule of the module docstring)."""
    if published_at is None or first_seen_at is None:
        return False
    try:
        return first_seen_at - published_at > history_after
    except TypeError:  # one naive, one aware: read naive as UTC, as `Measurer` does
        return first_seen_at.replace(tzinfo=first_seen_at.tzinfo or UTC) - published_at.replace(
            tzinfo=published_at.tzinfo or UTC
        ) > history_after


def period_us(r: ResponseTime) -> int | None:
    """The instant that decides which period (week, month, report) a review belongs to:
    its publication when known, else when its clock started. A review imported late
    belongs to the month it was written in, not to the week of the import."""
    published = r.facts.published_at
    if published is not None and published.tzinfo is not None:
        return (published - _EPOCH_FOR_PERIOD) // timedelta(microseconds=1)
    return r.start_us


_EPOCH_FOR_PERIOD = datetime(1970, 1, 1, tzinfo=UTC)
