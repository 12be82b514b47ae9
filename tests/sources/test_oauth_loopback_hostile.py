"""Item 10 of issue 19: the OAuth loopback listener ignores answers with a wrong `state`
(they do not end the sign-in) and refuses an oversize request without a traceback."""

from __future__ import annotations

import logging
import socket
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from tests.sources.conftest import run
from tests.sources.test_google_business import Fixture
from workstation.sources.endpoints import resolve_endpoints
from workstation.sources.oauth import run_installed_app_flow


def _raw_request(port: int, payload: bytes) -> bytes:
    """The answer, or b"reset" when the listener closed before reading all we sent (TCP
    then resets the connection, possibly before its short answer reached us)."""
    chunks = []
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
            sock.sendall(payload)
            while chunk := sock.recv(65536):
                chunks.append(chunk)
    except (ConnectionResetError, BrokenPipeError):
        return b"".join(chunks) or b"reset"
    return b"".join(chunks)


def test_forged_answers_are_ignored_and_the_real_one_completes(gbp: Fixture, caplog: pytest.LogCaptureFixture) -> None:
    fake, server = gbp
    statuses: list[int] = []
    raw_answers: list[bytes] = []

    def open_browser(url: str) -> bool:
        query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
        redirect = query["redirect_uri"]
        port = int(urlsplit(redirect).port or 0)
        # Another local program races the browser: a forged error, a forged code, a huge line.
        statuses.append(httpx.get(redirect, params={"error": "access_denied", "state": "guess"}, timeout=5).status_code)
        statuses.append(httpx.get(redirect, params={"code": "evil", "state": ""}, timeout=5).status_code)
        raw_answers.append(_raw_request(port, b"GET /?" + b"a" * 200_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n"))
        code = fake.grant_code(query["code_challenge"], redirect)
        statuses.append(httpx.get(redirect, params={"code": code, "state": query["state"]}, timeout=5).status_code)
        return True

    ep = resolve_endpoints("google_business", server.url)
    with caplog.at_level(logging.DEBUG):
        tokens = run(run_installed_app_flow(fake.client_id, fake.client_secret, authorize_url=ep.authorize or "",
                                            token_url=ep.token or "", open_browser=open_browser, timeout=10))
    assert tokens.access_token in fake.access_tokens
    assert statuses == [400, 400, 200]
    assert raw_answers[0].startswith((b"HTTP/1.1 431", b"reset"))
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]
