"""Urgency and level: sentiment, stars, severity, recency, platform."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from workstation.analysis import Analyzer
from workstation.analysis.urgency import urgency_and_level

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def test_levels_follow_severity_and_negativity(analyzer: Analyzer) -> None:
    happy = analyzer.analyze("Lovely dinner, great staff.", stars=5, created_at=NOW, now=NOW)
    meh = analyzer.analyze("The food was cold and bland.", stars=2, created_at=NOW, now=NOW)
    poison = analyzer.analyze("Food poisoning, two of us in hospital.", stars=1, created_at=NOW, now=NOW)
    assert happy.level == "low"
    assert meh.level in {"normal", "high"}
    assert poison.level == "critical"
    assert happy.urgency < meh.urgency < poison.urgency


def test_stars_raise_urgency_but_text_alone_works(analyzer: Analyzer) -> None:
    text = "Waited an hour, cold food, rude waiter."
    no_stars = analyzer.analyze(text, created_at=NOW, now=NOW)
    one_star = analyzer.analyze(text, stars=1, created_at=NOW, now=NOW)
    five_star = analyzer.analyze(text, stars=5, created_at=NOW, now=NOW)
    assert five_star.urgency < one_star.urgency
    assert no_stars.urgency > 0.2


def test_recency_decays_and_old_crises_are_not_critical(analyzer: Analyzer) -> None:
    text = "Got food poisoning after the oysters."
    fresh = analyzer.analyze(text, stars=1, created_at=NOW - timedelta(hours=2), now=NOW)
    old = analyzer.analyze(text, stars=1, created_at=NOW - timedelta(days=200), now=NOW)
    assert fresh.level == "critical"
    assert old.level != "critical"
    assert old.urgency < fresh.urgency


def test_platform_visibility_and_naive_dates() -> None:
    public, _ = urgency_and_level(-0.8, 1, [], NOW, NOW, "google")
    private, _ = urgency_and_level(-0.8, 1, [], NOW, NOW, "manual")
    assert public > private
    naive, level = urgency_and_level(-0.8, 1, [], NOW.replace(tzinfo=None), NOW, None)
    assert 0 < naive <= 1 and level in {"high", "critical", "normal"}
