"""Shared drafts and settings on a team server: one draft per review that everyone sees, a
save based on an older version refused with a plain message (nothing overwritten), a queued
reply consumes the draft; a location's opening hours move its reviews' deadlines; the
business profile reads back as on SQLite."""

from __future__ import annotations

import json
import threading
from datetime import timedelta
from pathlib import Path

import pytest

from tests.ops.helpers import CountingAnalyzer
from tests.team.workers import T0, open_store, review
from workstation.cli import main
from workstation.ops import team
from workstation.ops.team_triage import process_team_reviews
from workstation.store.business_profile import (
    BusinessLocation,
    BusinessProfile,
    load_profile,
    save_profile,
)
from workstation.store.db import Store
from workstation.store.postgres import settings as team_settings
from workstation.store.postgres.drafts import DraftConflict, NoSuchReview
from workstation.store.postgres.reviews import import_records

ORIGIN = "test@desk"


def _one_review(url: str) -> int:
    with open_store(url) as store:
        import_records(store, [review(1)], now=T0)
        return int(store.scalar("SELECT id FROM reviews"))


def test_one_persons_draft_is_seen_by_the_other_and_an_older_save_is_refused(pg_url: str) -> None:
    review_id = _one_review(pg_url)
    with open_store(pg_url) as desk_a, open_store(pg_url) as desk_b:
        first, _ = team.save_draft(desk_a, review_id, "Merci Anne", author="Anne", base_version=None, origin=ORIGIN)
        assert first is not None and first.version == 1
        seen = team.current_draft(desk_b, review_id)
        assert seen is not None and (seen.text, seen.author, seen.version) == ("Merci Anne", "Anne", 1)
        newer, _ = team.save_draft(desk_b, review_id, "Merci, Bob", author="Bob", base_version=1, origin=ORIGIN)
        assert newer is not None and newer.version == 2
        # Anne still edits from version 1: refused, Bob's newer words stay.
        with pytest.raises(DraftConflict, match="Bob saved a newer draft"):
            team.save_draft(desk_a, review_id, "Merci Anne !!", author="Anne", base_version=1, origin=ORIGIN)
        with pytest.raises(DraftConflict):  # "there was no draft" is stale too
            team.save_draft(desk_a, review_id, "Hello", author="Anne", base_version=None, origin=ORIGIN)
        kept = team.current_draft(desk_a, review_id)
        assert kept is not None and (kept.text, kept.version) == ("Merci, Bob", 2)
        assert desk_a.scalar("SELECT reply_state FROM reviews") == "draft"
        assert desk_a.scalar("SELECT count(*) FROM replies") == 1
        with pytest.raises(NoSuchReview):
            team.save_draft(desk_a, review_id + 99, "x", author="Anne", base_version=None, origin=ORIGIN)


