"""sync_source / sync_all against the loopback Google fakes: cursors, versions, removals,
replies posted elsewhere, offline and platform errors, no half-written page."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest

from tests.fakes.google_business import FakeGoogleBusiness
from tests.fakes.google_play import FakeGooglePlay
from tests.sync.helpers import NOW, T0, Gbp, add_gbp_source, clock, factory, run
from workstation.domain import ReviewRecord
from workstation.sources.base import ConnectorError, RemoteReply, ReviewPage
from workstation.sources.credentials import store_secrets
from workstation.store.db import Store
from workstation.store.sync_state import add_source, get_source
from workstation.sync import sync_all, sync_source


def sync(g: Gbp, **kw: object) -> object:
    return run(sync_source(g.store, g.source_id, connector_factory=factory(), now=clock, **kw))  # type: ignore[arg-type]


def count(store: Store, sql: str, *params: object) -> int:
    return int(store.scalar(sql, params))


def test_first_sync_stores_every_page_with_cursor_and_status(gbp: Gbp) -> None:
    pages: list[tuple[int, int]] = []
    result = run(sync_source(gbp.store, gbp.source_id, connector_factory=factory(), now=clock,
                             progress=lambda p, n: pages.append((p, n))))
    assert (result.new, result.updated, result.removed, result.replies, result.error) == (120, 0, 0, 12, None)
    assert pages[-1] == (3, 120)  # three pages of 50, 50 and 20
    src = get_source(gbp.store, gbp.source_id)
    assert src is not None and src.status == "ok" and src.cursor and src.last_synced_at == "2026-11-25T09:00:00Z"
    assert "120 new" in (src.status_message or "")
    assert count(gbp.store, "SELECT count(DISTINCT external_id) FROM reviews") == 120
    # Replies already on the platform count as replied, with their real posted time.
    assert count(gbp.store, "SELECT count(*) FROM reviews WHERE reply_state = 'sent'") == 12
    assert count(gbp.store, "SELECT count(*) FROM replies WHERE origin = 'import' AND posted_at IS NOT NULL") == 12


def test_incremental_sync_new_edited_and_replied_elsewhere(gbp: Gbp) -> None:
    sync(gbp)
    names = gbp.names()
    later = T0 + timedelta(days=40)
    gbp.fake.add_review(gbp.parent, "fresh", comment="Nouvel avis", created=later)
    gbp.fake.edit_review(names[5], comment="Edited: now three stars", stars="THREE", when=later)
    gbp.fake.edit_review(names[7], reply="Merci, réponse depuis l'appli", when=later)
    before = len(gbp.fake.requests)
    result = sync(gbp)
    assert (result.new, result.updated, result.replies) == (1, 1, 1)  # type: ignore[attr-defined]
    # The cursor stopped the listing early: one page, not the three of a full listing.
    assert sum(1 for m, p in gbp.fake.requests[before:] if p.endswith("/reviews")) == 1
    edited = gbp.review_id(names[5])
    assert gbp.store.scalar("SELECT stars FROM reviews WHERE id = ?", (edited,)) == 3
    old = gbp.store.query("SELECT text, stars FROM review_versions WHERE review_id = ?", (edited,))
    assert [(r["text"], r["stars"]) for r in old] == [("Synthetic review number 5", 1)]
    replied = gbp.review_id(names[7])
    assert gbp.store.scalar("SELECT reply_state FROM reviews WHERE id = ?", (replied,)) == "sent"
    assert count(gbp.store, "SELECT count(*) FROM reviews") == 121


def test_full_sync_marks_removed_on_platform_never_deletes(gbp: Gbp) -> None:
    sync(gbp)
    gone = gbp.names()[3]
    gbp.fake.remove_review(gone)
    assert sync(gbp).removed == 0  # type: ignore[attr-defined]  # incremental listings cannot see deletions
    result = sync(gbp, full=True)
    assert result.removed == 1  # type: ignore[attr-defined]
    row = gbp.store.query("SELECT removed_on_platform FROM reviews WHERE external_id = ?", (gone,))
    assert row[0][0] == 1
    assert count(gbp.store, "SELECT count(*) FROM reviews") == 120
    assert sync(gbp, full=True).removed == 0  # type: ignore[attr-defined]


def test_failure_mid_listing_keeps_whole_pages_and_resumes_without_duplicates(gbp: Gbp) -> None:
    # Page 1 goes through, then every retry of page 2 gets a 503.
    original = gbp.fake.route
    calls = {"n": 0}

    def flaky(req):  # type: ignore[no-untyped-def]
        if req.path.endswith("/reviews"):
            calls["n"] += 1
            if calls["n"] >= 2:
                return gbp.fake.error(503, "backend error")
        return original(req)

    gbp.fake.route = flaky  # type: ignore[method-assign]
    result = sync(gbp)
    assert result.error and "error 503" in result.error and not result.offline  # type: ignore[attr-defined]
    assert count(gbp.store, "SELECT count(*) FROM reviews") == 50  # exactly one whole page
    src = get_source(gbp.store, gbp.source_id)
    assert src is not None and src.status == "error" and src.cursor is None and src.last_synced_at is None
    gbp.fake.route = original  # type: ignore[method-assign]
    result = sync(gbp)
    assert (result.new, result.error) == (70, None)  # type: ignore[attr-defined]
    assert count(gbp.store, "SELECT count(*) FROM reviews") == 120
    assert gbp.store.integrity_ok()


def test_rate_limit_is_retried_with_retry_after(gbp: Gbp) -> None:
    gbp.fake.faults.add("rate_limit", count=1, path="/reviews", retry_after="2")
    result = sync(gbp)
    assert result.error is None and result.new == 120  # type: ignore[attr-defined]


def test_unauthorized_says_reconnect_and_writes_nothing(gbp: Gbp) -> None:
    gbp.fake.access_tokens.clear()  # the static token was revoked
    result = sync(gbp)
    assert result.error and "reconnect" in result.error.lower()  # type: ignore[attr-defined]
    assert count(gbp.store, "SELECT count(*) FROM reviews") == 0
    src = get_source(gbp.store, gbp.source_id)
    assert src is not None and src.status == "error" and "reconnect" in (src.status_message or "").lower()


def test_offline_source_does_not_stop_the_others(gbp: Gbp) -> None:
    # A second source pointing at a port nobody listens on: the network is "down" for it.
    dead = FakeGoogleBusiness()
    with dead.serve() as server:
        url = server.url
    offline_id, _ = add_gbp_source(gbp.store, dead, url, name="Closed shop")
    results = run(sync_all(gbp.store, connector_factory=factory(), now=clock))
    by_id = {r.source_id: r for r in results}
    assert by_id[offline_id].offline and by_id[offline_id].summary() == f"source {offline_id}: offline"
    assert by_id[gbp.source_id].new == 120 and by_id[gbp.source_id].ok
    src = get_source(gbp.store, offline_id)
    assert src is not None and (src.status, src.status_message) == ("offline", "offline")


def test_bad_credentials_and_unknown_source_are_reported_not_raised(gbp: Gbp) -> None:
    broken = add_source(gbp.store, platform="google_business", name="No creds", base_url=gbp.server.url)
    results = run(sync_all(gbp.store, source_ids=[broken, 999], connector_factory=factory(), now=clock))
    assert results[0].error and "reconnect" in results[0].error
    assert results[1].error == "source 999 does not exist"


class _StubConnector:
    """Yields canned pages; used where a loopback fake would add nothing."""

    platform = "google_play"

    def __init__(self, pages: list[ReviewPage], fail_after: int | None = None) -> None:
        self.pages, self.fail_after, self.closed = pages, fail_after, False

    async def test_connection(self) -> str:
        return "ok"

    async def fetch(self, cursor: str | None) -> AsyncIterator[ReviewPage]:
        for i, page in enumerate(self.pages):
            if self.fail_after is not None and i >= self.fail_after:
                raise ConnectorError("bad_response", "Google Play sent an incomplete or malformed answer.")
            yield page

    async def get_reply(self, review_external_id: str) -> RemoteReply | None:
        return None

    async def post_reply(self, review_external_id: str, text: str) -> RemoteReply:
        raise AssertionError

    async def delete_reply(self, review_external_id: str) -> None:
        raise AssertionError

    async def aclose(self) -> None:
        self.closed = True


def test_google_play_records_without_created_at_fall_back_to_updated_at(store: Store) -> None:
    sid = add_source(store, platform="google_play", name="App")
    rec = ReviewRecord(text="Crashes", stars=1, external_id="gp:1", updated_at=NOW - timedelta(days=1))
    stub = _StubConnector([ReviewPage([rec], '{"v": 1}')])
    result = run(sync_source(store, sid, connector=stub, now=clock))
    assert result.new == 1 and not stub.closed  # an injected connector is the caller's to close
    assert store.scalar("SELECT created_at FROM reviews") == "2026-11-24T09:00:00Z"


def test_real_google_play_fake_end_to_end(store: Store) -> None:
    fake = FakeGooglePlay()
    fake.now = NOW
    for i in range(7):
        fake.add_review(f"gp:{i}", text=f"Review {i}", stars=1 + i % 5)
    with fake.serve() as server:
        token = fake.issue_token()
        sid = add_source(store, platform="google_play", name="Booking app", base_url=server.url,
                         settings={"package_name": fake.package},
                         save_secret=lambda key: store_secrets(key, {"access_token": token}))
        result = run(sync_source(store, sid, connector_factory=factory(), now=clock))
    assert (result.new, result.error) == (7, None)
    assert store.scalar("SELECT count(*) FROM reviews WHERE created_at IS NULL") == 0


def test_error_after_a_page_keeps_the_page_and_the_old_cursor(store: Store) -> None:
    sid = add_source(store, platform="google_play", name="App")
    recs = [ReviewRecord(text=f"r{i}", stars=4, external_id=f"gp:{i}", updated_at=NOW) for i in range(3)]
    stub = _StubConnector([ReviewPage(recs[:2], None), ReviewPage(recs[2:], '{"v": 9}')], fail_after=1)
    result = run(sync_source(store, sid, connector=stub, now=clock))
    assert result.error == "Google Play sent an incomplete or malformed answer." and result.new == 2
    assert store.scalar("SELECT count(*) FROM reviews") == 2
    assert store.scalar("SELECT cursor FROM sources WHERE id = ?", (sid,)) is None


@pytest.mark.parametrize("fault", ["html", "malformed_json", "truncated"])
def test_bad_responses_become_plain_errors(gbp: Gbp, fault: str) -> None:
    gbp.fake.faults.add(fault, count=10, path="/reviews")
    result = sync(gbp)
    assert result.error and not result.offline and "Google Business Profile" in result.error  # type: ignore[attr-defined]
    assert count(gbp.store, "SELECT count(*) FROM reviews") == 0
