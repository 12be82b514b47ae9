"""Approval in the window of a team desktop: an agent's reply for a location that wants
approval shows "Waiting for approval" in the reply view; an approver who did not write it gets
Approve / Send back, which go through the local copy and the mirror's push to the server;
nobody approves their own reply; the row speaks English and French."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.team.test_team_mirror import _link, _server_with_reviews, _where
from tests.team.workers import open_store
from workstation.ops import replies as local_replies
from workstation.ops.changes import OpChanges
from workstation.ops.team_mirror import Decider, approval_for, open_local_copy
from workstation.store.db import Store
from workstation.store.postgres.approval import submit_for_approval
from workstation.store.postgres.roles import set_location_approval, set_member_role
from workstation.ui import translation
from workstation.ui.approval_row import ApprovalRow


def _team_waiting(pg_url: str, tmp_path: Path) -> tuple[list[int], Path]:
    """Anne (agent) queued a reply to the first review of Lyon, which wants approval; Claire approves."""
    ids = _server_with_reviews(pg_url)
    with open_store(pg_url) as server:
        set_location_approval(server, int(server.scalar("SELECT id FROM locations WHERE name = 'Lyon'")), True)
        set_member_role(server, "Claire", "approver")
    with open_local_copy(tmp_path / "anne", _where(pg_url)) as anne, _link(_where(pg_url), "Anne") as link:
        link.mirror_once(anne)
        local_replies.queue_reply(anne, ids[0], "Bonjour, merci")
        assert link.mirror_once(anne).approvals == 1
        view = approval_for(anne, ids[0], "Anne")
        assert view is not None and view.decider is Decider.NOT_APPROVER and view.waiting.author == "Anne"
    return ids, tmp_path / "claire"


def _claires_copy(pg_url: str, folder: Path) -> Store:
    cache = open_local_copy(folder, _where(pg_url))
    with _link(_where(pg_url), "Claire") as link:
        link.mirror_once(cache)
    return cache


def test_an_approver_sees_who_wrote_it_and_nobody_approves_their_own(pg_url: str, tmp_path: Path) -> None:
    ids, folder = _team_waiting(pg_url, tmp_path)
    with _claires_copy(pg_url, folder) as cache:
        view = approval_for(cache, ids[0], "Claire")
        assert view is not None and view.decider is Decider.YOU
        assert (view.waiting.author, view.waiting.text, view.waiting.decided) == ("Anne", "Bonjour, merci", None)
        assert approval_for(cache, ids[1], "Claire") is None  # nothing waits there
        with open_store(pg_url) as server:  # Claire edits it: now hers, another approver must check it
            submit_for_approval(server, ids[0], "Bonjour et merci", author="Claire")
        with _link(_where(pg_url), "Claire") as link:
            link.mirror_once(cache)
        own = approval_for(cache, ids[0], "Claire")
        assert own is not None and own.decider is Decider.OWN


@pytest.mark.gui
@pytest.mark.parametrize("language", ["en", "fr"])
def test_approve_in_the_reply_view_reaches_the_shared_outbox(qtbot, pg_url: str, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                            language: str) -> None:
    ids, folder = _team_waiting(pg_url, tmp_path)
    translation.install(language)
    try:
        with _claires_copy(pg_url, folder) as cache:
            row = ApprovalRow(cache)
            qtbot.addWidget(row)
            row.show_review(ids[0])
            assert row.isHidden()  # working alone: no approval row
            row.set_member("Claire")
            assert not row.isHidden() and row.approve_button.isVisibleTo(row)
            expected = {"en": "Waiting for approval: Anne wrote this reply. Approve it or send it back.",
                        "fr": "En attente de validation\u00a0: Anne a écrit cette réponse. Validez-la ou "
                              "renvoyez-la."}
            assert row.text.text() == expected[language]
            assert row.approve_button.text() == {"en": "Approve", "fr": "Valider"}[language]
            with qtbot.waitSignal(row.decided) as decided:
                row.approve_button.click()
            assert isinstance(decided.args[0], OpChanges) and ids[0] in decided.args[0].review_ids
            assert not row.approve_button.isVisibleTo(row)  # decided: said, not offered twice
            assert row.text.text().startswith({"en": "Approved", "fr": "Validée"}[language])
            with _link(_where(pg_url), "Claire") as link:
                pushed = link.mirror_once(cache)
            assert pushed.approvals == 1 and pushed.conflicts == ()
            row.refresh()
            assert row.isHidden()  # queued now: nothing waits any more
        with open_store(pg_url) as server, server.connection() as conn:
            assert conn.execute("SELECT o.text, r.approved_by FROM outbox o JOIN replies r ON r.id = o.reply_id"
                                ).fetchall() == [("Bonjour, merci", "Claire")]
    finally:
        translation.install("en")


@pytest.mark.gui
def test_send_back_with_a_note_and_agents_only_see_the_wait(qtbot, pg_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ids, folder = _team_waiting(pg_url, tmp_path)
    with _claires_copy(pg_url, folder) as cache:
        agent = ApprovalRow(cache)
        qtbot.addWidget(agent)
        agent.set_member("Bruno")
        agent.show_review(ids[0])
        assert not agent.isHidden() and not agent.approve_button.isVisibleTo(agent)
        assert agent.text.text() == "Waiting for approval: Anne’s reply is sent once an approver accepts it."
        row = ApprovalRow(cache)
        qtbot.addWidget(row)
        row.set_member("Claire")
        row.show_review(ids[0])
        row.note.setText("Add the opening hours, please")
        with qtbot.waitSignal(row.decided):
            row.send_back_button.click()
        assert row.text.text() == "Sent back to Anne with your note (with the next update from the team server)."
        with _link(_where(pg_url), "Claire") as link:
            assert link.mirror_once(cache).approvals == 1
    with open_store(pg_url) as server, server.connection() as conn:
        assert conn.execute("SELECT state, note FROM replies WHERE review_id = %s", (ids[0],)).fetchall() == [
            ("draft", "Add the opening hours, please")]
        assert conn.execute("SELECT count(*) FROM outbox").fetchone()[0] == 0
