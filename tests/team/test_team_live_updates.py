"""Live updates: a write by one desktop reaches another desktop's listener as its change set
(LISTEN/NOTIFY). The wait is generous (no timed assert): the goal of about a second is the
bench's business, not a unit test's."""

from __future__ import annotations

from pathlib import Path

from tests.ops.helpers import CountingAnalyzer
from tests.team.workers import T0, open_store, review
from workstation.ops import team
from workstation.ops.changes import OpChanges
from workstation.ops.imports import changes_for
from workstation.store.postgres.reviews import import_records

GENEROUS = 30.0  # seconds; returns as soon as the notification arrives


def test_an_import_on_one_desktop_reaches_the_other(pg_url: str, tmp_path: Path) -> None:
    csv = tmp_path / "a.csv"
    csv.write_text("id,date,rating,text\nx1,2026-10-01,1,Froid\nx2,2026-10-02,5,Parfait\n", encoding="utf-8")
    with open_store(pg_url) as desk_a, open_store(pg_url) as desk_b, team.TeamChanges(desk_b) as listener:
        outcome = team.import_files(desk_a, [csv], origin="anne@desk-a", platform="google_business",
                                    analyzer=CountingAnalyzer())
        received = listener.wait(GENEROUS, stop_after=2)
    # First the new reviews (by id, at once), then their triage (labels, deadlines: many rows).
    assert [c.origin for c in received] == ["anne@desk-a", "anne@desk-a"]
    assert received[0].changes == changes_for(outcome.files)
    assert received[0].changes.reviews and received[0].changes.counts and len(received[0].changes.review_ids) == 2
    assert outcome.processed is not None and received[1].changes == outcome.processed.changes
    assert received[0].changes | received[1].changes == outcome.changes


def test_a_queued_reply_reaches_the_other_desktop_and_its_own_echo_is_skipped(pg_url: str) -> None:
    with open_store(pg_url) as desk_a, open_store(pg_url) as desk_b:
        import_records(desk_a, [review(1)], now=T0)
        review_id = int(desk_a.scalar("SELECT id FROM reviews"))
        with team.TeamChanges(desk_b) as other, team.TeamChanges(desk_a, ignore_origin="desk-a") as own:
            team.queue_reply(desk_a, review_id, "Merci !", author="Camille", origin="desk-a", now=T0)
            received = other.wait(GENEROUS, stop_after=1)
            assert own.wait(0.2) == []
    assert received[0].changes.outbox and received[0].changes.review_ids == frozenset({review_id})


def test_nothing_is_sent_for_an_empty_change_set(pg_url: str) -> None:
    with open_store(pg_url) as store, team.TeamChanges(store) as listener:
        team.publish_changes(store, OpChanges(), origin="x")
        team.publish_changes(store, OpChanges(sources=True), origin="y")
        assert [c.origin for c in listener.wait(GENEROUS, stop_after=1)] == ["y"]


def test_a_change_set_too_big_for_one_notification_means_many_reviews() -> None:
    many = OpChanges(reviews=True, counts=True, review_ids=frozenset(range(10_000)))
    decoded = team.decode_changes(team.encode_changes(many, "desk"))
    assert decoded is not None
    assert decoded.changes == OpChanges(reviews=True, counts=True)  # empty ids: redraw the list
    assert team.decode_changes("not json") is None
    assert team.decode_changes('{"origin": "newer", "flags": ["reviews", "presence"], "ids": [3]}') == \
        team.RemoteChange("newer", OpChanges(reviews=True, review_ids=frozenset({3})))
