"""One JSON-over-HTTP call path for every connector: auth, retries, error mapping.

Turns every transport or platform failure into a `ConnectorError` with plain words:
timeouts, refused connections, HTML error pages, malformed or truncated JSON and
over-large bodies included. Never logs headers or bodies (they may hold secrets).

`new_http_client` is the one place that builds clients for the real network: plain http
only to this computer (a bearer token never travels unencrypted), no redirects, and an
overall deadline per request — httpx's timeouts are per read, so a server dripping one
byte every few seconds would otherwise hold a sync (and the outbox's sender lock) for ever.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import logging
import time
import urllib.request
from collections.abc import Mapping
from typing import Any, Protocol

import httpx
import tenacity

from workstation.error_kinds import carrying, refusal_of, with_kind
from workstation.sources.base import ConnectorError
from workstation.sources.endpoints import is_loopback
from workstation.sources.retry import RetryPolicy

log = logging.getLogger(__name__)

DEFAULT_MAX_BODY = 32 * 1024 * 1024  # far above a real 200-review page
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
#: The most one request (connection, upload and the whole answer) may take.
DEFAULT_DEADLINE = 90.0


class InsecureRequestError(httpx.UnsupportedProtocol):
    """A plain-http request to another computer, refused before anything is sent."""


class DeadlineExceeded(httpx.TimeoutException):
    """The whole request took longer than the client's overall deadline."""


class _DeadlineStream(httpx.AsyncByteStream):
    """The answer's body, cut off when the request's deadline passes."""

    def __init__(self, inner: httpx.AsyncByteStream, end: float, request: httpx.Request) -> None:
        self._inner, self._end, self._request = inner, end, request

    async def __aiter__(self) -> Any:
        chunks = self._inner.__aiter__()
        while True:
            try:
                async with asyncio.timeout_at(self._end):
                    chunk = await chunks.__anext__()
            except StopAsyncIteration:
                return
            except TimeoutError:
                raise DeadlineExceeded("the answer took too long", request=self._request) from None
            yield chunk

    async def aclose(self) -> None:
        await self._inner.aclose()


class GuardedTransport(httpx.AsyncBaseTransport):
    """Wraps the network transport with the https rule and the overall deadline.

    httpx ignores the proxy environment once a transport is given, so the proxy (if the
    system names one) is carried here: used for every host but loopback and `no_proxy`."""

    def __init__(
        self, inner: httpx.AsyncBaseTransport, deadline: float, proxied: httpx.AsyncBaseTransport | None = None
    ) -> None:
        self._inner, self.deadline, self._proxied = inner, deadline, proxied

    def _route(self, host: str) -> httpx.AsyncBaseTransport:
        if self._proxied is None or is_loopback(host) or urllib.request.proxy_bypass(host):
            return self._inner
        return self._proxied

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.scheme != "https" and not is_loopback(request.url.host):
            raise InsecureRequestError(
                f"refusing plain {request.url.scheme}:// to {request.url.host}", request=request
            )
        end = asyncio.get_running_loop().time() + self.deadline
        try:
            async with asyncio.timeout_at(end):
                response = await self._route(request.url.host).handle_async_request(request)
        except TimeoutError:
            raise DeadlineExceeded("no answer in time", request=request) from None
        assert isinstance(response.stream, httpx.AsyncByteStream)
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=_DeadlineStream(response.stream, end, request),
            extensions=response.extensions,
            request=request,
        )

    async def aclose(self) -> None:
        await self._inner.aclose()
        if self._proxied is not None:
            await self._proxied.aclose()


def _system_proxy() -> httpx.AsyncBaseTransport | None:
    """A transport through the proxy the environment names for https, if any."""
    proxies = urllib.request.getproxies()
    url = proxies.get("https") or proxies.get("all")
    return httpx.AsyncHTTPTransport(proxy=url) if url else None


class Auth(Protocol):
    """Supplies request headers; `invalidate` drops a cached token after a 401;
    `reconnect_error` says why the user must reconnect (with its kind)."""

    refreshable: bool

    def reconnect_error(self, status: int | None) -> ConnectorError: ...

    async def headers(self, api: ApiClient) -> dict[str, str]: ...

    def invalidate(self) -> None: ...


class _Unsent(ConnectorError):
    """The request never left this machine, so re-sending cannot duplicate anything."""


class _Unauthorized(Exception):
    pass


class _AuthFailed(ConnectorError):
    """Getting a token failed after its own bounded retries: retrying the outer call
    would only multiply the attempts."""


