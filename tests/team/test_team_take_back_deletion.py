"""Taking back a queued deletion on a team server (a costly mistake undone): the 'delete' row is
cancelled before any sender claims it and the reply stays on the platform; refused in one plain
sentence, with nothing changed, once a sender has it, tried it (it may be gone) or posted it, and
for an agent where the location wants an approver. From the store, a desktop's copy (its push),
the command line (`reply withdraw --store`) and the window's Review ▸ Take back…, against the
throwaway cluster and a loopback fake Google Business profile."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.team.test_team_delete_reply import (
    ORIGIN,
    Answered,
    _delete,
    _rows,
    _senders,
    open_answered,
)
from tests.team.test_team_mirror import _link, _where
from tests.team.test_team_window_actions import GENEROUS, NOW, _idle, _stop, _team_window
from tests.team.workers import T0, open_store
from workstation.cli import main
from workstation.ops import replies as local_replies
from workstation.ops import team_answers
from workstation.ops.team_mirror import open_local_copy
from workstation.store.postgres import outbox as team_outbox
from workstation.store.postgres.connection import PgStore
from workstation.store.postgres.outbox import ReplyConflict
from workstation.store.postgres.roles import set_location_approval, set_member_role
from workstation.store.postgres.settings import put_location


@pytest.fixture
def answered(pg_url: str, tmp_path: Path) -> Iterator[Answered]:
    with open_answered(pg_url, tmp_path) as opened:
        yield opened


def _sql(store: PgStore, query: str, params: tuple[object, ...]) -> None:
    with store.connection() as conn:
        conn.execute(query, params)


def _take_back(team_: Answered, i: int, by: str = "Anne") -> object:
    return team_answers.withdraw_reply(team_.store, team_.ids[i], by=by, origin=ORIGIN, now=T0)[0]


def test_a_deletion_taken_back_before_any_sender_leaves_the_reply_online(answered: Answered) -> None:
    store, ids = answered.store, answered.ids
    _delete(answered, 0)
    taken = _take_back(answered, 0, by="Bob")  # anyone of the team may undo it
    assert taken is not None and taken.action == "delete"  # type: ignore[attr-defined]
    with store.connection() as conn:
        assert conn.execute("SELECT action, state FROM outbox WHERE review_id = %s ORDER BY id",
                            (ids[0],)).fetchall() == [("post", "sent"), ("delete", "cancelled")]
        assert conn.execute("SELECT p.state, p.text, p.posted_at IS NOT NULL, r.reply_state FROM replies p "
                            "JOIN reviews r ON r.id = p.review_id WHERE r.id = %s", (ids[0],)).fetchall() == [
            ("sent", "Merci 0", True, "sent")]
        assert conn.execute("SELECT detail::json->>'by' FROM audit_log WHERE action = 'delete_withdrawn'"
                            ).fetchall() == [("Bob",)]
    assert sum(_senders(store, 2)) == 0
    assert answered.online(0) == "Merci 0" and answered.fake.reply_deletes[answered.names[0]] == 0
    with pytest.raises(ReplyConflict, match="is already on the platform"):  # nothing queued any more
        _take_back(answered, 0)
    # A deletion the platform refused is taken back too (it never happened).
    _delete(answered, 1)
    _sql(store, "UPDATE outbox SET state = 'failed', attempts = 1 WHERE review_id = %s AND action = 'delete'",
         (ids[1],))
    assert _take_back(answered, 1).action == "delete"  # type: ignore[attr-defined]
    assert store.scalar("SELECT reply_state FROM reviews WHERE id = %s", (ids[1],)) == "sent"


def test_too_late_to_take_back_is_said_plainly_and_changes_nothing(answered: Answered) -> None:
    store, ids = answered.store, answered.ids
    for i in range(3):
        _delete(answered, i)
    sender = store.dedicated_connection()
    try:
        claimed = team_outbox.claim_next(sender, "sender-1", now=T0)
        assert claimed is not None and claimed.item.review_id == ids[0]
        _sql(store, "UPDATE outbox SET attempts = 1 WHERE review_id = %s AND state = 'queued'", (ids[1],))
        before = _rows(store)
        with pytest.raises(ReplyConflict, match=r"^Anne's deletion of the reply to review \d+ is being sent right "
                                                r"now; it can no longer be taken back\.$"):
            _take_back(answered, 0)
        with pytest.raises(ReplyConflict, match=r"^A sender already tried to delete the reply to review \d+ and "
                                                r"checks the platform .* so it may be gone; the deletion was not "
                                                r"taken back\.$"):
            _take_back(answered, 1)
        assert _rows(store) == before
    finally:
        sender.close()
    assert sum(_senders(store, 1)) == 3  # the claimed row (its sender died) and the other two
    before = _rows(store)
    with pytest.raises(ReplyConflict, match=r"^The reply to review \d+ was already deleted on the platform "
                                            r"\(asked by Anne\); nothing was taken back\.$"):
        _take_back(answered, 2)
    assert _rows(store) == before


def test_an_agent_cannot_undo_an_approvers_deletion_where_approval_is_on(answered: Answered) -> None:
    store = answered.store
    with store.transaction() as conn:
        location = put_location(conn, "Lyon", timezone=None, country=None, hours_json=None, review_url=None, now=T0)
        conn.execute("UPDATE reviews SET location_id = %s", (location,))
    set_location_approval(store, location, True)
    set_member_role(store, "Claire", "approver")
    _delete(answered, 0, by="Claire")
    before = _rows(store)
    with pytest.raises(ReplyConflict, match="Replies for Lyon need an approver: ask one to take back the deletion"):
        _take_back(answered, 0, by="Anne")
    assert _rows(store) == before
    assert _take_back(answered, 0, by="Claire").action == "delete"  # type: ignore[attr-defined]


def test_a_deletion_taken_back_on_a_copy_is_pushed_unless_a_sender_has_it(answered: Answered,
                                                                          tmp_path: Path) -> None:
    store, ids = answered.store, answered.ids
    _delete(answered, 0, by="Bob")
    _delete(answered, 1, by="Bob")
    where = _where(answered.url)
    with open_local_copy(tmp_path, where) as anne, _link(where, "Anne") as link:
        link.mirror_once(anne)
        for i in (0, 1):
            assert local_replies.take_back(anne, ids[i]).reply.action == "delete"
            assert anne.scalar("SELECT reply_state FROM reviews WHERE id = ?", (ids[i],)) == "sent"
        second = int(store.scalar("SELECT id FROM outbox WHERE review_id = %s AND action = 'delete'", (ids[1],)))
        sender = store.dedicated_connection()
        try:  # meanwhile a sender claims the second one (its session lock on the row, as claim_next takes)
            sender.execute("SELECT pg_advisory_lock(%s, %s)", (team_outbox.SEND_LOCK_SPACE, second))
            pushed = link.mirror_once(anne)
        finally:
            sender.close()
        assert pushed.withdrawn == 1 and [r for r, _ in pushed.conflicts] == [ids[1]]
        assert "being sent right now; it can no longer be taken back" in pushed.conflicts[0][1]
        link.mirror_once(anne)
        assert anne.scalar("SELECT reply_state FROM reviews WHERE id = ?", (ids[1],)) == "queued"  # the server's
    assert store.scalar("SELECT state FROM outbox WHERE review_id = %s AND action = 'delete'", (ids[0],)) == "cancelled"
    assert sum(_senders(store, 1)) == 1 and answered.online(0) == "Merci 0" and answered.online(1) is None


def test_the_withdraw_command_takes_back_a_queued_deletion(answered: Answered,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--store", answered.url, "--review", str(answered.ids[0]), "--as", "Anne"]
    assert main(["reply", "delete", *base]) == 0
    capsys.readouterr()
    assert main(["reply", "withdraw", *base]) == 0
    assert capsys.readouterr().out.endswith("was taken back: the reply stays on the platform\n")
    assert main(["outbox", "send", "--store", answered.url]) == 0
    assert answered.online(0) == "Merci 0"
    assert main(["reply", "delete", *base]) == 0 and main(["outbox", "send", "--store", answered.url]) == 0
    capsys.readouterr()
    assert main(["reply", "withdraw", *base]) == 1
    assert "was already deleted on the platform (asked by Anne); nothing was taken back." in capsys.readouterr().err


@pytest.mark.gui
def test_take_back_a_deletion_in_the_window_of_a_team_desktop(  # type: ignore[no-untyped-def]
        qtbot, answered: Answered, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    shop, ids = answered.shop, answered.ids
    window, mirror, actions = _team_window(qtbot, shop)
    with open_store(shop.url) as server:  # a colleague asked for the first reply's deletion
        team_answers.delete_reply(server, ids[0], by="Bob", origin="bob@desk-b", now=NOW)
    with qtbot.waitSignal(mirror.ran, timeout=GENEROUS):
        mirror.run_now()
    window.sidebar.select_view("all")
    qtbot.waitUntil(lambda: window.model.is_complete, timeout=GENEROUS)
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda _parent, title, text, *a, **k: asked.append((title, text)) or QMessageBox.StandardButton.Yes))
    window._select_row(window.model.row_of(ids[0]))
    window.withdraw_queued()
    assert asked == [("Take back the deletion",
                      "Take back the deletion of the reply to this review? The reply stays on the platform.")]
    assert window.statusBar().currentMessage() == "Deletion taken back: the reply stays on the platform."
    # Pushed at once: cancelled on the server before any sender, the reply still online.
    with open_store(shop.url) as server:
        qtbot.waitUntil(lambda: server.scalar("SELECT state FROM outbox WHERE review_id = %s AND action = 'delete'",
                                              (ids[0],)) == "cancelled", timeout=GENEROUS)
    qtbot.waitUntil(lambda: _idle(window, mirror, actions), timeout=GENEROUS)
    assert shop.fake.reply_deletes[shop.names[0]] == 0 and "reviewReply" in shop.fake.reviews[shop.names[0]]
    window.withdraw_queued()  # nothing waits any more: said, nothing asked
    assert window.statusBar().currentMessage() == "This review has no queued reply to take back."
    # A deletion a sender has right now: refused at once, nothing asked.
    with open_store(shop.url) as server, server.connection() as conn:
        team_answers.delete_reply(server, ids[1], by="Bob", origin="bob@desk-b", now=NOW)
        conn.execute("UPDATE outbox SET state = 'sending' WHERE review_id = %s AND state = 'queued'", (ids[1],))
    with qtbot.waitSignal(mirror.ran, timeout=GENEROUS):
        mirror.run_now()
    window._select_row(window.model.row_of(ids[1]))
    window.withdraw_queued()
    assert window.statusBar().currentMessage() == (
        "This deletion is being sent right now: it can no longer be taken back.")
    assert len(asked) == 1
    qtbot.waitUntil(lambda: _idle(window, mirror, actions), timeout=GENEROUS)
    _stop(mirror, actions)
