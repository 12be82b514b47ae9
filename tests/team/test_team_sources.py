"""The team's sources from the command line: `source add` records the source on the server
and its secret in this desktop's keychain only; another desktop lists it, is told it has no
secret, and syncs it once `source credentials` gave it the same account."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring
import pytest

from tests.conftest import MemoryKeyring
from tests.fakes.google_business import FakeGoogleBusiness
from tests.team.workers import open_store
from workstation.cli import main

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)  # the clock `sync --now` is given
AT_NOW = ["--now", NOW.isoformat()]


def _fake_with_reviews(count: int) -> FakeGoogleBusiness:
    """`count` reviews published an hour before NOW (fresh: they get a reply deadline)."""
    fake = FakeGoogleBusiness()
    parent = fake.add_location("111", "222", "Boulangerie du Port")
    fake.populate(parent, count, start=NOW - timedelta(hours=1))
    return fake


def test_a_source_added_on_one_desktop_is_synced_by_another_once_it_has_the_secret(
    pg_url: str, tmp_path: Path, memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = _fake_with_reviews(12)
    token = fake.issue_token()
    creds = tmp_path / "token.json"
    creds.write_text(json.dumps({"access_token": token}), encoding="utf-8")
    with fake.serve() as server:
        assert main(["source", "add", "--store", pg_url, "--platform", "google_business", "--name", "Port",
                     "--base-url", server.url, "--credentials", str(creds), "--setting", "reread_days=0"]) == 0
        out, err = capsys.readouterr()
        source_id = int(out.strip())
        assert "system keychain" in err and f"source credentials --source {source_id}" in err
        with open_store(pg_url) as store:
            key = store.scalar("SELECT secret_key FROM sources WHERE id = %s", (source_id,))
            with store.connection() as conn:
                dumped = repr(conn.execute("SELECT * FROM sources").fetchall())
        assert key and token not in dumped  # the server names the secret, never holds it
        assert token in repr(memory_keyring.secrets)

        # The same name twice: one plain line, nothing added.
        assert main(["source", "add", "--store", pg_url, "--platform", "google_business", "--name", "Port",
                     "--base-url", server.url, "--credentials", str(creds)]) == 2
        assert "already exists on the team server" in capsys.readouterr().err

        # Another desktop: its own, empty keychain.
        keyring.set_keyring(MemoryKeyring())
        assert main(["source", "list", "--store", pg_url]) == 0
        listed = capsys.readouterr().out.splitlines()
        assert listed[0] == "1 source" and "no secret on this computer" in listed[1]
        assert main(["sync", "--store", pg_url, "--source", str(source_id), *AT_NOW]) == 1
        assert "this computer does not have this source's credentials" in capsys.readouterr().out
        with open_store(pg_url) as store:  # the team's status of the source is not this desktop's lack
            assert store.scalar("SELECT status FROM sources WHERE id = %s", (source_id,)) == "ok"
        assert main(["source", "credentials", "--store", pg_url, "--source", str(source_id),
                     "--credentials", str(creds)]) == 0
        assert "saved in this computer's system keychain" in capsys.readouterr().out
        assert main(["source", "list", "--store", pg_url]) == 0
        assert "no secret" not in capsys.readouterr().out
        assert main(["sync", "--store", pg_url, "--source", str(source_id), *AT_NOW]) == 0
        assert capsys.readouterr().out.startswith(f"source {source_id}: new 12,")


def test_bad_source_commands_are_one_plain_line(pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["source", "credentials", "--store", pg_url, "--source", "99", "--credentials", "x.json"]) == 2
    assert "No source 99 on the team server" in capsys.readouterr().err
    assert main(["source", "add", "--store", pg_url, "--platform", "google_play", "--name", "App"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert main(["source", "remove", "--store", pg_url]) == 2
    assert "usage: workstation source" in capsys.readouterr().err
