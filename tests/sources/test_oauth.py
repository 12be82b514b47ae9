"""Installed-app OAuth (loopback redirect + PKCE) against the fake Google server."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from tests.sources.conftest import run
from tests.sources.test_google_business import Fixture
from workstation.sources.base import ConnectorError
from workstation.sources.endpoints import resolve_endpoints
from workstation.sources.oauth import pkce_pair, run_installed_app_flow


def consent(fake: object, *, state: str | None = None, error: str | None = None):  # type: ignore[no-untyped-def]
    """A browser stand-in: checks the consent URL, then follows the redirect."""
    seen: dict[str, str] = {}

    def open_browser(url: str) -> bool:
        query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
        seen.update(query)
        redirect = query["redirect_uri"]
        if error:
            params = {"error": error, "state": query["state"]}
        else:
            code = fake.grant_code(query["code_challenge"], redirect)  # type: ignore[attr-defined]
            params = {"code": code, "state": state or query["state"]}
        page = httpx.get(redirect, params=params, timeout=30)
        assert page.status_code == (400 if state else 200) and "<html>" in page.text.lower().replace("<!doctype html>", "")
        return True

    return open_browser, seen


def flow(server_url: str, fake: object, opener: object, timeout: float = 10) -> object:
    ep = resolve_endpoints("google_business", server_url)
    assert ep.authorize and ep.token
    return run(run_installed_app_flow(
        fake.client_id, fake.client_secret,  # type: ignore[attr-defined]
        authorize_url=ep.authorize, token_url=ep.token, open_browser=opener, timeout=timeout,  # type: ignore[arg-type]
    ))


def test_loopback_pkce_flow_returns_a_refresh_token(gbp: Fixture) -> None:
    fake, server = gbp
    opener, seen = consent(fake)
    tokens = flow(server.url, fake, opener)
    assert tokens.refresh_token in fake.refresh_tokens  # type: ignore[attr-defined]
    assert tokens.access_token in fake.access_tokens  # type: ignore[attr-defined]
    assert seen["scope"] == "https://www.googleapis.com/auth/business.manage"
    assert seen["code_challenge_method"] == "S256" and seen["redirect_uri"].startswith("http://127.0.0.1:")
    assert seen["access_type"] == "offline"
    assert "refresh" not in repr(tokens).replace("refresh_token=set", "")


def test_denied_consent_and_wrong_state_are_auth_errors(gbp: Fixture) -> None:
    fake, server = gbp
    with pytest.raises(ConnectorError) as denied:
        flow(server.url, fake, consent(fake, error="access_denied")[0])
    assert denied.value.kind == "auth" and "Allow" in denied.value.user_message
    with pytest.raises(ConnectorError) as forged:  # ignored, so the sign-in runs out of time
        flow(server.url, fake, consent(fake, state="forged")[0], timeout=0.5)
    assert forged.value.kind == "auth"
    assert fake.refresh_tokens == set()


def test_no_answer_times_out(gbp: Fixture) -> None:
    fake, server = gbp
    with pytest.raises(ConnectorError) as err:
        flow(server.url, fake, lambda url: True, timeout=0.1)
    assert err.value.kind == "auth"


def test_wrong_client_secret_is_refused(gbp: Fixture) -> None:
    fake, server = gbp
    fake.client_secret = "rotated"
    opener, _ = consent(fake)

    ep = resolve_endpoints("google_business", server.url)
    with pytest.raises(ConnectorError) as err:
        run(run_installed_app_flow(fake.client_id, "old-secret", authorize_url=ep.authorize or "",
                                   token_url=ep.token or "", open_browser=opener))
    assert err.value.kind == "auth"


def test_pkce_pair_shape() -> None:
    verifier, challenge = pkce_pair()
    assert 43 <= len(verifier) <= 128 and "=" not in challenge and len(challenge) == 43
