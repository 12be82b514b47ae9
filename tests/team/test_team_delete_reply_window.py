"""Review ▸ Delete the reply on the platform… in the window of a team desktop: the copy's push
queues the deletion in the shared outbox, the window's sender posts it once, and the pull shows
the review needing a reply again; a deletion already queued (by a colleague) or a reply being
sent is refused at once, in one sentence, without asking or changing anything."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.team.test_team_window_actions import (
    GENEROUS,
    NOW,
    Shop,
    _idle,
    _stop,
    _team_window,
    open_shop,
)
from tests.team.workers import open_store
from workstation.ops import team, team_answers
from workstation.sources.retry import recording_policy
from workstation.store.postgres.outbox import queue_reply
from workstation.sync.connectors import default_connector_factory

pytestmark = pytest.mark.gui
ANSWERED = 3


@pytest.fixture
def answered_shop(pg_url: str, tmp_path: Path) -> Iterator[Shop]:
    """`shop` whose first reviews have Bob's reply on the platform already."""
    with open_shop(pg_url, tmp_path) as shop:
        factory = default_connector_factory(retry=recording_policy(attempts=2)[0])
        with open_store(shop.url) as server:
            for review_id in shop.review_ids()[:ANSWERED]:
                team.queue_reply(server, review_id, f"Merci {review_id}", author="Bob", origin="bob@desk-b")
            sent = asyncio.run(team.send_outbox(server, sender="bob@desk-b", origin="bob@desk-b",
                                                connector_factory=factory, now=lambda: NOW))
        assert sent.result.sent == ANSWERED
        yield shop


def _reply_state(shop: Shop, review_id: int) -> str:
    return str(shop.copy.scalar("SELECT reply_state FROM reviews WHERE id = ?", (review_id,)))


def test_delete_the_reply_in_the_window_of_a_team_desktop(qtbot, answered_shop: Shop,  # type: ignore[no-untyped-def]
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    shop = answered_shop
    ids = shop.review_ids()
    window, mirror, actions = _team_window(qtbot, shop)
    window.sidebar.select_view("all")
    qtbot.waitUntil(lambda: window.model.is_complete, timeout=GENEROUS)
    assert _reply_state(shop, ids[0]) == "sent"
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda _parent, _title, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes))

    window._select_row(window.model.row_of(ids[0]))
    window.delete_reply()
    assert len(asked) == 1 and asked[0].endswith("on the platform? The review will need a reply again.")
    assert window.statusBar().currentMessage() == (
        "The reply will be deleted on the platform; the review will then need a reply again.")
    # The push queues it on the server, the window's sender deletes it, the pull shows it.
    qtbot.waitUntil(lambda: shop.fake.reply_deletes[shop.names[0]] == 1, timeout=GENEROUS)
    qtbot.waitUntil(lambda: _reply_state(shop, ids[0]) == "none", timeout=GENEROUS)
    qtbot.waitUntil(lambda: _idle(window, mirror, actions), timeout=GENEROUS)
    assert "reviewReply" not in shop.fake.reviews[shop.names[0]]
    window.delete_reply()  # nothing online any more: said, nothing asked
    assert window.statusBar().currentMessage() == "This review has no reply posted from the app to delete."

    # A colleague already asked for the second one's deletion: refused here at once.
    with open_store(shop.url) as server:
        team_answers.delete_reply(server, ids[1], by="Bob", origin="bob@desk-b", now=NOW)
    with qtbot.waitSignal(mirror.ran, timeout=GENEROUS):
        mirror.run_now()
    window._select_row(window.model.row_of(ids[1]))
    window.delete_reply()
    assert window.statusBar().currentMessage() == "The deletion of this reply is already waiting to be sent."
    # A reply being sent (a sender holds the third one's update): refused as well.
    with open_store(shop.url) as server, server.connection() as conn:
        queue_reply(server, ids[2], "Merci encore", author="Bob", replace_sent=True, now=NOW)
        conn.execute("UPDATE outbox SET state = 'sending' WHERE review_id = %s AND state = 'queued'", (ids[2],))
    with qtbot.waitSignal(mirror.ran, timeout=GENEROUS):
        mirror.run_now()
    window._select_row(window.model.row_of(ids[2]))
    window.delete_reply()
    assert window.statusBar().currentMessage() == (
        "This review’s reply is being sent right now: delete it once it is online.")
    assert len(asked) == 1  # only the first one got as far as asking
    with open_store(shop.url) as server, server.connection() as conn:
        assert conn.execute("SELECT review_id, action, state, queued_by FROM outbox WHERE action = 'delete' "
                            "ORDER BY id").fetchall() == [(ids[0], "delete", "sent", "Anne"),
                                                          (ids[1], "delete", "queued", "Bob")]
    assert sum(shop.fake.reply_deletes.values()) == 1
    qtbot.waitUntil(lambda: _idle(window, mirror, actions), timeout=GENEROUS)
    _stop(mirror, actions)
