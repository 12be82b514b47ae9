"""Automatic replies on a team server: the rules edited on one desktop are the team's (pushed,
pulled by the others, the last push wins), a run queues each due review's reply once in the
shared outbox — even with two desktops running at the same time — never below four stars, never
over a reply or draft a person made, and the dashboard's share of automatic replies reads from
the copy. Every instant derives from `MONDAY_10` (tests/ops/auto_setup.py)."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from tests.ops.auto_setup import HOUR, MONDAY_10, rule, rule_on
from tests.team.test_team_mirror import _link, _where
from tests.team.workers import open_store
from workstation.cli import main
from workstation.domain import ReviewRecord
from workstation.metrics.automatic import automatic_share, load_posted
from workstation.ops import auto_replies as auto
from workstation.ops.auto_replies import AutoRun
from workstation.ops.team_actions import sync_and_send
from workstation.ops.team_auto_replies import run_team_auto_replies
from workstation.ops.team_mirror import LinkState, TeamLink, open_local_copy
from workstation.store.analysis_results import AnalysisRow
from workstation.store.auto_replies import list_rules
from workstation.store.business_profile import BusinessLocation, BusinessProfile
from workstation.store.db import Store
from workstation.store.location import PostgresLocation
from workstation.store.postgres import auto_replies as server_auto
from workstation.store.postgres import outbox as team_outbox
from workstation.store.postgres.connection import PgStore
from workstation.store.postgres.drafts import save_draft
from workstation.store.postgres.reviews import import_records
from workstation.store.postgres.roles import set_location_approval
from workstation.store.postgres.settings import save_profile
from workstation.store.postgres.triage import save_analysis
from workstation.sync import team_mirror

RUN_AT = MONDAY_10 + HOUR  # 12:00 in Paris, a Monday: open, and the rules' 30-minute delay is over
REPO = Path(__file__).resolve().parents[2]
HAPPY = "Lovely coffee and a warm welcome, thank you."


def _café(server: PgStore, reviews: dict[str, int]) -> dict[str, int]:
    """The Paris café on the server, its reviews (external id → stars) seen at MONDAY_10 and read
    by the triage; returns external id → review id."""
    save_profile(server, BusinessProfile(
        business_name="Café Marie", locations=[BusinessLocation("Paris", "Europe/Paris", "mon_fri")],
        signature="— Marie, Café Marie"), now=MONDAY_10 - 2 * HOUR)
    records = [ReviewRecord(HAPPY if stars >= 4 else "Cold coffee.", stars=stars, author="Paul Martin",
                            created_at=MONDAY_10 - HOUR, external_id=ext, lang="en", platform="google_business")
               for ext, stars in reviews.items()]
    import_records(server, records, default_location="Paris", now=MONDAY_10)
    with server.connection() as conn:
        ids = {str(e): int(i) for e, i in conn.execute("SELECT external_id, id FROM reviews").fetchall()}
    analysis = json.dumps({"categories": [], "topics": [], "flags": []})
    with server.transaction() as conn:
        save_analysis(conn, [AnalysisRow(i, "en", 0.8, 0.1, "low", analysis, 1) for i in ids.values()])
    return ids


@contextlib.contextmanager
def _desktop(where: PostgresLocation, folder: Path, member: str) -> Iterator[tuple[Store, TeamLink]]:
    with open_local_copy(folder, where) as copy, _link(where, member) as link:
        assert link.mirror_once(copy, now=lambda: RUN_AT).state is LinkState.UP_TO_DATE
        yield copy, link


def _rule_on_the_server(where: PostgresLocation, folder: Path) -> None:
    """Anne switches a rule on in her window (an hour before the reviews arrive) and it is pushed."""
    with _desktop(where, folder, "Anne") as (copy, link):
        rule_on(copy, rule(), MONDAY_10 - HOUR)
        assert link.mirror_once(copy, now=lambda: RUN_AT).settings == 1


def _queued(server: PgStore) -> dict[int, int]:
    """Review id → number of replies in the shared outbox."""
    with server.connection() as conn:
        return {int(r): int(n) for r, n in conn.execute("SELECT review_id, count(*) FROM outbox GROUP BY review_id")}


def test_rules_made_on_one_desktop_are_the_teams_and_the_last_push_wins(pg_url: str, tmp_path: Path) -> None:
    where = _where(pg_url)
    with open_store(pg_url) as server:
        _café(server, {"a": 5})
    with _desktop(where, tmp_path / "a", "Anne") as (a, link_a), _desktop(where, tmp_path / "b", "Bob") as (b, link_b):
        rule_id = rule_on(a, rule(name="Happy customers"), MONDAY_10)
        assert link_a.mirror_once(a).settings == 1
        link_b.mirror_once(b)
        [seen] = list_rules(b)
        assert (seen.id, seen.name, seen.enabled, seen.min_stars) == (rule_id, "Happy customers", True, 4)
        # Bob renames it while Anne switches it off; Bob pushes last: his rule wins, whole.
        auto.switch_rule(a, rule_id, False, now=MONDAY_10 + HOUR)
        link_a.mirror_once(a)
        auto.save_rule(b, rule(id=rule_id, name="Fans"), now=MONDAY_10 + HOUR)
        link_b.mirror_once(b)
        link_a.mirror_once(a)
        assert [(r.name, r.enabled) for r in list_rules(a)] == [("Fans", True)]
        # A rule made offline on one desktop and one made meanwhile on the other both survive.
        second, _ = auto.save_rule(a, rule(name="Ratings only", with_text=False), now=MONDAY_10 + HOUR)
        third, _ = auto.save_rule(b, rule(name="Five stars", min_stars=5), now=MONDAY_10 + HOUR)
        assert second == third  # the same local id on both copies, for two different rules
        link_b.mirror_once(b)
        link_a.mirror_once(a)
        link_b.mirror_once(b)
        names = sorted(r.name for r in list_rules(a))
        assert names == sorted(r.name for r in list_rules(b)) == ["Fans", "Five stars", "Ratings only"]
        # Deleted on one desktop: gone for everyone.
        auto.delete_rule(b, rule_id)
        link_b.mirror_once(b)
        link_a.mirror_once(a)
        assert sorted(r.name for r in list_rules(a)) == ["Five stars", "Ratings only"]
    with open_store(pg_url) as server, server.connection() as conn:
        assert conn.execute("SELECT count(*) FROM auto_reply_rules").fetchone()[0] == 2  # type: ignore[index]
        with pytest.raises(Exception, match="check"):  # the server refuses a rule below four stars
            conn.execute("INSERT INTO auto_reply_rules (name, min_stars, created_at, updated_at) "
                         "VALUES ('bad', 3, 'x', 'x')")


def test_a_run_queues_due_reviews_once_never_low_ratings_nor_over_a_persons_reply(pg_url: str,
                                                                                   tmp_path: Path) -> None:
    where = _where(pg_url)
    with open_store(pg_url) as server:
        ids = _café(server, {"five": 5, "four": 4, "three": 3, "one": 1, "drafted": 5, "queued": 5})
        save_draft(server, ids["drafted"], "Merci Paul, à bientôt", author="Camille", base_version=None,
                   now=MONDAY_10)
        team_outbox.queue_reply(server, ids["queued"], "Thanks Paul!", author="Camille", now=MONDAY_10)
        _rule_on_the_server(where, tmp_path / "a")
        with _desktop(where, tmp_path / "b", "Bob") as (copy, link):
            early = run_team_auto_replies(server, copy, author="Bob", origin="Bob@b", now=MONDAY_10 + timedelta(minutes=10))
            assert early.count("queued") == 0 and early.count("waiting") == 2  # the rule's delay
            run = run_team_auto_replies(server, copy, author="Bob", origin="Bob@b", now=RUN_AT)
            assert sorted(i.review_id for i in run.items if i.outcome == "queued") == sorted([ids["five"], ids["four"]])
            again = run_team_auto_replies(server, copy, author="Bob", origin="Bob@b", now=RUN_AT + HOUR)
            assert again.count("queued") == 0
            assert _queued(server) == {ids["five"]: 1, ids["four"]: 1, ids["queued"]: 1}
            assert server_auto.automatic_count(server) == 2
            # The copy learns of them at the next pull, marked automatic.
            link.mirror_once(copy, now=lambda: RUN_AT)
            marks = {int(r[0]): str(r[1]) for r in copy.query(
                "SELECT r.review_id, a.rule_name FROM auto_replies a JOIN replies r ON r.id = a.reply_id")}
            assert marks == {ids["five"]: "Happy customers", ids["four"]: "Happy customers"}
            with server.connection() as conn:
                text = conn.execute("SELECT text FROM outbox WHERE review_id = %s", (ids["five"],)).fetchone()[0]  # type: ignore[index]
            assert text.endswith("— Marie, Café Marie")


def test_outside_opening_hours_the_reply_waits(pg_url: str, tmp_path: Path) -> None:
    where = _where(pg_url)
    with open_store(pg_url) as server:
        _café(server, {"five": 5})
        _rule_on_the_server(where, tmp_path / "a")
        with _desktop(where, tmp_path / "b", "Bob") as (copy, _link_b):
            evening = MONDAY_10 + 9 * HOUR  # 20:00 in Paris: closed
            run = run_team_auto_replies(server, copy, author="Bob", origin="Bob@b", now=evening)
            [item] = run.items
            assert item.outcome == "waiting" and item.post_at == MONDAY_10 + timedelta(days=1) - 2 * HOUR
            assert _queued(server) == {}


def test_a_location_waiting_for_approval_is_left_to_a_person(pg_url: str, tmp_path: Path) -> None:
    where = _where(pg_url)
    with open_store(pg_url) as server:
        _café(server, {"five": 5})
        location_id = int(server.scalar("SELECT id FROM locations WHERE name = 'Paris'"))
        set_location_approval(server, location_id, True)
        _rule_on_the_server(where, tmp_path / "a")
        with _desktop(where, tmp_path / "b", "Bob") as (copy, _link_b):
            [item] = run_team_auto_replies(server, copy, author="Bob", origin="Bob@b", now=RUN_AT).items
            assert item.outcome == "person" and "approver" in item.reason_en
            assert _queued(server) == {}


def _race(pg_url: str, tmp_path: Path, member_folders: list[str]) -> list[AutoRun]:
    """Every desktop runs the rules at the same instant, each on its own copy and connection."""
    where = _where(pg_url)
    barrier = threading.Barrier(len(member_folders))
    runs: list[AutoRun] = []
    errors: list[BaseException] = []

    def desktop(name: str) -> None:
        try:
            with _desktop(where, tmp_path / name, name) as (copy, _link_x), open_store(pg_url) as server:
                barrier.wait()
                runs.append(run_team_auto_replies(server, copy, author=name, origin=f"{name}@x", now=RUN_AT))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=desktop, args=(name,)) for name in member_folders]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return runs


REVIEWS = {f"r{i:02d}": 4 + i % 2 for i in range(12)} | {"low": 2, "mid": 3}


def test_two_desktops_running_at_once_queue_each_review_exactly_once(pg_url: str, tmp_path: Path) -> None:
    with open_store(pg_url) as server:
        ids = _café(server, REVIEWS)
    _rule_on_the_server(_where(pg_url), tmp_path / "setup")
    runs = _race(pg_url, tmp_path, ["Anne", "Bob"])
    with open_store(pg_url) as server:
        queued = _queued(server)
        assert server_auto.automatic_count(server) == 12
    assert queued == {ids[e]: 1 for e in REVIEWS if REVIEWS[e] >= 4}
    assert sum(r.count("queued") for r in runs) == 12


def test_without_the_runner_lock_the_review_row_still_decides(pg_url: str, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The second guard alone: both desktops run every review, the review row's lock and the
    "no reply of any kind" check inside the queueing transaction let one reply through."""
    @contextlib.contextmanager
    def always_ours(_store: PgStore) -> Iterator[bool]:
        yield True

    monkeypatch.setattr(server_auto, "runner_lock", always_ours)
    with open_store(pg_url) as server:
        ids = _café(server, REVIEWS)
    _rule_on_the_server(_where(pg_url), tmp_path / "setup")
    runs = _race(pg_url, tmp_path, ["Anne", "Bob", "Chloé"])
    with open_store(pg_url) as server:
        assert _queued(server) == {ids[e]: 1 for e in REVIEWS if REVIEWS[e] >= 4}
        assert server_auto.automatic_count(server) == 12
    assert sum(r.count("queued") for r in runs) == 12
    assert sum(r.count("taken") for r in runs) == 24  # each other desktop found it answered


