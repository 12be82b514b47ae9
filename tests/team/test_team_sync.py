"""Syncing a source into the team server in batches of pages (as on SQLite): every page
stored once with the cursor to resume from; a failure mid-listing keeps the whole pages
already fetched and the next sync fetches the rest without duplicates."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from tests.fakes.google_business import FakeGoogleBusiness
from tests.sync.helpers import T0, clock, factory
from tests.team.workers import open_store
from workstation.sources.credentials import store_secrets
from workstation.store.postgres.connection import PgStore
from workstation.store.postgres.sources import create_source
from workstation.sync.source_sync import SyncResult
from workstation.sync.team_sync import sync_team_sources


@pytest.fixture
def team_source(pg_url: str) -> Iterator[tuple[PgStore, FakeGoogleBusiness, int]]:
    fake = FakeGoogleBusiness()
    fake.populate(fake.add_location("111", "222", "Boulangerie du Port"), 120, start=T0)
    token = fake.issue_token()
    with fake.serve() as server, open_store(pg_url) as store:
        source_id = create_source(store, platform="google_business", name="Bakery", kind="api", base_url=server.url,
                                  settings={"reread_days": "0"}, sync_interval_min=60,
                                  save_secret=lambda key: store_secrets(key, {"access_token": token}), now=T0)
        yield store, fake, source_id


def _sync(store: PgStore, source_id: int) -> SyncResult:
    [result] = asyncio.run(sync_team_sources(store, source_ids=[source_id], connector_factory=factory(), now=clock))
    return result


def test_every_page_is_stored_once_with_its_cursor(team_source: tuple[PgStore, FakeGoogleBusiness, int]) -> None:
    store, fake, source_id = team_source
    first = _sync(store, source_id)
    assert (first.new, first.replies, first.error) == (120, 12, None)
    assert store.scalar("SELECT count(DISTINCT external_id) FROM reviews") == 120
    assert store.scalar("SELECT cursor IS NOT NULL FROM sources WHERE id = %s", (source_id,))
    before = len(fake.requests)
    again = _sync(store, source_id)
    assert (again.new, again.updated, again.error) == (0, 0, None)
    # The stored cursor stopped the listing early: one page, not the three of a full listing.
    assert sum(1 for _m, p in fake.requests[before:] if p.endswith("/reviews")) == 1
    assert store.scalar("SELECT last_synced_at FROM sources WHERE id = %s", (source_id,)) == "2026-11-25T09:00:00Z"


def test_a_failure_mid_listing_keeps_whole_pages_and_resumes(team_source: tuple[PgStore, FakeGoogleBusiness, int]
                                                             ) -> None:
    store, fake, source_id = team_source
    original = fake.route
    calls = {"n": 0}

    def flaky(req):  # type: ignore[no-untyped-def]
        if req.path.endswith("/reviews"):
            calls["n"] += 1
            if calls["n"] >= 2:
                return fake.error(503, "backend error")
        return original(req)

    fake.route = flaky  # type: ignore[method-assign]
    failed = _sync(store, source_id)
    assert failed.error and "error 503" in failed.error
    assert store.scalar("SELECT count(*) FROM reviews") == 50  # exactly the one whole page fetched
    fake.route = original  # type: ignore[method-assign]
    resumed = _sync(store, source_id)
    assert (resumed.new, resumed.error) == (70, None)
    assert store.scalar("SELECT count(DISTINCT external_id) FROM reviews") == 120
