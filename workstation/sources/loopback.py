"""Serve a fake platform in-process: a threaded 127.0.0.1 HTTP server or an httpx
MockTransport, both driven by the same handler, with switchable faults.

Used by the demo platform (`demo_server`) and by the test fakes in tests/fakes.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

FAULT_KINDS = (
    "rate_limit",  # 429 + Retry-After
    "unauthorized",  # 401
    "forbidden",  # 403
    "not_found",  # 404
    "conflict",  # 409
    "server_error",  # 5xx (status=)
    "slow",  # answer after `delay` seconds (client timeouts)
    "malformed_json",  # 200 with broken JSON
    "html",  # an HTML page instead of JSON (status= , default 200 like a captive portal)
    "truncated",  # Content-Length promises more than is sent, then the socket closes
)


@dataclass
class FakeRequest:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]  # lower-case names
    body: bytes = b""

    def q(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[0] if values else None

    def json(self) -> Any:
        try:
            return json.loads(self.body or b"null")
        except ValueError:
            return None

    def form(self) -> dict[str, str]:
        return {k: v[0] for k, v in parse_qs(self.body.decode("utf-8", "replace")).items()}


@dataclass
class FakeResponse:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    truncate: bool = False


def json_response(status: int, obj: Any, headers: dict[str, str] | None = None) -> FakeResponse:
    body = json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return FakeResponse(status, body, {"Content-Type": "application/json; charset=utf-8", **(headers or {})})


@dataclass
class Fault:
    kind: str
    count: int = 1
    path: str | None = None  # substring of the request path
    method: str | None = None
    status: int | None = None
    retry_after: str | None = "1"
    delay: float = 1.0


class Faults:
    """A thread-safe list of armed faults; each fires on `count` matching requests."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._armed: list[Fault] = []

    def add(self, kind: str, count: int = 1, **kw: Any) -> Fault:
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault {kind!r}")
        fault = Fault(kind, count, **kw)
        with self._lock:
            self._armed.append(fault)
        return fault

    def clear(self) -> None:
        with self._lock:
            self._armed.clear()

    def take(self, req: FakeRequest) -> Fault | None:
        with self._lock:
            for fault in self._armed:
                if fault.path and fault.path not in req.path:
                    continue
                if fault.method and fault.method != req.method:
                    continue
                fault.count -= 1
                if fault.count <= 0:
                    self._armed.remove(fault)
                return fault
        return None


class FakePlatform:
    """Base for fakes: records requests, applies faults, then calls `route`."""

    label = "fake"

    def __init__(self) -> None:
        self.faults = Faults()
        self.lock = threading.RLock()
        self.requests: list[tuple[str, str]] = []
        self.request_bodies: list[tuple[str, str, bytes]] = []  # non-GET only (contract tests)

    def error(self, status: int, message: str) -> FakeResponse:
        return json_response(status, {"message": message})

    def route(self, req: FakeRequest) -> FakeResponse:  # pragma: no cover - abstract
        raise NotImplementedError

    def handle(self, req: FakeRequest) -> FakeResponse:
        with self.lock:
            self.requests.append((req.method, req.path))
            if req.method != "GET":
                self.request_bodies.append((req.method, req.path, req.body))
        fault = self.faults.take(req)
        if fault is not None:
            return self._fault_response(fault, req)
        try:
            with self.lock:
                return self.route(req)
        except Exception as exc:  # a fake bug must show as a 500, not a hung socket
            return self.error(500, f"fake crashed: {type(exc).__name__}: {exc}")

    def _fault_response(self, fault: Fault, req: FakeRequest) -> FakeResponse:
        simple = {"unauthorized": 401, "forbidden": 403, "not_found": 404, "conflict": 409}
        if fault.kind in simple:
            return self.error(simple[fault.kind], f"injected {fault.kind}")
        if fault.kind == "rate_limit":
            resp = self.error(429, "quota exceeded")
            if fault.retry_after is not None:
                resp.headers["Retry-After"] = fault.retry_after
            return resp
        if fault.kind == "server_error":
            return self.error(fault.status or 500, "backend error")
        if fault.kind == "malformed_json":
            return FakeResponse(200, b'{"reviews": [{"name": "x", ', {"Content-Type": "application/json"})
        if fault.kind == "html":
            page = b"<!DOCTYPE html><html><body><h1>Error</h1><p>Please sign in.</p></body></html>"
            return FakeResponse(fault.status or 200, page, {"Content-Type": "text/html"})
        resp = self.handle_without_faults(req)
        if fault.kind == "slow":
            resp.delay = fault.delay
        else:  # truncated
            resp.truncate = True
        return resp

    def handle_without_faults(self, req: FakeRequest) -> FakeResponse:
        with self.lock:
            return self.route(req)

    # -- serving -------------------------------------------------------------------
    def serve(self) -> LoopbackServer:
        return LoopbackServer(self.handle)

    def transport(self) -> httpx.MockTransport:
        return mock_transport(self.handle)


Handler = Callable[[FakeRequest], FakeResponse]


def _to_fake_request(method: str, target: str, headers: dict[str, str], body: bytes) -> FakeRequest:
    parts = urlsplit(target)
    return FakeRequest(
        method=method,
        path=parts.path,
        query=parse_qs(parts.query, keep_blank_values=True),
        headers={k.lower(): v for k, v in headers.items()},
        body=body,
    )


def mock_transport(handler: Handler) -> httpx.MockTransport:
    """The handler as an in-process transport: no socket, no thread (demo mode)."""

    def handle(request: httpx.Request) -> httpx.Response:
        req = _to_fake_request(
            request.method, str(request.url.raw_path, "ascii"), dict(request.headers), request.content
        )
        resp = handler(req)
        if resp.delay:
            raise httpx.ReadTimeout("simulated slow answer", request=request)
        if resp.truncate:
            raise httpx.RemoteProtocolError("simulated truncated answer", request=request)
        return httpx.Response(resp.status, headers=resp.headers, content=resp.body)

    return httpx.MockTransport(handle)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True

    def __init__(self, handler: Handler) -> None:
        self.fake_handler = handler
        super().__init__(("127.0.0.1", 0), _RequestHandler)


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: 200 pages without 200 handshakes
    disable_nagle_algorithm = True  # headers and body go out separately: avoid 40 ms ACK stalls
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        return None

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        req = _to_fake_request(self.command, self.path, dict(self.headers.items()), body)
        resp = self.server.fake_handler(req)
        if resp.delay:
            time.sleep(resp.delay)
        try:
            self.send_response(resp.status)
            for name, value in resp.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(resp.body)))
            if resp.truncate:
                self.send_header("Connection", "close")
            self.end_headers()
            if resp.truncate:
                self.wfile.write(resp.body[: len(resp.body) // 2])
                self.wfile.flush()
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_RDWR)
                return
            self.wfile.write(resp.body)
        except OSError:
            self.close_connection = True  # the client gave up (timeout test)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _serve


class LoopbackServer:
    """A started server on 127.0.0.1:<free port>; `url` has no trailing slash."""

    def __init__(self, handler: Handler) -> None:
        self._server = _Server(handler)
        host, port = self._server.server_address[:2]
        self.url = f"http://{host!s}:{port}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> LoopbackServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
