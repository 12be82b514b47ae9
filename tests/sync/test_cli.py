"""The headless commands end to end, each in a subprocess, against the loopback Google
fake served by the test process (so the test can count the replies it receives).

The bad-input table runs the same `main` in this process: ten interpreter starts cost
half a minute on the loaded CI machine and check nothing a subprocess adds (the end-to-end,
offline and SIGKILL tests still start the real command)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT, MemoryKeyring
from tests.fakes.google_business import FakeGoogleBusiness
from workstation.sources.loopback import FakeRequest, FakeResponse, LoopbackServer
from workstation.store.db import Store
from workstation.sync import queue_reply

# The instant every command acts at (the hidden --now of the commands that read the clock):
# the reviews' deadlines and the outbox's stamps never depend on the day the test runs.
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
AT_NOW = ("--now", NOW.isoformat())


@dataclass
class Env:
    tmp: Path
    data: Path
    env: dict[str, str]
    fake: FakeGoogleBusiness
    server: LoopbackServer
    token: str
    creds: Path
    logs: list[str]

    def cli(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        proc = subprocess.run(
            [sys.executable, "-m", "workstation.sync.cli", *args, "--data-dir", str(self.data)],
            env=self.env, cwd=REPO_ROOT, capture_output=True, text=True, timeout=timeout,
        )
        self.logs.append(proc.stdout + proc.stderr)
        return proc

    def popen(self, *args: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, "-m", "workstation.sync.cli", *args, "--data-dir", str(self.data)],
            env=self.env, cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )

    def db(self) -> sqlite3.Connection:
        return sqlite3.connect(self.data / "workstation.sqlite3")

    def add_source(self) -> str:
        proc = self.cli("source", "add", "--platform", "google_business", "--name", "Boulangerie",
                        "--base-url", self.server.url, "--credentials", str(self.creds),
                        "--setting", "reread_days=0")
        assert proc.returncode == 0, proc.stderr
        return proc.stdout.strip()


@pytest.fixture
def env(tmp_path: Path) -> Iterator[Env]:
    fake = FakeGoogleBusiness()
    parent = fake.add_location("111", "222", "Boulangerie du Port")
    # Published an hour before NOW, the clock the commands are given: fresh reviews get a
    # reply deadline; history older than 14 days would not.
    fake.populate(parent, 30, start=NOW - timedelta(hours=1))
    token = fake.issue_token()
    creds = tmp_path / "token.json"
    creds.write_text(json.dumps({"access_token": token}), encoding="utf-8")
    child_env = dict(os.environ)
    child_env.update({
        "PYTHONPATH": str(REPO_ROOT),
        "PYTHON_KEYRING_BACKEND": "tests.sync.file_keyring.FileKeyring",
        "WORKSTATION_TEST_KEYRING": str(tmp_path / "keyring.json"),
        "WORKSTATION_LOG_LEVEL": "DEBUG",  # the secret grep reads the most talkative log
    })
    child_env.pop("WORKSTATION_GOOGLE_BUSINESS_BASE_URL", None)
    with fake.serve() as server:
        yield Env(tmp_path, tmp_path / "data", child_env, fake, server, token, creds, [])


def test_commands_end_to_end_and_no_secret_in_db_or_log(env: Env) -> None:
    assert env.add_source() == "1"
    listed = env.cli("source", "list")
    assert listed.returncode == 0
    assert listed.stdout.splitlines()[1].split("\t") == ["1", "google_business", "Boulangerie", "never synced", "ok"]

    synced = env.cli("sync", *AT_NOW)
    assert (synced.returncode, synced.stdout) == (0, "source 1: new 30, updated 0, removed 0, replies 3\n")
    # Progress of a long sync on stderr, per stored batch of pages, up to the total.
    progress = [line for line in synced.stderr.splitlines() if line.startswith("syncing ")]
    assert progress and progress[-1].endswith(": 1 page(s), 30 review(s) so far"), synced.stderr
    again = env.cli("sync", "--source", "1", *AT_NOW)
    assert again.stdout == "source 1: new 0, updated 0, removed 0, replies 0\n"

    listing = env.cli("review", "list", "--needs-reply", "--json")
    reviews = json.loads(listing.stdout)
    assert len(reviews) == 27
    assert set(reviews[0]) >= {"id", "source_id", "external_id", "stars", "created_at", "reply_state", "text",
                               "author", "lang", "level", "categories", "reasons", "due_at"}
    # `sync` left the new reviews triaged with deadlines, as the window would.
    assert all(r["level"] in ("critical", "high", "normal", "low") for r in reviews)
    assert all(r["due_at"] for r in reviews), [r for r in reviews if not r["due_at"]][:1]
    assert reviews[0]["external_id"].startswith("accounts/111/locations/222/reviews/")
    text_list = env.cli("review", "list", "--source", "1")
    assert text_list.stdout.startswith("30 reviews\n")

    target = reviews[0]
    reply_file = env.tmp / "reply.txt"
    reply_file.write_text("Merci beaucoup pour votre visite !\n", encoding="utf-8")
    queued = env.cli("reply", "queue", "--review", str(target["id"]), "--file", str(reply_file), *AT_NOW)
    assert queued.returncode == 0 and "queued reply" in queued.stdout
    sent = env.cli("outbox", "send", *AT_NOW)
    assert (sent.returncode, sent.stdout) == (0, "sent 1, failed 0, pending 0\n")
    assert env.fake.reply_puts[target["external_id"]] == 1
    assert env.fake.reviews[target["external_id"]]["reviewReply"]["comment"] == "Merci beaucoup pour votre visite !"
    assert env.cli("outbox", "send", *AT_NOW).stdout == "sent 0, failed 0, pending 0\n"
    # A deletion queued by mistake is taken back before any send: the reply stays online.
    deleted = env.cli("reply", "delete", "--review", str(target["id"]), *AT_NOW)
    assert deleted.returncode == 0 and "`outbox send` deletes it on the platform" in deleted.stdout
    kept = env.cli("reply", "withdraw", "--review", str(target["id"]), *AT_NOW)
    assert kept.returncode == 0 and "was taken back: the reply stays on the platform" in kept.stdout
    assert env.cli("outbox", "send", *AT_NOW).stdout == "sent 0, failed 0, pending 0\n"
    nothing = env.cli("reply", "withdraw", "--review", str(target["id"]), *AT_NOW)
    assert nothing.returncode == 1 and "has no queued reply or deletion to take back" in nothing.stderr
    # Deleted again on the platform, once; the review needs a reply again.
    deleted = env.cli("reply", "delete", "--review", str(target["id"]), *AT_NOW)
    assert deleted.returncode == 0 and "`outbox send` deletes it on the platform" in deleted.stdout
    assert env.cli("outbox", "send", *AT_NOW).stdout == "sent 1, failed 0, pending 0\n"
    late = env.cli("reply", "withdraw", "--review", str(target["id"]), *AT_NOW)
    assert late.returncode == 1 and "was already deleted on the platform; nothing was taken back" in late.stderr
    assert env.fake.reply_deletes[target["external_id"]] == 1 and "reviewReply" not in env.fake.reviews[
        target["external_id"]]
    with env.db() as conn:
        assert conn.execute("SELECT reply_state FROM reviews WHERE id = ?", (target["id"],)).fetchone()[0] == "none"

    # The secret went to the keychain (here a test file), never to the DB, the WAL or the log.
    assert env.token in (env.tmp / "keyring.json").read_text(encoding="utf-8")
    secret = env.token.encode()
    for path in env.data.iterdir():
        assert secret not in path.read_bytes(), path.name
    log = "".join(env.logs)
    assert "DEBUG" in log and env.token not in log
    with env.db() as conn:
        assert conn.execute("SELECT secret_key FROM sources").fetchone()[0].startswith("source-1-")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["source", "add", "--platform", "myspace", "--name", "X"], "unknown platform 'myspace'"),
        (["source", "add", "--platform", "trustpilot", "--name", "X", "--base-url", "ftp://host"],
         "must start with http:// or https://"),
        (["source", "add", "--platform", "google_business", "--name", "X", "--credentials", "{sa}"],
         "sa.json is a Google service-account key; this source needs an OAuth client JSON"),
        (["source", "add", "--platform", "google_play", "--name", "X", "--credentials", "{missing}"],
         "Cannot read nope.json"),
        (["reply", "queue", "--review", "4242", "--text", "Merci"], "Review 4242 does not exist."),
        (["reply", "queue", "--review", "1", "--text", "   "], "the reply text is empty"),
        (["reply", "queue", "--review", "abc", "--text", "x"], "invalid int value: 'abc'"),
        (["reply", "delete", "--review", "4242"], "Review 4242 does not exist."),
        (["reply", "suggest", "--review", "1"], "unknown or missing subcommand 'suggest'"),
        (["sync", "--source", "77"], "source 77 does not exist"),
        (["outbox", "send", "--source", "77"], "source 77 does not exist"),
    ],
)
def test_bad_input_one_line_exit_2_nothing_written(
    env: Env, args: list[str], message: str, capsys: pytest.CaptureFixture[str],
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from workstation.sync.cli import main

    monkeypatch.delenv("WORKSTATION_GOOGLE_BUSINESS_BASE_URL", raising=False)  # as the subprocesses' env
    sa = env.tmp / "sa.json"
    sa.write_text(json.dumps({"type": "service_account", "client_email": "a@b", "private_key": "x"}))
    args = [a.replace("{sa}", str(sa)).replace("{missing}", str(env.tmp / "nope.json")) for a in args]
    code = main([*args, "--data-dir", str(env.data)])
    out, err = capsys.readouterr()
    assert code == 2, out + err
    assert out == "" and len(err.strip().splitlines()) == 1
    assert message in err
    db = env.data / "workstation.sqlite3"
    if db.exists():
        with sqlite3.connect(db) as conn:
            assert conn.execute("SELECT count(*) FROM sources").fetchone()[0] == 0
            assert conn.execute("SELECT count(*) FROM outbox").fetchone()[0] == 0
    assert memory_keyring.secrets == {}


def test_network_down_prints_offline_and_exits_1(env: Env, tmp_path: Path) -> None:
    dead = FakeGoogleBusiness()
    with dead.serve() as server:
        url = server.url  # closed again: nothing listens there any more
    good = env.add_source()
    proc = env.cli("source", "add", "--platform", "google_business", "--name", "Closed", "--base-url", url,
                   "--credentials", str(env.creds))
    bad = proc.stdout.strip()
    out = env.cli("sync", "--all", *AT_NOW)
    assert out.returncode == 1
    assert out.stdout.splitlines() == [f"source {good}: new 30, updated 0, removed 0, replies 3", f"source {bad}: offline"]
    listed = env.cli("source", "list").stdout
    assert "offline" in listed.splitlines()[2]


def test_sigkill_during_outbox_send_then_rerun_never_posts_twice(env: Env) -> None:
    env.add_source()
    assert env.cli("sync", *AT_NOW).returncode == 0
    with Store(env.data / "workstation.sqlite3") as store:
        ids = [r[0] for r in store.query("SELECT id FROM reviews WHERE reply_state = 'none' ORDER BY id LIMIT 6")]
        for rid in ids:
            queue_reply(store, rid, f"Merci ! ({rid})", now=NOW)

    # The 3rd reply reaches Google, and its answer is held until the sender is killed.
    applied, release = threading.Event(), threading.Event()
    route = env.fake.route

    def gated(req: FakeRequest) -> FakeResponse:
        resp = route(req)
        if req.method == "PUT" and sum(env.fake.reply_puts.values()) == 3 and not release.is_set():
            applied.set()
            release.wait(timeout=30)
        return resp

    env.fake.route = gated  # type: ignore[method-assign]
    proc = env.popen("outbox", "send", *AT_NOW)
    try:
        assert applied.wait(timeout=30), "the sender never reached the third reply"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        release.set()
        if proc.poll() is None:
            proc.kill()
        proc.communicate()
    assert proc.returncode == -signal.SIGKILL
    with env.db() as conn:
        states = dict(conn.execute("SELECT state, count(*) FROM outbox GROUP BY 1").fetchall())
    assert states == {"sent": 2, "sending": 1, "queued": 3}

    rerun = env.cli("outbox", "send", *AT_NOW)
    assert (rerun.returncode, rerun.stdout) == (0, "sent 4, failed 0, pending 0\n")
    assert sum(env.fake.reply_puts.values()) == 6
    assert all(count == 1 for count in env.fake.reply_puts.values())
    with env.db() as conn:
        assert conn.execute("SELECT count(*) FROM outbox WHERE state = 'sent'").fetchone()[0] == 6
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize(
    "argv",
    [["source", "add"], ["source", "list"], ["sync"], ["review", "list"], ["reply", "queue"], ["reply", "delete"],
     ["reply", "withdraw"], ["outbox", "send"]],
)
def test_every_command_has_help(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    from workstation.sync.cli import COMMANDS

    assert COMMANDS[argv[0]]([*argv[1:], "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: workstation {' '.join(argv)}") and "--data-dir" in out
