"""Answering on a team server as the buttons do: an approver's normal Send on a colleague's
waiting reply approves it (the author stays the author), an approver's own words are queued
in their name while an agent's wait,
a queued reply taken back on one desktop is taken back for the team unless a sender already
has it, and "replied by hand" answers the review for every desktop — from a desktop's local
copy (its push) and from the command line."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.team.test_team_mirror import _link, _server_with_reviews, _where
from tests.team.workers import T0, open_store
from workstation.cli import main
from workstation.ops import replies as local_replies
from workstation.ops import team, team_answers
from workstation.ops.team_mirror import Decider, approval_for, conflicts, open_local_copy
from workstation.store import drafts as local_drafts
from workstation.store.db import Store
from workstation.store.postgres import outbox as team_outbox
from workstation.store.postgres.approval import SendKind
from workstation.store.postgres.outbox import ReplyConflict
from workstation.store.postgres.roles import set_location_approval, set_member_role
from workstation.store.team_cache import cache_file

ORIGIN = "test@desk"


def _approval_team(pg_url: str) -> list[int]:
    """Six reviews in Lyon, which wants approval; Anne is an agent, Claire and Boss approve."""
    ids = _server_with_reviews(pg_url)
    with open_store(pg_url) as server:
        set_location_approval(server, int(server.scalar("SELECT id FROM locations WHERE name = 'Lyon'")), True)
        set_member_role(server, "Claire", "approver")
        set_member_role(server, "Boss", "approver")
        set_member_role(server, "Anne", "agent")
    return ids


def _outbox_rows(pg_url: str) -> list[tuple[object, ...]]:
    with open_store(pg_url) as server, server.connection() as conn:
        return [tuple(r) for r in conn.execute(
            "SELECT o.review_id, o.state, o.text, o.queued_by, r.author, r.approved_by FROM outbox o "
            "JOIN replies r ON r.id = o.reply_id ORDER BY o.id")]


# -- 1. an approver's Send ---------------------------------------------------------------

def test_an_approvers_send_on_a_colleagues_waiting_reply_approves_it(pg_url: str, tmp_path: Path) -> None:
    ids = _approval_team(pg_url)
    with open_local_copy(tmp_path / "anne", _where(pg_url)) as anne, _link(_where(pg_url), "Anne") as link:
        link.mirror_once(anne)
        local_replies.queue_reply(anne, ids[0], "Bonjour, merci")
        assert link.mirror_once(anne).approvals == 1
    with open_local_copy(tmp_path / "claire", _where(pg_url)) as claire, \
            _link(_where(pg_url), "Claire") as link:
        link.mirror_once(claire)
        assert approval_for(claire, ids[0], "Claire").decider is Decider.YOU  # type: ignore[union-attr]
        local_replies.queue_reply(claire, ids[0], "Bonjour, merci")  # the composer's normal Send
        pushed = link.mirror_once(claire)
        assert (pushed.approvals, pushed.queued, pushed.conflicts) == (1, 0, ())
        assert approval_for(claire, ids[0], "Claire") is None  # nothing waits any more
        assert claire.scalar("SELECT o.state FROM outbox o JOIN replies r ON r.id = o.reply_id "
                             "WHERE r.review_id = ?", (ids[0],)) == "queued"
    # Queued once, in Anne's name, Claire recorded as the approver.
    assert _outbox_rows(pg_url) == [(ids[0], "queued", "Bonjour, merci", "Anne", "Anne", "Claire")]


def test_an_approvers_own_or_edited_reply_is_queued_in_their_name(pg_url: str, tmp_path: Path) -> None:
    ids = _approval_team(pg_url)
    with open_local_copy(tmp_path / "claire", _where(pg_url)) as claire, \
            _link(_where(pg_url), "Claire") as link:
        link.mirror_once(claire)
        local_replies.queue_reply(claire, ids[1], "Merci, à bientôt")  # her own reply in Lyon
        with open_store(pg_url) as server:
            team.submit_for_approval(server, ids[2], "Merci", author="Anne", origin=ORIGIN)
        own_reply = link.mirror_once(claire)
        local_replies.queue_reply(claire, ids[2], "Merci beaucoup, Anne vous rappelle")  # edited: her words now
        edited = link.mirror_once(claire)
        for pushed in (own_reply, edited):
            assert (pushed.approvals, pushed.queued, pushed.conflicts) == (0, 1, ())
        for review_id in (ids[1], ids[2]):
            assert approval_for(claire, review_id, "Claire") is None  # nothing waits
    with open_store(pg_url) as server:
        waits, _ = team_answers.send_reply(server, ids[3], "Hello", author="Anne", origin=ORIGIN)
        assert waits.kind is SendKind.WAITING and waits.waiting is not None and waits.waiting.author == "Anne"
        assert "wait for an approver" in waits.message
    assert _outbox_rows(pg_url) == [
        (ids[1], "queued", "Merci, à bientôt", "Claire", "Claire", None),
        (ids[2], "queued", "Merci beaucoup, Anne vous rappelle", "Claire", "Claire", None),
    ]


def test_the_queue_command_of_an_approver_approves_and_says_when_it_waits(
        pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    ids = _approval_team(pg_url)
    base = ["--store", pg_url, "--review", str(ids[0])]
    assert main(["reply", "queue", *base, "--text", "Merci !", "--as", "Anne"]) == 0
    assert "waits for an approver" in capsys.readouterr().out
    assert main(["reply", "queue", *base, "--text", "Merci !", "--as", "Boss"]) == 0
    assert "approved: reply" in capsys.readouterr().out
    assert main(["reply", "queue", "--store", pg_url, "--review", str(ids[1]), "--text", "Bien reçu",
                 "--as", "Boss"]) == 0  # an approver's own reply goes straight to the outbox
    assert "waits" not in capsys.readouterr().out
    assert _outbox_rows(pg_url) == [(ids[0], "queued", "Merci !", "Anne", "Anne", "Boss"),
                                    (ids[1], "queued", "Bien reçu", "Boss", "Boss", None)]


# -- 2. taking back a queued reply ------------------------------------------------------------

def test_a_reply_taken_back_on_one_desktop_is_taken_back_for_the_team(pg_url: str, tmp_path: Path) -> None:
    ids = _server_with_reviews(pg_url)
    with open_store(pg_url) as server:
        team.queue_reply(server, ids[0], "Merci Bob", author="Bob", origin=ORIGIN)
    with open_local_copy(tmp_path / "anne", _where(pg_url)) as anne, _link(_where(pg_url), "Anne") as link, \
            open_local_copy(tmp_path / "bob", _where(pg_url)) as bob, _link(_where(pg_url), "Bob") as bob_link:
        link.mirror_once(anne)
        bob_link.mirror_once(bob)
        local_replies.withdraw_reply(anne, ids[0])
        pushed = link.mirror_once(anne)
        assert (pushed.withdrawn, pushed.conflicts) == (1, ())
        assert bob_link.mirror_once(bob).received == 1  # Bob's desktop sees it at its next pull
        for copy in (anne, bob):
            assert [tuple(r) for r in copy.query("SELECT text, state FROM replies WHERE review_id = ? "
                                                 "AND state != 'none'", (ids[0],))] == [("Merci Bob", "draft")]
            assert copy.scalar("SELECT state FROM outbox") == "cancelled"
        assert link.mirror_once(anne).withdrawn == 0  # pushed once
    with open_store(pg_url) as server:
        assert server.scalar("SELECT state FROM outbox") == "cancelled"
        assert team.current_draft(server, ids[0]).text == "Merci Bob"  # type: ignore[union-attr]
        # Queued again later: one active reply, as always.
        team.queue_reply(server, ids[0], "Merci Bob !", author="Bob", origin=ORIGIN)
        assert server.scalar("SELECT count(*) FROM outbox WHERE state = 'queued'") == 1


def test_a_reply_a_sender_has_or_has_posted_is_not_taken_back(pg_url: str, tmp_path: Path) -> None:
    ids = _server_with_reviews(pg_url)
    with open_store(pg_url) as server:
        team.queue_reply(server, ids[0], "Merci", author="Bob", origin=ORIGIN)
        with open_local_copy(tmp_path, _where(pg_url)) as anne, _link(_where(pg_url), "Anne") as link:
            link.mirror_once(anne)
            sender = server.dedicated_connection()
            try:
                claimed = team_outbox.claim_next(sender, "sender-1", now=T0)
                assert claimed is not None
                local_replies.withdraw_reply(anne, ids[0])
                busy = link.mirror_once(anne)
                assert busy.withdrawn == 0 and "being sent right now" in busy.conflicts[0][1]
                assert server.scalar("SELECT state FROM outbox") == "sending"
                team_outbox.mark_sent(sender, claimed.item, remote_id="g-1", now=T0)
                team_outbox.release(sender, claimed.item.id)
            finally:
                sender.close()
            assert conflicts(anne)[0].text == "Merci"  # the text is kept with the conflict
        with pytest.raises(ReplyConflict, match="already on the platform"):
            team_answers.withdraw_reply(server, ids[0], by="Anne", origin=ORIGIN)
        assert server.scalar("SELECT state FROM outbox") == "sent"
        # On a posted reply the window offers "delete" instead: its deletion is queued for the
        # team (tests/team/test_team_delete_reply.py); taking that back leaves the reply online
        # (tests/team/test_team_take_back_deletion.py).
        team_answers.delete_reply(server, ids[0], by="Anne", origin=ORIGIN, now=T0)
        taken, _ = team_answers.withdraw_reply(server, ids[0], by="Anne", origin=ORIGIN)
        assert taken is not None and taken.action == "delete"
        assert server.scalar("SELECT reply_state FROM reviews WHERE id = %s", (ids[0],)) == "sent"


# -- 2. replied by hand ------------------------------------------------------------------

def test_replied_by_hand_answers_the_review_for_every_desktop(pg_url: str, tmp_path: Path) -> None:
    ids = _server_with_reviews(pg_url)
    with open_store(pg_url) as server:
        team.queue_reply(server, ids[1], "Bob's queued words", author="Bob", origin=ORIGIN)
    with open_local_copy(tmp_path / "anne", _where(pg_url)) as anne, _link(_where(pg_url), "Anne") as link, \
            open_local_copy(tmp_path / "bob", _where(pg_url)) as bob, _link(_where(pg_url), "Bob") as bob_link:
        link.mirror_once(anne)
        bob_link.mirror_once(bob)
        local_drafts.mark_replied_manually(anne, ids[0], "Posted on Google myself")
        local_drafts.mark_replied_manually(anne, ids[1], "I answered on the phone and online")
        local_replies.queue_reply(bob, ids[0], "Bob's reply, written offline")  # Bob has not pulled yet
        pushed = link.mirror_once(anne)
        assert (pushed.by_hand, pushed.conflicts) == (2, ())
        refused = bob_link.mirror_once(bob)
        assert refused.queued == 0 and "already has a reply on the platform by Anne" in refused.conflicts[0][1]
        for copy in (anne, bob):
            assert [tuple(r) for r in copy.query(
                "SELECT text, state, origin FROM replies WHERE review_id = ? ORDER BY id", (ids[0],))] == [
                ("Posted on Google myself", "sent", "manual")]
            assert copy.scalar("SELECT reply_state FROM reviews WHERE id = ?", (ids[1],)) == "sent"
    with open_store(pg_url) as server, server.connection() as conn:
        # Bob's queued reply to the second review was taken back: posting it would answer twice.
        assert conn.execute("SELECT review_id, state FROM outbox ORDER BY id").fetchall() == [(ids[1], "cancelled")]
        assert conn.execute("SELECT author, origin FROM replies WHERE review_id = %s AND state = 'sent'",
                            (ids[1],)).fetchall() == [("Anne", "manual")]
        with pytest.raises(ReplyConflict):
            team.queue_reply(server, ids[0], "Again", author="Bob", origin=ORIGIN)


def test_the_withdraw_and_mark_replied_commands(pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    ids = _server_with_reviews(pg_url)
    with open_store(pg_url) as server:
        team.queue_reply(server, ids[0], "Merci", author="Bob", origin=ORIGIN)
    base = ["--store", pg_url, "--review", str(ids[0]), "--as", "Anne"]
    assert main(["reply", "withdraw", *base]) == 0
    assert "taken back: it is the review's draft again" in capsys.readouterr().out
    assert main(["reply", "withdraw", *base]) == 0
    assert "had no queued reply any more" in capsys.readouterr().out
    assert main(["reply", "mark-replied", *base, "--text", "Answered on the site"]) == 0
    assert "marked as replied by hand" in capsys.readouterr().out
    assert main(["reply", "queue", *base, "--text", "Again"]) == 2
    assert "already has a reply on the platform by Anne" in capsys.readouterr().err
    assert main(["reply", "withdraw", *base]) == 1
    assert "already on the platform" in capsys.readouterr().err
    with open_store(pg_url) as server, server.connection() as conn:
        assert conn.execute("SELECT text, state, origin, author FROM replies WHERE review_id = %s ORDER BY id",
                            (ids[0],)).fetchall() == [("Merci", "none", "app", "Bob"),  # taken back
                                                      ("Answered on the site", "sent", "manual", "Anne")]


# -- the window --------------------------------------------------------------------------

@pytest.fixture
def annes_copy(pg_url: str, tmp_path: Path) -> Iterator[tuple[Store, list[int]]]:
    """Anne's local copy after Bob queued a reply to the first review (opened before qtbot, so it
    closes after the window)."""
    ids = _server_with_reviews(pg_url)
    with open_store(pg_url) as server:
        team.queue_reply(server, ids[0], "Merci Bob", author="Bob", origin=ORIGIN)
    where = _where(pg_url)
    with open_local_copy(tmp_path, where) as copy, _link(where, "Anne") as link:
        link.mirror_once(copy)
    store = Store(cache_file(tmp_path, where.secret_name))
    yield store, ids
    store.close()


@pytest.mark.gui
def test_take_back_in_the_window_of_a_team_desktop(annes_copy: tuple[Store, list[int]], qtbot,  # type: ignore[no-untyped-def]
                                                   pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from workstation.ui.main_window import MainWindow

    store, ids = annes_copy
    window = MainWindow(store, background_jobs=False, local_sender=False)
    qtbot.addWidget(window)
    window.sidebar.select_view("all")
    qtbot.waitUntil(lambda: window.model.is_complete, timeout=30_000)
    window._select_row(window.model.row_of(ids[1]))  # type: ignore[arg-type]
    window.withdraw_queued()  # nothing queued there: said, nothing asked
    assert window.statusBar().currentMessage() == "This review has no queued reply to take back."
    window._select_row(window.model.row_of(ids[0]))  # type: ignore[arg-type]
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda _parent, _title, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes))
    window.withdraw_queued()
    assert asked == ["Take back the reply to Author 0 before it is posted? It becomes a draft again."]
    assert window.statusBar().currentMessage() == "Reply taken back: it is a draft again."
    with _link(_where(pg_url), "Anne") as link:
        assert link.mirror_once(store).withdrawn == 1
    with open_store(pg_url) as server:
        assert server.scalar("SELECT state FROM outbox") == "cancelled"


@pytest.fixture
def claires_copy(pg_url: str, tmp_path: Path) -> Iterator[tuple[Store, list[int]]]:
    """Claire's (an approver's) copy after Anne's reply to the first review of Lyon went up for approval."""
    ids = _approval_team(pg_url)
    with open_store(pg_url) as server:
        team.submit_for_approval(server, ids[0], "Bonjour, merci pour votre avis.", author="Anne", origin=ORIGIN)
        with server.transaction() as conn:  # a connected account, as a synced source is: the reply view can Send
            conn.execute("UPDATE sources SET kind = 'api'")
    where = _where(pg_url)
    with open_local_copy(tmp_path, where) as copy, _link(where, "Claire") as link:
        link.mirror_once(copy)
    store = Store(cache_file(tmp_path, where.secret_name))
    yield store, ids
    store.close()


