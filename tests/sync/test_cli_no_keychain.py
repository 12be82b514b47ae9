"""A machine with no keychain (keyring's `fail` backend, as on Linux servers and CI):
`source add`, `sync` and `outbox send` work end to end in subprocesses against the
loopback Google fake, the secret lives in a user-only file that the commands name, and
it never reaches the database, its WAL, a backup or the log.

The end-to-end and refusal tests start real subprocesses; the chmod test runs the same
`main` in this process with keyring's `fail` backend (three interpreter starts fewer)."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail as fail_keyring

from tests.conftest import REPO_ROOT
from tests.fakes.google_business import FakeGoogleBusiness
from tests.sync.helpers import T0
from workstation.sources.loopback import LoopbackServer
from workstation.store.backups import daily_backup
from workstation.store.db import Store

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


class Machine:
    def __init__(self, tmp: Path, server: LoopbackServer, token: str) -> None:
        self.tmp, self.server, self.token = tmp, server, token
        self.data = tmp / "data"
        self.logs: list[str] = []
        self.capsys: pytest.CaptureFixture[str] | None = None  # set: run the commands in this process
        self.env = dict(os.environ, PYTHONPATH=str(REPO_ROOT),
                        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",  # no keychain at all
                        WORKSTATION_LOG_LEVEL="DEBUG")  # the secret grep reads the most talkative log
        self.env.pop("WORKSTATION_GOOGLE_BUSINESS_BASE_URL", None)
        self.env.pop("WORKSTATION_DATA_DIR", None)

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        if self.capsys is not None:
            return self._cli_here(*args)
        proc = subprocess.run([sys.executable, "-m", "workstation.sync.cli", *args, "--data-dir", str(self.data)],
                              env=self.env, cwd=REPO_ROOT, capture_output=True, text=True, timeout=60)
        self.logs.append(proc.stdout + proc.stderr)
        return proc

    def _cli_here(self, *args: str) -> subprocess.CompletedProcess[str]:
        """The command's `main` in this process (keychain-less: see `here`)."""
        from workstation.sync.cli import main

        assert self.capsys is not None
        code = main([*args, "--data-dir", str(self.data)])
        out, err = self.capsys.readouterr()
        self.logs.append(out + err)
        return subprocess.CompletedProcess(list(args), code, out, err)


@pytest.fixture
def machine(tmp_path: Path) -> Iterator[tuple[Machine, FakeGoogleBusiness]]:
    fake = FakeGoogleBusiness()
    fake.populate(fake.add_location("111", "222", "Boulangerie du Port"), 12, start=T0)
    token = fake.issue_token()
    with fake.serve() as server:
        yield Machine(tmp_path, server, token), fake


def add(m: Machine, *extra: str) -> subprocess.CompletedProcess[str]:
    creds = m.tmp / "token.json"
    creds.write_text(json.dumps({"access_token": m.token}), encoding="utf-8")
    return m.cli("source", "add", "--platform", "google_business", "--name", "Boulangerie",
                 "--base-url", m.server.url, "--credentials", str(creds), "--setting", "reread_days=0", *extra)


def test_add_sync_send_without_keychain_and_no_secret_in_db_backup_or_log(machine) -> None:  # type: ignore[no-untyped-def]
    m, fake = machine
    added = add(m)
    assert (added.returncode, added.stdout) == (0, "1\n"), added.stderr
    secret_file = (m.data / "secrets").resolve() / next(p.name for p in (m.data / "secrets").iterdir())
    assert added.stderr.strip() == (f"secret saved in the file {secret_file}, readable only by you "
                                    "(this computer has no system keychain)")
    assert stat.S_IMODE(secret_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(secret_file.parent.stat().st_mode) == 0o700

    synced = m.cli("sync")
    assert (synced.returncode, synced.stdout) == (0, "source 1: new 12, updated 0, removed 0, replies 2\n")
    target = json.loads(m.cli("review", "list", "--needs-reply", "--json").stdout)[0]
    assert m.cli("reply", "queue", "--review", str(target["id"]), "--text", "Merci !").returncode == 0
    sent = m.cli("outbox", "send")
    assert (sent.returncode, sent.stdout) == (0, "sent 1, failed 0, pending 0\n")
    assert fake.reply_puts[target["external_id"]] == 1

    with Store(m.data / "workstation.sqlite3") as store:
        assert daily_backup(store, now=T0) is not None
        reference = store.scalar("SELECT secret_key FROM sources WHERE id = 1")
    assert reference == f"file:{secret_file}"

    secret = m.token.encode()
    assert secret in secret_file.read_bytes()
    checked = [p for p in m.data.rglob("*") if p.is_file() and p != secret_file]
    assert any(p.parent.name == "backups" for p in checked)
    for path in checked:
        assert secret not in path.read_bytes(), path
    log = "".join(m.logs)
    assert "DEBUG" in log and m.token not in log


def here(m: Machine, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Machine:
    """`m` running its commands in this process, on a machine without a keychain as its
    subprocesses are (keyring's `fail` backend; the next test's autouse keyring replaces it)."""
    keyring.set_keyring(fail_keyring.Keyring())
    for name in ("WORKSTATION_GOOGLE_BUSINESS_BASE_URL", "WORKSTATION_DATA_DIR"):
        monkeypatch.delenv(name, raising=False)
    m.capsys = capsys
    return m


def test_secret_file_opened_to_others_stops_the_sync_with_the_chmod_to_run(machine, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    m = here(machine[0], capsys, monkeypatch)
    assert add(m).returncode == 0
    secret_file = next((m.data / "secrets").iterdir()).resolve()
    secret_file.chmod(0o644)
    synced = m.cli("sync")
    assert synced.returncode == 1
    assert synced.stdout == (f"source 1: {secret_file} can be read by other users of this computer (mode 644); "
                             f"run `chmod 600 {secret_file}` and try again.\n")
    secret_file.chmod(0o600)
    assert m.cli("sync").returncode == 0


def test_asking_for_the_missing_keychain_is_refused_and_writes_nothing(machine) -> None:  # type: ignore[no-untyped-def]
    m, _fake = machine
    proc = add(m, "--secret-store", "keychain")
    assert proc.returncode == 2 and proc.stdout == ""
    assert "no system keychain" in proc.stderr and "--secret-store file" in proc.stderr
    assert not (m.data / "secrets").exists() or not any((m.data / "secrets").iterdir())
    with Store(m.data / "workstation.sqlite3") as store:
        assert store.scalar("SELECT count(*) FROM sources") == 0
