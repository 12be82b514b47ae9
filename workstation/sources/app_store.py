"""App Store Connect connector: customer reviews (cursor paging via `links.next`,
included responses) and customer review responses (create, delete).

Creating a response is not idempotent, so `post_reply` reads the existing response
first and never POSTs the same text twice; a 409 falls back to delete + create.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit

import httpx

from workstation.domain import Platform, ReplyRecord, ReviewRecord
from workstation.error_kinds import with_kind
from workstation.sources.auth import AppStoreJwt, static_token_or
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
from workstation.sources.http import DEFAULT_MAX_BODY, ApiClient
from workstation.sources.retry import RetryPolicy

LABEL = "App Store Connect"
PAGE_SIZE = 200
REPLY_MAX_CHARS = 5970  # third-party figure, unconfirmed by Apple
RESPONSE_STATES = ("PUBLISHED", "PENDING_PUBLISH")


def _response_of(item: dict[str, Any], review_id: str) -> RemoteReply | None:
    attrs = as_dict(item.get("attributes"))
    body = text_of(attrs.get("responseBody"))
    if not body:
        return None
    return RemoteReply(
        review_id, body, parse_time(attrs.get("lastModifiedDate")), text_of(item.get("id")), text_of(attrs.get("state"))
    )


def map_review(raw: Any, included: Mapping[str, dict[str, Any]], app_id: str) -> ReviewRecord | None:
    """One `CustomerReview` (+ its included response) → ReviewRecord; None if unusable."""
    data = as_dict(raw)
    review_id = text_of(data.get("id"))
    if data.get("type") != "customerReviews" or not review_id:
        return None
    attrs = as_dict(data.get("attributes"))
    rating = attrs.get("rating")
    stars = rating if isinstance(rating, int) and not isinstance(rating, bool) and 1 <= rating <= 5 else None
    extra = {"app_id": app_id}
    if rating is not None and stars is None:
        extra["unknown_star_rating"] = str(rating)[:40]
    territory = text_of(attrs.get("territory"))
    if territory:
        extra["territory"] = territory
    reply = None
    rel = as_dict(as_dict(as_dict(data.get("relationships")).get("response")).get("data"))
    response_id = text_of(rel.get("id"))
    if response_id and response_id in included:
        remote = _response_of(included[response_id], review_id)
        if remote is not None:
            reply = ReplyRecord(remote.text, remote.posted_at, remote.external_id)
            state = remote.state or ""
            extra["reply_state"] = state if state in RESPONSE_STATES else "UNKNOWN"
    return ReviewRecord(
        text=text_of(attrs.get("body")) or "",
        title=text_of(attrs.get("title")),
        stars=stars,
        author=text_of(attrs.get("reviewerNickname")),
        created_at=parse_time(attrs.get("createdDate")),
        external_id=review_id,
        platform=Platform.APP_STORE.value,
        location=app_id,
        url=f"https://apps.apple.com/app/id{app_id}" if app_id.isdigit() else None,
        reply=reply,
        extra=extra,
    )


@dataclass(frozen=True)
class AppInfo:
    """One app an App Store Connect key can see."""

    id: str
    name: str = ""
    bundle_id: str = ""


def app_ids_setting(settings: Mapping[str, str]) -> list[str]:
    """The `app_ids` setting as a list; ConnectorError saying what to set when unusable
    (also what `source add` checks, so a wrong value is refused before the first sync)."""
    app_ids = [a.strip() for a in (settings.get("app_ids") or "").split(",") if a.strip()]
    if not app_ids or not all(a.isdigit() for a in app_ids):
        raise with_kind(ConnectorError(
            "rejected", "Set the App Store app id(s) for this source (digits from the app's URL)."), "setting_app_store_ids")
    return app_ids


class AppStoreConnector:
    """Settings: `app_ids` (comma-separated, required), `territories` (alpha-3, optional)."""

    platform = Platform.APP_STORE.value

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
        require_app_ids: bool = True,
    ) -> None:
        self.endpoints = resolve_endpoints(self.platform, config.base_url, env)
        # Only `discover_app_ids` goes without: it is how a source learns its app ids.
        self.app_ids = app_ids_setting(config.settings) if require_app_ids else []
        self.settings = dict(config.settings)
        self.territories = [t.strip().upper() for t in (config.settings.get("territories") or "").split(",") if t.strip()]
        auth = static_token_or(credentials, LABEL, lambda: AppStoreJwt(
            credentials.require("key_id", "the App Store Connect key id"),
            credentials.require("issuer_id", "the App Store Connect issuer id"),
            credentials.require("private_key", "the .p8 private key"),
            clock=clock,
        ))
        self._owned = OwnedClient(client)
        self.api = ApiClient(self._owned.client, label=LABEL, auth=auth, retry=retry, max_body_bytes=max_body_bytes)

    async def aclose(self) -> None:
        await self._owned.aclose()

    def _list_params(self, limit: int) -> dict[str, str | int]:
        params: dict[str, str | int] = {"include": "response", "sort": "-createdDate", "limit": limit}
        if self.territories:
            params["filter[territory]"] = ",".join(self.territories)
        return params

    def _same_host(self, link: str) -> str:
        """Follow `links.next` on our own base URL only: the bearer token never leaves it."""
        parts = urlsplit(link)
        base_path = urlsplit(self.endpoints.api).path.rstrip("/")
        path = parts.path if parts.path.startswith(base_path + "/") else base_path + parts.path
        root = self.endpoints.api[: len(self.endpoints.api) - len(base_path)] if base_path else self.endpoints.api
        return f"{root}{path}" + (f"?{parts.query}" if parts.query else "")

    async def key_apps(self) -> list[AppInfo]:
        """Every app this key can see, with its name (`GET /v1/apps`, following `links.next`)."""
        found: list[AppInfo] = []
        url: str | None = f"{self.endpoints.api}/v1/apps"
        params: dict[str, str | int] | None = {"fields[apps]": "name,bundleId", "limit": 200}
        guard = PageGuard(LABEL, max_pages=100)
        while url is not None:
            data = expect_dict(await self.api.request("GET", url, params=params), LABEL)
            for item in expect_list(data, "data", LABEL):
                app_id = text_of(as_dict(item).get("id"))
                if as_dict(item).get("type") == "apps" and app_id and app_id.isdigit():
                    attrs = as_dict(as_dict(item).get("attributes"))
                    found.append(AppInfo(app_id, text_of(attrs.get("name")) or "", text_of(attrs.get("bundleId")) or ""))
            next_link = text_of(as_dict(data.get("links")).get("next"))
            url, params = (self._same_host(next_link), None) if next_link else (None, None)
            if next_link:
                guard.check(next_link)
        return found

    async def key_app_ids(self) -> list[str]:
        """Ids of every app this key can see."""
        return [app.id for app in await self.key_apps()]

    async def review_total(self, app_id: str) -> int | None:
        """How many reviews the app has (`meta.paging.total` of a one-review page)."""
        data = expect_dict(
            await self.api.request(
                "GET", f"{self.endpoints.api}/v1/apps/{quote(app_id)}/customerReviews", params=self._list_params(1)
            ),
            LABEL,
        )
        count = as_dict(as_dict(data.get("meta")).get("paging")).get("total")
        return count if isinstance(count, int) and not isinstance(count, bool) else None

    async def test_connection(self) -> str:
        total = 0
        for app_id in self.app_ids:
            total += await self.review_total(app_id) or 0
        apps = len(self.app_ids)
        return f"{apps} app{'s' if apps != 1 else ''} connected ({total} reviews)"

    async def fetch(self, cursor: str | None) -> AsyncIterator[ReviewPage]:
        """Newest first per app; stops at the previous newest creation date."""
        marks = decode_marks(cursor)
        done = dict(marks)
        full = not marks
        for index, app_id in enumerate(self.app_ids):
            mark = marks.get(app_id)
            stop_at = reread_from(mark, self.settings)
            newest = mark
            url: str | None = f"{self.endpoints.api}/v1/apps/{quote(app_id)}/customerReviews"
            params: dict[str, str | int] | None = self._list_params(PAGE_SIZE)
            guard = PageGuard(LABEL)
            while url is not None:
                data = expect_dict(await self.api.request("GET", url, params=params), LABEL)
                included = {
                    str(item.get("id")): item
                    for item in expect_list(data, "included", LABEL)
                    if isinstance(item, dict) and item.get("type") == "customerReviewResponses"
                }
                records: list[ReviewRecord] = []
                skipped = 0
                reached = False
                for raw in expect_list(data, "data", LABEL):
                    record = map_review(raw, included, app_id)
                    if record is None:
                        skipped += 1
                        continue
                    if stop_at is not None and record.created_at is not None and record.created_at < stop_at:
                        reached = True
                        break
                    newest = later(newest, record.created_at)
                    records.append(record)
                next_link = None if reached else text_of(as_dict(data.get("links")).get("next"))
                if next_link:
                    guard.check(next_link)
                    url, params = self._same_host(next_link), None
                    yield ReviewPage(records, encode_marks(done), skipped=skipped)
                    continue
                if newest is not None:
                    done[app_id] = newest
                last = index == len(self.app_ids) - 1
                yield ReviewPage(records, encode_marks(done), full_listing=full and last, skipped=skipped)
                url = None

    @staticmethod
    def _check_id(review_id: str) -> str:
        if not review_id or any(ch in review_id for ch in "/?#") or review_id in (".", ".."):
            raise with_kind(ConnectorError("rejected", "This is not a review id for App Store."), "not_a_review_id",
                            platform="App Store")
        return quote(review_id, safe="")

    async def get_reply(self, review_external_id: str) -> RemoteReply | None:
        rid = self._check_id(review_external_id)
        try:
            data = await self.api.request("GET", f"{self.endpoints.api}/v1/customerReviews/{rid}/response")
        except ConnectorError as exc:
            if exc.kind != "not_found":
                raise
            # 404 means "no response" or "no such review": ask about the review itself.
            await self.api.request("GET", f"{self.endpoints.api}/v1/customerReviews/{rid}")
            return None
        item = as_dict(data).get("data")
        return _response_of(item, review_external_id) if isinstance(item, dict) else None

    async def post_reply(self, review_external_id: str, text: str) -> RemoteReply:
        self._check_id(review_external_id)
        if not text.strip():
            raise with_kind(ConnectorError("rejected", "The reply text is empty."), "empty_text")
        if len(text) > REPLY_MAX_CHARS:
            raise with_kind(ConnectorError(
                "rejected", f"The reply is too long for App Store: {len(text)} characters, the limit is {REPLY_MAX_CHARS}."
            ), "reply_too_long_characters", platform="App Store", size=len(text), limit=REPLY_MAX_CHARS)
        existing = await self.get_reply(review_external_id)
        if existing is not None and existing.text == text:
            return existing  # already there (e.g. sent before a crash): never post twice
        try:
            return await self._create(review_external_id, text)
        except ConnectorError as exc:
            if exc.kind != "conflict" or existing is None or existing.external_id is None:
                raise
        await self._delete(existing.external_id)
        return await self._create(review_external_id, text)

    async def _create(self, review_id: str, text: str) -> RemoteReply:
        body = {
            "data": {
                "type": "customerReviewResponses",
                "attributes": {"responseBody": text},
                "relationships": {"review": {"data": {"type": "customerReviews", "id": review_id}}},
            }
        }
        data = await self.api.request(
            "POST", f"{self.endpoints.api}/v1/customerReviewResponses", json_body=body, idempotent=False
        )
        remote = _response_of(as_dict(as_dict(data).get("data")), review_id)
        return remote or RemoteReply(review_id, text)

    async def _delete(self, response_id: str) -> None:
        rid = self._check_id(response_id)
        try:
            await self.api.request("DELETE", f"{self.endpoints.api}/v1/customerReviewResponses/{rid}")
        except ConnectorError as exc:
            if exc.kind != "not_found":  # already gone is what we wanted
                raise

    async def delete_reply(self, review_external_id: str) -> None:
        existing = await self.get_reply(review_external_id)
        if existing is not None and existing.external_id:
            await self._delete(existing.external_id)


async def discover_apps(config: SourceConfig, credentials: Credentials, **options: Any) -> list[AppInfo]:
    """The apps the key can see, for a source added without `app_ids`
    (raises ConnectorError / CredentialsError like any call)."""
    probe = AppStoreConnector(config, credentials, require_app_ids=False, **options)
    try:
        return await probe.key_apps()
    finally:
        await probe.aclose()


async def discover_app_ids(config: SourceConfig, credentials: Credentials, **options: Any) -> list[str]:
    """The ids of the apps the key can see (see `discover_apps`)."""
    return [app.id for app in await discover_apps(config, credentials, **options)]
