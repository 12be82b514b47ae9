"""Credentials files and the OS keychain.

`parse_credentials_file` reads the file each platform usually hands out and keeps
only the secrets a connector needs; `store_secrets` / `load_secrets` keep them in
the keychain (service "workstation") as one JSON item per source.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import keyring
import keyring.errors
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import load_pem_private_key

from workstation.sources.base import Credentials, CredentialsError

SERVICE = "workstation"
PLATFORMS = ("google_business", "google_play", "app_store", "trustpilot", "demo")
_MAX_FILE = 64 * 1024


def _read_json(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()[: _MAX_FILE + 1]
    except OSError as exc:
        raise CredentialsError(f"Cannot read {path.name}: {exc.strerror or exc}") from None
    if len(raw) > _MAX_FILE:
        raise CredentialsError(f"{path.name} is too large to be a credentials file.")
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise CredentialsError(f"{path.name} is not a JSON credentials file.") from None
    if not isinstance(data, dict):
        raise CredentialsError(f"{path.name} is not a JSON object.")
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


def _wrong(path: Path, data: dict[str, Any], wanted: str) -> CredentialsError:
    return CredentialsError(f"{path.name} is {_describe(data)}; this source needs {wanted}.")


def _check_pem(pem: str, kind: type, what: str) -> None:
    try:
        key = load_pem_private_key(pem.encode(), password=None)
    except (ValueError, TypeError):
        raise CredentialsError(f"The {what} private key cannot be read.") from None
    if not isinstance(key, kind):
        raise CredentialsError(f"The {what} private key is of the wrong type.")


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
    raise _wrong(path, data, "an OAuth client JSON for a desktop app (\"installed\")")


def _google_play(path: Path, data: dict[str, Any]) -> dict[str, str]:
    email, key = _str(data, "client_email"), _str(data, "private_key")
    if data.get("type") != "service_account" or not email or not key:
        raise _wrong(path, data, "a Google service-account JSON key")
    _check_pem(key, rsa.RSAPrivateKey, "service-account")
    # Keep only these two: Windows Credential Manager caps one secret at 2,560 bytes.
    return {"client_email": email, "private_key": key}


def _app_store(path: Path, data: dict[str, Any]) -> dict[str, str]:
    key_id, issuer = _str(data, "key_id", "keyId"), _str(data, "issuer_id", "issuerId")
    pem = _str(data, "private_key", "privateKey")
    p8 = _str(data, "private_key_path", "p8_path", "p8")
    if not key_id or not issuer or not (pem or p8):
        raise _wrong(path, data, "a JSON with key_id, issuer_id and the .p8 key (path or contents)")
    if pem is None and p8 is not None:
        p8_path = Path(p8).expanduser()
        if not p8_path.is_absolute():
            p8_path = path.parent / p8_path
        try:
            pem = p8_path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            raise CredentialsError(f"Cannot read the .p8 key file {p8_path.name}.") from None
    assert pem is not None
    _check_pem(pem, ec.EllipticCurvePrivateKey, "App Store Connect .p8")
    return {"key_id": key_id, "issuer_id": issuer, "private_key": pem}


def _trustpilot(path: Path, data: dict[str, Any]) -> dict[str, str]:
    key, secret = _str(data, "api_key", "apiKey"), _str(data, "api_secret", "apiSecret", "secret")
    if not key or not secret:
        raise _wrong(path, data, "a JSON with the Trustpilot api_key and api_secret")
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
        raise CredentialsError(f"Unknown platform {platform!r}.")
    data = _read_json(Path(path))
    token = _str(data, "access_token")
    if token:
        return {"access_token": token}
    if platform == "demo":
        return {}
    return _PARSERS[platform](Path(path), data)


def store_secrets(source_key: str, secrets: dict[str, str]) -> None:
    """Save (replace) the secrets of one source in the OS keychain."""
    try:
        keyring.set_password(SERVICE, source_key, json.dumps(secrets, separators=(",", ":")))
    except keyring.errors.KeyringError as exc:
        raise CredentialsError(f"The system keychain refused to save the secret: {type(exc).__name__}") from None


def load_secrets(source_key: str) -> dict[str, str]:
    """The secrets of one source; {} when nothing is stored."""
    try:
        raw = keyring.get_password(SERVICE, source_key)
    except keyring.errors.KeyringError as exc:
        raise CredentialsError(f"The system keychain could not be read: {type(exc).__name__}") from None
    if not raw:
        return {}
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        raise CredentialsError("The saved secret is damaged; reconnect this account.") from None
    if not isinstance(data, dict):
        raise CredentialsError("The saved secret is damaged; reconnect this account.")
    return {str(k): str(v) for k, v in data.items()}


def delete_secrets(source_key: str) -> None:
    try:
        keyring.delete_password(SERVICE, source_key)
    except keyring.errors.PasswordDeleteError:
        return None


def load_credentials(source_key: str) -> Credentials:
    return Credentials(load_secrets(source_key))
