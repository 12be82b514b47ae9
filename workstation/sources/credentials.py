"""Credentials files, and where a source's secrets are kept.

`parse_credentials_file` reads the file each platform usually hands out and keeps
only the secrets a connector needs. `save_secrets` puts them in the OS keychain
(service "workstation", one JSON item per source) or, on a machine without one
(Linux server, CI), in a file only the user can read under the data folder
(`secret_files`). The database keeps the returned *reference* — a keychain entry
name, or "file:" and the file's path — never a secret; `load_secrets` follows it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import keyring
import keyring.errors
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import load_pem_private_key
from keyring.backends import fail as fail_keyring
from keyring.backends import null as null_keyring

from workstation.error_kinds import os_reason, refused
from workstation.sources.base import Credentials, CredentialsError
from workstation.sources.secret_files import (
    delete_secret_file,
    read_secret_file,
    secrets_folder,
    write_secret_file,
)

SERVICE = "workstation"
#: A reference starting with this names a secrets file instead of a keychain entry.
FILE_PREFIX = "file:"
SecretStore = Literal["auto", "keychain", "file"]
PLATFORMS = ("google_business", "google_play", "app_store", "trustpilot", "demo")
_MAX_FILE = 64 * 1024


def _read_json(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()[: _MAX_FILE + 1]
    except OSError as exc:
        raise refused(CredentialsError, "credentials_unreadable", f"Cannot read {path.name}: {os_reason(exc)}",
                      file=path.name, reason=exc) from None
    if len(raw) > _MAX_FILE:
        raise refused(CredentialsError, "credentials_too_large", f"{path.name} is too large to be a credentials file.",
                      file=path.name)
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise refused(CredentialsError, "credentials_not_json", f"{path.name} is not a JSON credentials file.",
                      file=path.name) from None
    if not isinstance(data, dict):
        raise refused(CredentialsError, "credentials_not_object", f"{path.name} is not a JSON object.", file=path.name)
    return data


def _str(data: dict[str, Any], *names: str) -> str | None:
    for name in names:
        value = data.get(name)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _describe(data: dict[str, Any]) -> str:
    """Say what a file looks like, for 'wrong kind' messages."""
    if data.get("type") == "service_account":
        return "a Google service-account key"
    if "installed" in data or "web" in data:
        return "a Google OAuth client file"
    if _str(data, "key_id", "keyId"):
        return "an App Store Connect key description"
    if _str(data, "api_key", "apiKey"):
        return "a Trustpilot API key file"
    return "not a credentials file this app knows"


# What each platform's file must be: the refusal kind naming it, and its English words.
_WANTED = {
    "google_business": ("credentials_need_oauth_client", 'an OAuth client JSON for a desktop app ("installed")'),
    "google_play": ("credentials_need_service_account", "a Google service-account JSON key"),
    "app_store": ("credentials_need_app_store_key",
                  "a JSON with key_id, issuer_id and the .p8 key (path or contents)"),
    "trustpilot": ("credentials_need_trustpilot_key", "a JSON with the Trustpilot api_key and api_secret"),
}
# Which private key (its name in the English sentence): the kinds of "unreadable" and "wrong type".
_KEYS = {"service-account": ("service_account_key_unreadable", "service_account_key_wrong_type"),
         "App Store Connect .p8": ("p8_key_unreadable", "p8_key_wrong_type")}


def _wrong(path: Path, data: dict[str, Any], platform: str) -> CredentialsError:
    kind, wanted = _WANTED[platform]
    found = _describe(data)
    return refused(CredentialsError, kind, f"{path.name} is {found}; this source needs {wanted}.",
                   file=path.name, found=found)


def _check_pem(pem: str, kind: type, what: str) -> None:
    try:
        key = load_pem_private_key(pem.encode(), password=None)
    except (ValueError, TypeError):
        raise refused(CredentialsError, _KEYS[what][0],
                      f"The {what} private key cannot be read.") from None
    if not isinstance(key, kind):
        raise refused(CredentialsError, _KEYS[what][1], f"The {what} private key is of the wrong type.")


def _google_business(path: Path, data: dict[str, Any]) -> dict[str, str]:
    block = data.get("installed") or data.get("web")
    if isinstance(block, dict):
        cid, secret = _str(block, "client_id"), _str(block, "client_secret")
        if cid and secret:
            return {"client_id": cid, "client_secret": secret}
    if data.get("type") == "authorized_user":
        values = {k: _str(data, k) for k in ("client_id", "client_secret", "refresh_token")}
        if all(values.values()):
            return {k: v for k, v in values.items() if v}
    raise _wrong(path, data, "google_business")


def _google_play(path: Path, data: dict[str, Any]) -> dict[str, str]:
    email, key = _str(data, "client_email"), _str(data, "private_key")
    if data.get("type") != "service_account" or not email or not key:
        raise _wrong(path, data, "google_play")
    _check_pem(key, rsa.RSAPrivateKey, "service-account")
    # Keep only these two: Windows Credential Manager caps one secret at 2,560 bytes.
    return {"client_email": email, "private_key": key}


def _app_store(path: Path, data: dict[str, Any]) -> dict[str, str]:
    key_id, issuer = _str(data, "key_id", "keyId"), _str(data, "issuer_id", "issuerId")
    pem = _str(data, "private_key", "privateKey")
    p8 = _str(data, "private_key_path", "p8_path", "p8")
    if not key_id or not issuer or not (pem or p8):
        raise _wrong(path, data, "app_store")
    if pem is None and p8 is not None:
        p8_path = Path(p8).expanduser()
        if not p8_path.is_absolute():
            p8_path = path.parent / p8_path
        try:
            pem = p8_path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            raise refused(CredentialsError, "p8_file_unreadable", f"Cannot read the .p8 key file {p8_path.name}.",
                          file=p8_path.name) from None
    assert pem is not None
    _check_pem(pem, ec.EllipticCurvePrivateKey, "App Store Connect .p8")
    return {"key_id": key_id, "issuer_id": issuer, "private_key": pem}


def _trustpilot(path: Path, data: dict[str, Any]) -> dict[str, str]:
    key, secret = _str(data, "api_key", "apiKey"), _str(data, "api_secret", "apiSecret", "secret")
    if not key or not secret:
        raise _wrong(path, data, "trustpilot")
    out = {"api_key": key, "api_secret": secret}
    for name, aliases in (("username", ("username",)), ("password", ("password",))):
        value = _str(data, *aliases)
        if value:
            out[name] = value
    return out


_PARSERS = {
    "google_business": _google_business,
    "google_play": _google_play,
    "app_store": _app_store,
    "trustpilot": _trustpilot,
}


def parse_credentials_file(platform: str, path: Path) -> dict[str, str]:
    """Secrets from the platform's usual file, or `{"access_token": ...}` for a static token.

    Raises CredentialsError with one clear line for an unreadable file or one of the
    wrong kind (e.g. a service-account key given to a Google Business source).
    """
    if platform not in PLATFORMS:
        raise refused(CredentialsError, "credentials_unknown_platform", f"Unknown platform {platform!r}.",
                      platform=repr(platform))
    data = _read_json(Path(path))
    token = _str(data, "access_token")
    if token:
        return {"access_token": token}
    if platform == "demo":
        return {}
    return _PARSERS[platform](Path(path), data)


@dataclass(frozen=True)
class SavedSecret:
    """What the database records (`reference`) and, in plain words, where the secret is."""

    reference: str
    where: str


def keychain_available() -> bool:
    """False where keyring found no usable keychain (its `fail` or `null` backend)."""
    return not isinstance(keyring.get_keyring(), fail_keyring.Keyring | null_keyring.Keyring)


def _keychain_where(name: str) -> str:
    return f"the system keychain (service {SERVICE!r}, entry {name!r})"


def describe_secret(reference: str) -> str:
    """Where a source's secret lives, for `source list` and messages."""
    if reference.startswith(FILE_PREFIX):
        return f"the file {reference[len(FILE_PREFIX):]} (readable only by you)"
    return _keychain_where(reference)


