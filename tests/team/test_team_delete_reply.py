"""Deleting a posted reply on a team server: a 'delete' row in the shared outbox (one active row
per review, the review row locked as queueing does), posted exactly once however many senders
drain it, checked on the platform before any retry; refused with one plain message and nothing
changed when the platform does not allow it, a reply or deletion is queued or being sent, or an
agent asks where the location wants an approver; queued offline from a desktop's copy and
pushed when the server is back (a conflict if a colleague changed the reply meanwhile); every
copy shows the review needing a reply again. From the store, a copy's push, the command line
and the window, against the throwaway cluster and a loopback fake Google Business profile."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.fakes.google_business import FakeGoogleBusiness
from tests.team.test_team_mirror import _link, _nowhere, _where
from tests.team.test_team_window_actions import Shop, open_shop
from tests.team.workers import T0, open_store
from workstation.cli import main
from workstation.domain import ReviewRecord
from workstation.ops import replies as local_replies
from workstation.ops import team_answers
from workstation.ops.team_mirror import LinkState, open_local_copy
from workstation.sources.retry import recording_policy
from workstation.store.db import Store
from workstation.store.outbox import OutboxError
from workstation.store.postgres import outbox as team_outbox
from workstation.store.postgres.connection import PgStore
from workstation.store.postgres.outbox import ReplyConflict
from workstation.store.postgres.reviews import ingest_page
from workstation.store.postgres.roles import set_location_approval, set_member_role
from workstation.store.postgres.settings import put_location
from workstation.store.postgres.sources import add_source
from workstation.sync.connectors import default_connector_factory
from workstation.sync.pacing import Pacer
from workstation.sync.team_sender import send_team_outbox

ORIGIN = "test@desk"
REVIEWS = 6


@dataclass
class Answered:
    """A team server (tests/team/test_team_window_actions.py's shop) whose first reviews have
    Bob's reply on the (fake) platform."""

    url: str
    store: PgStore
    fake: FakeGoogleBusiness
    names: list[str]
    ids: list[int]
    shop: Shop  # the same server and fake, as the window tests use them

    def online(self, i: int) -> str | None:
        reply = self.fake.reviews[self.names[i]].get("reviewReply")
        return None if reply is None else str(reply["comment"])


async def _no_sleep(_seconds: float) -> None:
    return None


def _senders(store: PgStore, count: int) -> list[int]:
    """`count` senders draining the shared outbox at the same time; how many rows each settled."""
    factory = default_connector_factory(retry=recording_policy(attempts=2)[0])

    async def all_of_them() -> list[int]:
        results = await asyncio.gather(*(
            send_team_outbox(store, sender=f"desk-{i}", connector_factory=factory, pacer=Pacer(sleep=_no_sleep),
                             now=lambda: T0, drain_for=2.0, poll_seconds=0.05) for i in range(count)))
        for result in results:
            assert result.error is None and not result.problems, result.problems
        return [r.sent for r in results]

    return asyncio.run(all_of_them())


@contextlib.contextmanager
def open_answered(pg_url: str, tmp_path: Path) -> Iterator[Answered]:
    """`answered`'s setup, for other modules' fixtures (tests/team/test_team_take_back_deletion.py)."""
    with open_shop(pg_url, tmp_path) as shop, open_store(pg_url) as store:
        ids = shop.review_ids()[:REVIEWS]
        for i, review_id in enumerate(ids):
            team_outbox.queue_reply(store, review_id, f"Merci {i}", author="Bob", now=T0)
        assert sum(_senders(store, 1)) == REVIEWS
        yield Answered(pg_url, store, shop.fake, shop.names[:REVIEWS], ids, shop)


@pytest.fixture
def answered(pg_url: str, tmp_path: Path) -> Iterator[Answered]:
    with open_answered(pg_url, tmp_path) as opened:
        yield opened


def _rows(store: PgStore) -> tuple[list[tuple[object, ...]], ...]:
    """Everything a refused deletion must leave as it was."""
    with store.connection() as conn:
        return tuple([tuple(r) for r in conn.execute(sql).fetchall()] for sql in (
            "SELECT * FROM outbox ORDER BY id", "SELECT * FROM replies ORDER BY id",
            "SELECT id, reply_state FROM reviews ORDER BY id", "SELECT * FROM reply_versions ORDER BY id"))


def _delete(team_: Answered, i: int, by: str = "Anne") -> None:
    team_answers.delete_reply(team_.store, team_.ids[i], by=by, origin=ORIGIN, now=T0)


# -- posted once -----------------------------------------------------------------------

def test_each_deletion_is_posted_once_with_two_senders(answered: Answered) -> None:
    for i in range(REVIEWS):
        queued, _changes = team_answers.delete_reply(answered.store, answered.ids[i], by="Anne", origin=ORIGIN,
                                                     now=T0)
        assert queued.action == "delete"
    assert answered.store.scalar("SELECT count(*) FROM outbox WHERE action = 'delete' AND state = 'queued'") == REVIEWS
    assert answered.store.scalar("SELECT count(*) FROM reviews WHERE reply_state = 'queued'") == REVIEWS
    assert sum(_senders(answered.store, 2)) == REVIEWS
    assert all(answered.fake.reply_deletes[name] == 1 for name in answered.names)
    assert [answered.online(i) for i in range(REVIEWS)] == [None] * REVIEWS
    with answered.store.connection() as conn:
        # The review needs a reply again; the words that were online stay as a version.
        assert conn.execute("SELECT DISTINCT reply_state FROM reviews").fetchall() == [("none",)]
        assert conn.execute("SELECT DISTINCT state, external_id, posted_at FROM replies").fetchall() == [
            ("none", None, None)]
        assert sorted(r[0] for r in conn.execute("SELECT text FROM reply_versions")) == [
            f"Merci {i}" for i in range(REVIEWS)]
    assert sum(_senders(answered.store, 2)) == 0  # nothing is deleted twice
    # A new reply is a new post, as on a review never answered.
    again = team_outbox.queue_reply(answered.store, answered.ids[0], "Merci encore", author="Bob", now=T0)
    assert again.action == "post"


def test_a_deletion_retried_after_a_crash_checks_the_platform_first(answered: Answered) -> None:
    _delete(answered, 0)
    _delete(answered, 1)
    with answered.store.connection() as conn:  # two senders died mid-send
        conn.execute("UPDATE outbox SET state = 'sending', attempts = 1 WHERE action = 'delete'")
    answered.fake.reviews[answered.names[0]].pop("reviewReply")  # the first had reached the platform
    assert sum(_senders(answered.store, 1)) == 2
    assert answered.fake.reply_deletes[answered.names[0]] == 0  # found gone: not asked again
    assert answered.fake.reply_deletes[answered.names[1]] == 1  # still there after the check: deleted
    assert answered.store.scalar("SELECT count(*) FROM reviews WHERE id = ANY(%s) AND reply_state = 'none'",
                                 (answered.ids[:2],)) == 2


# -- refused, nothing changed ---------------------------------------------------------------

def test_refusals_say_why_in_one_message_and_change_nothing(answered: Answered) -> None:
    store, ids = answered.store, answered.ids
    team_outbox.queue_reply(store, ids[1], "Merci, Bob", author="Bob", replace_sent=True, now=T0)  # an update
    _delete(answered, 2)  # a deletion already queued
    with store.transaction() as conn:  # the fourth review has never been answered
        conn.execute("UPDATE outbox SET state = 'cancelled' WHERE review_id = %s", (ids[3],))
        conn.execute("DELETE FROM reply_versions")
        conn.execute("UPDATE replies SET state = 'none' WHERE review_id = %s", (ids[3],))
    team_outbox.queue_reply(store, ids[3], "Pas encore en ligne", author="Bob", now=T0)
    cases = [
        (ids[1], "Bob queued a change to the reply"),
        (ids[2], "Anne already asked to delete the reply"),
        (ids[3], "is not on the platform yet: take it back instead"),
        (999_999, "does not exist"),
    ]
    before = _rows(store)
    for review_id, message in cases:
        with pytest.raises(OutboxError, match=message):
            team_answers.delete_reply(store, review_id, by="Anne", origin=ORIGIN, now=T0)
        assert _rows(store) == before
    with store.transaction() as conn:  # no reply at all; the platform refused the queued deletion
        conn.execute("UPDATE reviews SET reply_state = 'none' WHERE id = %s", (ids[4],))
        conn.execute("UPDATE replies SET state = 'none' WHERE review_id = %s", (ids[4],))
        conn.execute("UPDATE outbox SET state = 'failed', attempts = 1 WHERE action = 'delete'")
    before = _rows(store)
    with pytest.raises(OutboxError, match="has no reply on the platform to delete"):
        _delete(answered, 4)
    with pytest.raises(ReplyConflict, match="The platform refused Anne's deletion of the reply"):
        _delete(answered, 2)
    assert _rows(store) == before


def test_no_deletion_while_a_reply_or_a_deletion_is_being_sent(answered: Answered) -> None:
    store, ids = answered.store, answered.ids
    team_outbox.queue_reply(store, ids[0], "Merci, Bob", author="Anne", replace_sent=True, now=T0)
    _delete(answered, 1, by="Bob")
    senders = [store.dedicated_connection() for _ in range(2)]  # one row each (a session's lock is its own)
    try:
        claimed = [team_outbox.claim_next(sender, f"sender-{i}", now=T0) for i, sender in enumerate(senders)]
        assert sorted(c.item.review_id for c in claimed if c is not None) == ids[:2]
        before = _rows(store)
        with pytest.raises(ReplyConflict, match="being sent right now"):
            _delete(answered, 0)  # even her own update, once a sender has it
        with pytest.raises(ReplyConflict, match=r"Bob's deletion of the reply .* is being sent right now"):
            _delete(answered, 1)
        assert _rows(store) == before
    finally:
        for sender in senders:
            sender.close()


def test_an_agent_cannot_delete_where_the_location_wants_an_approver(answered: Answered) -> None:
    store = answered.store
    with store.transaction() as conn:
        location = put_location(conn, "Lyon", timezone=None, country=None, hours_json=None, review_url=None, now=T0)
        conn.execute("UPDATE reviews SET location_id = %s", (location,))
    set_location_approval(store, location, True)
    set_member_role(store, "Claire", "approver")
    before = _rows(store)
    with pytest.raises(OutboxError, match="Replies for Lyon need an approver: ask one to delete"):
        _delete(answered, 0, by="Anne")
    assert _rows(store) == before
    _delete(answered, 0, by="Claire")  # an approver deletes the team's reply
    assert sum(_senders(store, 1)) == 1 and answered.online(0) is None


def test_the_platform_rule_is_the_same_as_alone(answered: Answered) -> None:
    store = answered.store
    play = add_source(store, platform="google_play", name="App", now=T0)
    ingest_page(store, [ReviewRecord(text="Nice app", external_id="gp:1", created_at=T0)], source_id=play, now=T0)
    review = int(store.scalar("SELECT id FROM reviews WHERE source_id = %s", (play,)))
    team_answers.mark_replied_by_hand(store, review, "Thanks!", author="Bob", origin=ORIGIN, now=T0)
    before = _rows(store)
    with pytest.raises(OutboxError, match="Google Play does not let apps delete a reply; delete it on the platform"):
        team_answers.delete_reply(store, review, by="Anne", origin=ORIGIN, now=T0)
    assert _rows(store) == before


def test_ones_own_update_becomes_the_deletion_and_back(answered: Answered) -> None:
    store, ids = answered.store, answered.ids
    update = team_outbox.queue_reply(store, ids[0], "Merci, Anne", author="Anne", replace_sent=True, now=T0)
    _delete(answered, 0)  # the latest wish counts: one row, now a deletion
    assert store.scalar("SELECT action FROM outbox WHERE id = %s", (update.outbox_id,)) == "delete"
    assert store.scalar("SELECT text FROM replies WHERE id = %s", (update.reply_id,)) == "Merci 0"
    with pytest.raises(ReplyConflict, match=r"Anne asked to delete the reply .* yours was not queued"):
        team_outbox.queue_reply(store, ids[0], "Merci de Bob", author="Bob", replace_sent=True, now=T0)
    again = team_outbox.queue_reply(store, ids[0], "Merci, Anne !", author="Anne", replace_sent=True, now=T0)
    assert (again.outbox_id, again.action) == (update.outbox_id, "update")
    assert sum(_senders(store, 1)) == 1
    assert answered.online(0) == "Merci, Anne !" and answered.fake.reply_deletes[answered.names[0]] == 0


# -- from a desktop's copy, offline too ---------------------------------------------------------

def test_a_deletion_made_offline_is_pushed_when_the_server_is_back(answered: Answered, tmp_path: Path) -> None:
    where = _where(answered.url)
    with open_local_copy(tmp_path / "anne", where) as anne, _link(where, "Anne") as link, \
            open_local_copy(tmp_path / "bob", where) as bob, _link(where, "Bob") as bob_link, \
            _link(_nowhere(answered.url), "Anne") as away:
        link.mirror_once(anne)
        bob_link.mirror_once(bob)
        for i in (0, 1):
            assert local_replies.withdraw_reply(anne, answered.ids[i]).reply.action == "delete"
        assert away.mirror_once(anne).state is LinkState.OFFLINE  # kept on this computer meanwhile
        # Meanwhile Bob changes his reply to the second review on the server.
        team_outbox.queue_reply(answered.store, answered.ids[1], "Merci, Bob", author="Bob", replace_sent=True,
                                now=T0)
        pushed = link.mirror_once(anne)
        assert pushed.deleted == 1 and pushed.state is LinkState.UP_TO_DATE
        assert [(r, m) for r, m in pushed.conflicts] == [
            (answered.ids[1], f"Bob queued a change to the reply to review {answered.ids[1]}; it was not deleted.")]
        assert link.mirror_once(anne).deleted == 0  # pushed once
        assert sum(_senders(answered.store, 2)) == 2  # the deletion and Bob's update
        assert answered.online(0) is None and answered.online(1) == "Merci, Bob"
        for copy, copy_link in ((anne, link), (bob, bob_link)):
            copy_link.mirror_once(copy)
            assert _reply_states(copy, answered.ids[:2]) == {answered.ids[0]: "none", answered.ids[1]: "sent"}


def _reply_states(copy: Store, ids: list[int]) -> dict[int, str]:
    return {review_id: str(copy.scalar("SELECT reply_state FROM reviews WHERE id = ?", (review_id,)))
            for review_id in ids}


# -- the command line ------------------------------------------------------------------------

def test_the_delete_command(answered: Answered, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--store", answered.url, "--review", str(answered.ids[0]), "--as", "Anne"]
    assert main(["reply", "delete", *base]) == 0
    assert "is queued in the team's outbox" in capsys.readouterr().out
    assert main(["reply", "delete", *base]) == 1
    assert "Anne already asked to delete the reply" in capsys.readouterr().err
    assert main(["outbox", "send", "--store", answered.url]) == 0
    assert answered.fake.reply_deletes[answered.names[0]] == 1 and answered.online(0) is None
    assert main(["reply", "delete", *base]) == 1
    assert "has no reply on the platform to delete" in capsys.readouterr().err
    assert answered.store.scalar("SELECT reply_state FROM reviews WHERE id = %s", (answered.ids[0],)) == "none"
