"""Helpers shared by connectors: timestamps, per-container cursors, client setup."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from workstation.domain import to_iso
from workstation.error_kinds import with_kind
from workstation.sources.base import ConnectorError
from workstation.sources.http import new_http_client

_FRACTION = re.compile(r"(\.\d+)")


def parse_time(value: object) -> datetime | None:
    """RFC 3339 / ISO 8601 → aware UTC; a missing offset means UTC; garbage → None.

    Google sends up to 9 fractional digits, which `fromisoformat` rejects before 3.11
    and rounds oddly after, so they are cut to microseconds first.
    """
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip().replace("Z", "+00:00").replace("z", "+00:00")
    text = _FRACTION.sub(lambda m: m.group(1)[:7], text, count=1)
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def decode_marks(cursor: str | None) -> dict[str, datetime]:
    """Cursor → {container: high-water mark}. A damaged cursor means a full sync."""
    if not cursor:
        return {}
    try:
        data = json.loads(cursor)
    except (ValueError, RecursionError):
        return {}
    marks = data.get("marks") if isinstance(data, dict) else None
    out: dict[str, datetime] = {}
    if isinstance(marks, dict):
        for key, value in marks.items():
            when = parse_time(value)
            if when is not None:
                out[str(key)] = when
    return out


def encode_marks(marks: dict[str, datetime]) -> str | None:
    if not marks:
        return None
    return json.dumps({"v": 1, "marks": {k: to_iso(v) for k, v in sorted(marks.items())}})


def later(a: datetime | None, b: datetime | None) -> datetime | None:
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b)


#: How far behind the last sync mark listings keep reading, so that replies posted
#: elsewhere and edits that do not move a review up the list are still picked up.
DEFAULT_REREAD_DAYS = 14


def reread_from(mark: datetime | None, settings: Mapping[str, str]) -> datetime | None:
    """The time before which an incremental listing may stop (None: read everything)."""
    if mark is None:
        return None
    try:
        days = float(settings.get("reread_days", DEFAULT_REREAD_DAYS))
    except ValueError:
        days = DEFAULT_REREAD_DAYS
    return mark - timedelta(days=max(0.0, days))


def expect_dict(data: Any, label: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise with_kind(ConnectorError("bad_response", f"{label} sent an answer in an unexpected shape."),
                        "platform_bad_shape", platform=label)
    return data


def expect_list(data: dict[str, Any], key: str, label: str) -> list[Any]:
    value = data.get(key, [])
    if value is None:
        return []
    if not isinstance(value, list):
        raise with_kind(ConnectorError("bad_response", f"{label} sent an answer in an unexpected shape."),
                        "platform_bad_shape", platform=label)
    return value


def as_dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def text_of(value: object) -> str | None:
    return value if isinstance(value, str) else None


class PageGuard:
    """Stops a listing whose server repeats a page token forever or never ends."""

    def __init__(self, label: str, max_pages: int = 10_000) -> None:
        self.label, self.max_pages = label, max_pages
        self.seen: set[str] = set()

    def check(self, token: str) -> None:
        if token in self.seen or len(self.seen) >= self.max_pages:
            raise with_kind(ConnectorError("bad_response", f"{self.label} keeps sending the same page; sync stopped."),
                            "platform_same_page", platform=self.label)
        self.seen.add(token)


class OwnedClient:
    """Creates the httpx client unless one was injected; closes only what it created."""

    def __init__(
        self, client: httpx.AsyncClient | None, transport: httpx.AsyncBaseTransport | None = None
    ) -> None:
        self._owned = client is None
        self.client = client or new_http_client(transport=transport)

    async def aclose(self) -> None:
        if self._owned:
            await self.client.aclose()