def test_a_desktop_finding_the_runner_lock_taken_does_nothing(pg_url: str, tmp_path: Path) -> None:
    where = _where(pg_url)
    with open_store(pg_url) as server:
        _café(server, {"five": 5})
        _rule_on_the_server(where, tmp_path / "a")
        with _desktop(where, tmp_path / "b", "Bob") as (copy, _link_b), server_auto.runner_lock(server) as held:
            assert held
            run = run_team_auto_replies(server, copy, author="Bob", origin="Bob@b", now=RUN_AT)
            assert run.busy and run.items == [] and _queued(server) == {}


def test_the_dashboard_share_of_automatic_replies_reads_from_the_copy(pg_url: str, tmp_path: Path) -> None:
    where = _where(pg_url)
    with open_store(pg_url) as server:
        ids = _café(server, {"five": 5, "by_hand": 5})
        team_outbox.queue_reply(server, ids["by_hand"], "Thanks Paul, see you soon!", author="Camille",
                                now=MONDAY_10)
        _rule_on_the_server(where, tmp_path / "a")
        with _desktop(where, tmp_path / "b", "Bob") as (copy, link):
            run_team_auto_replies(server, copy, author="Bob", origin="Bob@b", now=RUN_AT)
            with server.connection() as conn:
                while (claimed := team_outbox.claim_next(conn, "sender", now=RUN_AT)) is not None:
                    team_outbox.mark_sent(conn, claimed.item, remote_id="x", posted_at=RUN_AT, now=RUN_AT)
                    team_outbox.release(conn, claimed.item.id)
            link.mirror_once(copy, now=lambda: RUN_AT)
            share = automatic_share(load_posted(copy), start=MONDAY_10, end=RUN_AT + HOUR)
    assert (share.automatic, share.replies) == (1, 2)


