"""Google OAuth 2.0 for installed apps: system browser + loopback redirect + PKCE.

`run_installed_app_flow` listens on 127.0.0.1:<free port>, opens the consent page
(the opener is injectable), waits for the redirect carrying the code, checks
`state`, and exchanges the code (with the PKCE verifier) for tokens. Only the
refresh token needs keeping (in the keychain).
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import secrets
import webbrowser
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx

from workstation.error_kinds import with_kind
from workstation.sources.auth import BUSINESS_SCOPE
from workstation.sources.base import ConnectorError
from workstation.sources.http import ApiClient, new_http_client
from workstation.sources.retry import RetryPolicy

_PAGE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Workstation</title></head>"
    "<body style='font-family:sans-serif'><h2>{title}</h2><p>{text}</p></body></html>"
)


@dataclass(frozen=True)
class TokenSet:
    access_token: str
    refresh_token: str | None
    expires_in: float | None = None

    def __repr__(self) -> str:  # tokens are secrets: never in logs or tracebacks
        return f"TokenSet(refresh_token={'set' if self.refresh_token else 'none'})"


def pkce_pair() -> tuple[str, str]:
    """(verifier, S256 challenge) as in RFC 7636."""
    verifier = secrets.token_urlsafe(64)[:96]
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    return verifier, challenge


class _Listener:
    """A one-shot HTTP listener on the loopback interface that captures the redirect.

    Only an answer carrying this sign-in's `state` ends the wait (RFC 8252 §8.9 and RFC 6749
    §10.12): any other local program can reach the port, and a forged `code` or `error`
    must not abort the real sign-in. Over-long or garbled requests get a short error page.
    """

    #: Longest request or header line read (a real redirect line is well under 2 kB).
    LINE_LIMIT = 16_384
    MAX_HEADERS = 100

    def __init__(self, state: str) -> None:
        self.state = state
        self.result: asyncio.Future[dict[str, str]] = asyncio.get_running_loop().create_future()
        self.server: asyncio.Server | None = None
        self.port = 0

    async def start(self) -> None:
        self.server = await asyncio.start_server(self._handle, "127.0.0.1", 0, limit=self.LINE_LIMIT)
        self.port = self.server.sockets[0].getsockname()[1]

    async def _read_request_line(self, reader: asyncio.StreamReader) -> str | None:
        """The request line, headers skipped; None when the request is too large."""
        try:
            line = await asyncio.wait_for(reader.readline(), 10)
            for _ in range(self.MAX_HEADERS):
                if (await asyncio.wait_for(reader.readline(), 10)) in (b"\r\n", b"\n", b""):
                    return line.decode("latin-1")
        except (ValueError, asyncio.LimitOverrunError):  # a line over LINE_LIMIT
            return None
        return None

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            line = await self._read_request_line(reader)
            if line is None:
                await _answer(writer, "431 Request Header Fields Too Large", "Request too large.")
                return
            parts = line.split(" ")
            query = parse_qs(urlsplit(parts[1]).query) if len(parts) >= 2 else {}
            params = {k: v[0] for k, v in query.items()}
            answer = "code" in params or "error" in params
            genuine = answer and secrets.compare_digest(params.get("state", "").encode(), self.state.encode())
            if not answer:  # favicon and friends
                await _answer(writer, "200 OK", _PAGE.format(title="…", text="Waiting for Google."))
            elif not genuine:
                await _answer(writer, "400 Bad Request", _PAGE.format(
                    title="Ignored", text="This answer does not belong to the sign-in in progress."))
            elif "code" in params:
                await _answer(writer, "200 OK", _PAGE.format(
                    title="Connected", text="You can close this tab and return to the app."))
            else:
                await _answer(writer, "200 OK", _PAGE.format(
                    title="Not connected", text="Access was not granted. Return to the app."))
            if genuine and not self.result.done():
                self.result.set_result(params)
        except (TimeoutError, ConnectionError, UnicodeDecodeError):
            pass
        finally:
            writer.close()

    async def close(self) -> None:
        if self.server is not None:
            self.server.close()
            await self.server.wait_closed()


async def _answer(writer: asyncio.StreamWriter, status: str, body: str) -> None:
    data = body.encode("utf-8")
    writer.write(
        f"HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\n".encode()
        + f"Content-Length: {len(data)}\r\nConnection: close\r\n\r\n".encode()
        + data
    )
    await writer.drain()


async def run_installed_app_flow(
    client_id: str,
    client_secret: str,
    *,
    authorize_url: str,
    token_url: str,
    scope: str = BUSINESS_SCOPE,
    open_browser: Callable[[str], object] = webbrowser.open,
    http: httpx.AsyncClient | None = None,
    timeout: float = 300.0,
    retry: RetryPolicy | None = None,
) -> TokenSet:
    """Ask the user to consent in the browser; returns the tokens or raises ConnectorError("auth")."""
    verifier, challenge = pkce_pair()
    state = secrets.token_urlsafe(24)
    listener = _Listener(state)
    await listener.start()
    redirect_uri = f"http://127.0.0.1:{listener.port}"
    query = {
        "client_id": client_id,
        "redirect_uri": redirect_uri,
        "response_type": "code",
        "scope": scope,
        "state": state,
        "code_challenge": challenge,
        "code_challenge_method": "S256",
        "access_type": "offline",  # ask for a refresh token
        "prompt": "consent",  # …every time, or Google may omit it on re-consent
    }
    try:
        # The opener may block (a test driving the redirect), so keep the loop free.
        await asyncio.to_thread(open_browser, f"{authorize_url}?{urlencode(query)}")
        try:
            params = await asyncio.wait_for(asyncio.shield(listener.result), timeout)
        except TimeoutError:
            raise with_kind(ConnectorError("auth", "No answer from the browser sign-in; try connecting again."),
                            "google_sign_in_no_answer") from None
    finally:
        await listener.close()
    if params.get("state") != state:
        raise with_kind(ConnectorError("auth", "The sign-in answer did not match this request; try again."),
                        "google_sign_in_mismatch")
    if "error" in params:
        raise with_kind(ConnectorError("auth", "Google access was not granted; connect again and click Allow."),
                        "google_access_not_granted")
    owned = http is None
    client = http or new_http_client()
    try:
        api = ApiClient(client, label="Google", retry=retry)
        form = {
            "grant_type": "authorization_code",
            "code": params.get("code", ""),
            "code_verifier": verifier,
            "redirect_uri": redirect_uri,
            "client_id": client_id,
            "client_secret": client_secret,
        }
        try:
            data = await api.request("POST", token_url, form=form, use_auth=False)
        except ConnectorError as exc:
            if exc.transient:
                raise
            raise with_kind(ConnectorError("auth", "Google refused the sign-in; check the OAuth client file."),
                            "google_sign_in_refused") from None
    finally:
        if owned:
            await client.aclose()
    token = data.get("access_token") if isinstance(data, dict) else None
    if not isinstance(token, str) or not token:
        raise with_kind(ConnectorError("bad_response", "Google's sign-in answer had no access token."),
                        "google_sign_in_no_token")
    refresh = data.get("refresh_token")
    expires = data.get("expires_in")
    return TokenSet(
        token,
        refresh if isinstance(refresh, str) and refresh else None,
        float(expires) if isinstance(expires, int | float) else None,
    )
