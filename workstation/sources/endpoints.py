"""Where each platform's API and token endpoints live, with test/proxy overrides.

An override (the source's `base_url`, else env `WORKSTATION_<PLATFORM>_BASE_URL`)
points every call of that platform — accounts, locations, reviews, token — at one
host, keeping the real paths, so a loopback fake or a gateway can answer them all.
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from workstation.error_kinds import refused
from workstation.sources.base import ConfigError

GOOGLE_TOKEN_URL = "https://oauth2.googleapis.com/token"
GOOGLE_AUTH_URL = "https://accounts.google.com/o/oauth2/v2/auth"


@dataclass(frozen=True)
class Endpoints:
    """Base URLs without a trailing slash; `token`/`authorize` are full URLs."""

    api: str
    token: str | None = None
    accounts: str | None = None
    locations: str | None = None
    authorize: str | None = None


_DEFAULTS: dict[str, Endpoints] = {
    "google_business": Endpoints(
        api="https://mybusiness.googleapis.com",
        accounts="https://mybusinessaccountmanagement.googleapis.com",
        locations="https://mybusinessbusinessinformation.googleapis.com",
        token=GOOGLE_TOKEN_URL,
        authorize=GOOGLE_AUTH_URL,
    ),
    "google_play": Endpoints(api="https://androidpublisher.googleapis.com", token=GOOGLE_TOKEN_URL),
    "app_store": Endpoints(api="https://api.appstoreconnect.apple.com"),
    "trustpilot": Endpoints(
        api="https://api.trustpilot.com/v1",
        token="https://api.trustpilot.com/v1/oauth/oauth-business-users-for-applications/accesstoken",
    ),
    "demo": Endpoints(api="http://demo.invalid"),
}


def env_var_name(platform: str) -> str:
    return f"WORKSTATION_{platform.upper()}_BASE_URL"


def is_loopback(host: str | None) -> bool:
    """True for this computer's own addresses (localhost, 127.0.0.0/8, ::1)."""
    if not host:
        return False
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_base_url(url: str) -> str:
    """Return the URL without trailing slash, or raise ConfigError if not http(s), or if
    plain http names another computer (the access token would travel unencrypted)."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc or not parts.hostname:
        raise refused(ConfigError, "address_not_web",
                      f"Base URL must start with http:// or https:// and name a host: {url!r}", url=repr(url))
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise refused(
            ConfigError, "address_plain_http",
            f"Base URL {url.strip()!r} uses plain http://, which would send your access token "
            "unencrypted: use https:// (plain http is only allowed for this computer, e.g. 127.0.0.1).",
            url=repr(url.strip()),
        )
    return url.strip().rstrip("/")


def _override(default: Endpoints, base: str) -> Endpoints:
    def move(url: str | None) -> str | None:
        if url is None:
            return None
        parts = urlsplit(url)
        return base + parts.path.rstrip("/")

    api = move(default.api)
    assert api is not None
    return Endpoints(
        api=api,
        token=move(default.token),
        accounts=move(default.accounts),
        locations=move(default.locations),
        authorize=move(default.authorize),
    )


def resolve_endpoints(
    platform: str, base_url: str | None = None, env: Mapping[str, str] | None = None
) -> Endpoints:
    """Endpoints for `platform`: base_url, else the env override, else the real URLs."""
    if platform not in _DEFAULTS:
        raise refused(ConfigError, "address_unknown_platform", f"Unknown platform {platform!r}",
                      platform=repr(platform))
    environ = os.environ if env is None else env
    chosen = base_url or environ.get(env_var_name(platform)) or None
    if chosen is None:
        return _DEFAULTS[platform]
    return _override(_DEFAULTS[platform], check_base_url(chosen))