def save_secrets(
    name: str, secrets: dict[str, str], *, data_dir: Path, store: SecretStore = "auto"
) -> SavedSecret:
    """Save (replace) one source's secrets; returns the reference for the database.

    "auto" uses the keychain and falls back to a user-only file in `data_dir/secrets`
    only when there is no keychain at all — a keychain that refuses (locked, denied)
    is an error, never a silent downgrade to a file.
    """
    if store == "keychain" or (store == "auto" and keychain_available()):
        try:
            store_secrets(name, secrets)
            return SavedSecret(name, _keychain_where(name))
        except CredentialsError:
            if store == "keychain" or keychain_available():
                raise
            # keyring resolved no backend between the check and the call: use the file.
    path = write_secret_file(secrets_folder(data_dir), name, secrets)
    where = f"the file {path}, readable only by you"
    if store == "auto":
        where += " (this computer has no system keychain)"
    return SavedSecret(FILE_PREFIX + str(path), where)


def store_secrets(source_key: str, secrets: dict[str, str]) -> None:
    """Save (replace) the secrets of one source in the OS keychain."""
    try:
        keyring.set_password(SERVICE, source_key, json.dumps(secrets, separators=(",", ":")))
    except keyring.errors.NoKeyringError:
        raise refused(
            CredentialsError, "no_keychain",
            "This computer has no system keychain; the secret can be kept in a file readable only by you "
            "instead (`workstation source add … --secret-store file`)."
        ) from None
    except keyring.errors.KeyringError as exc:
        raise refused(CredentialsError, "keychain_refused",
                      f"The system keychain refused to save the secret: {type(exc).__name__}",
                      error=type(exc).__name__) from None


def load_secrets(source_key: str) -> dict[str, str]:
    """The secrets of one source (a keychain entry name or a "file:" reference); {} when
    the keychain holds nothing under that name."""
    if source_key.startswith(FILE_PREFIX):
        return read_secret_file(Path(source_key[len(FILE_PREFIX):]))
    try:
        raw = keyring.get_password(SERVICE, source_key)
    except keyring.errors.KeyringError as exc:
        raise refused(CredentialsError, "keychain_unreadable",
                      f"The system keychain could not be read: {type(exc).__name__}",
                      error=type(exc).__name__) from None
    if not raw:
        return {}
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        raise refused(CredentialsError, "saved_secret_damaged",
                      "The saved secret is damaged; reconnect this account.") from None
    if not isinstance(data, dict):
        raise refused(CredentialsError, "saved_secret_damaged", "The saved secret is damaged; reconnect this account.")
    return {str(k): str(v) for k, v in data.items()}


def has_secrets(source_key: str) -> bool:
    """Whether this computer holds secrets under `source_key` (False when unreadable)."""
    try:
        return bool(load_secrets(source_key))
    except CredentialsError:
        return False


def delete_secrets(source_key: str) -> None:
    if source_key.startswith(FILE_PREFIX):
        delete_secret_file(Path(source_key[len(FILE_PREFIX):]))
        return
    try:
        keyring.delete_password(SERVICE, source_key)
    except keyring.errors.PasswordDeleteError:
        return None


def load_credentials(source_key: str) -> Credentials:
    return Credentials(load_secrets(source_key))