class _NotRetried(ConnectorError):
    """An answer that asking again at once would only repeat (a web page, malformed or
    over-large data, a redirect, a deadline overrun): the caller tries on a later run."""


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Retry-After as seconds (delta-seconds or an HTTP date); None when absent/garbled."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def _platform_detail(body: bytes) -> str:
    """The platform's own short error text, if the body is one of the known JSON shapes."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return ""
    detail: Any = ""
    if isinstance(data, dict):
        err = data.get("error")
        if isinstance(err, dict):
            detail = err.get("message") or err.get("status") or ""
        elif isinstance(err, str):
            detail = data.get("error_description") or err
        errors = data.get("errors")
        if not detail and isinstance(errors, list) and errors and isinstance(errors[0], dict):
            detail = errors[0].get("detail") or errors[0].get("title") or ""
        if not detail:
            detail = data.get("message") or ""
    return str(detail)[:200] if isinstance(detail, str | int) else ""


class ApiClient:
    """Sends JSON requests for one platform through a shared httpx client."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        *,
        label: str,
        auth: Auth | None = None,
        retry: RetryPolicy | None = None,
        max_body_bytes: int = DEFAULT_MAX_BODY,
    ) -> None:
        self.client = client
        self.label = label
        self.auth = auth
        self.retry = retry or RetryPolicy()
        self.max_body_bytes = max_body_bytes

    async def request(
        self,
        method: str,
        url: str,
        *,
        params: Mapping[str, str | int] | None = None,
        json_body: Any = None,
        form: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        idempotent: bool = True,
        use_auth: bool = True,
    ) -> Any:
        """Parsed JSON (None for an empty 2xx body) or ConnectorError after bounded retries."""
        policy = self.retry

        def should_retry(exc: BaseException) -> bool:
            if not isinstance(exc, ConnectorError) or not exc.transient or isinstance(exc, _AuthFailed | _NotRetried):
                return False
            if exc.retry_after is not None and exc.retry_after > policy.max_retry_after:
                return False
            # A non-idempotent call may have been applied even if the answer was lost.
            return idempotent or isinstance(exc, _Unsent) or exc.status == 429

        def wait(state: tenacity.RetryCallState) -> float:
            exc = state.outcome.exception() if state.outcome else None
            retry_after = exc.retry_after if isinstance(exc, ConnectorError) else None
            return policy.backoff(state.attempt_number, retry_after)

        retrying = tenacity.AsyncRetrying(
            stop=tenacity.stop_after_attempt(max(1, policy.attempts)),
            wait=wait,
            retry=tenacity.retry_if_exception(should_retry),
            sleep=policy.sleep,
            reraise=True,
        )
        async for attempt in retrying:
            with attempt:
                return await self._authorized(
                    method, url, params, json_body, form, headers, use_auth
                )
        raise AssertionError("unreachable")  # pragma: no cover - tenacity reraises

    async def _authorized(
        self,
        method: str,
        url: str,
        params: Mapping[str, str | int] | None,
        json_body: Any,
        form: Mapping[str, str] | None,
        headers: Mapping[str, str] | None,
        use_auth: bool,
    ) -> Any:
        auth = self.auth if use_auth else None
        for refreshed in (False, True):
            all_headers = {"Accept": "application/json", **(headers or {})}
            if auth is not None:
                try:
                    all_headers.update(await auth.headers(self))
                except _AuthFailed:
                    raise
                except ConnectorError as exc:
                    raise carrying(_AuthFailed(
                        exc.kind, exc.user_message, retry_after=exc.retry_after, status=exc.status
                    ), refusal_of(exc)) from None
            try:
                return await self._once(method, url, params, json_body, form, all_headers)
            except _Unauthorized:
                if auth is None or not auth.refreshable or refreshed:
                    if auth is not None:
                        raise auth.reconnect_error(401) from None
                    raise with_kind(ConnectorError(
                        "reconnect", f"{self.label} refused the credentials; reconnect this account.", status=401
                    ), "reconnect_refused_credentials", platform=self.label) from None
                auth.invalidate()
        raise AssertionError("unreachable")  # pragma: no cover

    async def _once(
        self,
        method: str,
        url: str,
        params: Mapping[str, str | int] | None,
        json_body: Any,
        form: Mapping[str, str] | None,
        headers: dict[str, str],
    ) -> Any:
        request = self.client.build_request(
            method, url, params=params, json=json_body, data=form, headers=headers
        )
        label = self.label
        try:
            response = await self.client.send(request, stream=True)
            try:
                body = await self._read_limited(response)
            finally:
                await response.aclose()
        except DeadlineExceeded:
            raise with_kind(_NotRetried(
                "offline", f"{label} took too long to answer; will try again later."
            ), "platform_too_slow", platform=label) from None
        except InsecureRequestError:
            raise with_kind(ConnectorError(
                "not_supported",
                f"Refusing to send to {request.url.host} over plain http:// "
                "(your access token would travel unencrypted); use https://.",
            ), "plain_http_refused", host=request.url.host) from None
        except httpx.TimeoutException:
            raise with_kind(ConnectorError("offline", f"{label} did not answer in time."),
                            "platform_no_answer", platform=label) from None
        except httpx.ConnectError:
            raise with_kind(_Unsent("offline", f"Cannot reach {label}; check the connection."),
                            "platform_unreachable", platform=label) from None
        except httpx.RemoteProtocolError:
            raise with_kind(ConnectorError(
                "bad_response", f"{label} closed the connection before the answer was complete."
            ), "platform_cut_off", platform=label) from None
        except httpx.HTTPError:
            raise with_kind(ConnectorError("offline", f"Network problem while talking to {label}."),
                            "platform_network_problem", platform=label) from None
        log.debug("%s %s -> %s (%d bytes)", method, request.url.path, response.status_code, len(body))
        return self._interpret(response, body)

    async def _read_limited(self, response: httpx.Response) -> bytes:
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > self.max_body_bytes:
                raise with_kind(_NotRetried(
                    "bad_response", f"{self.label} sent an answer too large to process."
                ), "platform_answer_too_large", platform=self.label)
            chunks.append(chunk)
        return b"".join(chunks)

    def _interpret(self, response: httpx.Response, body: bytes) -> Any:
        status = response.status_code
        if 200 <= status < 300:
            return self._parse_json(response, body)
        detail = _platform_detail(body)
        suffix = f" ({detail})" if detail else ""
        # The platform's own words, when it gave some, are named in the sentence (`…_detail`).
        label = self.label
        said = {"platform": label, **({"detail": detail} if detail else {})}
        if status == 401:
            raise _Unauthorized()
        if status == 403:
            raise with_kind(ConnectorError(
                "forbidden", f"{label} refused access: this account lacks the permission{suffix}.", status=status
            ), "platform_forbidden_detail" if detail else "platform_forbidden", **said)
        if status == 404:
            raise with_kind(ConnectorError("not_found", f"{label} could not find it (removed?){suffix}.", status=status),
                            "platform_not_found_detail" if detail else "platform_not_found", **said)
        if status == 409:
            raise with_kind(ConnectorError("conflict", f"{label} reported a conflict{suffix}.", status=status),
                            "platform_conflict_detail" if detail else "platform_conflict", **said)
        if status == 429:
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            raise with_kind(ConnectorError(
                "rate_limited",
                f"{label} asks us to slow down; will try again later.",
                retry_after=retry_after,
                status=status,
            ), "platform_rate_limited", platform=label)
        if status >= 500:
            raise with_kind(ConnectorError(
                "server",
                f"{label} is having trouble (error {status}); will try again later.",
                retry_after=parse_retry_after(response.headers.get("Retry-After")),
                status=status,
            ), "platform_server_error", platform=label, status=status)
        if status in (400, 413, 422):
            raise with_kind(ConnectorError("rejected", f"{label} refused the request{suffix}.", status=status),
                            "platform_rejected_detail" if detail else "platform_rejected", **said)
        if 300 <= status < 400:  # redirects are never followed (the token must stay with its host)
            raise with_kind(_NotRetried("bad_response", f"{label} answered with a redirect (status {status}).",
                                        status=status), "platform_redirect", platform=label, status=status)
        raise with_kind(ConnectorError("bad_response", f"{label} answered with unexpected status {status}.",
                                       status=status), "platform_unexpected_status", platform=label, status=status)

    def _parse_json(self, response: httpx.Response, body: bytes) -> Any:
        text = body.strip()
        if not text:
            return None
        if text[:1] == b"<" or "html" in response.headers.get("content-type", ""):
            raise with_kind(_NotRetried(
                "bad_response", f"{self.label} answered with a web page instead of data."
            ), "platform_web_page", platform=self.label)
        try:
            return json.loads(text)
        except (ValueError, UnicodeDecodeError, RecursionError):
            raise with_kind(_NotRetried(
                "bad_response", f"{self.label} sent an incomplete or malformed answer."
            ), "platform_malformed", platform=self.label) from None


def new_http_client(
    timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
    transport: httpx.AsyncBaseTransport | None = None,
    *,
    deadline: float = DEFAULT_DEADLINE,
) -> httpx.AsyncClient:
    """The shared client settings: redirects are not followed (a bearer token must not
    travel to another host), HTTP/1.1 keep-alive. The real network (no `transport`
    given) goes through `GuardedTransport`: https except to this computer, and at most
    `deadline` seconds per request. An injected transport (in-process fake) is used as is."""
    network = transport or GuardedTransport(httpx.AsyncHTTPTransport(), deadline, _system_proxy())
    return httpx.AsyncClient(timeout=timeout, follow_redirects=False, transport=network)
