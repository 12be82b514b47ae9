"""Items 2, 3 and 12 (network part) of issue 19: no token over plain http to another
computer, an overall deadline per request, and no asking three times for an answer that
cannot get better."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import httpx
import pytest

from workstation.__main__ import main
from workstation.sources.auth import StaticToken
from workstation.sources.base import ConfigError, ConnectorError
from workstation.sources.endpoints import check_base_url, resolve_endpoints
from workstation.sources.http import ApiClient, new_http_client
from workstation.sources.retry import recording_policy


@pytest.mark.parametrize("url", ["http://example.com", "http://192.168.1.10:8080", "http://10.0.0.1",
                                 "http://localhost.evil.example"])
def test_plain_http_to_another_computer_is_refused(url: str) -> None:
    with pytest.raises(ConfigError, match="https://"):
        check_base_url(url)
    with pytest.raises(ConfigError, match="unencrypted"):
        resolve_endpoints("google_business", env={"WORKSTATION_GOOGLE_BUSINESS_BASE_URL": url})


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080", "http://localhost:9", "http://[::1]:80", "https://gw.example.com"])
def test_loopback_http_and_any_https_are_accepted(url: str) -> None:
    assert check_base_url(url) == url


def test_source_add_refuses_a_plain_http_host(tmp_path: object, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["source", "add", "--platform", "google_business", "--name", "Shop",
                 "--base-url", "http://api.example.com", "--data-dir", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 2 and "unencrypted" in err and "Traceback" not in err


def test_the_network_client_refuses_plain_http_before_sending() -> None:
    async def go() -> None:
        async with new_http_client() as client:
            api = ApiClient(client, label="Test API", auth=StaticToken("secret-token", "Test API"))
            await api.request("GET", "http://reviews.example.com/v1/x")

    with pytest.raises(ConnectorError) as err:
        asyncio.run(go())
    assert err.value.kind == "not_supported" and "https://" in err.value.user_message


def test_a_dripping_server_is_cut_off_by_the_overall_deadline() -> None:
    """One byte every 0.1 s keeps each read under httpx's per-read timeout, for ever."""
    requests: list[int] = []
    policy, waits = recording_policy(3)

    async def drip(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        requests.append(1)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n")
        try:
            while True:
                writer.write(b" ")
                await writer.drain()
                await asyncio.sleep(0.1)
        except (ConnectionError, asyncio.CancelledError):
            writer.close()

    async def go() -> None:
        server = await asyncio.start_server(drip, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        try:
            async with new_http_client(timeout=5.0, deadline=0.5) as client:
                api = ApiClient(client, label="Test API", auth=StaticToken("t", "Test API"), retry=policy)
                await api.request("GET", f"http://127.0.0.1:{port}/slow")
        finally:
            server.close()

    with pytest.raises(ConnectorError) as err:
        asyncio.run(go())
    assert err.value.kind == "offline" and "too long" in err.value.user_message
    # A drip is not asked for again within the same run: no retry was even scheduled. The
    # server's own count is only bounded, because on a loaded machine the deadline can pass
    # before the server has read the request (CI saw that once).
    assert waits == [] and len(requests) <= 1


def _count_calls(response: Callable[[], httpx.Response], max_body: int | None = None) -> tuple[ConnectorError, int]:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return response()

    async def go() -> None:
        policy, _waits = recording_policy(3)
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as client:
            extra = {} if max_body is None else {"max_body_bytes": max_body}
            api = ApiClient(client, label="Test API", retry=policy, **extra)  # type: ignore[arg-type]
            await api.request("GET", "https://api.test/x")

    with pytest.raises(ConnectorError) as err:
        asyncio.run(go())
    return err.value, len(calls)


@pytest.mark.parametrize("response", [
    lambda: httpx.Response(200, content=b"<html>captive portal</html>", headers={"Content-Type": "text/html"}),
    lambda: httpx.Response(200, content=b'{"reviews": [', headers={"Content-Type": "application/json"}),
    lambda: httpx.Response(302, headers={"Location": "https://elsewhere.example/"}),
], ids=["html", "invalid-json", "redirect"])
def test_answers_that_cannot_improve_are_requested_once(response: Callable[[], httpx.Response]) -> None:
    error, calls = _count_calls(response)
    assert calls == 1 and error.kind == "bad_response"


def test_an_oversized_body_is_requested_once() -> None:
    error, calls = _count_calls(lambda: httpx.Response(200, content=b"[" + b"1," * 5000 + b"1]"), max_body=1000)
    assert calls == 1 and "too large" in error.user_message


def test_the_system_proxy_is_still_used(monkeypatch: pytest.MonkeyPatch) -> None:
    """httpx drops the proxy environment once a transport is given: the guarded client keeps it."""
    seen: list[bytes] = []

    async def proxy(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        seen.append(await reader.readline())
        writer.close()

    async def go() -> None:
        server = await asyncio.start_server(proxy, "127.0.0.1", 0)
        monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}")
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        policy, _waits = recording_policy(1)
        try:
            async with new_http_client(deadline=5.0) as client:
                await ApiClient(client, label="Test API", retry=policy).request("GET", "https://reviews.example.com/x")
        finally:
            server.close()

    with pytest.raises(ConnectorError):
        asyncio.run(go())
    assert seen and seen[0].startswith(b"CONNECT reviews.example.com:443")
