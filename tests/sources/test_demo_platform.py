"""The demo platform: in-process by default, also as a loopback server; sync,
incremental changes, removals and replies work like a real platform."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.sources.conftest import collect, run
from workstation.sources.base import ConnectorError, SourceConfig
from workstation.sources.demo import DemoConnector
from workstation.sources.demo_server import DemoServer, default_demo_server
from workstation.sources.registry import make_connector

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def test_in_process_sync_incremental_and_removal() -> None:
    server = DemoServer(now=NOW, seed_count=12)

    async def go(cursor: str | None) -> tuple[list[object], list[str], str | None, bool]:
        conn = DemoConnector(SourceConfig("demo", "Demo"), server=server)
        try:
            pages = await collect(conn.fetch(cursor))
        finally:
            await conn.aclose()
        return ([r for p in pages for r in p.records], [i for p in pages for i in p.removed_ids],
                pages[-1].next_cursor, pages[-1].full_listing)

    records, removed, cursor, full = run(go(None))
    assert len(records) == 12 and removed == [] and full
    assert {r.lang for r in records} == {"fr", "en"}  # type: ignore[attr-defined]
    assert sum(1 for r in records if getattr(r, "reply", None)) == 4
    new_id = server.tick()
    server.edit_review("demo-00002", "Edited text", stars=4)
    server.remove_review("demo-00003")
    records2, removed2, _, full2 = run(go(cursor))
    ids = {r.external_id for r in records2}  # type: ignore[attr-defined]
    assert {new_id, "demo-00002"} <= ids and "demo-00003" not in ids
    assert removed2 == ["demo-00003"] and not full2


def test_replies_post_edit_delete_and_count() -> None:
    server = DemoServer(now=NOW, seed_count=3)

    async def go() -> None:
        conn = make_connector(SourceConfig("demo", "Demo"), server=server)
        try:
            assert "3 reviews" in await conn.test_connection()
            sent = await conn.post_reply("demo-00002", "Merci !")
            assert sent.external_id and sent.posted_at is not None
            assert (await conn.get_reply("demo-00002")).text == "Merci !"  # type: ignore[union-attr]
            await conn.delete_reply("demo-00002")
            assert await conn.get_reply("demo-00002") is None
            with pytest.raises(ConnectorError) as bad:
                await conn.post_reply("../x", "hi")
            assert bad.value.kind == "rejected"
            with pytest.raises(ConnectorError) as gone:
                await conn.post_reply("demo-99999", "hi")
            assert gone.value.kind == "not_found"
        finally:
            await conn.aclose()

    run(go())
    assert server.reply_puts == {"demo-00002": 1}


def test_loopback_mode_via_env_override() -> None:
    server = DemoServer(now=NOW, seed_count=5)
    with server.serve() as loop:
        async def go() -> int:
            conn = DemoConnector(SourceConfig("demo", "Demo"), env={"WORKSTATION_DEMO_BASE_URL": loop.url})
            try:
                return sum(len(p.records) for p in await collect(conn.fetch(None)))
            finally:
                await conn.aclose()

        assert run(go()) == 5
    assert ("GET", "/v1/reviews") in server.requests


def test_default_server_is_shared() -> None:
    assert default_demo_server() is default_demo_server()
