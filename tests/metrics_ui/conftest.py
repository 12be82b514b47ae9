"""Fixtures for issue 7's data access, commands and widgets: a small hand-made store with
known timings, and the analysed demo store (built once per session, copied per test)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import DEMO_NOW, copy_demo
from workstation.domain import ReplyRecord, ReviewRecord
from workstation.store import Store, import_records
from workstation.store.metrics_data import location_settings, save_location_settings

NOW = DEMO_NOW
# Monday 2026-11-02 10:00 UTC = 11:00 in Paris.
MONDAY = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)
PARIS_HOURS = '{"days": {"mon": "09:00-18:00", "tue": "09:00-18:00", "wed": "09:00-18:00", ' \
    '"thu": "09:00-18:00", "fri": "09:00-18:00"}}'


def small_records() -> list[ReviewRecord]:
    """Six reviews with known answers (see test_mui_metrics_data for the expectations)."""
    return [
        # replied 2 h later, same business day
        ReviewRecord("Great croissants", stars=5, author="A", created_at=MONDAY, external_id="r1",
                     location="Paris", platform="google_business",
                     reply=ReplyRecord("Thanks!", MONDAY + timedelta(hours=2))),
        # negative, replied next day
        ReviewRecord("Cold coffee", stars=1, author="B", created_at=MONDAY + timedelta(hours=1),
                     external_id="r2", location="Paris", platform="trustpilot",
                     reply=ReplyRecord("Sorry", MONDAY + timedelta(days=1, hours=1))),
        # unanswered, Lyon
        ReviewRecord("Slow service", stars=2, author="C", created_at=MONDAY + timedelta(days=2),
                     external_id="r3", location="Lyon", platform="google_business"),
        # reply dated before the review (bad input)
        ReviewRecord("Nice", stars=4, author="D", created_at=MONDAY + timedelta(days=3),
                     external_id="r4", location="Lyon", platform="google_business",
                     reply=ReplyRecord("Merci", MONDAY + timedelta(days=2))),
        # no date at all
        ReviewRecord("Undated", stars=3, author="E", external_id="r5", platform="trustpilot"),
        # replied, app review without location
        ReviewRecord("App ok", stars=4, author="F", created_at=MONDAY + timedelta(days=4),
                     external_id="r6", platform="google_play",
                     reply=ReplyRecord("Thanks", MONDAY + timedelta(days=4, hours=5))),
    ]  # fmt: skip


def fill_small(store: Store) -> None:
    # `now` close to the reviews: they were seen when published (no late-import flag).
    import_records(store, small_records(), now=MONDAY)
    for loc in location_settings(store):
        if loc.name == "Paris":
            save_location_settings(store, loc.id, timezone="Europe/Paris", country="FR",
                                   hours_json=PARIS_HOURS, review_url="https://example.com/paris/review")


@pytest.fixture
def small_store(tmp_path: Path) -> Iterator[Store]:
    data = tmp_path / "data"
    data.mkdir()
    store = Store(data / "workstation.sqlite3")
    fill_small(store)
    yield store
    store.close()


@pytest.fixture
def demo_store(demo_template: Path, tmp_path: Path) -> Iterator[Store]:
    """A private copy of the session's analysed demo database (see tests/conftest.py)."""
    store = Store(copy_demo(demo_template, tmp_path / "demo" / "workstation.sqlite3"))
    yield store
    store.close()


@pytest.fixture(autouse=True)
def isolated_ui_settings(tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
