"""Optional approval per location on a team server: an agent's reply waits for an approver,
nobody approves their own (enforced in the store), approve queues it once, reject sends it
back with a note; locations without approval queue directly; the commands say what happened."""

from __future__ import annotations

import pytest

from tests.team.workers import T0, open_store, review
from workstation.cli import main
from workstation.ops import team
from workstation.store.postgres import outbox as team_outbox
from workstation.store.postgres.approval import ApprovalRefused
from workstation.store.postgres.connection import PgStore
from workstation.store.postgres.reviews import import_records
from workstation.store.postgres.roles import (
    ApprovalRequired,
    set_location_approval,
    set_member_role,
)

ORIGIN = "test@desk"


def _setup(store: PgStore) -> tuple[int, int]:
    """A review in Lyon (approval on) and one in Paris (off); Anne agent, Boss and Chloé approvers."""
    import_records(store, [review(1)], default_location="Lyon", now=T0)
    import_records(store, [review(2)], default_location="Paris", now=T0)
    lyon = int(store.scalar("SELECT id FROM locations WHERE name = 'Lyon'"))
    assert set_location_approval(store, lyon, True)
    assert not set_location_approval(store, 9999, True)
    set_member_role(store, "Boss", "approver")
    set_member_role(store, "Chloé", "approver")
    set_member_role(store, "Anne", "agent")
    in_lyon = int(store.scalar("SELECT r.id FROM reviews r JOIN locations l ON l.id = r.location_id "
                               "WHERE l.name = 'Lyon'"))
    in_paris = int(store.scalar("SELECT r.id FROM reviews r JOIN locations l ON l.id = r.location_id "
                                "WHERE l.name = 'Paris'"))
    return in_lyon, in_paris


def test_an_agents_reply_waits_and_an_approver_queues_it_once(pg_url: str) -> None:
    with open_store(pg_url) as store:
        lyon, paris = _setup(store)
        with pytest.raises(ApprovalRequired, match="Replies for Lyon wait for an approver"):
            team_outbox.queue_reply(store, lyon, "Merci !", author="Anne")  # the store itself refuses
        assert store.scalar("SELECT count(*) FROM outbox") == 0
        waiting, _ = team.submit_for_approval(store, lyon, "Merci !", author="Anne", origin=ORIGIN)
        assert (waiting.state, waiting.author) == ("approval", "Anne")
        with pytest.raises(ApprovalRefused, match="not an approver"):
            team.approve_reply(store, lyon, approver="Anne", origin=ORIGIN)
        queued, _ = team.approve_reply(store, lyon, approver="Boss", origin=ORIGIN)
        assert store.scalar("SELECT queued_by FROM outbox WHERE reply_id = %s", (queued.reply_id,)) == "Anne"
        assert store.scalar("SELECT approved_by FROM replies WHERE id = %s", (queued.reply_id,)) == "Boss"
        assert team.current_draft(store, lyon) is None
        with pytest.raises(ApprovalRefused, match="No reply to review"):
            team.approve_reply(store, lyon, approver="Chloé", origin=ORIGIN)  # nothing left: never twice
        assert store.scalar("SELECT count(*) FROM outbox") == 1
        # Paris asks for no approval: the agent queues directly; approvers always do.
        team.queue_reply(store, paris, "Thanks", author="Anne", origin=ORIGIN)
        assert store.scalar("SELECT count(*) FROM outbox") == 2


def test_nobody_approves_their_own_reply_even_after_editing_an_agents(pg_url: str) -> None:
    with open_store(pg_url) as store:
        lyon, _ = _setup(store)
        waiting, _ = team.submit_for_approval(store, lyon, "Merci", author="Anne", origin=ORIGIN)
        # Boss rewrites it: the words are now his, so he may not approve them himself.
        edited, _ = team.save_draft(store, lyon, "Merci beaucoup, à bientôt", author="Boss",
                                    base_version=waiting.version, origin=ORIGIN)
        assert edited is not None and edited.state == "approval"
        with pytest.raises(ApprovalRefused, match="Nobody approves their own reply"):
            team.approve_reply(store, lyon, approver="Boss", origin=ORIGIN)
        queued, _ = team.approve_reply(store, lyon, approver="Chloé", origin=ORIGIN)
        assert store.scalar("SELECT text FROM outbox WHERE reply_id = %s", (queued.reply_id,)) == \
            "Merci beaucoup, à bientôt"


def test_a_rejected_reply_goes_back_to_its_author_with_the_note(pg_url: str) -> None:
    with open_store(pg_url) as store:
        lyon, _ = _setup(store)
        team.submit_for_approval(store, lyon, "ok", author="Anne", origin=ORIGIN)
        back, _ = team.reject_reply(store, lyon, approver="Boss", note="Too short, thank them by name",
                                    origin=ORIGIN)
        assert (back.state, back.author, back.note) == ("draft", "Anne", "Too short, thank them by name")
        with pytest.raises(ApprovalRefused):
            team.approve_reply(store, lyon, approver="Boss", origin=ORIGIN)  # not waiting any more
        again, _ = team.submit_for_approval(store, lyon, "Merci Jean !", author="Anne", origin=ORIGIN)
        assert again.note is None and again.version == back.version + 1
        assert store.scalar("SELECT count(*) FROM replies WHERE review_id = %s", (lyon,)) == 1


def test_the_commands_queue_for_approval_approve_and_refuse_plainly(pg_url: str,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    with open_store(pg_url) as store:
        lyon, _ = _setup(store)
    base = ["--store", pg_url, "--review", str(lyon)]
    assert main(["reply", "queue", *base, "--text", "Merci !", "--as", "Anne"]) == 0
    assert "waits for an approver" in capsys.readouterr().out
    assert main(["reply", "approve", *base, "--as", "Anne"]) == 1
    assert "Anne is not an approver" in capsys.readouterr().err
    assert main(["reply", "reject", *base, "--as", "Boss", "--note", "Sign it"]) == 0
    assert "sent back to Anne" in capsys.readouterr().out
    assert main(["reply", "queue", *base, "--text", "Merci ! Claire", "--as", "Anne"]) == 0
    capsys.readouterr()
    assert main(["reply", "approve", *base, "--as", "Boss"]) == 0
    assert "is queued (post)" in capsys.readouterr().out
    with open_store(pg_url) as store:
        assert store.scalar("SELECT text FROM outbox") == "Merci ! Claire"
