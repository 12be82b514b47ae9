"""`workstation team member …` and `team approval …` on a team server: only an approver changes
roles and switches (the first approver of a new team excepted), the last approver stays, approval
needs someone to approve, and the switch really holds an agent's reply; plain messages and exit
codes (0 done, 1 refused, 2 usage)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.team.workers import T0, open_store, review
from workstation.cli import main
from workstation.ops import team_admin
from workstation.store.postgres.reviews import import_records


def _team(pg_url: str, *args: str) -> int:
    return main(["team", *args, "--store", pg_url])


def test_only_approvers_run_the_team_once_it_has_one(pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert _team(pg_url, "member", "list") == 0
    assert "no team members yet" in capsys.readouterr().out
    assert _team(pg_url, "member", "add", "Anne", "--as", "Anne") == 1  # an agent cannot be the first member
    assert "has no approver yet" in capsys.readouterr().err
    assert _team(pg_url, "member", "add", "Boss", "--role", "approver", "--as", "Boss") == 0
    assert capsys.readouterr().out == "Boss joined the team as an approver\n"
    # From now on only an approver changes the team.
    assert _team(pg_url, "member", "add", "Anne", "--role", "approver", "--as", "Anne") == 1
    assert "Only an approver can add team members; Anne is not one" in capsys.readouterr().err
    assert _team(pg_url, "member", "add", "Anne", "--as", "Boss") == 0
    assert _team(pg_url, "member", "set-role", "Anne", "approver", "--as", "Anne") == 1
    assert _team(pg_url, "member", "add", "Anne", "--as", "Boss") == 1
    assert "Anne is already a member (agent)" in capsys.readouterr().err
    assert _team(pg_url, "member", "set-role", "Zoé", "agent", "--as", "Boss") == 1
    assert "Zoé is not a member" in capsys.readouterr().err
    # The last approver stays one until another is appointed.
    assert _team(pg_url, "member", "set-role", "Boss", "agent", "--as", "Boss") == 1
    assert "Boss is the team's last approver" in capsys.readouterr().err
    assert _team(pg_url, "member", "set-role", "Anne", "approver", "--as", "Boss") == 0
    assert capsys.readouterr().out == "Anne is now an approver\n"
    assert _team(pg_url, "member", "set-role", "Boss", "agent", "--as", "Anne") == 0
    capsys.readouterr()
    assert _team(pg_url, "member", "list") == 0
    assert capsys.readouterr().out == "Anne: approver\nBoss: agent\n"
    assert _team(pg_url, "member", "set-role", "Anne", "boss") == 2  # not a role: usage
    assert _team(pg_url, "member", "promote", "Anne") == 2
    assert "usage: workstation team" in capsys.readouterr().err


def test_the_approval_switch_holds_an_agents_reply(pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    with open_store(pg_url) as store:
        import_records(store, [review(1)], default_location="Lyon", now=T0)
        lyon = int(store.scalar("SELECT id FROM locations WHERE name = 'Lyon'"))
        review_id = int(store.scalar("SELECT id FROM reviews"))
    assert _team(pg_url, "approval", "on", "--location", "Lyon", "--as", "Anne") == 1
    assert "Nobody could approve the replies" in capsys.readouterr().err
    assert _team(pg_url, "member", "add", "Boss", "--role", "approver", "--as", "Boss") == 0
    assert _team(pg_url, "member", "add", "Anne", "--as", "Boss") == 0
    assert _team(pg_url, "approval", "on", "--location", "Lyon", "--as", "Anne") == 1
    assert "Only an approver can switch approval" in capsys.readouterr().err
    assert _team(pg_url, "approval", "on", "--location", "Paris", "--as", "Boss") == 1
    assert "No location called 'Paris' on the team server (there are: Lyon)." in capsys.readouterr().err
    assert _team(pg_url, "approval", "on", "--location", str(lyon), "--as", "Boss") == 0  # by its number too
    assert capsys.readouterr().out.endswith("Lyon: agents' replies now wait for an approver\n")
    assert _team(pg_url, "approval", "list") == 0
    assert capsys.readouterr().out == "Lyon: replies wait for an approver\n"
    reply = ["reply", "queue", "--store", pg_url, "--review", str(review_id), "--text", "Merci !", "--as", "Anne"]
    assert main(reply) == 0
    assert "waits for an approver" in capsys.readouterr().out
    assert _team(pg_url, "approval", "off", "--location", "Lyon", "--as", "Boss") == 0
    assert "replies are queued without approval" in capsys.readouterr().out
    assert main(["reply", "draft", "--store", pg_url, "--review", str(review_id), "--discard", "--base-version", "1",
                 "--as", "Anne"]) == 0
    assert main(reply) == 0
    assert "queued reply" in capsys.readouterr().out


def test_two_first_approvers_at_once_make_one(pg_url: str) -> None:
    """A new team's first command lets anyone appoint an approver: two at once take turns."""
    def appoint(name: str) -> str:
        with open_store(pg_url) as store:
            try:
                team_admin.add_member(store, name, "approver", actor=name, origin=name)
            except team_admin.TeamChangeRefused:
                return "refused"
            return "added"

    with ThreadPoolExecutor(2) as pool:
        outcomes = sorted(pool.map(appoint, ["Anne", "Boss"]))
    assert outcomes == ["added", "refused"]
    with open_store(pg_url) as store:
        assert [m.role for m in team_admin.list_members(store)] == ["approver"]


def test_team_commands_need_a_team_server(capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WORKSTATION_STORE", raising=False)
    assert main(["team", "member", "list"]) == 2
    assert "works with a team server: give its address with --store" in capsys.readouterr().err
