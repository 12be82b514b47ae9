"""Endpoint overrides (base_url, env) and the connector registry."""

from __future__ import annotations

import pytest

from tests.sources.conftest import run
from workstation.error_kinds import Refusal, refusal_of
from workstation.sources.app_store import AppStoreConnector
from workstation.sources.base import ConfigError, Connector, Credentials, SourceConfig
from workstation.sources.credentials import store_secrets
from workstation.sources.demo import DemoConnector
from workstation.sources.endpoints import resolve_endpoints
from workstation.sources.google_business import GoogleBusinessConnector
from workstation.sources.google_play import GooglePlayConnector
from workstation.sources.registry import (
    NO_API_REASONS,
    has_connector,
    make_connector,
    supported_platforms,
)
from workstation.sources.trustpilot import TrustpilotConnector


def test_defaults_are_the_real_urls() -> None:
    ep = resolve_endpoints("google_business", env={})
    assert ep.api == "https://mybusiness.googleapis.com"
    assert ep.accounts == "https://mybusinessaccountmanagement.googleapis.com"
    assert ep.locations == "https://mybusinessbusinessinformation.googleapis.com"
    assert ep.token == "https://oauth2.googleapis.com/token"
    assert resolve_endpoints("app_store", env={}).api == "https://api.appstoreconnect.apple.com"
    assert resolve_endpoints("trustpilot", env={}).token == (
        "https://api.trustpilot.com/v1/oauth/oauth-business-users-for-applications/accesstoken")


def test_override_points_every_call_at_one_host() -> None:
    ep = resolve_endpoints("google_business", env={"WORKSTATION_GOOGLE_BUSINESS_BASE_URL": "http://127.0.0.1:8080/"})
    assert {ep.api, ep.accounts, ep.locations} == {"http://127.0.0.1:8080"}
    assert ep.token == "http://127.0.0.1:8080/token"
    assert ep.authorize == "http://127.0.0.1:8080/o/oauth2/v2/auth"
    tp = resolve_endpoints("trustpilot", "https://gw.example.com", env={"WORKSTATION_TRUSTPILOT_BASE_URL": "http://x:1"})
    assert tp.api == "https://gw.example.com/v1"  # the stored base_url wins over the env
    assert tp.token == "https://gw.example.com/v1/oauth/oauth-business-users-for-applications/accesstoken"


@pytest.mark.parametrize("url", ["ftp://host", "file:///etc/passwd", "127.0.0.1:80", "http://", "javascript:x"])
def test_non_http_base_urls_are_refused(url: str) -> None:
    with pytest.raises(ConfigError, match="http"):
        resolve_endpoints("google_play", url, env={})


def test_registry_builds_each_connector_and_explains_the_others() -> None:
    assert set(supported_platforms()) == {"google_business", "google_play", "app_store", "trustpilot", "demo"}
    settings = {"package_name": "com.x", "app_ids": "1", "business_unit_id": "bu"}
    for platform in supported_platforms():
        conn = make_connector(SourceConfig(platform, "x", settings=settings), Credentials({"access_token": "t"}))
        assert isinstance(conn, Connector) and conn.platform == platform
        run(conn.aclose())
    for platform in NO_API_REASONS:
        assert not has_connector(platform)
    with pytest.raises(ConfigError, match="The app cannot connect to Yelp: import its reviews from a file") as no_api:
        make_connector(SourceConfig("yelp", "x"))
    assert refusal_of(no_api.value) == Refusal("no_connector", {"platform": "Yelp"})
    with pytest.raises(ConfigError, match="Unknown platform"):
        resolve_endpoints("myspace")


def test_registry_loads_secrets_from_the_keychain() -> None:
    store_secrets("src-1", {"access_token": "from-keychain"})
    conn = make_connector(SourceConfig("google_play", "x", settings={"package_name": "com.x"}, secret_key="src-1"))
    assert conn.platform == "google_play"
    run(conn.aclose())


def as_connectors(
    a: GoogleBusinessConnector, b: GooglePlayConnector, c: AppStoreConnector, d: TrustpilotConnector, e: DemoConnector
) -> list[Connector]:
    """mypy checks here that every connector satisfies the Connector protocol."""
    return [a, b, c, d, e]


def test_capabilities_explain_limits() -> None:
    from workstation.sources.registry import capabilities

    assert capabilities("google_business").reply_unit == "bytes"
    assert not capabilities("google_play").can_delete_reply and "7 days" in capabilities("google_play").note
    assert not capabilities("yelp").can_reply and "Yelp" in capabilities("yelp").note
