"""`source add` refuses a source that could never sync, with the connector's own words and
exit 2, writing nothing; `sync` shows that same message for a source saved before the check."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.fakes.app_store import FakeAppStore
from tests.sync.helpers import run
from workstation.sources.base import ConfigError
from workstation.sources.validation import check_source
from workstation.store.db import Store
from workstation.store.sync_state import add_source
from workstation.sync.cli import COMMANDS
from workstation.sync.source_sync import sync_all

TOKEN = {"access_token": "tok-123"}
OAUTH_CLIENT = {"installed": {"client_id": "cid.apps", "client_secret": "csecret"}}

APP_IDS = "Set the App Store app id(s) for this source (digits from the app's URL)."
PACKAGE = "Set the app's package name (e.g. com.example.app) for this source."
UNIT = "Set the Trustpilot business unit id or the shop's domain for this source."


@pytest.mark.parametrize(
    ("platform", "settings", "secrets", "message"),
    [
        ("app_store", {}, TOKEN, APP_IDS),
        ("app_store", {"app_ids": "com.example.app"}, TOKEN, APP_IDS),  # a bundle id is not the app id
        ("app_store", {"app_ids": "123, 45x"}, TOKEN, APP_IDS),
        ("google_play", {}, TOKEN, PACKAGE),
        ("google_play", {"package_name": "booking"}, TOKEN, PACKAGE),
        ("google_play", {"package_name": "https://play.google.com/x"}, TOKEN, PACKAGE),
        ("trustpilot", {}, TOKEN, UNIT),
        ("google_business", {"locations": "locations/222"}, TOKEN, "Not a Google location name: 'locations/222'"),
        ("google_business", {}, OAUTH_CLIENT["installed"], "OAuth client only, not your Google sign-in"),
        ("google_play", {"package_name": "com.example.app"}, None, "needs its credentials file"),
    ],
)
def test_check_source_says_what_is_missing(platform: str, settings: dict[str, str],
                                           secrets: dict[str, str] | None, message: str) -> None:
    with pytest.raises(ConfigError) as err:
        check_source(platform, settings, secrets)
    assert message in str(err.value)


@pytest.mark.parametrize(
    ("platform", "settings", "secrets"),
    [
        ("app_store", {"app_ids": "1234567890, 987"}, TOKEN),
        ("google_play", {"package_name": "com.example.booking"}, TOKEN),
        ("trustpilot", {"domain": "boulangerie.fr"}, TOKEN),
        ("trustpilot", {"business_unit_id": "bu-1"}, {"api_key": "k", "api_secret": "s"}),
        ("google_business", {}, TOKEN),  # no locations: every location of every account
        ("google_business", {"locations": "accounts/1/locations/2, accounts/1/locations/3"},
         {"client_id": "c", "client_secret": "s", "refresh_token": "r"}),
        ("demo", {}, None),
        ("manual", {}, None),
    ],
)
def test_check_source_accepts_what_can_sync(platform: str, settings: dict[str, str],
                                            secrets: dict[str, str] | None) -> None:
    check_source(platform, settings, secrets)


def source_add(tmp_path: Path, *args: str) -> int:
    creds = tmp_path / "creds.json"
    if not creds.exists():
        creds.write_text(json.dumps(TOKEN), encoding="utf-8")
    return COMMANDS["source"](["add", "--name", "Shop", "--credentials", str(creds), *args,
                               "--data-dir", str(tmp_path / "data")])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--platform", "app_store", "--setting", "app_ids=com.example.app"], APP_IDS),
        (["--platform", "google_play", "--setting", "package_name=booking"], PACKAGE),
        (["--platform", "trustpilot"], UNIT),
        (["--platform", "google_business", "--setting", "locations=accounts/1"], "Not a Google location name"),
    ],
)
def test_source_add_refuses_with_the_connector_message_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], memory_keyring, args: list[str], message: str,  # type: ignore[no-untyped-def]
) -> None:
    assert source_add(tmp_path, *args) == 2
    out = capsys.readouterr()
    assert out.out == "" and out.err.startswith("error: ") and message in out.err
    assert len(out.err.strip().splitlines()) == 1
    with Store(tmp_path / "data" / "workstation.sqlite3") as store:
        assert store.scalar("SELECT count(*) FROM sources") == 0
    assert memory_keyring.secrets == {}


def test_source_add_accepts_a_complete_source_and_says_where_the_secret_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], memory_keyring,  # type: ignore[no-untyped-def]
) -> None:
    assert source_add(tmp_path, "--platform", "app_store", "--setting", "app_ids=1234567890") == 0
    out = capsys.readouterr()
    assert out.out == "1\n" and "secret saved in the system keychain (service 'workstation', entry 'source-1-" in out.err
    assert len(memory_keyring.secrets) == 1


def test_sync_prints_the_connector_message_for_a_source_saved_unchecked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    with Store(data / "workstation.sqlite3") as store:  # as an older version saved it: no app ids
        add_source(store, platform="app_store", name="App", settings={})
        assert [r.error for r in run(sync_all(store))] == [APP_IDS]
    assert COMMANDS["sync"](["--data-dir", str(data)]) == 1
    assert capsys.readouterr().out == f"source 1: {APP_IDS}\n"
    with Store(data / "workstation.sqlite3") as store:
        assert store.scalar("SELECT status_message FROM sources WHERE id = 1") == APP_IDS


def app_store_key_file(tmp_path: Path, fake: FakeAppStore) -> Path:
    path = tmp_path / "asc.json"
    path.write_text(json.dumps({"key_id": fake.key_id, "issuer_id": fake.issuer_id, "private_key": fake.p8()}),
                    encoding="utf-8")
    return path


def test_app_store_source_without_app_ids_takes_the_apps_of_its_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], memory_keyring,  # type: ignore[no-untyped-def]
) -> None:
    fake = FakeAppStore()
    fake.populate("1111111111", 3)
    fake.populate("2222222222", 2)
    data = tmp_path / "data"
    with fake.serve() as server:
        code = COMMANDS["source"](["add", "--platform", "app_store", "--name", "Apps", "--base-url", server.url,
                                   "--credentials", str(app_store_key_file(tmp_path, fake)), "--data-dir", str(data)])
        out = capsys.readouterr()
        assert code == 0, out.err
        assert out.out == "1\n"
        assert "found 2 apps on this key: 1111111111, 2222222222" in out.err
        assert COMMANDS["sync"](["--data-dir", str(data)]) == 0
        assert capsys.readouterr().out.startswith("source 1: new 5,")
    with Store(data / "workstation.sqlite3") as store:
        assert json.loads(store.scalar("SELECT settings_json FROM sources"))["app_ids"] == "1111111111,2222222222"


def test_app_store_key_that_sees_no_app_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fake = FakeAppStore()
    with fake.serve() as server:
        code = COMMANDS["source"](["add", "--platform", "app_store", "--name", "Apps", "--base-url", server.url,
                                   "--credentials", str(app_store_key_file(tmp_path, fake)),
                                   "--data-dir", str(tmp_path / "data")])
    assert code == 2 and capsys.readouterr().err == f"error: {APP_IDS}\n"


def test_app_store_discovery_offline_says_so_and_how_to_go_without(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    fake = FakeAppStore()
    with fake.serve() as server:
        url = server.url  # closed again: nothing listens there any more
    code = COMMANDS["source"](["add", "--platform", "app_store", "--name", "Apps", "--base-url", url,
                               "--credentials", str(app_store_key_file(tmp_path, fake)),
                               "--data-dir", str(tmp_path / "data")])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("error: Could not list this key's apps: ") and "app_ids=" in err


def test_outbox_send_gives_the_connector_message_too(tmp_path: Path) -> None:
    from workstation.domain import ReviewRecord
    from workstation.store.sync_state import save_page
    from workstation.sync import queue_reply
    from workstation.sync.outbox_sender import send_outbox

    with Store(tmp_path / "db.sqlite3") as store:
        source_id = add_source(store, platform="app_store", name="App", settings={})
        stored = save_page(store, source_id, [ReviewRecord(text="Crashes", stars=1, external_id="r1")], cursor=None)
        queue_reply(store, stored.new_ids[0], "Sorry, fixed in 2.1.")
        result = run(send_outbox(store))
    assert result.problems == [f"source {source_id}: {APP_IDS}"] and result.sent == 0
