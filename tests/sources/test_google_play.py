"""Google Play connector against the loopback fake: service-account JWT grant, token
paging without pageInfo, the 7-day window, translation, reply upsert, no delete."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from tests.fakes.google_play import FakeGooglePlay
from tests.sources.conftest import collect, run
from workstation.sources.base import ConnectorError, Credentials, SourceConfig
from workstation.sources.google_play import GooglePlayConnector, map_review
from workstation.sources.loopback import LoopbackServer
from workstation.sources.retry import RetryPolicy

Fixture = tuple[FakeGooglePlay, LoopbackServer]


@pytest.fixture
def play() -> Iterator[Fixture]:
    fake = FakeGooglePlay()
    with fake.serve() as server:
        yield fake, server


def connector(fake: FakeGooglePlay, server: LoopbackServer, retry: RetryPolicy, **settings: str) -> GooglePlayConnector:
    sa = fake.service_account_json()
    creds = Credentials({"client_email": sa["client_email"], "private_key": sa["private_key"]})
    config = SourceConfig("google_play", "Booking app", base_url=server.url,
                          settings={"package_name": fake.package, **settings})
    return GooglePlayConnector(config, creds, retry=retry)


def test_lists_recent_reviews_with_token_paging_and_no_page_info(play: Fixture, retry: tuple[RetryPolicy, list[float]]) -> None:
    fake, server = play
    for i in range(230):
        fake.add_review(f"gp:r{i:04d}", modified=fake.now - timedelta(minutes=i))
    fake.add_review("gp:old", modified=fake.now - timedelta(days=8))  # outside the API window
    fake.omit_page_info = True
    fake.short_by = 3

    async def go() -> tuple[str, list[int], bool, str | None]:
        conn = connector(fake, server, retry[0])
        try:
            desc = await conn.test_connection()
            pages = await collect(conn.fetch(None))
        finally:
            await conn.aclose()
        return desc, [len(p.records) for p in pages], any(p.full_listing for p in pages), pages[-1].next_cursor

    desc, sizes, full, cursor = run(go())
    assert "last 7 days" in desc
    assert sum(sizes) == 230 and sizes[0] == 97
    assert not full  # a 7-day window is never the complete history
    assert cursor
    assert fake.token_requests == 1


def test_incremental_reply_elsewhere_and_edit(play: Fixture, retry: tuple[RetryPolicy, list[float]]) -> None:
    fake, server = play
    for i in range(20):
        fake.add_review(f"gp:r{i}", modified=fake.now - timedelta(hours=i + 1))

    async def go(cursor: str | None) -> tuple[dict[str, object], str | None]:
        conn = connector(fake, server, retry[0], reread_days="0")
        try:
            pages = await collect(conn.fetch(cursor))
        finally:
            await conn.aclose()
        return {r.external_id or "": r for p in pages for r in p.records}, pages[-1].next_cursor

    first, cursor = run(go(None))
    assert len(first) == 20
    fake.edit_review("gp:r10", reply="Merci, répondu depuis la Console", when=fake.now + timedelta(minutes=5))
    fake.edit_review("gp:r12", text="Edited\tNow it works", when=fake.now + timedelta(minutes=6))
    second, _ = run(go(cursor))
    assert set(second) == {"gp:r10", "gp:r12", "gp:r0"}  # r0 = previous high-water mark, again
    assert second["gp:r10"].reply.text == "Merci, répondu depuis la Console"  # type: ignore[attr-defined]
    assert second["gp:r12"].title == "Edited" and second["gp:r12"].text == "Now it works"  # type: ignore[attr-defined]


def test_translation_keeps_the_original_text(play: Fixture, retry: tuple[RetryPolicy, list[float]]) -> None:
    fake, server = play
    fake.add_review("gp:fr", text="Appli pratique", lang="fr", translations={"en": "Handy app"})

    async def go() -> object:
        conn = connector(fake, server, retry[0], translation_language="en")
        try:
            return (await collect(conn.fetch(None)))[0].records[0]
        finally:
            await conn.aclose()

    record = run(go())
    assert record.text == "Appli pratique" and record.extra["translated_text"] == "Handy app"  # type: ignore[attr-defined]
    assert record.lang == "fr"  # type: ignore[attr-defined]


def test_reply_upsert_and_no_delete(play: Fixture, retry: tuple[RetryPolicy, list[float]]) -> None:
    fake, server = play
    fake.add_review("gp:abc")

    async def go() -> None:
        conn = connector(fake, server, retry[0])
        try:
            assert await conn.get_reply("gp:abc") is None
            sent = await conn.post_reply("gp:abc", "Thanks Tom!")
            assert sent.text == "Thanks Tom!" and sent.posted_at is not None
            assert (await conn.get_reply("gp:abc")).text == "Thanks Tom!"  # type: ignore[union-attr]
            with pytest.raises(ConnectorError) as long:
                await conn.post_reply("gp:abc", "x" * 351)
            assert long.value.kind == "rejected"
            with pytest.raises(ConnectorError) as nodelete:
                await conn.delete_reply("gp:abc")
            assert nodelete.value.kind == "not_supported"
            with pytest.raises(ConnectorError) as gone:
                await conn.post_reply("gp:missing", "Hello")
            assert gone.value.kind == "not_found"
        finally:
            await conn.aclose()

    run(go())
    assert fake.reply_posts["gp:abc"] == 1 and fake.reply_posts["gp:missing"] == 0


def test_wrong_service_account_key_asks_to_reconnect(play: Fixture, retry: tuple[RetryPolicy, list[float]], play_fake_key: object) -> None:
    fake, server = play
    from cryptography.hazmat.primitives import serialization

    other = play_fake_key.private_bytes(  # type: ignore[attr-defined]
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()

    async def go() -> None:
        creds = Credentials({"client_email": fake.client_email, "private_key": other})
        config = SourceConfig("google_play", "x", base_url=server.url, settings={"package_name": fake.package})
        conn = GooglePlayConnector(config, creds, retry=retry[0])
        try:
            await conn.test_connection()
        finally:
            await conn.aclose()

    with pytest.raises(ConnectorError) as err:
        run(go())
    assert err.value.kind == "reconnect" and "service-account" in err.value.user_message


def test_other_package_is_forbidden(play: Fixture, retry: tuple[RetryPolicy, list[float]]) -> None:
    fake, server = play

    async def go() -> None:
        creds = Credentials({"access_token": fake.issue_token()})
        config = SourceConfig("google_play", "x", base_url=server.url, settings={"package_name": "com.other"})
        conn = GooglePlayConnector(config, creds, retry=retry[0])
        try:
            await conn.test_connection()
        finally:
            await conn.aclose()

    with pytest.raises(ConnectorError) as err:
        run(go())
    assert err.value.kind == "forbidden"
    assert fake.token_requests == 0


def test_map_review_tolerates_odd_values() -> None:
    ok = {"reviewId": "gp:1", "comments": [{"userComment": {"text": "t", "starRating": 9,
                                                             "lastModified": {"seconds": "nope"}}}]}
    record = map_review(ok, "pkg")
    assert record is not None and record.stars is None and record.extra["unknown_star_rating"] == "9"
    assert record.updated_at is None
    assert map_review({"reviewId": "gp:2", "comments": "garbage"}, "pkg") is None
    assert map_review({"comments": []}, "pkg") is None
    assert map_review(None, "pkg") is None


def test_missing_package_name_is_a_clear_error() -> None:
    with pytest.raises(ConnectorError) as err:
        GooglePlayConnector(SourceConfig("google_play", "x"), Credentials({"access_token": "t"}))
    assert "package name" in err.value.user_message
