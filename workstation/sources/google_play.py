"""Google Play connector (Android Publisher v3 `reviews`): list/get/reply with a
service-account key exchanged for a token by the JWT bearer grant.

The API only returns reviews created or changed in the last 7 days and has no
reply delete; older history comes from the Play Console CSV export (importers).
"""

from __future__ import annotations

import re
import time
from collections.abc import AsyncIterator, Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

import httpx

from workstation.domain import Platform, ReplyRecord, ReviewRecord
from workstation.error_kinds import with_kind
from workstation.sources.auth import PLAY_SCOPE, GoogleServiceAccount, static_token_or
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
    reread_from,
    text_of,
)
from workstation.sources.endpoints import resolve_endpoints
from workstation.sources.http import DEFAULT_MAX_BODY, ApiClient
from workstation.sources.retry import RetryPolicy

LABEL = "Google Play"
PAGE_SIZE = 100  # documented maximum for maxResults
REPLY_MAX_CHARS = 350
HISTORY_NOTE = "Google Play's API only returns reviews from the last 7 days; import the monthly CSV export for older ones."
_EXTRA_FIELDS = ("appVersionName", "appVersionCode", "device", "androidOsVersion", "thumbsUpCount", "thumbsDownCount")


def play_time(value: object) -> datetime | None:
    """A `Timestamp` {seconds: "<int64 string>", nanos} → aware UTC datetime."""
    data = as_dict(value)
    try:
        seconds = int(data.get("seconds", ""))
        nanos = int(data.get("nanos", 0) or 0)
        return datetime.fromtimestamp(seconds + nanos / 1e9, tz=UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def map_review(raw: Any, package: str) -> ReviewRecord | None:
    """One Play `Review` → ReviewRecord; None without an id or a user comment."""
    data = as_dict(raw)
    review_id = text_of(data.get("reviewId"))
    comments = [as_dict(c) for c in data.get("comments", []) if isinstance(c, dict)] if isinstance(data.get("comments"), list) else []
    user = next((as_dict(c.get("userComment")) for c in comments if c.get("userComment")), None)
    if not review_id or user is None:
        return None
    extra = {"package_name": package}
    for name in _EXTRA_FIELDS:
        if isinstance(user.get(name), str | int) and not isinstance(user.get(name), bool):
            extra[name] = str(user[name])
    rating = user.get("starRating")
    stars = rating if isinstance(rating, int) and not isinstance(rating, bool) and 1 <= rating <= 5 else None
    if rating is not None and stars is None:
        extra["unknown_star_rating"] = str(rating)[:40]
    shown = text_of(user.get("text")) or ""
    original = text_of(user.get("originalText")) or ""
    if original:  # translated: keep the reviewer's own words as the text
        extra["translated_text"] = shown
        shown = original
    title, sep, body = shown.partition("\t")
    dev = next((as_dict(c.get("developerComment")) for c in comments if c.get("developerComment")), None)
    reply = None
    if dev and text_of(dev.get("text")):
        reply = ReplyRecord(text=dev["text"], posted_at=play_time(dev.get("lastModified")))
    return ReviewRecord(
        text=body if sep else shown,
        title=title if sep else None,
        stars=stars,
        author=text_of(data.get("authorName")) or None,
        created_at=None,  # the API has no creation time; only lastModified
        updated_at=play_time(user.get("lastModified")),
        external_id=review_id,
        lang=text_of(user.get("reviewerLanguage")),
        platform=Platform.GOOGLE_PLAY.value,
        location=package,
        reply=reply,
        extra=extra,
    )


_PACKAGE = re.compile(r"^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)+$")


def package_setting(settings: Mapping[str, str]) -> str:
    """The `package_name` setting (Android's rule: dotted words, e.g. com.example.app);
    ConnectorError saying what to set when unusable (also checked by `source add`)."""
    package = (settings.get("package_name") or "").strip()
    if not _PACKAGE.match(package):
        raise with_kind(ConnectorError(
            "rejected", "Set the app's package name (e.g. com.example.app) for this source."), "setting_play_package")
    return package


class GooglePlayConnector:
    """Settings: `package_name` (required), `translation_language` (optional)."""

    platform = Platform.GOOGLE_PLAY.value

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
        self.package = package_setting(config.settings)
        self.settings = dict(config.settings)
        self.translation = (config.settings.get("translation_language") or "").strip() or None
        assert self.endpoints.token is not None
        token_url = self.endpoints.token
        auth = static_token_or(credentials, LABEL, lambda: GoogleServiceAccount(
            token_url,
            credentials.require("client_email", "the service-account e-mail"),
            credentials.require("private_key", "the service-account private key"),
            PLAY_SCOPE,
            clock=clock,
        ))
        self._owned = OwnedClient(client)
        self.api = ApiClient(self._owned.client, label=LABEL, auth=auth, retry=retry, max_body_bytes=max_body_bytes)

    async def aclose(self) -> None:
        await self._owned.aclose()

    @property
    def _reviews_url(self) -> str:
        return f"{self.endpoints.api}/androidpublisher/v3/applications/{quote(self.package, safe='')}/reviews"

    def _review_url(self, review_id: str) -> str:
        if not review_id or any(ch in review_id for ch in "/?#") or review_id in (".", ".."):
            raise with_kind(ConnectorError("rejected", f"This is not a review id for {LABEL}."), "not_a_review_id",
                            platform=LABEL)
        return f"{self._reviews_url}/{quote(review_id, safe=':')}"

    def _params(self) -> dict[str, str | int]:
        return {"translationLanguage": self.translation} if self.translation else {}

    async def recent_review_count(self) -> tuple[int, bool]:
        """(reviews on the first page of the last 7 days, whether more pages follow): one call,
        so testing a connection spends one of the app's 200 hourly reads."""
        data = expect_dict(await self.api.request("GET", self._reviews_url, params={"maxResults": PAGE_SIZE}), LABEL)
        more = bool(text_of(as_dict(data.get("tokenPagination")).get("nextPageToken")))
        return len(expect_list(data, "reviews", LABEL)), more

    async def test_connection(self) -> str:
        await self.api.request("GET", self._reviews_url, params={"maxResults": 1})
        return f"Connected to {self.package}. {HISTORY_NOTE}"

    async def fetch(self, cursor: str | None) -> AsyncIterator[ReviewPage]:
        """Most recently changed first; stops at the mark. Never a full listing (7 days)."""
        marks = decode_marks(cursor)
        mark = marks.get(self.package)
        stop_at = reread_from(mark, self.settings)
        newest = mark
        token: str | None = None
        guard = PageGuard(LABEL)
        while True:
            params = dict(self._params(), maxResults=PAGE_SIZE)
            if token:
                params["token"] = token
            data = expect_dict(await self.api.request("GET", self._reviews_url, params=params), LABEL)
            records: list[ReviewRecord] = []
            skipped = 0
            reached = False
            for raw in expect_list(data, "reviews", LABEL):
                record = map_review(raw, self.package)
                if record is None:
                    skipped += 1
                    continue
                if stop_at is not None and record.updated_at is not None and record.updated_at < stop_at:
                    reached = True
                    break
                newest = later(newest, record.updated_at)
                records.append(record)
            # pageInfo is unreliable in practice; only the token decides whether to go on.
            token = None if reached else text_of(as_dict(data.get("tokenPagination")).get("nextPageToken"))
            if token:
                guard.check(token)
                yield ReviewPage(records, cursor, skipped=skipped)
                continue
            if newest is not None:
                marks[self.package] = newest
            yield ReviewPage(records, encode_marks(marks) or cursor, skipped=skipped)
            return

    async def get_review(self, review_external_id: str) -> ReviewRecord:
        data = await self.api.request("GET", self._review_url(review_external_id), params=self._params())
        record = map_review(data, self.package)
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
        url = self._review_url(review_external_id) + ":reply"
        if not text.strip():
            raise with_kind(ConnectorError("rejected", "The reply text is empty."), "empty_text")
        if len(text) > REPLY_MAX_CHARS:
            raise with_kind(ConnectorError(
                "rejected", f"The reply is too long for {LABEL}: {len(text)} characters, the limit is {REPLY_MAX_CHARS}."
            ), "reply_too_long_characters", platform=LABEL, size=len(text), limit=REPLY_MAX_CHARS)
        # reviews.reply creates or overwrites, so a resend cannot make a second reply.
        data = expect_dict(await self.api.request("POST", url, json_body={"replyText": text}), LABEL)
        result = as_dict(data.get("result"))
        return RemoteReply(review_external_id, text_of(result.get("replyText")) or text, play_time(result.get("lastEdited")))

    async def delete_reply(self, review_external_id: str) -> None:
        raise with_kind(ConnectorError(
            "not_supported", "Google Play cannot delete a reply through its API; delete it in Play Console."
        ), "play_cannot_delete")
