"""Checking a source before it is saved: what each platform needs, in the connector's words.

`check_source` runs the same setting checks the connectors run when they start (App
Store app ids, Play package name, Google locations, Trustpilot business unit) and checks
the secrets hold a usable sign-in, so `workstation source add` and the window's Accounts
dialog refuse a source that could never sync, with the message the sync would give.
No network: the platform itself is asked later, by the first sync or "Test".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from workstation.error_kinds import SENTENCES, carrying, refusal_of, refused
from workstation.sources.app_store import app_ids_setting
from workstation.sources.base import ConfigError, ConnectorError
from workstation.sources.google_business import configured_locations
from workstation.sources.google_play import package_setting
from workstation.sources.registry import has_connector
from workstation.sources.trustpilot import business_unit_setting

#: Platform → its connector's own check of the source settings (raises ConnectorError).
_SETTING_CHECKS: dict[str, Callable[[Mapping[str, str]], Any]] = {
    "app_store": app_ids_setting,
    "google_play": package_setting,
    "google_business": configured_locations,
    "trustpilot": business_unit_setting,
}

#: Platforms whose connectors run without any secret.
_NO_SECRETS = frozenset({"demo"})


def check_source(platform: str, settings: Mapping[str, str], secrets: Mapping[str, str] | None) -> None:
    """Raise ConfigError with one plain line when the source could not sync as given.

    `secrets` are the parsed credentials (`parse_credentials_file`), None when none
    were given. Platforms without a connector (manual, Yelp…) need nothing.
    """
    if not has_connector(platform):
        return
    check = _SETTING_CHECKS.get(platform)
    if check is not None:
        try:
            check(settings)
        except ConnectorError as exc:
            raise carrying(ConfigError(exc.user_message), refusal_of(exc)) from None
    if platform in _NO_SECRETS:
        return
    if not secrets:
        raise refused(ConfigError, "credentials_file_needed", "This platform needs its credentials file.")
    if "access_token" in secrets:
        return
    if platform == "google_business" and "refresh_token" not in secrets:
        raise refused(ConfigError, "google_sign_in_missing", SENTENCES["google_sign_in_missing"])
