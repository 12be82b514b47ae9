""""Test connection" against loopback fakes of each platform (built from the specs): what
the platform shows when it works, and one plain verdict per failure — never a status
code, an exception text or a secret. Also `workstation source test` (same words, exit 1
on failure) and the App Store key's app discovery."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.fakes.app_store import FakeAppStore
from tests.fakes.google_business import FakeGoogleBusiness
from tests.fakes.google_play import FakeGooglePlay
from tests.fakes.trustpilot import FakeTrustpilot
from tests.sync.helpers import run
from workstation.ops.accounts import check_new_source, check_saved_source, find_app_store_apps
from workstation.sources.base import ConfigError, ConnectorError, CredentialsError
from workstation.sources.credentials import store_secrets
from workstation.sources.retry import recording_policy
from workstation.store.db import Store
from workstation.store.sync_state import add_source
from workstation.sync.cli import COMMANDS
from workstation.sync.connection_check import ConnectionVerdict, verdict_for_error


def no_wait() -> dict[str, Any]:
    return {"retry": recording_policy(attempts=2)[0]}


def assert_plain(text: str, *secrets: str) -> None:
    assert not re.search(r"\b[1-5]\d\d\b", text), text  # no HTTP status
    assert "Error" not in text and "Exception" not in text and "http" not in text, text
    for secret in secrets:
        assert secret not in text


def test_google_business_counts_the_locations(memory_keyring: Any) -> None:
    fake = FakeGoogleBusiness()
    fake.add_location("111", "222", "Boulangerie du Port")
    fake.add_location("111", "333", "Boulangerie de la Gare")
    with fake.serve() as server:
        verdict = run(check_new_source("google_business", {}, {"access_token": fake.issue_token()},
                                       base_url=server.url, **no_wait()))
    assert verdict.ok and verdict.locations == 2
    assert verdict.message() == "Connected: Google shows 2 locations."
    assert verdict.message("fr") == "Connecté : Google montre 2 établissements."


def test_google_play_counts_the_last_week_with_the_service_account_key() -> None:
    fake = FakeGooglePlay()
    for i in range(3):
        fake.add_review(f"gp:{i}", text=f"Review {i}")
    sa = fake.service_account_json()
    secrets = {"client_email": sa["client_email"], "private_key": sa["private_key"]}
    with fake.serve() as server:
        verdict = run(check_new_source("google_play", {"package_name": fake.package}, secrets,
                                       base_url=server.url, **no_wait()))
    assert verdict.ok and verdict.reviews == 3, verdict
    assert verdict.message().startswith("Connected to com.example.booking: 3 reviews from the last 7 days")


def _asc_secrets(fake: FakeAppStore) -> dict[str, str]:
    return {"key_id": fake.key_id, "issuer_id": fake.issuer_id, "private_key": fake.p8()}


def test_app_store_lists_the_key_apps_then_counts_the_chosen_one() -> None:
    fake = FakeAppStore()
    fake.populate("1234567890", 7)
    fake.populate("2222222222", 2)
    with fake.serve() as server:
        found = run(find_app_store_apps(_asc_secrets(fake), base_url=server.url, **no_wait()))
        assert found.verdict.ok
        assert [(a.id, a.name, a.bundle_id) for a in found.apps] == [
            ("1234567890", "App 1234567890", "com.example.app1234567890"),
            ("2222222222", "App 2222222222", "com.example.app2222222222")]
        verdict = run(check_new_source("app_store", {"app_ids": "1234567890"}, _asc_secrets(fake),
                                       base_url=server.url, **no_wait()))
    assert verdict.ok and (verdict.apps, verdict.reviews) == (2, 7)
    assert verdict.message() == "Connected: this key sees 2 apps; 7 reviews for the chosen app."
    assert verdict.message("fr") == "Connecté : cette clé voit 2 applications ; 7 avis pour l’application choisie."


def test_trustpilot_finds_the_business_from_its_website() -> None:
    fake = FakeTrustpilot()
    fake.populate(4)
    secrets = {"api_key": fake.api_key, "api_secret": fake.api_secret}
    with fake.serve() as server:
        verdict = run(check_new_source("trustpilot", {"domain": fake.domain}, secrets, base_url=server.url,
                                       **no_wait()))
    assert verdict.ok and verdict.reviews == 4 and verdict.target == fake.business_unit
    assert verdict.message() == "Connected to your business on Trustpilot: 4 reviews among the newest."


def test_wrong_key_no_access_and_not_found_are_told_apart() -> None:
    asc, tp = FakeAppStore(), FakeTrustpilot()
    asc.populate("1234567890", 1)
    other_key = FakeAppStore()  # a key Apple does not know
    tp_secrets = {"api_key": tp.api_key, "api_secret": tp.api_secret}
    with asc.serve() as a, tp.serve() as t:
        wrong = run(check_new_source("app_store", {"app_ids": "1234567890"}, _asc_secrets(other_key),
                                     base_url=a.url, **no_wait()))
        missing = run(check_new_source("app_store", {"app_ids": "999"}, _asc_secrets(asc), base_url=a.url,
                                       **no_wait()))
        no_access = run(check_new_source("trustpilot", {"business_unit_id": "0" * 24}, tp_secrets,
                                         base_url=t.url, **no_wait()))
        bad_secret = run(check_new_source("trustpilot", {"domain": tp.domain},
                                          {"api_key": tp.api_key, "api_secret": "nope"}, base_url=t.url,
                                          **no_wait()))
    assert (wrong.kind, missing.kind, no_access.kind, bad_secret.kind) == (
        "wrong_key", "not_found", "no_access", "wrong_key")
    assert wrong.message() == ("App Store did not accept this key. Check that it was copied whole and was not "
                               "deleted, or create a new one.")
    assert no_access.message() == ("The key works, but it has no access to this business. Give it access in "
                                   "Trustpilot Business (Integrations), then test again.")
    assert missing.message("fr").startswith("App Store ne trouve pas cette application.")
    for verdict in (wrong, missing, no_access, bad_secret):
        assert_plain(verdict.message(), tp.api_secret)
        assert_plain(verdict.message("fr"), tp.api_secret)


@pytest.mark.parametrize(("fault", "kind", "words"), [
    ({"kind": "server_error", "status": 503, "count": 10}, "platform_down", "not answering properly"),
    ({"kind": "html", "count": 10}, "platform_down", "not answering properly"),
    ({"kind": "rate_limit", "count": 10, "retry_after": "3600"}, "busy", "wait a little"),
])
def test_platform_trouble_is_said_plainly(fault: dict[str, Any], kind: str, words: str) -> None:
    fake = FakeGoogleBusiness()
    fake.add_location("111", "222")
    fake.faults.add(**fault)
    with fake.serve() as server:
        verdict = run(check_new_source("google_business", {}, {"access_token": fake.issue_token()},
                                       base_url=server.url, **no_wait()))
    assert verdict.kind == kind and words in verdict.message()
    assert_plain(verdict.message())


def test_no_network_is_offline() -> None:
    verdict = run(check_new_source("google_business", {}, {"access_token": "t"}, base_url="http://127.0.0.1:9",
                                   **no_wait()))
    assert verdict.kind == "offline"
    assert verdict.message() == ("No connection: Google could not be reached. Check that this computer is online, "
                                 "then test again.")
    assert verdict.message("fr").startswith("Pas de connexion : impossible de joindre Google.")


@pytest.mark.parametrize(("exc", "kind"), [
    (ConnectorError("auth", "x"), "wrong_key"),
    (ConnectorError("reconnect", "x", status=401), "wrong_key"),
    (ConnectorError("forbidden", "x", status=403), "no_access"),
    (ConnectorError("not_found", "x", status=404), "not_found"),
    (ConnectorError("offline", "x"), "offline"),
    (ConnectorError("server", "x", status=500), "platform_down"),
    (ConnectorError("bad_response", "x"), "platform_down"),
    (ConnectorError("conflict", "x", status=409), "platform_down"),
    (ConnectorError("rate_limited", "x", status=429), "busy"),
    (ConnectorError("rejected", "x", status=400), "setup"),
    (ConnectorError("not_supported", "x"), "setup"),
    (CredentialsError("The .p8 key cannot be read."), "wrong_key"),
    (ConfigError("Base URL must start with http"), "setup"),
    (RuntimeError("boom at 0x7f secret-token"), "unexpected"),
])
def test_every_error_maps_to_one_plain_verdict(exc: BaseException, kind: str) -> None:
    verdict = verdict_for_error("google_play", exc)
    assert verdict.kind == kind
    for lang in ("en", "fr"):
        text = verdict.message(lang)
        assert text and text != "x" and "boom" not in text and "secret-token" not in text
        assert_plain(text)


def test_google_sign_in_refused_asks_to_sign_in_again() -> None:
    verdict = ConnectionVerdict("wrong_key", "google_business")
    assert "Sign in with Google" in verdict.message()
    assert "Se connecter avec Google" in verdict.message("fr")


def test_a_setting_the_connector_refuses_is_a_verdict_not_an_exception() -> None:
    verdict = run(check_new_source("google_play", {"package_name": "nope"}, {"access_token": "t"}))
    assert verdict.kind == "setup"


# -- saved sources and the command line ------------------------------------------------

def _saved_gbp(data: Path, fake: FakeGoogleBusiness, url: str, token: str) -> None:
    data.mkdir(exist_ok=True)
    with Store(data / "workstation.sqlite3") as store:
        add_source(store, platform="google_business", name="Shop", base_url=url,
                   save_secret=lambda key: store_secrets(key, {"access_token": token}) or key)


def test_saved_source_and_cli_say_the_same(tmp_path: Path, memory_keyring: Any,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    fake = FakeGoogleBusiness()
    fake.add_location("111", "222")
    data = tmp_path / "data"
    with fake.serve() as server:
        _saved_gbp(data, fake, server.url, fake.issue_token())
        with Store(data / "workstation.sqlite3") as store:
            verdict = run(check_saved_source(store, 1))
        assert COMMANDS["source"](["test", "--source", "1", "--data-dir", str(data)]) == 0
        assert capsys.readouterr().out == f"{verdict.message()}\n" == "Connected: Google shows 1 location.\n"
        assert COMMANDS["source"](["test", "--source", "1", "--lang", "fr", "--data-dir", str(data)]) == 0
        assert capsys.readouterr().out == "Connecté : Google montre 1 établissement.\n"


def test_cli_failure_is_one_plain_line_and_exit_1(tmp_path: Path, memory_keyring: Any,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    fake = FakeGoogleBusiness()
    fake.add_location("111", "222")
    data = tmp_path / "data"
    with fake.serve() as server:
        _saved_gbp(data, fake, server.url, "revoked-token-789")
        assert COMMANDS["source"](["test", "--source", "1", "--data-dir", str(data)]) == 1
    out = capsys.readouterr()
    assert out.out == ""
    assert out.err == "Google no longer accepts this sign-in. Press “Sign in with Google…” again.\n"
    assert "revoked-token-789" not in out.err


def test_cli_saved_source_without_its_secret(tmp_path: Path, memory_keyring: Any,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    data.mkdir()
    with Store(data / "workstation.sqlite3") as store:
        add_source(store, platform="app_store", name="App", settings={"app_ids": "123"})
    assert COMMANDS["source"](["test", "--source", "1", "--data-dir", str(data)]) == 1
    assert "did not accept this key" in capsys.readouterr().err


def test_cli_unknown_source_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    data.mkdir()
    Store(data / "workstation.sqlite3").close()
    assert COMMANDS["source"](["test", "--source", "5", "--data-dir", str(data)]) == 2
    assert "source 5 does not exist" in capsys.readouterr().err


def test_cli_tests_an_account_before_adding_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fake = FakeAppStore()
    fake.populate("1234567890", 4)
    creds = tmp_path / "asc.json"
    creds.write_text(json.dumps(_asc_secrets(fake)), encoding="utf-8")
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps(_asc_secrets(FakeAppStore())), encoding="utf-8")
    with fake.serve() as server:
        args = ["test", "--platform", "app_store", "--setting", "app_ids=1234567890", "--base-url", server.url,
                "--data-dir", str(tmp_path / "data")]
        assert COMMANDS["source"]([*args, "--credentials", str(creds)]) == 0
        assert capsys.readouterr().out == "Connected: this key sees 1 app; 4 reviews for the chosen app.\n"
        assert COMMANDS["source"]([*args, "--credentials", str(wrong), "--lang", "fr"]) == 1
        err = capsys.readouterr().err
    assert err == ("App Store n’a pas accepté cette clé. Vérifiez qu’elle a été copiée en entier et qu’elle n’a "
                   "pas été supprimée, ou créez-en une nouvelle.\n")
    assert not (tmp_path / "data").exists()  # a test writes nothing
    assert COMMANDS["source"](["test", "--platform", "manual"]) == 2
    assert COMMANDS["source"](["test", "--source", "1", "--setting", "a=b"]) == 2
