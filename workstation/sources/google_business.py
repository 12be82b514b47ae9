"""Google Business Profile connector: accounts/locations discovery (v1 APIs) and
reviews list/get/reply upsert/reply delete (My Business v4).

External ids are full review resource names (`accounts/A/locations/L/reviews/R`),
because every reply call needs them; `extra["review_id"]` holds the bare reviewId.
"""

from __future__ import annotations

import re
import time
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from workstation.domain import Platform, ReplyRecord, ReviewRecord
from workstation.error_kinds import with_kind
from workstation.sources.auth import GoogleRefreshToken, static_token_or
from workstation.sources.base import (
    ConnectorError,
    Credentials,
    RemoteReply,
    ReviewPage,
    SourceConfig,
)
from workstation.sources.common import (
    OwnedClient,
    PageGuard,
    as_dict,
    decode_marks,
    encode_marks,
    expect_dict,
    expect_list,
    later,
    parse_time,
    reread_from,
    text_of,
)
from workstation.sources.endpoints import resolve_endpoints
from workstation.sources.http import DEFAULT_MAX_BODY, ApiClient, Auth
from workstation.sources.retry import RetryPolicy

LABEL = "Google Business Profile"
PAGE_SIZE = 50  # the documented maximum for reviews.list
REPLY_MAX_BYTES = 4096
STARS = {"ONE": 1, "TWO": 2, "THREE": 3, "FOUR": 4, "FIVE": 5}
_NAME = re.compile(r"^accounts/[^/]+/locations/[^/]+/reviews/[^/]+$")
_TRANSLATED = re.compile(r"^\(Translated by Google\)\s*(.*?)\s*\n\s*\n\(Original\)\s*\n(.*)$", re.S)


@dataclass(frozen=True)
class Location:
    account_id: str
    location_id: str
    title: str = ""
    maps_uri: str | None = None

    @property
    def parent(self) -> str:
        return f"accounts/{self.account_id}/locations/{self.location_id}"


def map_review(raw: Any, location: Location | None = None) -> ReviewRecord | None:
    """One v4 `Review` → ReviewRecord; None when it lacks a usable resource name."""
    if not isinstance(raw, dict):
        return None
    name = text_of(raw.get("name"))
    if not name or not _NAME.match(name):
        return None
    extra: dict[str, str] = {"review_id": text_of(raw.get("reviewId")) or name.rsplit("/", 1)[1]}
    rating = raw.get("starRating")
    stars = STARS.get(rating) if isinstance(rating, str) else None
    if rating is not None and rating != "STAR_RATING_UNSPECIFIED" and stars is None:
        extra["unknown_star_rating"] = str(rating)[:40]
    text = text_of(raw.get("comment")) or ""
    match = _TRANSLATED.match(text)
    if match:
        extra["translated_text"] = match.group(1)
        text = match.group(2)
    reviewer = as_dict(raw.get("reviewer"))
    reply_raw = raw.get("reviewReply")
    reply = None
    if isinstance(reply_raw, dict) and text_of(reply_raw.get("comment")):
        reply = ReplyRecord(text=reply_raw["comment"], posted_at=parse_time(reply_raw.get("updateTime")))
    return ReviewRecord(
        text=text,
        stars=stars,
        author=text_of(reviewer.get("displayName")),
        created_at=parse_time(raw.get("createTime")),
        updated_at=parse_time(raw.get("updateTime")),
        external_id=name,
        url=location.maps_uri if location else None,
        location=(location.title or None) if location else None,
        platform=Platform.GOOGLE_BUSINESS.value,
        reply=reply,
        extra=extra,
    )


def _auth(credentials: Credentials, token_url: str, clock: Any) -> Auth:
    return static_token_or(credentials, LABEL, lambda: GoogleRefreshToken(
        token_url,
        credentials.require("client_id", "the OAuth client id"),
        credentials.require("client_secret", "the OAuth client secret"),
        credentials.require("refresh_token", "the Google sign-in (refresh token)"),
        clock=clock,
    ))


