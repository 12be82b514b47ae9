"""The shared call path: status mapping, Retry-After forms, non-idempotent safety,
bounded retries, and no secrets in logs."""

from __future__ import annotations

import email.utils
import logging
import time
from collections.abc import Callable

import httpx
import pytest

from tests.fakes.google_business import FakeGoogleBusiness
from tests.sources.conftest import collect, run
from workstation.sources.auth import StaticToken
from workstation.sources.base import ConnectorError, Credentials, SourceConfig
from workstation.sources.google_business import GoogleBusinessConnector
from workstation.sources.http import ApiClient, parse_retry_after
from workstation.sources.retry import RetryPolicy, recording_policy


def api_for(handler: Callable[[httpx.Request], httpx.Response], policy: RetryPolicy) -> tuple[ApiClient, httpx.AsyncClient]:
    client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    return ApiClient(client, label="Test API", auth=StaticToken("tok", "Test API"), retry=policy), client


def call(handler: Callable[[httpx.Request], httpx.Response], *, method: str = "GET", idempotent: bool = True,
         attempts: int = 3) -> tuple[object, list[float]]:
    policy, waits = recording_policy(attempts)

    async def go() -> object:
        api, client = api_for(handler, policy)
        try:
            return await api.request(method, "https://api.test/x", idempotent=idempotent)
        finally:
            await client.aclose()

    return run(go()), waits


def failing(status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers=headers or {})

    return handler


@pytest.mark.parametrize(
    ("status", "body", "kind", "words"),
    [
        (400, b'{"error": {"code": 400, "message": "comment too long"}}', "rejected", "comment too long"),
        (403, b'{"errors": [{"status": "403", "code": "FORBIDDEN_ERROR", "title": "t", "detail": "role lacks access"}]}',
         "forbidden", "role lacks access"),
        (404, b'{"message": "Review not found"}', "not_found", "Review not found"),
        (409, b"", "conflict", "conflict"),
        (418, b"", "bad_response", "unexpected status 418"),
        (502, b"<html><body>Bad gateway</body></html>", "server", "error 502"),
    ],
)
def test_status_mapping_uses_plain_words(status: int, body: bytes, kind: str, words: str) -> None:
    with pytest.raises(ConnectorError) as err:
        call(failing(status, body))
    assert err.value.kind == kind and words in err.value.user_message
    assert "<html" not in err.value.user_message


def test_html_page_with_200_is_a_bad_response() -> None:
    with pytest.raises(ConnectorError) as err:
        call(failing(200, b"<!DOCTYPE html><html>captive portal</html>", {"Content-Type": "text/html"}))
    assert err.value.kind == "bad_response" and "web page" in err.value.user_message


def test_empty_2xx_is_none() -> None:
    assert call(failing(204))[0] is None


def test_retry_after_as_http_date_is_honoured() -> None:
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    answers = iter([httpx.Response(429, headers={"Retry-After": when}), httpx.Response(200, json={"ok": True})])
    result, waits = call(lambda request: next(answers))
    assert result == {"ok": True} and len(waits) == 1 and 25 <= waits[0] <= 31
    assert parse_retry_after("soon") is None and parse_retry_after("-5") == 0.0


def test_non_idempotent_call_is_not_retried_after_a_500_but_is_after_a_429() -> None:
    seen: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(1)
        return httpx.Response(500)

    with pytest.raises(ConnectorError):
        call(handler, method="POST", idempotent=False)
    assert len(seen) == 1  # the server may have applied it: the outbox re-checks instead
    answers = iter([httpx.Response(429, headers={"Retry-After": "1"}), httpx.Response(201, json={"id": "r"})])
    result, waits = call(lambda request: next(answers), method="POST", idempotent=False)
    assert result == {"id": "r"} and waits == [1.0]


def test_connection_refused_is_retried_even_for_non_idempotent_calls() -> None:
    attempts: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        attempts.append(1)
        if len(attempts) < 3:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(201, json={})

    result, waits = call(handler, method="POST", idempotent=False)
    assert result == {} and len(waits) == 2


def test_secrets_never_reach_the_log(caplog: pytest.LogCaptureFixture) -> None:
    fake = FakeGoogleBusiness()
    parent = fake.add_location("1", "2")
    fake.add_review(parent, "r")
    refresh = fake.issue_refresh_token()
    caplog.set_level(logging.DEBUG)
    with fake.serve() as server:
        async def go() -> None:
            conn = GoogleBusinessConnector(
                SourceConfig("google_business", "x", base_url=server.url),
                Credentials({"client_id": fake.client_id, "client_secret": fake.client_secret, "refresh_token": refresh}),
                retry=recording_policy()[0],
            )
            try:
                await collect(conn.fetch(None))
                fake.faults.add("unauthorized", path="/reviews")
                await collect(conn.fetch(None))
            finally:
                await conn.aclose()

        run(go())
    text = caplog.text
    assert "/reviews" in text  # something was logged…
    for secret in [refresh, fake.client_secret, *fake.access_tokens]:
        assert secret not in text  # …but no secret


def test_absurdly_nested_json_is_a_bad_response() -> None:
    nested = b"[" * 200_000 + b"]" * 200_000
    with pytest.raises(ConnectorError) as err:
        call(failing(200, nested, {"Content-Type": "application/json"}))
    assert err.value.kind == "bad_response"
    with pytest.raises(ConnectorError) as err2:
        call(failing(400, b'{"error":' * 100_000))
    assert err2.value.kind == "rejected"
