"""ops/team_actions.py without a window: what the window's Sync now and sender do on the server."""

from __future__ import annotations

from pathlib import Path

from tests.team.test_team_mirror import _nowhere, _where
from tests.team.workers import T0, open_store
from workstation.domain import ReviewRecord
from workstation.ops import team
from workstation.ops.team_actions import SourceState, sync_and_send
from workstation.ops.team_mirror import LinkState, TeamLink, open_local_copy
from workstation.store.postgres.reviews import ingest_page
from workstation.store.postgres.sources import add_source


def _source_without_secret_here(url: str) -> tuple[int, int]:
    """A source whose secret is in another desktop's keychain, with one reply queued for it."""
    with open_store(url) as server:
        source_id = add_source(server, platform="google_business", name="Hôtel", base_url="http://127.0.0.1:9",
                               settings={}, secret_key="workstation-source-elsewhere", now=T0)
        ingest_page(server, [ReviewRecord(text="Bien", external_id="h1", created_at=T0)], source_id=source_id, now=T0)
        review_id = int(server.scalar("SELECT id FROM reviews"))
        team.queue_reply(server, review_id, "Merci !", author="Bob", origin="bob@desk-b")
    return source_id, review_id


def test_a_desktop_without_the_secret_leaves_the_rows_untouched_and_counts_them(pg_url: str, tmp_path: Path) -> None:
    source_id, _review = _source_without_secret_here(pg_url)
    where = _where(pg_url)
    with open_local_copy(tmp_path, where) as copy, TeamLink(where, author="Anne", origin="anne@desk-a") as link:
        assert link.mirror_once(copy).state is LinkState.UP_TO_DATE
        run = sync_and_send(link, copy, source_ids=[], send=True)
        assert run.state is LinkState.UP_TO_DATE and run.sent is not None
        assert (run.sent.sent, run.sent.failed, run.sent.waiting_elsewhere) == (0, 0, 1)
        # Never claimed: no attempt counted, so the desktop that has the secret posts it straight away.
        with open_store(pg_url) as server, server.connection() as conn:
            assert conn.execute("SELECT state, attempts, claimed_by FROM outbox").fetchone() == ("queued", 0, None)

        # Sync now names the source; a scheduled run skips it quietly, leaving its shared status alone.
        asked = sync_and_send(link, copy, source_ids=None, send=False)
        assert [(s.source_id, s.state) for s in asked.sources] == [(source_id, SourceState.NO_SECRET)]
        scheduled = sync_and_send(link, copy, source_ids=None, send=False, only_with_secret=True)
        assert scheduled.sources == ()
        with open_store(pg_url) as server:
            assert server.scalar("SELECT status FROM sources WHERE id = %s", (source_id,)) != "error"


def test_a_server_that_does_not_answer_is_an_outcome_not_an_exception(pg_url: str, tmp_path: Path) -> None:
    with TeamLink(_nowhere(pg_url), author="Anne", origin="anne@desk-a") as link:
        run = sync_and_send(link, None, source_ids=None, send=True)
    assert run.state is LinkState.OFFLINE and not run.reached_server and run.problem is not None
    assert run.sources == () and run.sent is None