@pytest.mark.gui
def test_send_in_the_reply_view_of_an_approver_approves(claires_copy: tuple[Store, list[int]], qtbot,  # type: ignore[no-untyped-def]
                                                       pg_url: str) -> None:
    from tests.ui.clock import let_send_delay_pass
    from workstation.ui.main_window import MainWindow

    store, ids = claires_copy
    window = MainWindow(store, background_jobs=False, local_sender=False)
    qtbot.addWidget(window)
    window.set_team_member("Claire")
    window.show()
    window.sidebar.select_view("all")
    qtbot.waitUntil(lambda: window.model.is_complete, timeout=30_000)
    window._select_row(window.model.row_of(ids[0]))  # type: ignore[arg-type]
    window.open_composer()
    composer = window.composer
    assert composer is not None
    assert composer.editor.toPlainText() == "Bonjour, merci pour votre avis."  # Anne's words, as they wait
    assert composer.approval_row.approve_button.isVisibleTo(composer.approval_row)
    composer.send()  # the normal Send, not the Approve button
    let_send_delay_pass(composer)
    with _link(_where(pg_url), "Claire") as link:
        pushed = link.mirror_once(store)
    assert (pushed.approvals, pushed.conflicts) == (1, ())
    assert _outbox_rows(pg_url) == [(ids[0], "queued", "Bonjour, merci pour votre avis.", "Anne", "Anne", "Claire")]
