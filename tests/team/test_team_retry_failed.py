"""Retry failed replies on a team server: only the rows the platform refused go back to the
shared outbox (never one that was posted, queued or taken back), their attempts kept so the
sender checks the platform before posting again; two desktops retrying at once re-queue each
row once; an agent cannot send again where the location wants an approver. From the store, a
desktop's copy (its push), the command line (`outbox send --retry-failed --store`) and the
window's Review ▸ Retry failed replies, against the throwaway cluster and a loopback fake
Google Business profile."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.team.test_team_delete_reply import _senders
from tests.team.test_team_mirror import _link
from tests.team.test_team_window_actions import (
    GENEROUS,
    Shop,
    _idle,
    _stop,
    _team_window,
    open_shop,
)
from tests.team.workers import T0, open_store
from workstation.cli import main
from workstation.domain import stamp_now
from workstation.ops import replies as local_replies
from workstation.ops import team_answers
from workstation.ops.team_mirror import conflicts
from workstation.store.postgres import outbox as team_outbox
from workstation.store.postgres import retry
from workstation.store.postgres.connection import PgStore
from workstation.store.postgres.roles import set_location_approval, set_member_role
from workstation.store.postgres.settings import put_location

ORIGIN = "test@desk"
REFUSED = 4  # the first reviews: Bob's replies the platform refused


@pytest.fixture
def refused(pg_url: str, tmp_path: Path) -> Iterator[tuple[Shop, PgStore, list[int]]]:
    """The shop with Bob's replies to its first REFUSED reviews refused by the platform (marked
    failed by a sender, as `send_team_outbox` does), a fifth posted and a sixth still queued."""
    with open_shop(pg_url, tmp_path) as shop, open_store(pg_url) as store:
        ids = shop.review_ids()
        for review_id in ids[:REFUSED + 1]:
            team_outbox.queue_reply(store, review_id, f"Merci {review_id}", author="Bob", now=T0)
        sender = store.dedicated_connection()
        try:
            for _ in range(REFUSED):
                claimed = team_outbox.claim_next(sender, "desk-b", now=T0)
                assert claimed is not None
                team_outbox.mark_failed(sender, claimed.item, "The platform refused the reply.", now=T0)
                team_outbox.release(sender, claimed.item.id)
        finally:
            sender.close()
        assert sum(_senders(store, 1)) == 1  # the fifth is posted
        team_outbox.queue_reply(store, ids[REFUSED + 1], "Pas encore envoyée", author="Bob", now=T0)
        yield shop, store, ids


def _states(store: PgStore) -> list[tuple[object, ...]]:
    with store.connection() as conn:
        return [tuple(r) for r in conn.execute("SELECT review_id, state, attempts FROM outbox ORDER BY id")]


def _approval_in_lyon(store: PgStore) -> None:
    with store.transaction() as conn:
        location = put_location(conn, "Lyon", timezone=None, country=None, hours_json=None, review_url=None, now=T0)
        conn.execute("UPDATE reviews SET location_id = %s", (location,))
    set_location_approval(store, location, True)
    set_member_role(store, "Claire", "approver")


def test_only_failed_rows_are_requeued_and_the_platform_is_checked_first(
        refused: tuple[Shop, PgStore, list[int]]) -> None:
    shop, store, ids = refused
    shop.fake.reviews[shop.names[0]]["reviewReply"] = {"comment": f"Merci {ids[0]}"}  # it did get there
    retried, changes = team_answers.retry_failed(store, by="Anne", origin=ORIGIN, now=T0)
    assert (sorted(retried.requeued), retried.left) == (ids[:REFUSED], ())
    assert changes.outbox and changes.review_ids == frozenset(ids[:REFUSED])
    # Attempts kept: the sender checks the platform before posting again. The posted row and the
    # queued one are untouched.
    assert _states(store) == [(i, "queued", 1) for i in ids[:REFUSED]] + [
        (ids[REFUSED], "sent", 1), (ids[REFUSED + 1], "queued", 0)]
    assert store.scalar("SELECT count(*) FROM reviews WHERE id = ANY(%s) AND reply_state = 'queued'",
                        (ids[:REFUSED],)) == REFUSED
    assert team_answers.retry_failed(store, by="Anne", origin=ORIGIN, now=T0)[0].requeued == ()  # nothing failed
    assert sum(_senders(store, 2)) == REFUSED + 1
    assert shop.fake.reply_puts[shop.names[0]] == 0  # found on the platform: not posted again
    assert [shop.fake.reply_puts[n] for n in shop.names[1:REFUSED + 2]] == [1] * (REFUSED + 1)
    assert store.scalar("SELECT count(*) FROM outbox WHERE state = 'sent'") == REFUSED + 2


def test_two_desktops_retrying_at_once_requeue_each_row_once(refused: tuple[Shop, PgStore, list[int]]) -> None:
    _shop, store, ids = refused
    second: list[retry.Retried] = []
    with store.transaction() as conn:  # desktop A retries and has not committed yet
        first = retry.retry_in(conn, by="Anne", review_id=None, source_id=None, stamp=stamp_now(T0))
        desk_b = threading.Thread(target=lambda: second.append(retry.retry_failed(store, by="Bob", now=T0)))
        desk_b.start()
        deadline = time.monotonic() + 30
        while not store.scalar("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                               "AND datname = current_database()"):
            assert time.monotonic() < deadline, "desktop B never waited for A's locks"
            time.sleep(0.02)
    desk_b.join(timeout=30)
    assert sorted(first.requeued) == ids[:REFUSED]
    assert second == [retry.Retried()]  # B waited, then found them queued: none re-queued twice
    assert store.scalar("SELECT count(*) FROM audit_log WHERE action = 'retried'") == REFUSED


def test_an_agent_cannot_send_again_where_the_location_wants_an_approver(
        refused: tuple[Shop, PgStore, list[int]]) -> None:
    _shop, store, ids = refused
    _approval_in_lyon(store)
    before = _states(store)
    retried, changes = team_answers.retry_failed(store, by="Anne", origin=ORIGIN, review_id=ids[0], now=T0)
    assert retried.requeued == () and changes.empty
    assert retried.left == ((ids[0], f"Replies for Lyon need an approver: ask one to retry the reply to review "
                                     f"{ids[0]}. It was not sent again."),)
    assert _states(store) == before
    assert len(team_answers.retry_failed(store, by="Claire", origin=ORIGIN, now=T0)[0].requeued) == REFUSED


def test_a_retry_on_a_desktops_copy_is_pushed_and_requeued_once(refused: tuple[Shop, PgStore, list[int]],
                                                                tmp_path: Path) -> None:
    shop, store, ids = refused
    with _link(shop.where, "Anne") as anne_link, _link(shop.where, "Bob") as bob_link:
        from workstation.ops.team_mirror import open_local_copy

        with open_local_copy(tmp_path / "bob", shop.where) as bob:
            anne_link.mirror_once(shop.copy)
            bob_link.mirror_once(bob)
            assert local_replies.retry_failed(shop.copy)[0] == REFUSED
            assert local_replies.retry_failed(bob)[0] == REFUSED  # both retry before either pushes
            pushed = anne_link.mirror_once(shop.copy)
            assert (pushed.retried, pushed.queued, pushed.conflicts) == (REFUSED, 0, ())
            again = bob_link.mirror_once(bob)
            assert (again.retried, again.queued, again.conflicts) == (0, 0, ())  # already queued: nothing twice
            assert anne_link.mirror_once(shop.copy).retried == 0  # pushed once
    assert _states(store)[:REFUSED] == [(i, "queued", 1) for i in ids[:REFUSED]]
    assert store.scalar("SELECT count(*) FROM outbox WHERE state IN ('queued', 'sending', 'failed')") == REFUSED + 1


def test_an_agents_retry_from_a_copy_is_a_conflict_where_approval_is_on(
        refused: tuple[Shop, PgStore, list[int]]) -> None:
    shop, store, ids = refused
    _approval_in_lyon(store)
    with _link(shop.where, "Anne") as link:
        link.mirror_once(shop.copy)
        local_replies.retry_failed(shop.copy, review_id=ids[0])
        pushed = link.mirror_once(shop.copy)
        assert pushed.retried == 0 and pushed.conflicts == (
            (ids[0], f"Replies for Lyon need an approver: ask one to retry the reply to review {ids[0]}. "
                     "It was not sent again."),)
        assert conflicts(shop.copy)[0].text == f"Merci {ids[0]}"  # the words are kept with the conflict
        link.mirror_once(shop.copy)
        assert shop.copy.scalar("SELECT state FROM outbox WHERE reply_id = (SELECT id FROM replies "
                                "WHERE review_id = ? AND state != 'none')", (ids[0],)) == "failed"
    assert store.scalar("SELECT state FROM outbox WHERE review_id = %s", (ids[0],)) == "failed"


def test_the_send_command_retries_failed_replies_on_the_team_server(
        refused: tuple[Shop, PgStore, list[int]], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    shop, store, ids = refused
    _approval_in_lyon(store)
    at_now = ["--now", T0.isoformat()]
    assert main(["outbox", "send", "--store", shop.url, "--retry-failed", "--as", "Anne", *at_now]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "0 failed reply(ies) queued again"
    assert f"review {ids[0]}: Replies for Lyon need an approver: ask one to retry the reply to review {ids[0]}. " \
           "It was not sent again." in out
    monkeypatch.setenv("WORKSTATION_LANG", "fr")  # why a reply stays failed, in the command's language
    assert main(["outbox", "send", "--store", shop.url, "--retry-failed", "--as", "Anne", *at_now]) == 1
    (left,) = [line for line in capsys.readouterr().out.splitlines() if line.startswith(f"avis {ids[0]}\u00a0: ")]
    assert "Lyon" in left and not any(word in left for word in ("Replies", "approver", "retry", "sent again")), left
    monkeypatch.setenv("WORKSTATION_LANG", "en")
    assert store.scalar("SELECT count(*) FROM outbox WHERE state = 'failed'") == REFUSED
    assert main(["outbox", "send", "--store", shop.url, "--retry-failed", "--as", "Claire", *at_now]) == 0
    assert store.scalar("SELECT max(updated_at) FROM outbox") <= stamp_now(T0)  # the clock given, not today's
    assert capsys.readouterr().out.splitlines()[0] == f"{REFUSED} failed reply(ies) queued again"
    assert store.scalar("SELECT count(*) FROM outbox WHERE state = 'failed'") == 0
    assert [shop.fake.reply_puts[n] for n in shop.names[:REFUSED]] == [1] * REFUSED


@pytest.mark.gui
def test_retry_failed_replies_in_the_window_of_a_team_desktop(  # type: ignore[no-untyped-def]
        qtbot, refused: tuple[Shop, PgStore, list[int]]) -> None:
    shop, store, ids = refused
    window, mirror, actions = _team_window(qtbot, shop)
    with qtbot.waitSignal(mirror.ran, timeout=GENEROUS):
        mirror.run_now()
    assert shop.copy.scalar("SELECT count(*) FROM outbox WHERE state = 'failed'") == REFUSED
    window.retry_failed()
    said = window.statusBar().currentMessage()  # "reply(ies)" or "replies", whether an English catalogue is installed
    assert said.startswith(f"{REFUSED} failed repl") and said.endswith(" queued again."), said
    # The push re-queues them on the server and the window's sender posts them, once each.
    qtbot.waitUntil(lambda: all(shop.fake.reply_puts[n] == 1 for n in shop.names[:REFUSED]), timeout=GENEROUS)
    qtbot.waitUntil(lambda: _idle(window, mirror, actions), timeout=GENEROUS)
    assert store.scalar("SELECT count(*) FROM outbox WHERE review_id = ANY(%s) AND state = 'sent'",
                        (ids[:REFUSED],)) == REFUSED
    assert sum(shop.fake.reply_puts.values()) == REFUSED + 2  # and the fifth (before), the sixth (queued)
    _stop(mirror, actions)
