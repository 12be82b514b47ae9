"""Trustpilot connector: business-unit reviews (private list, page numbers) and
company replies (create/replace, delete) with a business-user OAuth token.

No reply lookup by id exists apart from reading the review, so `post_reply` reads
the review first and skips the POST when the same reply is already there.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Mapping
from typing import Any
from urllib.parse import quote

import httpx

from workstation.domain import Platform, ReplyRecord, ReviewRecord
from workstation.error_kinds import with_kind
from workstation.sources.auth import TrustpilotOAuth, static_token_or
from workstation.sources.base import (
    ConnectorError,
    Credentials,
    RemoteReply,
    ReviewPage,
    SourceConfig,
)
from workstation.sources.common import (
    OwnedClient,
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
from workstation.sources.http import DEFAULT_MAX_BODY, ApiClient
from workstation.sources.retry import RetryPolicy

LABEL = "Trustpilot"
PAGE_SIZE = 100
MAX_PAGES = 2_000
REPLY_MAX_CHARS = 2048  # not documented; PLATFORMS.md default, replace when confirmed


def map_review(raw: Any) -> ReviewRecord | None:
    data = as_dict(raw)
    review_id = text_of(data.get("id"))
    if not review_id:
        return None
    stars_raw = data.get("stars")
    stars = stars_raw if isinstance(stars_raw, int) and not isinstance(stars_raw, bool) and 1 <= stars_raw <= 5 else None
    extra: dict[str, str] = {}
    if stars_raw is not None and stars is None:
        extra["unknown_star_rating"] = str(stars_raw)[:40]
    for key in ("status", "isVerified", "numberOfLikes"):
        if isinstance(data.get(key), str | int | bool):
            extra[key] = str(data[key])
    business_unit = text_of(as_dict(data.get("businessUnit")).get("id"))
    if business_unit:
        extra["business_unit_id"] = business_unit
    company = as_dict(data.get("companyReply"))
    reply = None
    if text_of(company.get("text")):
        reply = ReplyRecord(company["text"], parse_time(company.get("updatedAt")) or parse_time(company.get("createdAt")))
    return ReviewRecord(
        text=text_of(data.get("text")) or "",
        title=text_of(data.get("title")),
        stars=stars,
        author=text_of(as_dict(data.get("consumer")).get("displayName")),
        created_at=parse_time(data.get("createdAt")),
        updated_at=parse_time(data.get("updatedAt")),
        external_id=review_id,
        lang=text_of(data.get("language")),
        url=f"https://www.trustpilot.com/reviews/{quote(review_id, safe='')}",
        platform=Platform.TRUSTPILOT.value,
        reply=reply,
        extra=extra,
    )


def business_unit_setting(settings: Mapping[str, str]) -> tuple[str | None, str | None]:
    """(business unit id, shop domain to look it up), at least one of them; ConnectorError
    saying what to set otherwise (also checked by `source add`)."""
    unit = (settings.get("business_unit_id") or "").strip() or None
    domain = (settings.get("domain") or "").strip() or None
    if not unit and not domain:
        raise with_kind(ConnectorError(
            "rejected", "Set the Trustpilot business unit id or the shop's domain for this source."),
            "setting_trustpilot_unit")
    return unit, domain


class TrustpilotConnector:
    """Settings: `business_unit_id` (or `domain` to look it up), `business_user_id`
    (author of replies, needed to post)."""

    platform = Platform.TRUSTPILOT.value

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
        self.settings = dict(config.settings)
        self.business_unit, self.domain = business_unit_setting(self.settings)
        self.business_user = (self.settings.get("business_user_id") or credentials.get("business_user_id") or "").strip()
        assert self.endpoints.token is not None
        token_url = self.endpoints.token
        auth = static_token_or(credentials, LABEL, lambda: TrustpilotOAuth(
            token_url,
            credentials.require("api_key", "the Trustpilot API key"),
            credentials.require("api_secret", "the Trustpilot API secret"),
            username=credentials.get("username"),
            password=credentials.get("password"),
            clock=clock,
        ))
        self._owned = OwnedClient(client)
        self.api = ApiClient(self._owned.client, label=LABEL, auth=auth, retry=retry, max_body_bytes=max_body_bytes)

    async def aclose(self) -> None:
        await self._owned.aclose()

    async def _unit(self) -> str:
        if self.business_unit is None:
            assert self.domain is not None
            data = as_dict(await self.api.request(
                "GET", f"{self.endpoints.api}/business-units/find", params={"name": self.domain}
            ))
            found = text_of(data.get("id"))
            if not found:
                raise with_kind(ConnectorError("not_found", f"Trustpilot has no business unit for {self.domain}."),
                                "trustpilot_no_business_unit", domain=self.domain)
            self.business_unit = found
        return quote(self.business_unit, safe="")

    def _list_url(self, unit: str) -> str:
        return f"{self.endpoints.api}/private/business-units/{unit}/reviews"

    async def first_page_count(self) -> tuple[int, bool]:
        """(reviews on the first page of the newest, whether more pages follow): one call."""
        unit = await self._unit()
        params: dict[str, str | int] = {"page": 1, "perPage": PAGE_SIZE, "orderBy": "createdat.desc"}
        data = expect_dict(await self.api.request("GET", self._list_url(unit), params=params), LABEL)
        count = len(expect_list(data, "reviews", LABEL))
        return count, count >= PAGE_SIZE

    async def test_connection(self) -> str:
        unit = await self._unit()
        await self.api.request("GET", self._list_url(unit), params={"page": 1, "perPage": 1})
        return f"Connected to Trustpilot business unit {self.business_unit}"

    async def fetch(self, cursor: str | None) -> AsyncIterator[ReviewPage]:
        """Newest created first, page by page; stops below the mark minus the re-read window."""
        unit = await self._unit()
        marks = decode_marks(cursor)
        mark = marks.get(unit)
        stop_at = reread_from(mark, self.settings)
        newest = mark
        for page in range(1, MAX_PAGES + 1):
            params: dict[str, str | int] = {"page": page, "perPage": PAGE_SIZE, "orderBy": "createdat.desc"}
            data = expect_dict(await self.api.request("GET", self._list_url(unit), params=params), LABEL)
            raw_reviews = expect_list(data, "reviews", LABEL)
            records: list[ReviewRecord] = []
            skipped = 0
            reached = False
            for raw in raw_reviews:
                record = map_review(raw)
                if record is None:
                    skipped += 1
                    continue
                if stop_at is not None and record.created_at is not None and record.created_at < stop_at:
                    reached = True
                    break
                newest = later(newest, record.created_at)
                records.append(record)
            # A page past the end is empty; a short page is the last one.
            if not reached and len(raw_reviews) >= PAGE_SIZE:
                yield ReviewPage(records, cursor, skipped=skipped)
                continue
            if newest is not None:
                marks[unit] = newest
            yield ReviewPage(records, encode_marks(marks) or cursor, full_listing=mark is None, skipped=skipped)
            return
        raise with_kind(ConnectorError("bad_response", f"{LABEL} keeps sending pages; sync stopped."),
                        "platform_endless_pages", platform=LABEL)

    def _review_url(self, review_id: str) -> str:
        if not review_id or any(ch in review_id for ch in "/?#") or review_id in (".", ".."):
            raise with_kind(ConnectorError("rejected", f"This is not a review id for {LABEL}."), "not_a_review_id",
                            platform=LABEL)
        return f"{self.endpoints.api}/private/reviews/{quote(review_id, safe='')}"

    async def get_reply(self, review_external_id: str) -> RemoteReply | None:
        record = map_review(await self.api.request("GET", self._review_url(review_external_id)))
        if record is None:
            raise with_kind(ConnectorError("bad_response", f"{LABEL} sent an unreadable review."),
                            "platform_unreadable_review", platform=LABEL)
        if record.reply is None:
            return None
        return RemoteReply(review_external_id, record.reply.text, record.reply.posted_at)

    async def post_reply(self, review_external_id: str, text: str) -> RemoteReply:
        url = self._review_url(review_external_id) + "/reply"
        if not self.business_user:
            raise with_kind(ConnectorError("rejected", "Set the Trustpilot business user id that signs replies."),
                            "trustpilot_business_user_missing")
        if not text.strip():
            raise with_kind(ConnectorError("rejected", "The reply text is empty."), "empty_text")
        if len(text) > REPLY_MAX_CHARS:
            raise with_kind(ConnectorError(
                "rejected", f"The reply is too long for {LABEL}: {len(text)} characters, the limit is {REPLY_MAX_CHARS}."
            ), "reply_too_long_characters", platform=LABEL, size=len(text), limit=REPLY_MAX_CHARS)
        existing = await self.get_reply(review_external_id)
        if existing is not None and existing.text == text:
            return existing  # sent before a crash: never post twice
        await self.api.request(
            "POST", url, json_body={"authorBusinessUserId": self.business_user, "message": text}, idempotent=False
        )
        return await self.get_reply(review_external_id) or RemoteReply(review_external_id, text)

    async def delete_reply(self, review_external_id: str) -> None:
        try:
            await self.api.request("DELETE", self._review_url(review_external_id) + "/reply")
        except ConnectorError as exc:
            if exc.kind != "not_found":
                raise
            await self.api.request("GET", self._review_url(review_external_id))  # review gone → not_found
