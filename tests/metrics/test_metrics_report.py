"""The one-call report: period filtering, groups, before/after and the JSON shape for
`workstation metrics --json`; plus the real dev sample and the import boundary."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from workstation.metrics.calendar_config import WeeklyHours, calendar_from_settings
from workstation.metrics.report import (
    build_report,
    compare_before_after,
    compute_metrics,
    in_period,
    measure_all,
    metrics_json,
)
from workstation.metrics.response_time import ReviewFacts

NOW = datetime(2026, 7, 1, tzinfo=UTC)
ALWAYS = calendar_from_settings("UTC", WeeklyHours.always_open())
PARIS = calendar_from_settings("Europe/Paris", None, country="FR")


def facts() -> list[ReviewFacts]:
    out = []
    for day in range(60):  # April and May 2026, one review a day
        published = datetime(2026, 4, 1, 10, tzinfo=UTC) + timedelta(days=day)
        replied = published + timedelta(hours=2 if day >= 30 else 50) if day % 4 else None
        out.append(
            ReviewFacts(
                f"r{day}",
                published,
                published,
                replied,
                stars=1 + day % 5,
                sentiment=(day % 3 - 1) * 0.5,
                location="paris" if day % 2 else "lyon",
                source="google" if day % 3 else "trustpilot",
                topics=("food",) if day < 30 else ("wait", "food"),
            )
        )
    out.append(ReviewFacts("undated", None, None, None, stars=3))
    return out


def test_period_filters_on_start() -> None:
    rows = measure_all(facts(), now=NOW, default_calendar=ALWAYS)
    assert len(in_period(rows, None, None)) == 60
    may = in_period(rows, datetime(2026, 5, 1, tzinfo=UTC), datetime(2026, 6, 1, tzinfo=UTC))
    assert len(may) == 30 and all(r.start and r.start.month == 5 for r in may)
    assert len(in_period(rows, datetime(2026, 5, 1), None)) == 30  # naive bound read as UTC


def test_report_and_json_shape() -> None:
    report = compute_metrics(
        facts(),
        now=NOW,
        calendars={"paris": PARIS},
        default_calendar=ALWAYS,
        period_from=datetime(2026, 5, 1, tzinfo=UTC),
        period_to=datetime(2026, 6, 1, tzinfo=UTC),
    )
    assert report.undated == 1 and report.overall.total == 30
    assert set(report.by_location) == {"paris", "lyon"}
    assert set(report.by_source) == {"google", "trustpilot"}
    # Topic trend: May against the 31 days before it (all of April).
    top = {t.topic: t for t in report.top_topics}
    assert (
        top["wait"].count == 30 and top["wait"].previous_count == 0 and top["wait"].change is None
    )
    assert top["food"].previous_count == 30
    assert [p.period.month for p in report.rating_by_month] == [5]

    data = metrics_json(report)
    text = json.dumps(data)  # plain JSON types only
    assert json.loads(text) == data
    assert data["period"] == {"from": "2026-05-01T00:00:00Z", "to": "2026-06-01T00:00:00Z"}
    assert data["counts"]["reviews"] == 30 and data["undated"] == 1
    assert set(data) >= {
        "response_rate",
        "response_time_hours",
        "sla",
        "counts",
        "by_location",
        "by_source",
    }
    assert data["response_time_hours"]["wall"]["median"] == 2.0
    # Paris office hours: some 2-hour replies straddle closing time or weekends.
    assert data["by_location"]["paris"]["response_time_hours"]["business"]["median"] <= 2.0
    assert data["response_rate"]["all"] == pytest.approx(
        23 / 30, abs=1e-4
    )  # days 32, 36 … 56 unanswered
    assert "by_location" not in metrics_json(report, groups=False)


def test_before_after_since_replying_faster() -> None:
    rows = measure_all(facts(), now=NOW, default_calendar=ALWAYS)
    result = compare_before_after(rows, datetime(2026, 5, 1, tzinfo=UTC))
    assert result.before.wall_median_h == 50 and result.after.wall_median_h == 2
    assert result.delta["wall_median_h"] == -48
    assert result.delta["sla_attainment"] is not None and result.delta["sla_attainment"] > 0
    assert result.delta["total"] == 0  # 30 and 30


def test_report_on_nothing() -> None:
    report = build_report([], now=NOW)
    data = metrics_json(report)
    assert data["counts"]["reviews"] == 0 and data["response_rate"]["all"] is None
    assert compare_before_after([], NOW).delta["response_rate"] is None


def test_naive_now_is_accepted() -> None:
    data = metrics_json(compute_metrics(facts(), now=datetime(2026, 7, 1)))
    assert data["generated_at"] == "2026-07-01T00:00:00Z"


def test_real_dev_sample(dev_reviews_csv: Path) -> None:
    """The shared EN/FR sample: a third of rows have no date; nothing may crash."""
    with dev_reviews_csv.open(encoding="utf-8", newline="") as fh:
        raw = list(csv.DictReader(fh))
    sample = []
    for row in raw:
        published = (
            datetime.fromisoformat(row["date"]).replace(hour=12, tzinfo=UTC)
            if row["date"]
            else None
        )
        sample.append(
            ReviewFacts(
                row["id"], published, None, None, stars=int(row["stars"]), source=row["platform"]
            )
        )
    report = compute_metrics(sample, now=NOW, default_calendar=PARIS)
    dated = [f for f in sample if f.published_at is not None]
    assert report.undated == len(sample) - len(dated) > 0
    assert report.overall.total == len(dated)
    expected = sum(f.stars or 0 for f in dated) / len(dated)
    assert report.overall.average_rating == pytest.approx(expected)
    assert sum(p.count for p in report.rating_by_month) == len(dated)
    assert metrics_json(report)["flags"] == {}


def test_metrics_package_does_not_import_qt() -> None:
    code = (
        "import sys, workstation.metrics.report, workstation.metrics.sla_text;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'PySide6','qasync','shiboken6'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_late_import_counts_in_its_publication_period() -> None:
    """A review published in March but imported in November belongs to March."""
    from datetime import UTC, datetime

    from workstation.metrics.report import compute_metrics
    from workstation.metrics.response_time import ReviewFacts

    published = datetime(2026, 3, 10, 12, tzinfo=UTC)
    facts = [ReviewFacts("late", published, first_seen_at=datetime(2026, 11, 20, tzinfo=UTC), stars=2)]
    march = compute_metrics(facts, now=datetime(2026, 11, 25, tzinfo=UTC),
                            period_from=datetime(2026, 3, 1, tzinfo=UTC), period_to=datetime(2026, 4, 1, tzinfo=UTC))
    november = compute_metrics(facts, now=datetime(2026, 11, 25, tzinfo=UTC),
                               period_from=datetime(2026, 11, 1, tzinfo=UTC),
                               period_to=datetime(2026, 12, 1, tzinfo=UTC))
    assert march.overall.total == 1
    assert november.overall.total == 0
