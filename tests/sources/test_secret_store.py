"""Where secrets go: the keychain when there is one, else a user-only file in the data
folder, refused at read time if others could read it; never silently elsewhere."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail, null

from workstation.sources.base import CredentialsError
from workstation.sources.credentials import (
    FILE_PREFIX,
    delete_secrets,
    describe_secret,
    keychain_available,
    load_credentials,
    load_secrets,
    save_secrets,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
SECRET = {"refresh_token": "1//very-secret"}


@pytest.fixture
def no_keychain() -> None:
    keyring.set_keyring(fail.Keyring())


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_keychain_first_when_there_is_one(tmp_path: Path, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    assert keychain_available()
    saved = save_secrets("source-1-ab", SECRET, data_dir=tmp_path)
    assert saved.reference == "source-1-ab" and "system keychain" in saved.where
    assert load_secrets(saved.reference) == SECRET
    assert not (tmp_path / "secrets").exists()


@posix_only
def test_without_keychain_a_user_only_file_in_the_data_folder(tmp_path: Path, no_keychain: None) -> None:
    assert not keychain_available()
    saved = save_secrets("source-1-ab", SECRET, data_dir=tmp_path)
    path = tmp_path / "secrets" / "source-1-ab.json"
    assert saved.reference == FILE_PREFIX + str(path.resolve())
    assert str(path.resolve()) in saved.where and "no system keychain" in saved.where
    assert mode(path) == 0o600 and mode(path.parent) == 0o700
    assert load_credentials(saved.reference).get("refresh_token") == "1//very-secret"
    assert str(path.resolve()) in describe_secret(saved.reference)
    # Saving again replaces the secret, still user-only, with no temporary file left over.
    save_secrets("source-1-ab", {"refresh_token": "new"}, data_dir=tmp_path)
    assert load_secrets(saved.reference) == {"refresh_token": "new"} and mode(path) == 0o600
    assert sorted(p.name for p in path.parent.iterdir()) == ["source-1-ab.json"]
    delete_secrets(saved.reference)
    assert not path.exists()


@posix_only
def test_a_file_others_can_read_is_refused_with_the_chmod_to_run(tmp_path: Path, no_keychain: None) -> None:
    saved = save_secrets("source-2-cd", SECRET, data_dir=tmp_path)
    path = Path(saved.reference[len(FILE_PREFIX):])
    path.chmod(0o644)
    with pytest.raises(CredentialsError, match=re.escape(f"run `chmod 600 {path}`")):
        load_secrets(saved.reference)
    path.chmod(0o400)  # read-only for the user is fine too
    assert load_secrets(saved.reference) == SECRET


def test_missing_or_damaged_file_says_what_to_do(tmp_path: Path, no_keychain: None) -> None:
    saved = save_secrets("source-3-ef", SECRET, data_dir=tmp_path)
    path = Path(saved.reference[len(FILE_PREFIX):])
    path.write_bytes(b"{not json")
    with pytest.raises(CredentialsError, match="damaged; add the source again"):
        load_secrets(saved.reference)
    path.unlink()
    with pytest.raises(CredentialsError, match="is missing; add the source again"):
        load_secrets(saved.reference)


def test_asking_for_the_keychain_where_there_is_none_says_so(tmp_path: Path, no_keychain: None) -> None:
    with pytest.raises(CredentialsError, match=r"no system keychain.*--secret-store file"):
        save_secrets("source-4", SECRET, data_dir=tmp_path, store="keychain")
    assert not (tmp_path / "secrets").exists()


def test_the_null_backend_counts_as_no_keychain(tmp_path: Path) -> None:
    # PYTHON_KEYRING_BACKEND=keyring.backends.null.Keyring stores nothing: never trust it with a secret.
    keyring.set_keyring(null.Keyring())
    saved = save_secrets("source-5", SECRET, data_dir=tmp_path)
    assert saved.reference.startswith(FILE_PREFIX)
    assert load_secrets(saved.reference) == SECRET


def test_file_store_on_request_even_with_a_keychain(tmp_path: Path, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    saved = save_secrets("source-6", SECRET, data_dir=tmp_path, store="file")
    assert saved.reference.startswith(FILE_PREFIX) and "no system keychain" not in saved.where
    assert memory_keyring.secrets == {}
