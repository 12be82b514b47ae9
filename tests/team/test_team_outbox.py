"""The shared outbox: one reply per review however many desktops queue and senders send,
the platform checked before any resend, and a sender killed mid-send losing nothing."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.fakes.google_business import HoldingGoogleBusiness
from tests.team.workers import T0, open_store
from workstation.domain import ReviewRecord
from workstation.sources.loopback import LoopbackServer
from workstation.sources.retry import recording_policy
from workstation.sources.secret_files import write_secret_file
from workstation.store.outbox import OutboxError
from workstation.store.postgres.connection import PgStore
from workstation.store.postgres.outbox import ReplyConflict, queue_reply
from workstation.store.postgres.reviews import ingest_page
from workstation.store.postgres.sources import add_source
from workstation.sync.connectors import default_connector_factory
from workstation.sync.pacing import Pacer
from workstation.sync.team_sender import send_team_outbox

REPO = Path(__file__).resolve().parents[2]


@dataclass
class Team:
    store: PgStore
    url: str
    fake: HoldingGoogleBusiness
    server: LoopbackServer
    names: list[str]

    def review_ids(self) -> list[int]:
        return [int(i) for i in self.store.scalar("SELECT array_agg(id ORDER BY id) FROM reviews")]


@pytest.fixture
def team(pg_url: str, tmp_path: Path) -> Iterator[Team]:
    fake = HoldingGoogleBusiness()
    parent = fake.add_location("1001", "2002", "Boulangerie du Port")
    names = [fake.add_review(parent, f"r{i:04d}", comment=f"Review {i}", created=T0) for i in range(40)]
    secret = write_secret_file(tmp_path / "secrets", "gbp", {"access_token": fake.issue_token()})
    with fake.serve() as server, open_store(pg_url) as store:
        source_id = add_source(store, platform="google_business", name="Bakery", base_url=server.url,
                               settings={"reread_days": "0"}, secret_key=f"file:{secret}", now=T0)
        ingest_page(store, [ReviewRecord(text=f"Review {i}", external_id=n, created_at=T0)
                            for i, n in enumerate(names)], source_id=source_id, now=T0)
        try:
            yield Team(store, pg_url, fake, server, names)
        finally:
            fake.released.set()


def _send(team: Team, sender: str = "desk-1") -> tuple[int, int, int]:
    async def no_sleep(_seconds: float) -> None:
        return None

    factory = default_connector_factory(retry=recording_policy(attempts=2)[0])
    result = asyncio.run(send_team_outbox(team.store, sender=sender, connector_factory=factory,
                                          pacer=Pacer(sleep=no_sleep), now=lambda: T0))
    assert result.error is None, result.problems
    return result.sent, result.failed, result.pending


def test_a_second_desktop_gets_a_conflict_not_a_second_reply(team: Team) -> None:
    review = team.review_ids()[0]
    first = queue_reply(team.store, review, "Merci Anne", author="Anne", now=T0)
    assert first.action == "post"
    with pytest.raises(ReplyConflict, match="Anne already queued"):
        queue_reply(team.store, review, "Merci Bruno", author="Bruno", now=T0)
    again = queue_reply(team.store, review, "Merci beaucoup", author="Anne", now=T0)
    assert again.outbox_id == first.outbox_id
    assert _send(team) == (1, 0, 0)
    assert team.fake.reply_puts[team.names[0]] == 1
    assert team.fake.reviews[team.names[0]]["reviewReply"]["comment"] == "Merci beaucoup"
    with pytest.raises(ReplyConflict, match="already has a reply on the platform by Anne"):
        queue_reply(team.store, review, "Merci Bruno", author="Bruno", now=T0)
    update = queue_reply(team.store, review, "Merci, Bruno", author="Bruno", replace_sent=True, now=T0)
    assert update.action == "update" and update.reply_id == first.reply_id
    assert _send(team) == (1, 0, 0)
    assert team.store.scalar("SELECT count(*) FROM reply_versions") == 1


def test_an_empty_reply_or_unknown_review_is_refused(team: Team) -> None:
    with pytest.raises(OutboxError, match="empty"):
        queue_reply(team.store, team.review_ids()[0], "  ", author="Anne")
    with pytest.raises(OutboxError, match="does not exist"):
        queue_reply(team.store, 999_999, "Thanks", author="Anne")


def test_a_row_left_sending_is_checked_on_the_platform_not_posted_again(team: Team) -> None:
    """A sender died after the platform took the reply: the next one finds it there."""
    review = team.review_ids()[1]
    queued = queue_reply(team.store, review, "Thank you!", author="Anne", now=T0)
    team.fake.reviews[team.names[1]]["reviewReply"] = {"comment": "Thank you!", "updateTime": "2026-11-01T10:00:00Z"}
    with team.store.connection() as conn:
        conn.execute("UPDATE outbox SET state = 'sending', attempts = 1 WHERE id = %s", (queued.outbox_id,))
    assert _send(team) == (1, 0, 0)
    assert team.fake.reply_puts[team.names[1]] == 0
    assert team.store.scalar("SELECT reply_state FROM reviews WHERE id = %s", (review,)) == "sent"


def test_a_row_whose_post_never_arrived_is_posted_after_the_check(team: Team) -> None:
    review = team.review_ids()[2]
    queued = queue_reply(team.store, review, "Thank you!", author="Anne", now=T0)
    with team.store.connection() as conn:
        conn.execute("UPDATE outbox SET state = 'sending', attempts = 1 WHERE id = %s", (queued.outbox_id,))
    assert _send(team) == (1, 0, 0)
    assert team.fake.reply_puts[team.names[2]] == 1


def test_platform_offline_keeps_the_reply_queued_for_later(team: Team) -> None:
    review = team.review_ids()[3]
    queue_reply(team.store, review, "Thank you!", author="Anne", now=T0)
    team.fake.faults.add("server_error", count=10, status=503)
    sent, failed, pending = _send(team)
    assert (sent, failed, pending) == (0, 0, 1)
    assert team.store.scalar("SELECT state FROM outbox") == "queued"
    assert team.store.scalar("SELECT attempts FROM outbox") == 1  # the next try checks first


def _spawn(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "tests.team.workers", *args], cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _json(process: subprocess.Popen[bytes]) -> dict[str, int]:
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err.decode()
    return dict(json.loads(out.decode().strip().splitlines()[-1]))


@pytest.mark.slow
def test_two_desktops_four_senders_one_killed_every_review_gets_exactly_one_reply(team: Team, tmp_path: Path) -> None:
    go = tmp_path / "go"
    desktops = [_spawn("queue", team.url, author, str(go)) for author in ("Anne", "Bruno")]
    go.touch()
    queued = [_json(d) for d in desktops]
    assert sum(q["queued"] for q in queued) == 40 and sum(q["conflicts"] for q in queued) == 40
    held = team.fake.hold = team.names[0]

    # Survivors keep polling (up to 90 s from their start, ending as soon as nothing waits) for
    # the rows the killed sender held: with 20 s, a slow start under load could end them before
    # the server dropped the victim's locks, leaving its claimed rows for a later send.
    senders = {f"p{i}": _spawn("send", team.url, f"p{i}", "3", "90") for i in range(4)}
    try:
        deadline = time.monotonic() + 60
        while team.fake.reply_puts[held] == 0:  # the platform took the reply; its sender waits
            assert time.monotonic() < deadline, "no sender reached the held review"
            time.sleep(0.01)
        claimed_by = str(team.store.scalar(
            "SELECT o.claimed_by FROM outbox o JOIN reviews r ON r.id = o.review_id WHERE r.external_id = %s",
            (held,)))
        victim = senders.pop(claimed_by.split("-")[0])
        os.kill(victim.pid, signal.SIGKILL)
        victim.wait(timeout=30)
        team.fake.released.set()
        results = [_json(s) for s in senders.values()]
    finally:
        for process in senders.values():
            if process.poll() is None:
                process.kill()
                process.wait()
    assert all(team.fake.reply_puts[name] == 1 for name in team.names), dict(team.fake.reply_puts)
    assert all("reviewReply" in team.fake.reviews[name] for name in team.names)
    assert team.store.scalar("SELECT count(*) FROM outbox WHERE state <> 'sent'") == 0
    assert team.store.scalar("SELECT count(*) FROM outbox") == 40
    # The killed sender's review was found on the platform by a survivor, not posted again.
    assert sum(r["sent"] for r in results) >= 1
