"""Connector for the demo platform (see `demo_server`): same interface and error
handling as the real connectors, served in-process unless a base URL is given."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Mapping
from typing import Any
from urllib.parse import quote

import httpx

from workstation.domain import Platform, ReplyRecord, ReviewRecord
from workstation.error_kinds import with_kind
from workstation.sources.auth import StaticToken
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
    text_of,
)
from workstation.sources.demo_server import DemoServer, default_demo_server
from workstation.sources.endpoints import env_var_name, resolve_endpoints
from workstation.sources.http import ApiClient
from workstation.sources.retry import RetryPolicy

LABEL = "Demo platform"
IN_PROCESS_URL = "http://demo.invalid"


def map_review(raw: Any) -> ReviewRecord | None:
    data = as_dict(raw)
    rid = text_of(data.get("id"))
    if not rid:
        return None
    stars = data.get("stars")
    reply_raw = as_dict(data.get("reply"))
    reply = None
    if text_of(reply_raw.get("text")):
        reply = ReplyRecord(reply_raw["text"], parse_time(reply_raw.get("updated_at")), text_of(reply_raw.get("id")))
    return ReviewRecord(
        text=text_of(data.get("text")) or "",
        title=text_of(data.get("title")) or None,
        stars=stars if isinstance(stars, int) and 1 <= stars <= 5 else None,
        author=text_of(data.get("author")),
        created_at=parse_time(data.get("created_at")),
        updated_at=parse_time(data.get("updated_at")),
        external_id=rid,
        lang=text_of(data.get("lang")),
        url=text_of(data.get("url")),
        platform=Platform.DEMO.value,
        reply=reply,
        removed=data.get("removed") is True,
    )


class DemoConnector:
    platform = Platform.DEMO.value

    def __init__(
        self,
        config: SourceConfig,
        credentials: Credentials | None = None,
        *,
        server: DemoServer | None = None,
        client: httpx.AsyncClient | None = None,
        retry: RetryPolicy | None = None,
        env: Mapping[str, str] | None = None,
    ) -> None:
        environ = os.environ if env is None else env
        remote = config.base_url or environ.get(env_var_name(self.platform))
        in_process = client is None and not remote
        transport = (server or default_demo_server()).transport() if in_process else None
        self._owned = OwnedClient(client, transport)
        self.base = resolve_endpoints(self.platform, config.base_url, env).api if remote else IN_PROCESS_URL
        token = (credentials.get("access_token") if credentials else None) or "demo-token"
        self.api = ApiClient(self._owned.client, label=LABEL, auth=StaticToken(token, LABEL), retry=retry)

    async def aclose(self) -> None:
        await self._owned.aclose()

    async def test_connection(self) -> str:
        data = expect_dict(await self.api.request("GET", f"{self.base}/v1/reviews", params={"page_size": 100}), LABEL)
        count = len(expect_list(data, "reviews", LABEL))
        return f"Demo platform connected ({count}{'+' if data.get('next_page_token') else ''} reviews)"

    async def fetch(self, cursor: str | None) -> AsyncIterator[ReviewPage]:
        """Oldest change first with `updated_since`, so every page can advance the cursor."""
        marks = decode_marks(cursor)
        mark = marks.get("demo")
        token: str | None = None
        while True:
            params: dict[str, str | int] = {"page_size": 50}
            if mark is not None:
                params["updated_since"] = mark.strftime("%Y-%m-%dT%H:%M:%SZ")
            if token:
                params["page_token"] = token
            data = expect_dict(await self.api.request("GET", f"{self.base}/v1/reviews", params=params), LABEL)
            records: list[ReviewRecord] = []
            removed: list[str] = []
            skipped = 0
            newest = marks.get("demo")
            for raw in expect_list(data, "reviews", LABEL):
                record = map_review(raw)
                if record is None:
                    skipped += 1
                    continue
                newest = later(newest, record.updated_at)
                if record.removed and record.external_id:
                    removed.append(record.external_id)
                else:
                    records.append(record)
            token = text_of(data.get("next_page_token"))
            if token is None and newest is not None:
                marks["demo"] = newest
            yield ReviewPage(records, encode_marks(marks) or cursor, removed, full_listing=mark is None and token is None, skipped=skipped)
            if token is None:
                return

    def _url(self, review_id: str) -> str:
        if not review_id or not all(ch.isalnum() or ch in "-_" for ch in review_id):
            raise with_kind(ConnectorError("rejected", f"This is not a review id for {LABEL}."), "not_a_review_id",
                            platform=LABEL)
        return f"{self.base}/v1/reviews/{quote(review_id)}"

    async def get_reply(self, review_external_id: str) -> RemoteReply | None:
        record = map_review(await self.api.request("GET", self._url(review_external_id)))
        if record is None or record.reply is None:
            return None
        return RemoteReply(review_external_id, record.reply.text, record.reply.posted_at, record.reply.external_id)

    async def post_reply(self, review_external_id: str, text: str) -> RemoteReply:
        if not text.strip():
            raise with_kind(ConnectorError("rejected", "The reply text is empty."), "empty_text")
        data = as_dict(await self.api.request("PUT", self._url(review_external_id) + "/reply", json_body={"text": text}))
        return RemoteReply(review_external_id, text_of(data.get("text")) or text, parse_time(data.get("updated_at")),
                           text_of(data.get("id")))

    async def delete_reply(self, review_external_id: str) -> None:
        await self.api.request("DELETE", self._url(review_external_id) + "/reply")
