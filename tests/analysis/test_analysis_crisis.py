"""Crisis detection: a spike of negative reviews on one category/topic vs the baseline."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from workstation.analysis import Analysis, Analyzer, detect_crises

T0 = datetime(2026, 11, 1, tzinfo=UTC)


def history(analyzer: Analyzer) -> list[tuple[str, datetime | None, Analysis]]:
    """60 days of ordinary reviews with one food-poisoning review every 5 days (0.2/day)."""
    ordinary = analyzer.analyze("Nice pizza, friendly staff.", stars=5)
    sick = analyzer.analyze("I got food poisoning after the mussels.", stars=1)
    rows: list[tuple[str, datetime | None, Analysis]] = []
    for day in range(60):
        rows.append((f"ok-{day}", T0 + timedelta(days=day), ordinary))
        if day % 5 == 0:
            rows.append((f"sick-{day}", T0 + timedelta(days=day, hours=3), sick))
    return rows


def test_spike_raises_alert_with_ids_and_shared_evidence(analyzer: Analyzer) -> None:
    rows = history(analyzer)
    spike_start = T0 + timedelta(days=61)
    texts = [
        "Food poisoning after dinner, terrible.",
        "Whole family sick all night, food poisoning.",
        "Food poisoning from the chicken!",
        "Got food poisoning, avoid.",
        "Food poisoning. Never again.",
        "Vomiting all night, food poisoning for sure.",
    ]
    for i, text in enumerate(texts):
        rows.append((f"spike-{i}", spike_start + timedelta(hours=3 * i), analyzer.analyze(text, stars=1)))
    rows.append(("undated", None, analyzer.analyze(texts[0])))
    alerts = detect_crises(rows, now=spike_start + timedelta(days=1))
    health = [a for a in alerts if a.key == "category:health_safety"]
    assert len(health) == 1
    alert = health[0]
    assert alert.kind == "category" and alert.name == "health_safety"
    assert alert.count == 6
    assert set(alert.review_ids) == {f"spike-{i}" for i in range(6)}
    assert 0.15 <= alert.baseline_per_day <= 0.25
    assert alert.shared_evidence[0] == "food poisoning"
    assert alert.window_start == spike_start and alert.window_end - alert.window_start <= timedelta(hours=24)


def test_steady_baseline_raises_nothing(analyzer: Analyzer) -> None:
    assert detect_crises(history(analyzer)) == []


def test_only_recent_filters_old_spikes(analyzer: Analyzer) -> None:
    sick = analyzer.analyze("Food poisoning again, disgusting.", stars=1)
    rows = [(f"r{i}", T0 + timedelta(hours=i), sick) for i in range(5)]
    assert detect_crises(rows)
    later = T0 + timedelta(days=30)
    assert detect_crises(rows, now=later, only_recent=timedelta(days=2)) == []
    assert detect_crises(rows, now=T0 + timedelta(days=1), only_recent=timedelta(days=2))


def test_topic_spike(analyzer: Analyzer) -> None:
    late = analyzer.analyze("Livraison en retard, colis jamais reçu, honteux.", stars=1)
    rows = [(f"d{i}", T0 + timedelta(hours=2 * i), late) for i in range(8)]
    keys = {a.key for a in detect_crises(rows)}
    assert "topic:delivery" in keys
