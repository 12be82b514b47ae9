"""Presence on a team server: two people see who is answering which review, a desktop whose
heartbeat stops (killed) drops out after EXPIRES_AFTER by the injected clock, every mark and
unmark reaches the other desktops by NOTIFY, and the commands say who is answering."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.team.workers import T0, open_store, review
from workstation.cli import main
from workstation.domain import utcnow
from workstation.ops import team_presence
from workstation.ops.team_presence import EXPIRES_AFTER, HEARTBEAT, PresenceBoard
from workstation.store.postgres.connection import PgStore
from workstation.store.postgres.drafts import NoSuchReview
from workstation.store.postgres.reviews import import_records

GENEROUS = 30.0  # seconds; returns as soon as the notification arrives
CAMILLE, BOB = "camille@desk-a:1", "bob@desk-b:2"


def _two_reviews(store: PgStore) -> tuple[int, int]:
    import_records(store, [review(1), review(2)], now=T0)
    first, second = (int(i) for (i,) in _rows(store, "SELECT id FROM reviews ORDER BY id"))
    return first, second


def _rows(store: PgStore, query: str) -> list[tuple[object, ...]]:
    with store.connection() as conn:
        return conn.execute(query).fetchall()  # type: ignore[arg-type]  # the tests' own constant SQL


def test_two_people_see_who_answers_which_review(pg_url: str) -> None:
    with open_store(pg_url) as desk_a, open_store(pg_url) as desk_b:
        first, second = _two_reviews(desk_a)
        team_presence.mark_answering(desk_a, first, member="Camille", origin=CAMILLE, now=T0)
        seen = team_presence.who_is_answering(desk_b, first, now=T0 + HEARTBEAT, exclude_member="Bob")
        assert [(p.member, p.since) for p in seen] == [("Camille", T0)]
        assert team_presence.who_is_answering(desk_a, first, now=T0, exclude_origin=CAMILLE) == []
        assert team_presence.who_is_answering(desk_b, second, now=T0) == []
        # Bob opens the same review: both are listed, longest first.
        team_presence.mark_answering(desk_b, first, member="Bob", origin=BOB, now=T0 + timedelta(minutes=1))
        assert [p.member for p in team_presence.who_is_answering(desk_a, first, now=T0 + HEARTBEAT * 2)] == \
            ["Camille", "Bob"]
        # A heartbeat keeps `since`; moving to another review starts it over and leaves the first.
        beat = team_presence.mark_answering(desk_a, first, member="Camille", origin=CAMILLE, now=T0 + HEARTBEAT)
        assert (beat.since, beat.heartbeat_at) == (T0, T0 + HEARTBEAT)
        moved = team_presence.mark_answering(desk_a, second, member="Camille", origin=CAMILLE,
                                             now=T0 + HEARTBEAT * 2)
        assert moved.since == T0 + HEARTBEAT * 2
        assert [p.member for p in team_presence.who_is_answering(desk_b, first, now=T0 + HEARTBEAT * 2)] == ["Bob"]
        # Leaving: only the review it names, if given.
        assert not team_presence.stop_answering(desk_a, origin=CAMILLE, review_id=first, now=T0 + HEARTBEAT * 3)
        assert team_presence.stop_answering(desk_a, origin=CAMILLE, now=T0 + HEARTBEAT * 3)
        assert team_presence.who_is_answering(desk_b, second, now=T0 + HEARTBEAT * 3) == []
        with pytest.raises(NoSuchReview):
            team_presence.mark_answering(desk_a, 999_999, member="Camille", origin=CAMILLE, now=T0)


def test_a_desktop_whose_heartbeat_stops_drops_out(pg_url: str) -> None:
    with open_store(pg_url) as store:
        first, second = _two_reviews(store)
        team_presence.mark_answering(store, first, member="Camille", origin=CAMILLE, now=T0)
        team_presence.mark_answering(store, first, member="Bob", origin=BOB, now=T0 + timedelta(seconds=5))
        team_presence.mark_answering(store, first, member="Bob", origin=BOB, now=T0 + HEARTBEAT * 2)  # Bob beats
        # Camille's desktop was killed at T0: still listed just before the expiry, gone at it.
        just_before = T0 + EXPIRES_AFTER - timedelta(seconds=1)
        assert [p.member for p in team_presence.who_is_answering(store, first, now=just_before)] == ["Camille", "Bob"]
        assert [p.member for p in team_presence.who_is_answering(store, first, now=T0 + EXPIRES_AFTER)] == ["Bob"]
        # The next mark purges the dead row; a restarted desktop starts a new presence.
        team_presence.mark_answering(store, second, member="Bob", origin=BOB, now=T0 + EXPIRES_AFTER)
        assert [o for (o,) in _rows(store, "SELECT origin FROM presence")] == [BOB]


def test_marks_and_leaves_reach_the_other_desktop_by_notify(pg_url: str) -> None:
    with open_store(pg_url) as desk_a, open_store(pg_url) as desk_b:
        first, _ = _two_reviews(desk_a)
        board = PresenceBoard(origin=BOB, member="Bob", clock=lambda: T0 + HEARTBEAT)
        board.load(team_presence.store_presence.everyone(desk_b, now=T0))
        assert board.others_answering(first) == []
        with team_presence.TeamPresence(desk_b) as listener:
            team_presence.mark_answering(desk_a, first, member="Camille", origin=CAMILLE, now=T0)
            received = listener.wait(GENEROUS, stop_after=1)
            assert [(p.member, p.review_id, p.since) for p in received] == [("Camille", first, T0)]
            for presence in received:
                board.apply(presence)
            assert [p.member for p in board.others_answering(first)] == ["Camille"]
            team_presence.stop_answering(desk_a, origin=CAMILLE, now=T0 + HEARTBEAT)
            left = listener.wait(GENEROUS, stop_after=1)
            assert [(p.origin, p.review_id) for p in left] == [(CAMILLE, None)]
            board.apply(left[0])
            assert board.others_answering(first) == []


def test_the_board_forgets_a_silent_desktop_and_never_lists_its_own_person() -> None:
    now = [T0]
    shown: list[int | None] = []
    board = PresenceBoard(origin=BOB, member="Bob", clock=lambda: now[0], on_showing=shown.append)
    camille = team_presence.Presence(CAMILLE, "Camille", 7, T0, T0)
    bob_elsewhere = team_presence.Presence("bob@laptop:3", "Bob", 7, T0, T0)
    board.load([camille, bob_elsewhere])
    assert [p.member for p in board.others_answering(7)] == ["Camille"]
    now[0] = T0 + EXPIRES_AFTER  # no heartbeat arrived
    assert board.others_answering(7) == []
    board.showing(7)
    board.showing(None)
    assert shown == [7, None] and board.shown is None
    assert team_presence.store_presence.decode("not json") is None
    assert team_presence.store_presence.decode(team_presence.store_presence.encode(camille)) == camille


def test_the_commands_say_who_is_answering(pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    now = utcnow()  # the commands read the clock: the presence is marked by the same one
    with open_store(pg_url) as store:
        first, _ = _two_reviews(store)
        team_presence.mark_answering(store, first, member="Camille", origin=CAMILLE, now=now)
    since = now.astimezone().strftime("%H:%M")
    assert main(["review", "who", "--store", pg_url, "--review", str(first)]) == 0
    assert capsys.readouterr().out == f"Camille is answering this review since {since}\n"
    assert main(["reply", "draft", "--store", pg_url, "--review", str(first), "--text", "Merci", "--as", "Bob"]) == 0
    captured = capsys.readouterr()
    assert f"warning: Camille is answering this review since {since}" in captured.err
    assert "saved draft version 1" in captured.out
    assert main(["reply", "draft", "--store", pg_url, "--review", str(first), "--as", "Camille"]) == 0
    assert capsys.readouterr().err == ""  # her own presence is no warning to herself
    assert main(["review", "who", "--store", pg_url, "--review", "999"]) == 0
    assert capsys.readouterr().out == "nobody is answering review 999\n"
