"""A failed sync keeps its English `error` (the log, the stored status) and carries
the error's kind beside it (`SyncResult.error_refusal`), so `workstation sync` says it in the
command's language: against the loopback Google Business fake, a platform error and a saved
secret missing a value."""

from __future__ import annotations

import pytest

from tests.error_kind_checks import assert_in_french, assert_kind
from tests.sync.helpers import Gbp, clock, factory, run
from workstation.cli_language import speaking
from workstation.sources.base import ConfigError
from workstation.sources.credentials import store_secrets
from workstation.store.db import Store
from workstation.store.sync_state import add_source, get_source
from workstation.sync import sync_all, sync_source
from workstation.sync.cli import sync_line
from workstation.sync.source_setup import discover_app_store_ids

ENGLISH = ("is having trouble", "will try again", "Missing", "saved credentials", "reconnect the")


def test_a_platform_error_keeps_its_english_and_carries_its_kind(gbp: Gbp) -> None:
    gbp.fake.faults.add("server_error", count=10, path="/reviews", status=503)
    result = run(sync_source(gbp.store, gbp.source_id, connector_factory=factory(), now=clock))
    english = "Google Business Profile is having trouble (error 503); will try again later."
    assert result.error == english
    assert result.error_refusal is not None and result.error_refusal.kind == "platform_server_error"
    assert result.error_refusal.params == {"platform": "Google Business Profile", "status": "503"}
    source = get_source(gbp.store, gbp.source_id)
    assert source is not None and source.status_message == english  # what is stored stays English
    assert sync_line(result) == f"source {gbp.source_id}: {english}"
    with speaking("fr"):
        line = sync_line(result)
    assert line.startswith(f"source {gbp.source_id}") and "Google Business Profile" in line and "503" in line
    assert_in_french(line, ENGLISH)


def test_a_saved_secret_missing_a_value_is_said_in_french(store: Store) -> None:
    def save(key: str) -> None:
        store_secrets(key, {"client_id": "cid.apps.googleusercontent.com"})  # no secret, no sign-in

    sid = add_source(store, platform="google_business", name="Boulangerie", base_url="http://127.0.0.1:9",
                     save_secret=save)
    result = run(sync_source(store, sid, now=clock))
    assert result.error is not None and result.error.startswith("Missing the OAuth client secret")
    assert result.error_refusal is not None and result.error_refusal.kind == "credentials_missing_value"
    with speaking("fr"):
        assert_in_french(sync_line(result), ENGLISH)


def test_a_sync_that_went_well_carries_no_refusal(gbp: Gbp) -> None:
    result = run(sync_source(gbp.store, gbp.source_id, connector_factory=factory(), now=clock))
    assert result.error is None and result.error_refusal is None


def test_a_source_id_naming_nothing_is_said_in_french(store: Store) -> None:
    [result] = run(sync_all(store, source_ids=[42], now=clock))
    assert result.error == "source 42 does not exist"
    assert result.error_refusal is not None and result.error_refusal.kind == "sync_no_such_source"
    with speaking("fr"):
        assert sync_line(result) == "source 42\u00a0: la source 42 n’existe pas"


def test_an_unreadable_key_found_while_listing_apps_keeps_its_kind() -> None:
    secrets = {"key_id": "K1", "issuer_id": "I1", "private_key": "not a key"}
    with pytest.raises(ConfigError) as caught:
        run(discover_app_store_ids({}, secrets, base_url="http://127.0.0.1:9"))
    assert_kind(caught.value, "p8_key_unreadable")