def configured_locations(settings: Mapping[str, str]) -> list[Location]:
    """The optional `locations` setting (`accounts/A/locations/L`, comma-separated) that
    limits the sync; [] means every location of every account. ConnectorError for a
    value that is not such a name (also checked by `source add`)."""
    found: list[Location] = []
    for parent in (p.strip() for p in settings.get("locations", "").split(",")):
        if not parent:
            continue
        parts = parent.split("/")
        if len(parts) != 4 or parts[0] != "accounts" or parts[2] != "locations" or not parts[1] or not parts[3]:
            raise with_kind(ConnectorError(
                "rejected", f"Not a Google location name: '{parent}' (expected accounts/…/locations/…)."
            ), "setting_google_location", value=parent)
        found.append(Location(parts[1], parts[3]))
    return found


class GoogleBusinessConnector:
    """Settings: optional `locations` = comma-separated `accounts/A/locations/L` to limit
    the sync; otherwise every location of every account is synced."""

    platform = Platform.GOOGLE_BUSINESS.value

    def __init__(
        self,
        config: SourceConfig,
        credentials: Credentials,
        *,
        client: httpx.AsyncClient | None = None,
        retry: RetryPolicy | None = None,
        env: Mapping[str, str] | None = None,
        clock: Any = time.time,
        max_body_bytes: int = DEFAULT_MAX_BODY,
    ) -> None:
        self.endpoints = resolve_endpoints(self.platform, config.base_url, env)
        assert self.endpoints.token is not None
        self._owned = OwnedClient(client)
        self.api = ApiClient(
            self._owned.client,
            label=LABEL,
            auth=_auth(credentials, self.endpoints.token, clock),
            retry=retry,
            max_body_bytes=max_body_bytes,
        )
        self.settings = dict(config.settings)
        self._locations: list[Location] | None = None

    async def aclose(self) -> None:
        await self._owned.aclose()

    # -- discovery -------------------------------------------------------------
    async def _paged(self, url: str, key: str, params: dict[str, str | int]) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        guard = PageGuard(LABEL, max_pages=500)
        token: str | None = None
        while True:
            query = dict(params, **({"pageToken": token} if token else {}))
            data = expect_dict(await self.api.request("GET", url, params=query), LABEL)
            items.extend(i for i in expect_list(data, key, LABEL) if isinstance(i, dict))
            token = text_of(data.get("nextPageToken"))
            if not token:
                return items
            guard.check(token)

    async def locations(self) -> list[Location]:
        if self._locations is not None:
            return self._locations
        found = configured_locations(self.settings)
        if not found:
            accounts = await self._paged(
                f"{self.endpoints.accounts}/v1/accounts", "accounts", {"pageSize": 20}
            )
            for account in accounts:
                account_name = text_of(account.get("name")) or ""
                if not account_name.startswith("accounts/"):
                    continue
                locs = await self._paged(
                    f"{self.endpoints.locations}/v1/{account_name}/locations",
                    "locations",
                    {"readMask": "name,title,metadata", "pageSize": 100},
                )
                for loc in locs:
                    loc_name = text_of(loc.get("name")) or ""
                    if not loc_name.startswith("locations/"):
                        continue
                    meta = as_dict(loc.get("metadata"))
                    found.append(
                        Location(
                            account_name.split("/", 1)[1],
                            loc_name.split("/", 1)[1],
                            text_of(loc.get("title")) or "",
                            text_of(meta.get("mapsUri")),
                        )
                    )
        self._locations = found
        return found

    async def test_connection(self) -> str:
        locs = await self.locations()
        accounts = len({loc.account_id for loc in locs})
        if not locs:
            return "Connected, but no locations were found for this Google account."
        return f"{len(locs)} location{'s' if len(locs) != 1 else ''} found in {accounts} account{'s' if accounts != 1 else ''}"

    # -- reviews ---------------------------------------------------------------
    async def fetch(self, cursor: str | None) -> AsyncIterator[ReviewPage]:
        """Newest-updated first per location; stops at the previous high-water mark."""
        marks = decode_marks(cursor)
        done = dict(marks)
        locs = await self.locations()
        full = not marks and bool(locs)
        if not locs:
            yield ReviewPage([], cursor)
            return
        for index, loc in enumerate(locs):
            mark = marks.get(loc.parent)
            stop_at = reread_from(mark, self.settings)
            newest = mark
            token: str | None = None
            guard = PageGuard(LABEL)
            while True:
                params: dict[str, str | int] = {"pageSize": PAGE_SIZE, "orderBy": "update_time desc"}
                if token:
                    params["pageToken"] = token
                data = expect_dict(
                    await self.api.request("GET", f"{self.endpoints.api}/v4/{loc.parent}/reviews", params=params),
                    LABEL,
                )
                records: list[ReviewRecord] = []
                skipped = 0
                reached_mark = False
                for raw in expect_list(data, "reviews", LABEL):
                    record = map_review(raw, loc)
                    if record is None:
                        skipped += 1
                        continue
                    if stop_at is not None and record.updated_at is not None and record.updated_at < stop_at:
                        reached_mark = True
                        break
                    newest = later(newest, record.updated_at)
                    records.append(record)
                token = None if reached_mark else text_of(data.get("nextPageToken"))
                if token:
                    guard.check(token)
                    yield ReviewPage(records, encode_marks(done), skipped=skipped)
                    continue
                if newest is not None:
                    done[loc.parent] = newest
                last = index == len(locs) - 1
                yield ReviewPage(records, encode_marks(done), full_listing=full and last, skipped=skipped)
                break

    def _check_name(self, external_id: str) -> str:
        if not _NAME.match(external_id or ""):
            raise with_kind(ConnectorError("rejected", f"This is not a review id for {LABEL}."), "not_a_review_id",
                            platform=LABEL)
        return external_id

    async def get_review(self, external_id: str) -> ReviewRecord:
        name = self._check_name(external_id)
        data = await self.api.request("GET", f"{self.endpoints.api}/v4/{name}")
        record = map_review(data)
        if record is None:
            raise with_kind(ConnectorError("bad_response", f"{LABEL} sent an unreadable review."),
                            "platform_unreadable_review", platform=LABEL)
        return record

    async def get_reply(self, review_external_id: str) -> RemoteReply | None:
        record = await self.get_review(review_external_id)
        if record.reply is None:
            return None
        return RemoteReply(review_external_id, record.reply.text, record.reply.posted_at)

    async def post_reply(self, review_external_id: str, text: str) -> RemoteReply:
        name = self._check_name(review_external_id)
        size = len(text.encode("utf-8"))
        if not text.strip():
            raise with_kind(ConnectorError("rejected", "The reply text is empty."), "empty_text")
        if size > REPLY_MAX_BYTES:
            raise with_kind(ConnectorError(
                "rejected", f"The reply is too long for Google: {size} bytes, the limit is {REPLY_MAX_BYTES}."
            ), "reply_too_long_bytes", platform="Google", size=size, limit=REPLY_MAX_BYTES)
        # updateReply is an upsert, so re-sending after a lost answer is harmless.
        data = expect_dict(
            await self.api.request("PUT", f"{self.endpoints.api}/v4/{name}/reply", json_body={"comment": text}),
            LABEL,
        )
        return RemoteReply(
            review_external_id, text_of(data.get("comment")) or text, parse_time(data.get("updateTime"))
        )

    async def delete_reply(self, review_external_id: str) -> None:
        name = self._check_name(review_external_id)
        await self.api.request("DELETE", f"{self.endpoints.api}/v4/{name}/reply")
