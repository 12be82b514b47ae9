"""App Store Connect connector against the loopback fake: ES256 JWT, cursor paging
via links.next, several apps and territories, never-twice responses, 409 fallback."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import jwt
import pytest

from tests.fakes.app_store import FakeAppStore
from tests.sources.conftest import collect, run
from workstation.sources.app_store import AppStoreConnector
from workstation.sources.auth import AppStoreJwt
from workstation.sources.base import ConnectorError, Credentials, SourceConfig
from workstation.sources.loopback import LoopbackServer
from workstation.sources.retry import RetryPolicy

Fixture = tuple[FakeAppStore, LoopbackServer]


@pytest.fixture
def asc() -> Iterator[Fixture]:
    fake = FakeAppStore()
    with fake.serve() as server:
        yield fake, server


def connector(fake: FakeAppStore, server: LoopbackServer, retry: RetryPolicy, *, apps: str = "111",
              territories: str = "", issuer: str | None = None, reread_days: str = "14") -> AppStoreConnector:
    creds = Credentials({"key_id": fake.key_id, "issuer_id": issuer or fake.issuer_id, "private_key": fake.p8()})
    config = SourceConfig("app_store", "My app", base_url=server.url,
                          settings={"app_ids": apps, "territories": territories, "reread_days": reread_days})
    return AppStoreConnector(config, creds, retry=retry)


def test_pages_through_several_apps_following_links_next(asc: Fixture, retry: tuple[RetryPolicy, list[float]]) -> None:
    fake, server = asc
    fake.populate("111", 450)
    fake.populate("222", 30)
    fake.add_review("222", "with-reply", response="Merci !", created=datetime(2026, 1, 1, tzinfo=UTC))

    async def go() -> tuple[str, list[int], bool, dict[str, Any]]:
        conn = connector(fake, server, retry[0], apps="111,222")
        try:
            desc = await conn.test_connection()
            pages = await collect(conn.fetch(None))
        finally:
            await conn.aclose()
        records = {r.external_id or "": r for p in pages for r in p.records}
        return desc, [len(p.records) for p in pages], pages[-1].full_listing, records

    desc, sizes, full, records = run(go())
    assert desc == "2 apps connected (481 reviews)"
    assert sizes == [200, 200, 50, 31] and full
    replied = records["with-reply"]
    assert replied.reply.text == "Merci !" and replied.reply.external_id
    assert replied.extra["reply_state"] == "PUBLISHED"
    assert records["111-000001"].created_at == datetime(2025, 1, 1, 0, 1, tzinfo=UTC)


def test_territory_filter_and_incremental_cursor(asc: Fixture, retry: tuple[RetryPolicy, list[float]]) -> None:
    fake, server = asc
    fake.populate("111", 40)

    async def go(cursor: str | None) -> tuple[list[str], str | None]:
        conn = connector(fake, server, retry[0], territories="fra", reread_days="0")
        try:
            pages = await collect(conn.fetch(cursor))
        finally:
            await conn.aclose()
        return [r.external_id or "" for p in pages for r in p.records], pages[-1].next_cursor

    first, cursor = run(go(None))
    assert len(first) == 20 and all(int(i.rsplit("-", 1)[1]) % 2 for i in first)
    fake.add_review("111", "new-fr", territory="FRA", created=datetime(2026, 6, 1, tzinfo=UTC))
    second, _ = run(go(cursor))
    assert second[0] == "new-fr" and len(second) == 2  # plus the previous newest (inclusive mark)


def test_post_reply_checks_existing_first_and_never_posts_twice(asc: Fixture, retry: tuple[RetryPolicy, list[float]]) -> None:
    fake, server = asc
    fake.add_review("111", "rev1")

    async def go() -> None:
        conn = connector(fake, server, retry[0])
        try:
            assert await conn.get_reply("rev1") is None
            first = await conn.post_reply("rev1", "Thank you, Jess!")
            assert first.state == "PENDING_PUBLISH" and first.external_id
            # A resend after a crash finds the response and does not create another one.
            again = await conn.post_reply("rev1", "Thank you, Jess!")
            assert again.external_id == first.external_id
            edited = await conn.post_reply("rev1", "Thank you again!")
            assert edited.text == "Thank you again!"
            await conn.delete_reply("rev1")
            assert await conn.get_reply("rev1") is None
            await conn.delete_reply("rev1")  # nothing left: a no-op, not an error
            with pytest.raises(ConnectorError) as gone:
                await conn.get_reply("no-such-review")
            assert gone.value.kind == "not_found"
        finally:
            await conn.aclose()

    run(go())
    assert fake.response_posts["rev1"] == 2 and fake.response_deletes == 1


def test_conflict_falls_back_to_delete_then_create(asc: Fixture, retry: tuple[RetryPolicy, list[float]]) -> None:
    fake, server = asc
    fake.add_review("111", "rev1", response="Old answer")
    fake.conflict_on_existing = True

    async def go() -> str:
        conn = connector(fake, server, retry[0])
        try:
            return (await conn.post_reply("rev1", "New answer")).text
        finally:
            await conn.aclose()

    assert run(go()) == "New answer"
    assert fake.response_deletes == 1 and fake.response_posts["rev1"] == 1


def test_lost_answer_on_create_is_not_resent(asc: Fixture, retry: tuple[RetryPolicy, list[float]]) -> None:
    fake, server = asc
    fake.add_review("111", "rev1")
    fake.faults.add("truncated", path="/v1/customerReviewResponses", method="POST")

    async def post() -> None:
        conn = connector(fake, server, retry[0])
        try:
            await conn.post_reply("rev1", "Hello")
        finally:
            await conn.aclose()

    with pytest.raises(ConnectorError) as err:
        run(post())
    assert err.value.kind == "bad_response" and fake.response_posts["rev1"] == 1
    run(post())  # the outbox retries: the lookup finds the response, no second POST
    assert fake.response_posts["rev1"] == 1


def test_rate_limit_on_create_is_retried(asc: Fixture, retry: tuple[RetryPolicy, list[float]]) -> None:
    fake, server = asc
    fake.add_review("111", "rev1")
    fake.faults.add("rate_limit", path="/v1/customerReviewResponses", method="POST", retry_after="2")

    async def post() -> None:
        conn = connector(fake, server, retry[0])
        try:
            await conn.post_reply("rev1", "Hello")
        finally:
            await conn.aclose()

    run(post())
    assert fake.response_posts["rev1"] == 1 and retry[1] == [2.0]


def test_wrong_issuer_is_a_reconnect_error(asc: Fixture, retry: tuple[RetryPolicy, list[float]]) -> None:
    fake, server = asc
    fake.add_review("111", "rev1")

    async def go() -> None:
        conn = connector(fake, server, retry[0], issuer="00000000-0000-0000-0000-000000000000")
        try:
            await conn.test_connection()
        finally:
            await conn.aclose()

    with pytest.raises(ConnectorError) as err:
        run(go())
    assert err.value.kind == "reconnect" and "issuer id" in err.value.user_message


def test_jwt_claims_respect_apple_limits() -> None:
    fake = FakeAppStore()
    now = 1_800_000_000.0
    token = AppStoreJwt(fake.key_id, fake.issuer_id, fake.p8(), clock=lambda: now).make_token()
    header = jwt.get_unverified_header(token)
    claims = jwt.decode(token, fake.key.public_key(), algorithms=["ES256"], audience="appstoreconnect-v1",
                        options={"verify_exp": False, "verify_iat": False})
    assert header["kid"] == fake.key_id and header["alg"] == "ES256"
    assert claims["iss"] == fake.issuer_id
    assert claims["exp"] - now <= 20 * 60 and claims["iat"] <= now


def test_unknown_response_state_and_bad_rating_are_tolerated(asc: Fixture, retry: tuple[RetryPolicy, list[float]]) -> None:
    fake, server = asc
    fake.add_review("111", "odd", rating=11, response="Hi", created=datetime(2026, 1, 1, tzinfo=UTC) - timedelta(days=1))
    next(iter(fake.responses.values()))["attributes"]["state"] = "UNDER_REVIEW"

    async def go() -> object:
        conn = connector(fake, server, retry[0])
        try:
            return (await collect(conn.fetch(None)))[0].records[0]
        finally:
            await conn.aclose()

    record = run(go())
    assert record.stars is None and record.extra["unknown_star_rating"] == "11"  # type: ignore[attr-defined]
    assert record.extra["reply_state"] == "UNKNOWN" and record.reply.text == "Hi"  # type: ignore[attr-defined]


def test_next_links_never_send_the_token_to_another_host(asc: Fixture, retry: tuple[RetryPolicy, list[float]]) -> None:
    fake, server = asc
    conn = connector(fake, server, retry[0])
    assert conn._same_host("https://evil.example/v1/apps/1/customerReviews?cursor=x") == (
        f"{server.url}/v1/apps/1/customerReviews?cursor=x")
    run(conn.aclose())