def test_two_saves_from_the_same_version_at_once_keep_exactly_one(pg_url: str) -> None:
    review_id = _one_review(pg_url)
    outcomes: list[str] = []

    def save(author: str) -> None:
        with open_store(pg_url) as store:
            try:
                team.save_draft(store, review_id, f"by {author}", author=author, base_version=None, origin=ORIGIN)
                outcomes.append("saved")
            except DraftConflict:
                outcomes.append("conflict")

    threads = [threading.Thread(target=save, args=(name,)) for name in ("Anne", "Bob", "Chloé")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(outcomes) == ["conflict", "conflict", "saved"]
    with open_store(pg_url) as store:
        assert store.scalar("SELECT count(*) FROM replies WHERE state = 'draft'") == 1


def test_discarding_and_queueing_end_the_draft(pg_url: str) -> None:
    review_id = _one_review(pg_url)
    with open_store(pg_url) as store:
        team.save_draft(store, review_id, "Draft", author="Anne", base_version=None, origin=ORIGIN)
        discarded, _ = team.save_draft(store, review_id, " ", author="Anne", base_version=1, origin=ORIGIN)
        assert discarded is None and team.current_draft(store, review_id) is None
        assert store.scalar("SELECT reply_state FROM reviews") == "none"
        team.save_draft(store, review_id, "Thank you!", author="Anne", base_version=None, origin=ORIGIN)
        team.queue_reply(store, review_id, "Thank you!", author="Anne", origin=ORIGIN)
        assert team.current_draft(store, review_id) is None
        assert store.scalar("SELECT string_agg(state, ',') FROM replies") == "queued"
        assert store.scalar("SELECT reply_state FROM reviews") == "queued"


def test_the_draft_command_shows_saves_and_reports_a_conflict(pg_url: str,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    review_id = str(_one_review(pg_url))
    base = ["reply", "draft", "--store", pg_url, "--review", review_id]
    assert main([*base, "--text", "Merci !", "--as", "Anne"]) == 0
    assert "saved draft version 1" in capsys.readouterr().out
    assert main([*base, "--text", "Merci beaucoup", "--as", "Bob", "--base-version", "1"]) == 0
    capsys.readouterr()
    assert main([*base, "--text", "Merci", "--as", "Anne", "--base-version", "1"]) == 1
    captured = capsys.readouterr()
    assert "Bob saved a newer draft" in captured.err and "Traceback" not in captured.err
    assert main(base) == 0
    assert "draft version 2 by Bob" in capsys.readouterr().out
    assert main([*base, "--discard", "--base-version", "2"]) == 0
    assert "discarded" in capsys.readouterr().out


def test_opening_hours_on_the_server_move_the_deadlines(pg_url: str) -> None:
    # Friday 17:00 UTC: with the default hours the deadline is on the next business day;
    # opened on weekends it comes sooner.
    now = T0 + timedelta(days=(4 - T0.weekday()) % 7, hours=17)
    with open_store(pg_url) as store:
        import_records(store, [review(i) for i in range(3)], default_location="Lyon", now=now)
        process_team_reviews(store, analyzer=CountingAnalyzer(), now=now)
        with store.connection() as conn:
            before = dict(conn.execute("SELECT id, due_at FROM reviews").fetchall())
        (lyon,) = team_settings.location_settings(store)
        every_day = json.dumps({"days": ["00:00-23:59"] * 7})
        team.save_location_settings(store, lyon.id, timezone="UTC", country="FR", hours_json=every_day,
                                    origin=ORIGIN, now=now)
        with store.connection() as conn:
            after = dict(conn.execute("SELECT id, due_at FROM reviews").fetchall())
        (saved,) = team_settings.location_settings(store)
    assert (saved.timezone, saved.country, saved.hours_json) == ("UTC", "FR", every_day)
    assert before.keys() == after.keys() and all(before.values()) and all(after.values())
    assert all(after[i] < before[i] for i in before), (before, after)
    with open_store(pg_url) as store, pytest.raises(team.NoSuchLocation):
        team.save_location_settings(store, 999, timezone=None, country=None, hours_json=None, origin=ORIGIN)


def test_the_business_profile_on_the_server_reads_back_as_on_sqlite(pg_url: str, tmp_path: Path) -> None:
    profile = BusinessProfile(
        business_name="Boulangerie Martin ",
        locations=[BusinessLocation("Lyon", "Europe/Paris", "tue_sat"), BusinessLocation("Paris", None, None)],
        signature="— Claire", contact="contact@example.test",
    )
    with Store(tmp_path / "solo.db") as solo:
        save_profile(solo, profile)
        expected = load_profile(solo)
    with open_store(pg_url) as store:
        team_settings.set_setting(store, "reply_profile", {"locations": {"Lyon": {"tone": "warm"}}})
        team.save_business_profile(store, profile, origin=ORIGIN, now=T0)
        team.save_business_profile(store, profile, origin=ORIGIN, now=T0)  # saving again changes nothing
        assert team.load_business_profile(store) == expected
        assert expected.business_name == "Boulangerie Martin" and expected.locations[0].hours == "tue_sat"
        # Keys the profile does not own (per-location reply settings) are kept.
        assert team_settings.get_setting(store, "reply_profile")["locations"] == {"Lyon": {"tone": "warm"}}
        assert store.scalar("SELECT count(*) FROM locations") == 2
