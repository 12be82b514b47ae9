"""Per-review response time: start of the clock, flags for bad dates, SLA outcome."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from workstation.metrics.calendar_config import calendar_from_settings
from workstation.metrics.response_time import (
    Measurer,
    ReviewFacts,
    StartSource,
    TimingFlag,
    is_history,
    measure_response,
)
from workstation.metrics.sla import SlaClass, SlaState

PARIS = ZoneInfo("Europe/Paris")
OFFICE = calendar_from_settings("Europe/Paris", None, country="FR")
NOW = datetime(2026, 11, 27, 12, tzinfo=UTC)


def paris(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=PARIS)


def measure(facts: ReviewFacts, now: datetime = NOW):  # type: ignore[no-untyped-def]
    return measure_response(facts, OFFICE, now=now)


def test_reply_measured_from_publication_wall_and_business() -> None:
    # Friday 17:00 → Monday 10:00: 65 wall hours, 2 business hours.
    r = measure(
        ReviewFacts(
            "a",
            paris(2026, 11, 20, 17),
            paris(2026, 11, 20, 17, 5),
            paris(2026, 11, 23, 10),
            stars=5,
        )
    )
    assert r.start_source is StartSource.PUBLISHED and r.flags == frozenset()
    assert r.wall_hours == 65 and r.business_hours == 2
    assert r.replied and r.sla_class is SlaClass.STANDARD and r.sla_state is SlaState.MET
    assert r.start == paris(2026, 11, 20, 17)
    assert r.deadline == paris(2026, 11, 25, 17)


def test_missing_publication_date_uses_first_seen() -> None:
    r = measure(ReviewFacts("a", None, paris(2026, 11, 23, 9), paris(2026, 11, 23, 11), stars=1))
    assert r.flags == {TimingFlag.NO_PUBLISH_DATE}
    assert r.start_source is StartSource.FIRST_SEEN and r.business_hours == 2
    assert r.sla_class is SlaClass.NEGATIVE and r.sla_state is SlaState.MET


def test_late_import_measures_from_first_seen() -> None:
    published, seen = paris(2026, 11, 18, 10), paris(2026, 11, 23, 9)
    r = measure(ReviewFacts("a", published, seen, paris(2026, 11, 23, 12), urgency="critical"))
    assert r.flags == {TimingFlag.LATE_IMPORT}
    assert r.start_source is StartSource.FIRST_SEEN and r.business_hours == 3
    assert r.sla_state is SlaState.MET


def test_late_import_with_an_older_reply_keeps_publication() -> None:
    # History imported with its replies: the reply predates our first sight.
    published = paris(2026, 3, 2, 10)
    r = measure(ReviewFacts("a", published, paris(2026, 11, 23, 9), paris(2026, 3, 2, 12)))
    assert r.flags == frozenset() and r.start_source is StartSource.PUBLISHED
    assert r.wall_hours == 2


def test_history_import_has_no_deadline_and_stays_out_of_sla() -> None:
    # Published two months before the app first saw it (an imported file): answering
    # it is still worth it, but it is neither "due in 24 hours" nor overdue.
    published, seen = paris(2026, 9, 20, 10), paris(2026, 11, 23, 9)
    waiting = measure(ReviewFacts("a", published, seen, None, stars=1, urgency="critical"))
    assert waiting.flags == {TimingFlag.HISTORY}
    assert waiting.deadline is None and waiting.sla_state is None
    answered = measure(ReviewFacts("a", published, seen, paris(2026, 11, 23, 12), stars=1))
    assert answered.sla_state is None and answered.business_hours == 3  # timed from its arrival
    assert is_history(published, seen) and not is_history(paris(2026, 11, 18, 10), seen)
    assert not is_history(None, seen) and not is_history(published, None)


def test_history_threshold_is_configurable_and_agrees_with_is_history() -> None:
    published, seen = paris(2026, 11, 13, 10), paris(2026, 11, 23, 9)  # ten days late
    assert measure(ReviewFacts("a", published, seen)).flags == {TimingFlag.LATE_IMPORT}
    strict = Measurer(now=NOW, default_calendar=OFFICE, history_after=timedelta(days=7))
    assert strict.measure(ReviewFacts("a", published, seen)).flags == {TimingFlag.HISTORY}
    assert is_history(published, seen, timedelta(days=7)) and not is_history(published, seen)


def test_import_within_threshold_is_not_late() -> None:
    r = measure(ReviewFacts("a", paris(2026, 11, 23, 9), paris(2026, 11, 24, 8), None))
    assert TimingFlag.LATE_IMPORT not in r.flags and r.start_source is StartSource.PUBLISHED
    custom = Measurer(now=NOW, default_calendar=OFFICE, late_after=timedelta(hours=2))
    assert (
        TimingFlag.LATE_IMPORT
        in custom.measure(ReviewFacts("a", paris(2026, 11, 23, 9), paris(2026, 11, 24, 8))).flags
    )


def test_reply_before_review_is_flagged_and_not_timed() -> None:
    r = measure(ReviewFacts("a", paris(2026, 11, 23, 9), None, paris(2026, 11, 22, 9), stars=2))
    assert r.flags == {TimingFlag.REPLY_BEFORE_REVIEW}
    assert r.replied and r.wall_us is None and r.business_us is None
    assert r.sla_state is None and r.deadline is None


def test_no_date_at_all() -> None:
    r = measure(ReviewFacts("a", None, None, paris(2026, 11, 22, 9)))
    assert r.flags == {TimingFlag.NO_DATE} and r.start is None and r.sla_state is None


def test_naive_datetimes_are_read_as_utc() -> None:
    r = measure(ReviewFacts("a", datetime(2026, 11, 23, 8), None, datetime(2026, 11, 23, 10)))
    assert r.flags == {TimingFlag.ASSUMED_UTC}
    assert r.wall_hours == 2 and r.business_hours == 2  # 09:00–11:00 Paris


def test_unanswered_overdue_and_due() -> None:
    r = measure(ReviewFacts("a", paris(2026, 11, 23, 10), stars=1), now=paris(2026, 11, 24, 11))
    assert r.sla_state is SlaState.OVERDUE and not r.replied and r.wall_us is None
    r = measure(ReviewFacts("a", paris(2026, 11, 23, 10), stars=1), now=paris(2026, 11, 24, 9))
    assert r.sla_state is SlaState.DUE


def test_no_reply_needed_gets_no_deadline_unless_answered() -> None:
    r = measure(ReviewFacts("a", paris(2026, 11, 23, 10), needs_reply=False))
    assert r.deadline is None and r.sla_state is None
    r = measure(
        ReviewFacts(
            "a", paris(2026, 11, 23, 10), replied_at=paris(2026, 11, 23, 11), needs_reply=False
        )
    )
    assert r.sla_state is SlaState.MET


def test_out_of_range_dates_are_flagged_not_raised() -> None:
    r = measure(
        ReviewFacts("a", datetime(1900, 1, 1, tzinfo=UTC), None, datetime(1900, 1, 2, tzinfo=UTC))
    )
    assert r.flags == {TimingFlag.OUT_OF_RANGE}
    assert r.wall_hours == 24 and r.business_us is None and r.sla_state is None


def test_per_location_calendars() -> None:
    always = calendar_from_settings("UTC", [((datetime.min.time(), datetime.min.time()),)] * 7)
    m = Measurer(now=NOW, calendars={"hotel": always}, default_calendar=OFFICE)
    facts = dict(published_at=paris(2026, 11, 21, 10), replied_at=paris(2026, 11, 21, 12))
    assert m.measure(ReviewFacts("a", location="hotel", **facts)).business_hours == 2  # type: ignore[arg-type]
    assert m.measure(ReviewFacts("b", location="shop", **facts)).business_hours == 0  # type: ignore[arg-type]
    assert m.calendar_for(None) is OFFICE


def test_odd_stars_and_urgency_do_not_crash() -> None:
    r = measure(ReviewFacts("a", paris(2026, 11, 23, 10), stars="5", urgency=3))  # type: ignore[arg-type]
    assert r.sla_class is SlaClass.STANDARD


_ZONE_LIST: list[tzinfo | None] = [
    None,
    UTC,
    PARIS,
    ZoneInfo("America/Toronto"),
    ZoneInfo("Asia/Kathmandu"),
]
ZONES: st.SearchStrategy[tzinfo | None] = st.sampled_from(_ZONE_LIST)
ANY_TIME = st.none() | st.datetimes(
    min_value=datetime(1800, 1, 1),
    max_value=datetime(2400, 1, 1),
    timezones=ZONES,  # type: ignore[arg-type]  # stub overload too narrow
)


@settings(max_examples=200, deadline=None)
@given(
    ANY_TIME,
    ANY_TIME,
    ANY_TIME,
    st.none() | st.integers(-10, 10),
    st.none() | st.text(max_size=10) | st.sampled_from(["critical", "high", "low"]),
    st.booleans(),
)
def test_bad_input_never_raises(
    published: datetime | None,
    seen: datetime | None,
    replied: datetime | None,
    stars: int | None,
    urgency: str | None,
    needs_reply: bool,
) -> None:
    r = measure(ReviewFacts("a", published, seen, replied, stars, urgency, needs_reply=needs_reply))
    if r.wall_us is not None:
        assert r.wall_us >= 0
    if r.business_us is not None and r.wall_us is not None:
        assert 0 <= r.business_us <= r.wall_us
    if r.sla_state is not None:
        assert r.deadline_us is not None and r.start_us is not None and r.deadline_us >= r.start_us
