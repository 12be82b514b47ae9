"""The Accounts dialog adds sources through the same Qt-free check and secret handling as
`workstation source add` (sync.source_setup): same refusals, and no keychain needed."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from workstation.store import Store
from workstation.ui.accounts import add_source_from_form

pytestmark = pytest.mark.gui


@pytest.fixture
def token_file(tmp_path: Path) -> Path:
    path = tmp_path / "token.json"
    path.write_text('{"access_token": "SECRET-TOKEN-456"}', encoding="utf-8")
    return path


def test_form_refuses_with_the_connector_message(tmp_path: Path, token_file: Path) -> None:
    with Store(tmp_path / "acc.sqlite3") as store:
        with pytest.raises(ValueError, match=r"Set the App Store app id\(s\)"):
            add_source_from_form(store, "app_store", "App", str(token_file), "", 60, "")
        with pytest.raises(ValueError, match="package name"):
            add_source_from_form(store, "google_play", "Play", str(token_file), "not a package", 60, "")
        assert store.scalar("SELECT count(*) FROM sources") == 0
        assert add_source_from_form(store, "app_store", "App", str(token_file), "1234567890", 60, "") == 1


def test_form_works_without_a_keychain(tmp_path: Path, token_file: Path) -> None:
    keyring.set_keyring(fail.Keyring())
    with Store(tmp_path / "acc.sqlite3") as store:
        source_id = add_source_from_form(store, "google_business", "Shop", str(token_file), "", 60, "")
        reference = store.scalar("SELECT secret_key FROM sources WHERE id = ?", (source_id,))
    secret_file = Path(reference.removeprefix("file:"))
    assert secret_file.parent == (tmp_path / "secrets").resolve()
    assert b"SECRET-TOKEN-456" in secret_file.read_bytes()
    assert b"SECRET-TOKEN-456" not in (tmp_path / "acc.sqlite3").read_bytes()