def test_the_commands_manage_the_teams_rules_and_run_them(pg_url: str, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    with open_store(pg_url) as server:
        ids = _café(server, {"five": 5, "two": 2})
    store, data = ["--store", pg_url], ["--data-dir", str(tmp_path / "cli")]
    before = (MONDAY_10 - HOUR).isoformat()
    assert main(["reply", "auto-rule", "add", "--name", "Fans", "--delay", "30", *store, *data, "--now", before]) == 0
    assert "rule 1 added, off" in capsys.readouterr().out
    assert main(["reply", "auto-rule", "preview", "1", *store, *data, "--now", before]) == 0
    assert main(["reply", "auto-rule", "on", "1", *store, *data, "--now", before]) == 0
    capsys.readouterr()
    # Another computer sees the team's rule.
    assert main(["reply", "auto-rule", "list", "--json", *store, "--data-dir", str(tmp_path / "other")]) == 0
    assert [(r["name"], r["on"]) for r in json.loads(capsys.readouterr().out)] == [("Fans", True)]
    assert main(["reply", "auto-run", "--dry-run", *store, *data, "--now", RUN_AT.isoformat()]) == 0
    assert capsys.readouterr().out.startswith("would queue 1,")
    assert main(["reply", "auto-run", "--json", *store, "--data-dir", str(tmp_path / "other"),
                 "--now", RUN_AT.isoformat()]) == 0
    assert [(i["review"], i["outcome"]) for i in json.loads(capsys.readouterr().out)] == [(ids["five"], "queued")]
    with open_store(pg_url) as server:
        assert _queued(server) == {ids["five"]: 1}
    assert main(["reply", "auto-rule", "on", "9", *store, *data]) == 2
    assert "There is no rule 9" in capsys.readouterr().err


def test_the_windows_scheduled_run_queues_the_teams_automatic_replies(pg_url: str, tmp_path: Path) -> None:
    """The team window's run (ops.team_actions.sync_and_send, after its mirror) runs the rules
    from the copy before sending: the source's sign-in details are not on this computer, so the
    reply waits in the shared outbox for a computer that has them."""
    where = _where(pg_url)
    with open_store(pg_url) as server:
        ids = _café(server, {"five": 5, "two": 2})
    _rule_on_the_server(where, tmp_path / "a")
    with _desktop(where, tmp_path / "b", "Bob") as (copy, link):
        run = sync_and_send(link, copy, source_ids=[], send=True, now=lambda: RUN_AT)
        assert run.reached_server and run.auto_queued == 1
        assert run.sent is not None and run.sent.sent == 0
        again = sync_and_send(link, copy, source_ids=[], send=True, now=lambda: RUN_AT + HOUR)
        assert again.auto_queued == 0
    with open_store(pg_url) as server:
        assert _queued(server) == {ids["five"]: 1}


def test_a_pull_never_undoes_a_rule_changed_here_before_it_is_pushed(pg_url: str, tmp_path: Path) -> None:
    where = _where(pg_url)
    with open_store(pg_url) as server:
        _café(server, {"five": 5})
        _rule_on_the_server(where, tmp_path / "a")
        with _desktop(where, tmp_path / "b", "Bob") as (copy, link):
            [shared] = list_rules(copy)
            auto.switch_rule(copy, int(shared.id or 0), False, now=RUN_AT)  # offline, say: not pushed yet
            team_mirror.pull(server, copy)
            assert [r.enabled for r in list_rules(copy)] == [False]
            assert server.scalar("SELECT enabled FROM auto_reply_rules") == 1
            link.mirror_once(copy, now=lambda: RUN_AT)
            assert server.scalar("SELECT enabled FROM auto_reply_rules") == 0
            # Switched off for the team: the next run answers nothing.
            assert run_team_auto_replies(server, copy, author="Bob", origin="Bob@b", now=RUN_AT).items == []


def test_two_computers_running_the_command_at_once_queue_each_review_exactly_once(pg_url: str,
                                                                                  tmp_path: Path) -> None:
    """Two `workstation reply auto-run --store` processes (Anne's two computers, each with its own
    copy) started together: every eligible review gets exactly one reply in the shared outbox.
    (One member on both: the outbox's "another member already queued" refusal cannot hide a
    missing guard here — the same author's second reply would just replace the first.)"""
    with open_store(pg_url) as server:
        ids = _café(server, REVIEWS)
    _rule_on_the_server(_where(pg_url), tmp_path / "setup")
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}  # never the real keychain
    computers = [subprocess.Popen(
        [sys.executable, "-m", "workstation", "reply", "auto-run", "--store", pg_url, "--data-dir",
         str(tmp_path / name), "--as", "Anne", "--now", RUN_AT.isoformat()],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for name in ("office", "laptop")]
    outputs = [c.communicate(timeout=300) for c in computers]
    assert [c.returncode for c in computers] == [0, 0], [err.decode() for _, err in outputs]
    with open_store(pg_url) as server:
        assert _queued(server) == {ids[e]: 1 for e in REVIEWS if REVIEWS[e] >= 4}
        assert server_auto.automatic_count(server) == 12


def test_rules_left_on_a_copy_from_before_sharing_are_switched_off_before_they_answer_for_the_team(
        pg_url: str, tmp_path: Path) -> None:
    """Before this version the window said a team copy's rules "answer no review": upgrading
    never turns them into the team's live rules without the owner trying them again."""
    where = _where(pg_url)
    with open_store(pg_url) as server:
        _café(server, {"five": 5})
    with _desktop(where, tmp_path / "a", "Anne") as (copy, _link_a):
        rule_on(copy, rule(), MONDAY_10 - HOUR)
        with copy.transaction() as conn:  # as a copy made by the previous version
            conn.execute("DROP TABLE team_base_auto_rules")
    with _desktop(where, tmp_path / "a", "Anne") as (copy, _link_a):
        assert [(r.name, r.enabled) for r in list_rules(copy)] == [("Happy customers", False)]
        with open_store(pg_url) as server:
            assert server.scalar("SELECT enabled FROM auto_reply_rules") == 0
            assert run_team_auto_replies(server, copy, author="Anne", origin="Anne@a", now=RUN_AT).items == []


def test_the_command_with_the_server_away_says_so_and_changes_nothing(pg_url: str, tmp_path: Path) -> None:
    from tests.team.test_team_mirror import _nowhere
    from workstation import team_auto_cli
    from workstation.command_line import UsageError

    away = _nowhere(pg_url)
    with pytest.raises(UsageError, match="nothing was changed"):
        team_auto_cli.run_now(away, ["--data-dir", str(tmp_path), "--now", RUN_AT.isoformat()], author="Anne",
                              origin="Anne@a")
    with pytest.raises(UsageError, match="nothing was changed"):
        team_auto_cli.run_rule(away, ["add", "--name", "Fans"], data_dir=str(tmp_path), author="Anne",
                               origin="Anne@a")
    with open_local_copy(tmp_path, away) as copy:
        assert list_rules(copy) == []
