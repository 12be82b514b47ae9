"""Checking each field of the "connect an account" form as it is typed.

Every check takes what the person typed or chose and returns a `Checked`: the cleaned
value to save, or a short problem code that the window turns into plain words next to
the field (English and French live in `workstation.ui.account_guides`). No network and
no secrets in the codes: a problem says *what* is wrong with the field, never its value.

The shapes come from the platforms' own descriptions (../shared/specs/PLATFORMS.md):
App Store Connect key ids are 10 capital letters or digits and issuer ids are UUIDs;
the .p8 file is a PEM "PRIVATE KEY" holding an elliptic-curve key; Android package
names are dotted words; a Google service-account key is a JSON file of type
"service_account" with `client_email` and an RSA `private_key`; Trustpilot business
unit ids are 24 hexadecimal characters.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import load_pem_private_key

_MAX_FILE = 64 * 1024
KEY_ID = re.compile(r"^[A-Z0-9]{10}$")
ISSUER_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.IGNORECASE)
PACKAGE_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)+$")
BUSINESS_UNIT_ID = re.compile(r"^[0-9a-f]{24}$", re.IGNORECASE)
_DOMAIN = re.compile(r"^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")
_TOKEN_CHARS = re.compile(r"^[A-Za-z0-9_\-]+$")


@dataclass(frozen=True)
class Checked:
    """`value` is what to save (cleaned) when `problem` is None; `problem` is a short code."""

    value: str = ""
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


def _problem(code: str) -> Checked:
    return Checked(problem=code)


def key_id(text: str) -> Checked:
    """App Store Connect Key ID, e.g. 2X9R4HXF34 (lower case is accepted and raised)."""
    value = text.strip().upper()
    if not value:
        return _problem("empty")
    if " " in value:
        return _problem("spaces")
    return Checked(value) if KEY_ID.match(value) else _problem("shape")


def issuer_id(text: str) -> Checked:
    """App Store Connect Issuer ID: a UUID, e.g. 57246542-96fe-1a63-e053-0824d011072a."""
    value = text.strip().lower()
    if not value:
        return _problem("empty")
    if " " in value:
        return _problem("spaces")
    return Checked(value) if ISSUER_ID.match(value) else _problem("shape")


def _read_small(path_text: str) -> tuple[bytes | None, str | None]:
    """The file's bytes, or a problem code: nothing chosen, a folder, missing, unreadable, too big."""
    if not path_text.strip():
        return None, "no_file"
    path = Path(path_text.strip()).expanduser()
    if path.is_dir():
        return None, "folder"
    if not path.exists():
        return None, "missing"
    try:
        raw = path.read_bytes()[: _MAX_FILE + 1]
    except OSError:
        return None, "unreadable"
    if len(raw) > _MAX_FILE:
        return None, "too_big"
    return raw, None


def _private_key(pem: str) -> Any:
    try:
        return load_pem_private_key(pem.encode("utf-8"), password=None)
    except (ValueError, TypeError):
        return None


def p8_file(path_text: str) -> Checked:
    """The App Store Connect .p8 key file; the value is its PEM text."""
    raw, problem = _read_small(path_text)
    if raw is None:
        return _problem(problem or "no_file")
    try:
        pem = raw.decode("utf-8-sig").strip()
    except UnicodeDecodeError:
        return _problem("not_key")
    if "-----BEGIN" not in pem:
        return _problem("not_key")
    key = _private_key(pem)
    if key is None:
        return _problem("not_key")
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        return _problem("wrong_key_type")
    return Checked(pem + "\n")


def _json_file(path_text: str) -> tuple[dict[str, Any] | None, str | None]:
    raw, problem = _read_small(path_text)
    if raw is None:
        return None, problem
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None, "not_json"
    return (data, None) if isinstance(data, dict) else (None, "not_json")


def _text(data: dict[str, Any], name: str) -> str | None:
    value = data.get(name)
    return value.strip() if isinstance(value, str) and value.strip() else None


def service_account_file(path_text: str) -> tuple[dict[str, str] | None, str | None]:
    """A Google service-account JSON key → ({client_email, private_key}, None) or (None, code)."""
    data, problem = _json_file(path_text)
    if data is None:
        return None, problem
    if "installed" in data or "web" in data:
        return None, "oauth_client_not_key"
    email, pem = _text(data, "client_email"), _text(data, "private_key")
    if data.get("type") != "service_account" or not email or not pem:
        return None, "not_service_account"
    if not isinstance(_private_key(pem), rsa.RSAPrivateKey):
        return None, "damaged_key"
    return {"client_email": email, "private_key": pem}, None


def oauth_client_file(path_text: str) -> tuple[dict[str, str] | None, str | None]:
    """The Google sign-in file: an OAuth client for a desktop app, or a file that already
    holds a sign-in (authorized user, with a refresh token)."""
    data, problem = _json_file(path_text)
    if data is None:
        return None, problem
    if data.get("type") == "service_account":
        return None, "service_account_not_client"
    block = data.get("installed") or data.get("web")
    if isinstance(block, dict):
        cid, secret = _text(block, "client_id"), _text(block, "client_secret")
        if cid and secret:
            return {"client_id": cid, "client_secret": secret}, None
    if data.get("type") == "authorized_user":
        values = {k: _text(data, k) for k in ("client_id", "client_secret", "refresh_token")}
        if all(values.values()):
            return {k: v for k, v in values.items() if v}, None
    return None, "not_oauth_client"


def package_name(text: str) -> Checked:
    """An Android package name (com.example.app); the app's Google Play address is accepted too."""
    value = text.strip()
    if not value:
        return _problem("empty")
    if value.lower().startswith(("http://", "https://", "play.google.com")):
        query = parse_qs(urlsplit(value if "://" in value else "https://" + value).query)
        value = (query.get("id") or [""])[0].strip()
        if not value:
            return _problem("link_without_id")
    if " " in value:
        return _problem("spaces")
    return Checked(value) if PACKAGE_NAME.match(value) else _problem("shape")


def api_token(text: str, *, min_length: int = 16) -> Checked:
    """A key or secret copied from a platform page: letters and digits, no spaces."""
    value = text.strip()
    if not value:
        return _problem("empty")
    if any(ch.isspace() for ch in value):
        return _problem("spaces")
    if not _TOKEN_CHARS.match(value):
        return _problem("shape")
    return Checked(value) if len(value) >= min_length else _problem("too_short")


def business_unit(text: str) -> tuple[dict[str, str] | None, str | None]:
    """Trustpilot business: its 24-character business unit id, or the shop's website
    (as on Trustpilot, e.g. www.example.com) → the source setting to save."""
    value = text.strip()
    if not value:
        return None, "empty"
    if BUSINESS_UNIT_ID.match(value):
        return {"business_unit_id": value.lower()}, None
    parts = urlsplit(value if "://" in value else "https://" + value)
    host, path = (parts.hostname or "").lower(), parts.path.strip("/")
    if host.endswith("trustpilot.com"):
        # The business's page on Trustpilot names it: trustpilot.com/review/www.example.com
        head, _, rest = path.partition("/")
        if head != "review" or not rest:
            return None, "trustpilot_address"
        host = rest.split("/")[0].lower()
    value = host
    if _DOMAIN.match(value):
        return {"domain": value}, None
    return None, "shape"
