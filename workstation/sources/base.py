"""The common connector interface: config, pages, remote replies and error kinds.

Every connector returns plain `workstation.domain` records and raises only
`ConnectorError` (network/platform problems) or `CredentialsError` (bad secrets).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal, Protocol, runtime_checkable

from workstation.domain import ReviewRecord
from workstation.error_kinds import refused

ErrorKind = Literal[
    "auth",  # credentials rejected before any account access (bad key, wrong issuer)
    "reconnect",  # consent revoked / refresh failed: the user must reconnect the account
    "forbidden",
    "not_found",
    "conflict",
    "rate_limited",
    "server",
    "offline",  # no connection or no answer in time
    "bad_response",  # HTML instead of JSON, malformed or truncated body, enormous page
    "rejected",  # the platform refused our request (400/422), e.g. reply too long
    "not_supported",
]

#: Kinds worth retrying later without user action (the sync scheduler uses this).
TRANSIENT_KINDS: frozenset[str] = frozenset({"rate_limited", "server", "offline", "bad_response"})


class ConnectorError(Exception):
    """A platform call failed; `user_message` is plain words safe to show and log."""

    def __init__(
        self,
        kind: ErrorKind,
        user_message: str,
        *,
        retry_after: float | None = None,
        status: int | None = None,
    ) -> None:
        super().__init__(user_message)
        self.kind: ErrorKind = kind
        self.user_message = user_message
        self.retry_after = retry_after
        self.status = status

    @property
    def transient(self) -> bool:
        return self.kind in TRANSIENT_KINDS

    def __repr__(self) -> str:
        return f"ConnectorError({self.kind!r}, {self.user_message!r}, status={self.status})"


class CredentialsError(ValueError):
    """A credentials file or stored secret is missing, of the wrong kind or unreadable."""


class ConfigError(ValueError):
    """A source configuration value is invalid (e.g. a base URL that is not http(s))."""


@dataclass(frozen=True)
class SourceConfig:
    """What the store keeps about a source (no secrets: only the keyring key name)."""

    platform: str
    name: str
    base_url: str | None = None
    settings: Mapping[str, str] = field(default_factory=dict)
    secret_key: str | None = None


class Credentials:
    """Secrets for one source. Never printed: repr and str show only the key names."""

    __slots__ = ("_values",)

    def __init__(self, values: Mapping[str, str] | None = None) -> None:
        self._values = {str(k): str(v) for k, v in (values or {}).items()}

    def get(self, name: str) -> str | None:
        value = self._values.get(name)
        return value if value else None

    def require(self, name: str, what: str) -> str:
        value = self.get(name)
        if value is None:
            raise refused(CredentialsError, "credentials_missing_value",
                          f"Missing {what} in the saved credentials; reconnect the account.", what=what)
        return value

    def names(self) -> frozenset[str]:
        return frozenset(self._values)

    def __repr__(self) -> str:
        return f"Credentials(keys={sorted(self._values)})"

    __str__ = __repr__


@dataclass(frozen=True)
class ReviewPage:
    """One page of a fetch.

    `next_cursor` is what the caller persists once this page's records are stored;
    pages before the last carry the cursor the fetch started from, so a crash mid-sync
    simply repeats the (idempotent) listing. `full_listing` is set on the last page of
    a fetch that listed everything the platform has: a stored review of this source
    that was not seen in any page was removed on the platform.
    """

    records: list[ReviewRecord]
    next_cursor: str | None
    removed_ids: list[str] = field(default_factory=list)
    full_listing: bool = False
    skipped: int = 0  # records dropped as unreadable (unknown enums, missing ids…)


@dataclass(frozen=True)
class RemoteReply:
    """A reply as the platform holds it."""

    review_external_id: str
    text: str
    posted_at: datetime | None = None
    external_id: str | None = None
    state: str | None = None  # e.g. App Store PENDING_PUBLISH / PUBLISHED


@runtime_checkable
class Connector(Protocol):
    """What every platform connector offers (raises ConnectorError / CredentialsError)."""

    platform: str

    async def test_connection(self) -> str:
        """A human description of what was found, e.g. "3 locations found"."""
        ...

    def fetch(self, cursor: str | None) -> AsyncIterator[ReviewPage]:
        """New and changed reviews since `cursor` (None: everything available)."""
        ...

    async def get_reply(self, review_external_id: str) -> RemoteReply | None: ...

    async def post_reply(self, review_external_id: str, text: str) -> RemoteReply:
        """Create or replace the reply; callers check `get_reply` first after a crash."""
        ...

    async def delete_reply(self, review_external_id: str) -> None:
        """Raises ConnectorError("not_supported") where the platform has no such call."""
        ...

    async def aclose(self) -> None: ...
