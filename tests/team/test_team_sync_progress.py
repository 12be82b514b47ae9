"""Progress of a long sync on a team server, as alone: `progress(source_id, pages, reviews)`
after each stored batch of pages, reaching the run's totals; shown by the command line on
stderr ("syncing Bakery: 22 page(s), 1100 review(s) so far") and by the window's sync status
("Syncing Bakery: 54 review(s)")."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from tests.fakes.google_business import FakeGoogleBusiness
from tests.sync.helpers import T0, clock, factory
from tests.team.test_team_window_actions import (
    GENEROUS,
    NOW,
    Shop,
    _idle,
    _stop,
    _team_window,
    open_shop,
)
from tests.team.workers import open_store
from workstation.cli import main
from workstation.ops import team
from workstation.sources.credentials import store_secrets
from workstation.store.postgres.sources import add_source, create_source
from workstation.sync.page_writer import BATCH_RECORDS

REVIEWS = 1100  # Google's pages hold 50: 22 pages, stored in batches of BATCH_RECORDS (500)


def test_progress_is_reported_per_stored_batch_of_pages_up_to_the_total(pg_url: str) -> None:
    fake = FakeGoogleBusiness()
    fake.populate(fake.add_location("111", "222", "Boulangerie du Port"), REVIEWS, start=T0)
    token = fake.issue_token()
    calls: list[tuple[int, int, int]] = []
    with fake.serve() as server, open_store(pg_url) as store:
        source_id = create_source(store, platform="google_business", name="Bakery", kind="api", base_url=server.url,
                                  settings={"reread_days": "0"}, sync_interval_min=60,
                                  save_secret=lambda key: store_secrets(key, {"access_token": token}), now=T0)
        outcome = asyncio.run(team.sync_sources(store, origin="test@desk", source_ids=[source_id],
                                                connector_factory=factory(), now=clock, process=False,
                                                progress=lambda *step: calls.append(step)))
    [result] = outcome.results
    assert (result.new, result.error) == (REVIEWS, None)
    per_batch = BATCH_RECORDS // 50
    assert calls == [(source_id, per_batch, 500), (source_id, 2 * per_batch, 1000), (source_id, 22, REVIEWS)]


def test_the_sync_command_shows_progress_on_stderr(pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    with open_store(pg_url) as store:
        source_id = add_source(store, platform="demo", name="Demo")
    assert main(["sync", "--store", pg_url, "--now", NOW.isoformat()]) == 0  # the demo's reviews, a fixed day
    captured = capsys.readouterr()
    new = int(re.match(rf"source {source_id}: new (\d+),", captured.out).group(1))  # type: ignore[union-attr]
    steps = captured.err.splitlines()
    assert steps and all(s.startswith("syncing Demo: ") for s in steps)
    assert steps[-1].endswith(f" page(s), {new} review(s) so far") and new > 0


@pytest.fixture
def shop(pg_url: str, tmp_path: Path) -> Iterator[Shop]:
    with open_shop(pg_url, tmp_path) as opened:
        yield opened


@pytest.mark.gui
def test_the_window_shows_the_team_syncs_progress(qtbot, shop: Shop) -> None:  # type: ignore[no-untyped-def]
    parent = shop.names[0].rsplit("/reviews/", 1)[0]
    for i in range(30):  # new on the platform since the shop's reviews were stored
        shop.fake.add_review(parent, f"n{i:04d}", comment=f"New review {i}", created=NOW - timedelta(hours=1))
    window, mirror, actions = _team_window(qtbot, shop)
    shown: list[str] = []
    original = actions._progress

    def progress(source_id: int, reviews: int) -> None:
        original(source_id, reviews)
        shown.append(actions.status.text())

    actions._progress = progress  # type: ignore[method-assign]
    with qtbot.waitSignal(actions.finished, timeout=GENEROUS) as finished:
        window.sync_now()
    assert finished.args[0].lines[0] == "Synced: 30 new, 24 updated"  # the shop's 24 get the platform's fields
    # One stored batch (the 54 reviews' two pages): the local sync's words, with the total
    # ("54 review(s)" or "54 reviews", whether an English catalogue is installed).
    assert len(shown) == 1 and shown[0].startswith("Syncing Bakery: 54 review"), shown
    qtbot.waitUntil(lambda: _idle(window, mirror, actions), timeout=GENEROUS)
    _stop(mirror, actions)
