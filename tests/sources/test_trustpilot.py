"""Trustpilot connector against the loopback fake: token grants, domain lookup,
page-number paging, replies posted elsewhere, never-twice reply, delete."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from tests.fakes.trustpilot import FakeTrustpilot
from tests.sources.conftest import collect, run
from workstation.sources.base import ConnectorError, Credentials, SourceConfig
from workstation.sources.loopback import LoopbackServer
from workstation.sources.retry import RetryPolicy
from workstation.sources.trustpilot import TrustpilotConnector, map_review

Fixture = tuple[FakeTrustpilot, LoopbackServer]


@pytest.fixture
def tp() -> Iterator[Fixture]:
    fake = FakeTrustpilot()
    with fake.serve() as server:
        yield fake, server


def connector(fake: FakeTrustpilot, server: LoopbackServer, retry: RetryPolicy, *, password: bool = False,
              **settings: str) -> TrustpilotConnector:
    secrets = {"api_key": fake.api_key, "api_secret": fake.api_secret}
    if password:
        secrets.update(username=fake.username, password=fake.password)
    config = SourceConfig("trustpilot", "Shop", base_url=server.url,
                          settings={"business_unit_id": fake.business_unit, "business_user_id": fake.business_user, **settings})
    return TrustpilotConnector(config, Credentials(secrets), retry=retry)


def test_domain_lookup_and_paging(tp: Fixture, retry: tuple[RetryPolicy, list[float]]) -> None:
    fake, server = tp
    fake.populate(250)

    async def go() -> tuple[str, list[int], bool]:
        config = SourceConfig("trustpilot", "Shop", base_url=server.url, settings={"domain": fake.domain})
        conn = TrustpilotConnector(config, Credentials({"api_key": fake.api_key, "api_secret": fake.api_secret}),
                                   retry=retry[0])
        try:
            desc = await conn.test_connection()
            pages = await collect(conn.fetch(None))
        finally:
            await conn.aclose()
        return desc, [len(p.records) for p in pages], pages[-1].full_listing

    desc, sizes, full = run(go())
    assert fake.business_unit in desc
    assert sizes == [100, 100, 50] and full
    assert fake.token_grants == ["client_credentials"]


def test_incremental_and_reply_posted_elsewhere(tp: Fixture, retry: tuple[RetryPolicy, list[float]]) -> None:
    fake, server = tp
    fake.populate(30, start=datetime(2026, 11, 1, tzinfo=UTC))

    async def go(cursor: str | None) -> tuple[dict[str, object], str | None]:
        conn = connector(fake, server, retry[0], password=True, reread_days="0.5")
        try:
            pages = await collect(conn.fetch(cursor))
        finally:
            await conn.aclose()
        return {r.external_id or "": r for p in pages for r in p.records}, pages[-1].next_cursor

    _, cursor = run(go(None))
    fake.add_review("brand-new", created=datetime(2026, 11, 3, tzinfo=UTC), language="fr", text="Très bien")
    fake.reviews["tp000027"]["companyReply"] = {"text": "Merci !", "createdAt": "2026-11-03T10:00:00Z",
                                                "updatedAt": "2026-11-03T10:00:00"}
    second, _ = run(go(cursor))
    assert "brand-new" in second and "tp000027" in second and "tp000010" not in second
    reply = second["tp000027"].reply  # type: ignore[attr-defined]
    assert reply.text == "Merci !" and reply.posted_at == datetime(2026, 11, 3, 10, tzinfo=UTC)
    assert fake.token_grants[0] == "password"


def test_reply_never_twice_then_delete(tp: Fixture, retry: tuple[RetryPolicy, list[float]]) -> None:
    fake, server = tp
    fake.add_review("r1")

    async def go() -> None:
        conn = connector(fake, server, retry[0])
        try:
            sent = await conn.post_reply("r1", "Thank you Mark!")
            assert sent.text == "Thank you Mark!" and sent.posted_at is not None
            await conn.post_reply("r1", "Thank you Mark!")  # a resend after a crash
            await conn.delete_reply("r1")
            assert await conn.get_reply("r1") is None
            with pytest.raises(ConnectorError) as gone:
                await conn.delete_reply("missing")
            assert gone.value.kind == "not_found"
        finally:
            await conn.aclose()

    run(go())
    assert fake.reply_posts["r1"] == 1


def test_bad_secret_and_missing_business_user(tp: Fixture, retry: tuple[RetryPolicy, list[float]]) -> None:
    fake, server = tp
    fake.add_review("r1")

    async def bad_secret() -> None:
        config = SourceConfig("trustpilot", "Shop", base_url=server.url, settings={"business_unit_id": fake.business_unit})
        conn = TrustpilotConnector(config, Credentials({"api_key": fake.api_key, "api_secret": "wrong"}), retry=retry[0])
        try:
            await conn.test_connection()
        finally:
            await conn.aclose()

    with pytest.raises(ConnectorError) as err:
        run(bad_secret())
    assert err.value.kind == "reconnect"

    async def no_user() -> None:
        config = SourceConfig("trustpilot", "Shop", base_url=server.url, settings={"business_unit_id": fake.business_unit})
        conn = TrustpilotConnector(config, Credentials({"access_token": fake.issue_token()}), retry=retry[0])
        try:
            await conn.post_reply("r1", "Hi")
        finally:
            await conn.aclose()

    with pytest.raises(ConnectorError) as missing:
        run(no_user())
    assert missing.value.kind == "rejected" and "business user" in missing.value.user_message


def test_map_review_tolerates_odd_values() -> None:
    record = map_review({"id": "x", "stars": "five", "createdAt": "2013-09-07T13:37:00", "consumer": "??"})
    assert record is not None and record.stars is None and record.extra["unknown_star_rating"] == "five"
    assert record.created_at == datetime(2013, 9, 7, 13, 37, tzinfo=UTC) and record.author is None
    assert map_review({"stars": 5}) is None


def test_expired_access_token_uses_the_refresh_token(tp: Fixture, retry: tuple[RetryPolicy, list[float]]) -> None:
    fake, server = tp
    fake.populate(3)

    async def go() -> None:
        conn = connector(fake, server, retry[0], password=True)
        try:
            await collect(conn.fetch(None))
            fake.access_tokens.clear()  # the server forgets the token: next call gets a 401
            await collect(conn.fetch(None))
        finally:
            await conn.aclose()

    run(go())
    assert fake.token_grants == ["password", "refresh_token"]
