"""Metrics over 100k reviews spread across time zones come out whole and consistent.

The speed goal (≤ 1 s for 100k reviews, beside a plain SQL aggregate) is measured by
`bench/metrics.py`, not here: a unit test does not depend on the machine's speed.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from datetime import time as clock

import pytest

from workstation.metrics.calendar_config import WeeklyHours, calendar_from_settings
from workstation.metrics.report import compute_metrics, metrics_json
from workstation.metrics.response_time import ReviewFacts

NOW = datetime(2026, 11, 25, tzinfo=UTC)
TOPICS = ["food", "service", "price", "wait", "staff", "hygiene"]


def synthetic(n: int) -> list[ReviewFacts]:
    rng = random.Random(7)
    locations = ["paris", "toronto", "london", "unknown", None]
    out = []
    for i in range(n):
        published = NOW - timedelta(seconds=rng.randrange(3 * 365 * 86400))
        reply = (
            published + timedelta(seconds=rng.randrange(10 * 86400)) if rng.random() < 0.6 else None
        )
        if reply is not None and reply > NOW:
            reply = None
        seen = published + timedelta(hours=rng.choice([0, 1, 2, 50]))
        out.append(
            ReviewFacts(
                f"r{i}",
                published if rng.random() > 0.02 else None,
                seen,
                reply,
                stars=rng.randint(1, 5),
                urgency=rng.choice(["low", "normal", "high", "critical"]),
                sentiment=rng.uniform(-1, 1),
                location=rng.choice(locations),
                source=rng.choice(["google_business", "trustpilot", "google_play"]),
                topics=tuple(rng.sample(TOPICS, rng.randint(0, 2))),
            )
        )
    return out


@pytest.mark.slow
def test_100k_reviews_are_measured() -> None:
    facts = synthetic(100_000)
    calendars = {
        "paris": calendar_from_settings("Europe/Paris", None, country="FR"),
        "toronto": calendar_from_settings(
            "America/Toronto",
            WeeklyHours.same_every([(clock(11), clock(14)), (clock(18), clock(2))], range(7)),
            country="CA",
            subdivision="ON",
        ),
        "london": calendar_from_settings("Europe/London", WeeklyHours.always_open(), country="GB"),
    }
    report = compute_metrics(facts, now=NOW, calendars=calendars, period_from=NOW - timedelta(days=730))
    assert report.overall.total > 60_000
    assert metrics_json(report)["sla"]["attainment"] is not None
