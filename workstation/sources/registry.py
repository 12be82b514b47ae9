"""Build the right connector for a source: `make_connector(config)`.

Secrets come from the keychain under `config.secret_key` unless given. Platforms
without a reply API (Yelp, Tripadvisor, Facebook, manual) have no connector; ask
`has_connector` first and offer import/paste instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from workstation.display_names import platform_named_in
from workstation.domain import Platform
from workstation.error_kinds import refused
from workstation.sources.app_store import AppStoreConnector
from workstation.sources.base import ConfigError, Connector, Credentials, SourceConfig
from workstation.sources.credentials import load_credentials
from workstation.sources.demo import DemoConnector
from workstation.sources.google_business import GoogleBusinessConnector
from workstation.sources.google_play import GooglePlayConnector
from workstation.sources.trustpilot import TrustpilotConnector

_CONNECTORS: dict[str, Any] = {
    "google_business": GoogleBusinessConnector,
    "google_play": GooglePlayConnector,
    "app_store": AppStoreConnector,
    "trustpilot": TrustpilotConnector,
    "demo": DemoConnector,
}

#: Why a platform has no connector, in plain words for the Accounts screen.
NO_API_REASONS = {
    "yelp": "Yelp's public API shows only 3 review excerpts and cannot post replies.",
    "tripadvisor": "Tripadvisor's API cannot post replies and forbids storing its reviews.",
    "facebook": "Facebook no longer gives apps access to Page recommendations.",
    "manual": "Reviews typed or pasted by hand.",
}


@dataclass(frozen=True)
class Capabilities:
    """What the UI may offer for a platform, and the reply length rule to check."""

    can_reply: bool
    can_delete_reply: bool
    reply_max: int | None
    reply_unit: str  # "bytes" (UTF-8) or "characters"
    note: str = ""


CAPABILITIES = {
    "google_business": Capabilities(True, True, 4096, "bytes"),
    "google_play": Capabilities(
        True, False, 350, "characters",
        "Only reviews from the last 7 days; import the Play Console CSV for history.",
    ),
    "app_store": Capabilities(True, True, 5970, "characters", "Replies show after Apple publishes them."),
    "trustpilot": Capabilities(True, True, 2048, "characters"),
    "demo": Capabilities(True, True, 2000, "characters"),
}


def capabilities(platform: str) -> Capabilities:
    """Capabilities of `platform`; platforms without an API get a no-reply entry."""
    return CAPABILITIES.get(platform) or Capabilities(False, False, None, "characters", NO_API_REASONS.get(platform, ""))


def delete_refusal(platform: str) -> str | None:
    """Why the app cannot delete a reply on `platform`, in plain words (None: it can). The same
    rule and words alone and on a team server."""
    caps = capabilities(platform)
    if caps.can_delete_reply:
        return None
    try:
        label = Platform(platform).label
    except ValueError:
        label = platform
    return f"{label} does not let apps delete a reply; delete it on the platform." + (f" {caps.note}" if caps.note else "")


def has_connector(platform: str) -> bool:
    return platform in _CONNECTORS


def supported_platforms() -> tuple[str, ...]:
    return tuple(_CONNECTORS)


def make_connector(config: SourceConfig, credentials: Credentials | None = None, **options: Any) -> Connector:
    """A ready connector (call `aclose()` when done). `options` go to the constructor:
    `client`, `retry`, `env`, and for the demo `server`."""
    cls = _CONNECTORS.get(config.platform)
    if cls is None:
        # Named as the sidebar names it ("Yelp", "Other"); a French reader's words name it again ("Autre").
        named = platform_named_in(config.platform, "en")
        raise refused(ConfigError, "no_connector", f"The app cannot connect to {named}: import its reviews from a "
                      "file instead.", platform=named)
    if credentials is None:
        credentials = load_credentials(config.secret_key) if config.secret_key else Credentials()
    connector: Connector = cls(config, credentials, **options)
    return connector
