"""The window on a team server syncs, sends and imports on the server itself (ui/team_actions.py
over ops/team_actions.py), against the throwaway cluster and a loopback fake platform: the
window's sender and a command-line sender drain the shared outbox at the same time and every
review gets exactly one reply; with the server down nothing is lost and the window says so;
Sync now says plainly that another computer is syncing a source, or that this one lacks a
source's credentials, without marking the source failing; File → Import stores on the server."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest

from tests.fakes.google_business import FakeGoogleBusiness
from tests.ops.helpers import CountingAnalyzer
from tests.team.test_team_mirror import _where
from tests.team.workers import T0, open_store
from workstation.domain import ReviewRecord
from workstation.ops import replies as local_replies
from workstation.ops import team
from workstation.ops.team_mirror import TeamLink, open_local_copy
from workstation.sources.loopback import LoopbackServer
from workstation.sources.retry import recording_policy
from workstation.sources.secret_files import write_secret_file
from workstation.store import Store
from workstation.store.location import PostgresLocation
from workstation.store.postgres.connection import PgStore
from workstation.store.postgres.errors import TeamServerUnreachable
from workstation.store.postgres.locks import source_sync_lock
from workstation.store.postgres.reviews import ingest_page
from workstation.store.postgres.sources import add_source
from workstation.store.team_cache import cache_file
from workstation.sync.connectors import default_connector_factory

pytestmark = pytest.mark.gui

REPO = Path(__file__).resolve().parents[2]
GENEROUS = 60_000  # ms; each wait ends as soon as its condition holds (no timed assert)
REVIEWS = 24
NOW = T0 + timedelta(days=2)  # the desktop's clock: its syncs, schedule and stamps (not today's date)


@dataclass
class Shop:
    url: str
    where: PostgresLocation
    fake: FakeGoogleBusiness
    server: LoopbackServer
    names: list[str]
    source_id: int
    secret_key: str
    copy: Store
    down: threading.Event  # set: the server "does not answer" this desktop

    def review_ids(self) -> list[int]:
        with open_store(self.url) as store:
            return [int(i) for i in store.scalar("SELECT array_agg(id ORDER BY id) FROM reviews")]


@pytest.fixture
def shop(pg_url: str, tmp_path: Path) -> Iterator[Shop]:
    """A team server with one Google source on a loopback fake (its reviews stored already) and
    this desktop's local copy of it, opened before qtbot so it is closed after the windows."""
    with open_shop(pg_url, tmp_path) as opened:
        yield opened


@contextlib.contextmanager
def open_shop(pg_url: str, tmp_path: Path) -> Iterator[Shop]:
    """`shop`'s setup, for other modules' fixtures (tests/team/test_team_delete_reply.py)."""
    fake = FakeGoogleBusiness()
    parent = fake.add_location("1001", "2002", "Boulangerie du Port")
    names = [fake.add_review(parent, f"r{i:04d}", comment=f"Review {i}", created=T0) for i in range(REVIEWS)]
    secret = write_secret_file(tmp_path / "secrets", "gbp", {"access_token": fake.issue_token()})
    where = _where(pg_url)
    with fake.serve() as server, open_store(pg_url) as store:
        # Paced posts (0.25 s apart per sender) so two senders really overlap.
        source_id = add_source(store, platform="google_business", name="Bakery", base_url=server.url,
                               settings={"reread_days": "0", "send_interval": "0.25"}, secret_key=f"file:{secret}",
                               now=T0)
        ingest_page(store, [ReviewRecord(text=f"Review {i}", external_id=n, created_at=T0)
                            for i, n in enumerate(names)], source_id=source_id, now=T0)
        open_local_copy(tmp_path, where).close()
        copy = Store(cache_file(tmp_path, where.secret_name))
        try:
            yield Shop(pg_url, where, fake, server, names, source_id, f"file:{secret}", copy, threading.Event())
        finally:
            copy.close()


def _team_window(qtbot, shop: Shop, *, factory: object | None = "loopback"):  # type: ignore[no-untyped-def]
    """A window on the copy with its mirror (no listener: each pull is asked for) and its team
    actions, as app.start_team_link wires them."""
    from workstation.ui.main_window import MainWindow
    from workstation.ui.team_actions import TeamActions
    from workstation.ui.team_link import TeamMirrorController

    def opener(where: PostgresLocation) -> PgStore:
        if shop.down.is_set():
            raise TeamServerUnreachable("The team server does not answer (test).")
        return PgStore(where)

    def make_link() -> TeamLink:
        return TeamLink(shop.where, author="Anne", origin="anne@desk-a", open_server=opener)

    window = MainWindow(shop.copy, background_jobs=False, local_sender=False)
    qtbot.addWidget(window)
    mirror = TeamMirrorController(make_link, window.operations, window.statusBar(), window, listen=False)
    mirror.retry.stop()
    window.team = mirror
    connectors = default_connector_factory(retry=recording_policy(attempts=2)[0]) if factory == "loopback" else None
    actions = TeamActions(make_link, window.operations, window.statusBar(), mirror, window,
                          connector_factory=connectors, analyzer=CountingAnalyzer(), clock=lambda: NOW)
    window.use_team_actions(actions)
    with qtbot.waitSignal(mirror.ran, timeout=GENEROUS):
        mirror.run_now()
    return window, mirror, actions


def _copy_states(copy: Store) -> dict[str, int]:
    return {str(state): int(n) for state, n in copy.query("SELECT state, count(*) FROM outbox GROUP BY state")}


def _idle(window, mirror, actions) -> bool:  # type: ignore[no-untyped-def]
    return actions.job is None and not mirror._running and window.operations.running == 0


def _stop(mirror, actions) -> None:  # type: ignore[no-untyped-def]
    actions.stop()
    mirror.stop()


def test_the_window_and_a_command_line_sender_post_each_reply_exactly_once(qtbot, shop: Shop,
                                                                            tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, mirror, actions = _team_window(qtbot, shop)
    with qtbot.waitSignal(actions.finished, timeout=GENEROUS):  # nothing to send yet: the sender is warm
        window.sync.sync_now([])
    with open_store(shop.url) as server:
        for review_id in shop.review_ids():
            team.queue_reply(server, review_id, f"Merci pour l'avis {review_id}", author="Bob", origin="bob@desk-b")
    qtbot.waitUntil(lambda: _idle(window, mirror, actions), timeout=GENEROUS)
    with qtbot.waitSignal(mirror.ran, timeout=GENEROUS):
        mirror.run_now()
    assert _copy_states(shop.copy) == {"queued": REVIEWS}
    cli = subprocess.Popen([sys.executable, "-m", "workstation", "outbox", "send", "--store", shop.url,
                            "--data-dir", str(tmp_path / "cli")], cwd=REPO, env={**os.environ},
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        # The command-line sender is posting: the window's starts while it is at it.
        qtbot.waitUntil(lambda: sum(shop.fake.reply_puts.values()) >= 1 or cli.poll() is not None, timeout=GENEROUS)
        with qtbot.waitSignal(actions.finished, timeout=GENEROUS) as finished:
            assert window.sync.sync_now([]) is True
        said_when_finished = window.statusBar().currentMessage()
        out, err = cli.communicate(timeout=120)
    finally:
        if cli.poll() is None:
            cli.kill()
            cli.wait()
    assert cli.returncode == 0, err.decode()
    assert all(shop.fake.reply_puts[name] == 1 for name in shop.names), dict(shop.fake.reply_puts)
    assert sum(shop.fake.reply_puts.values()) == REVIEWS
    # Together they posted each reply once. The command line posted first (waited for above);
    # how many the window's sender gets depends on how fast each side claims on this machine,
    # so it is not asserted: in ci-local the command line once claimed all 24 before the window
    # asked, which is correct behaviour, and failed a "both took part" assert.
    window_sent, cli_sent = finished.args[0].sent, int(out.decode().split("sent ")[1].split(",")[0])
    assert cli_sent >= 1 and window_sent + cli_sent == REVIEWS
    assert not finished.args[0].errors and not finished.args[0].offline
    with open_store(shop.url) as server:
        assert server.scalar("SELECT count(*) FROM outbox WHERE state = 'sent'") == REVIEWS
    # The window pulls after its run; the command line's last posts come with the next pull (in
    # the app its announcement starts one; this test's mirror does not listen).
    mirror.run_now()
    qtbot.waitUntil(lambda: _copy_states(shop.copy) == {"sent": REVIEWS}, timeout=GENEROUS)
    if window_sent:  # said when the run finished (the message fades after 15 s)
        assert said_when_finished.startswith(f"{window_sent} repl"), said_when_finished
    else:  # a run that posted nothing has nothing to report in the status bar
        assert actions.status.text() == "Nothing waiting to send"
    qtbot.waitUntil(lambda: _idle(window, mirror, actions), timeout=GENEROUS)
    _stop(mirror, actions)


def test_server_down_keeps_the_reply_queued_says_so_and_sends_it_once_when_back(qtbot, shop: Shop) -> None:  # type: ignore[no-untyped-def]
    window, mirror, actions = _team_window(qtbot, shop)
    review = shop.review_ids()[0]
    shop.down.set()
    local_replies.queue_reply(shop.copy, review, "Merci, à bientôt !")  # what Send does in the reply view
    with qtbot.waitSignal(actions.finished, timeout=GENEROUS) as finished:
        window.sync_now()
    outcome = finished.args[0]
    assert outcome.offline and outcome.sent == 0
    assert "does not answer" in window.statusBar().currentMessage()
    assert "stay queued" in actions.status.toolTip()
    assert actions.status.text() == "Waiting for the team server"
    assert _copy_states(shop.copy) == {"queued": 1}  # nothing lost
    assert sum(shop.fake.reply_puts.values()) == 0

    # The server is back: the mirror's push queues the reply on the server, the window's sender
    # posts it, and the pull brings "sent" into the copy.
    shop.down.clear()
    mirror.run_now()
    qtbot.waitUntil(lambda: _copy_states(shop.copy) == {"sent": 1}, timeout=GENEROUS)
    assert shop.fake.reply_puts[shop.names[0]] == 1
    qtbot.waitUntil(lambda: _idle(window, mirror, actions), timeout=GENEROUS)
    with qtbot.waitSignal(actions.finished, timeout=GENEROUS):  # another send changes nothing
        window.sync.sync_now([])
    assert sum(shop.fake.reply_puts.values()) == 1
    qtbot.waitUntil(lambda: _idle(window, mirror, actions), timeout=GENEROUS)
    _stop(mirror, actions)


def test_sync_now_says_busy_and_missing_credentials_plainly_without_failing_the_source(
        qtbot, shop: Shop) -> None:  # type: ignore[no-untyped-def]
    """Three sources: one this computer syncs, one another computer is syncing (its advisory
    lock held), one whose credentials are only on another computer."""
    fresh = FakeGoogleBusiness()
    parent = fresh.add_location("3003", "4004", "Café de la Gare")
    fresh.populate(parent, 5, start=NOW - timedelta(hours=1))
    secret = write_secret_file(Path(shop.secret_key[5:]).parent, "fresh", {"access_token": fresh.issue_token()})
    with fresh.serve() as fresh_server, open_store(shop.url) as server:
        cafe = add_source(server, platform="google_business", name="Café", base_url=fresh_server.url,
                          settings={"reread_days": "0"}, secret_key=f"file:{secret}", now=T0)
        elsewhere = add_source(server, platform="google_business", name="Hôtel", base_url=fresh_server.url,
                               settings={"reread_days": "0"}, secret_key="workstation-source-hotel", now=T0)
        window, mirror, actions = _team_window(qtbot, shop, factory=None)  # this computer's own credentials
        with open_store(shop.url) as holder, source_sync_lock(holder, shop.source_id), \
                qtbot.waitSignal(actions.finished, timeout=GENEROUS) as finished:
            window.sync_now()
        outcome = finished.args[0]
        # (plural forms read "1 source(s)" or "1 source" whether an English catalogue is installed)
        assert len(outcome.lines) == 3 and outcome.lines[0] == "Synced: 5 new, 0 updated"
        assert outcome.lines[1].startswith("1 source") and outcome.lines[1].endswith("being synced by another team computer")
        assert outcome.lines[2].startswith("1 source") and outcome.lines[2].endswith("without sign-in details on this computer")
        assert not outcome.errors  # neither is a problem of this sync
        assert actions.status.text().startswith("Synced ")
        assert "being synced by another team computer" in window.statusBar().currentMessage()
        lines = dict(line.split(": ", 1) for line in actions.status.toolTip().splitlines())
        assert lines["Café"] == "5 new, 0 updated"
        assert lines["Bakery"].startswith("another computer of the team is syncing it right now")
        assert "does not have the account’s sign-in details" in lines["Hôtel"]
        # How to fix it, said once for this Sync now (a scheduled sync skips the source quietly).
        box = actions.missing_box
        assert box is not None and box.isVisible() and not box.isModal()
        assert f"workstation source credentials --source {elsewhere}" in box.text()
        box.close()
        with server.connection() as conn:
            status = dict(conn.execute("SELECT id, status FROM sources").fetchall())
        assert status[cafe] == "ok" and status[elsewhere] != "error" and status[shop.source_id] != "error"
        # The pull that followed brought the café's reviews into the copy.
        qtbot.waitUntil(lambda: shop.copy.query("SELECT count(*) FROM reviews WHERE source_id = ?",
                                                (cafe,))[0][0] == 5, timeout=GENEROUS)
        qtbot.waitUntil(lambda: _idle(window, mirror, actions), timeout=GENEROUS)
        _stop(mirror, actions)


def _import(qtbot, window, path: Path) -> list:  # type: ignore[no-untyped-def,type-arg]
    """File → Import of one file, to its end (the outcome of each file)."""
    flow = window.import_files([path])
    assert flow is not None
    with qtbot.waitSignal(flow.done, timeout=GENEROUS) as done:
        pass
    return list(done.args[0])


def test_file_import_from_the_window_goes_to_the_server_and_comes_back_in_the_copy(
        qtbot, shop: Shop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    window, mirror, actions = _team_window(qtbot, shop)
    f = tmp_path / "avis.csv"
    f.write_text("note;avis;date;auteur\n5;Super pain;24/11/2026 14:05;Léa\n2;Trop cher;23/11/2026;Max\n",
                 encoding="utf-8-sig")
    _import(qtbot, window, f)
    assert "Imported 2" in window.statusBar().currentMessage()
    with open_store(shop.url) as server:
        assert server.scalar("SELECT count(*) FROM reviews WHERE text IN ('Super pain', 'Trop cher')") == 2
        # Triaged on the server, as `workstation import --store` does.
        qtbot.waitUntil(lambda: server.scalar(
            "SELECT count(*) FROM reviews WHERE text = 'Trop cher' AND analysis_version IS NOT NULL") == 1,
            timeout=GENEROUS)
    qtbot.waitUntil(lambda: shop.copy.query("SELECT count(*) FROM reviews WHERE text IN ('Super pain', 'Trop cher')"
                                            )[0][0] == 2, timeout=GENEROUS)
    # The same file again: stored once.
    _import(qtbot, window, f)
    assert "Imported 0" in window.statusBar().currentMessage()
    with open_store(shop.url) as server:
        assert server.scalar("SELECT count(*) FROM reviews WHERE text IN ('Super pain', 'Trop cher')") == 2

    # Server down: one plain message, nothing stored anywhere.
    shop.down.set()
    other = tmp_path / "autres.csv"
    other.write_text("note;avis\n4;Très bon accueil\n", encoding="utf-8-sig")
    problem = _import(qtbot, window, other)[0].problem
    assert "does not answer" in problem and "import it again" in problem
    shop.down.clear()
    with open_store(shop.url) as server:
        assert server.scalar("SELECT count(*) FROM reviews WHERE text = 'Très bon accueil'") == 0
    qtbot.waitUntil(lambda: _idle(window, mirror, actions), timeout=GENEROUS)
    _stop(mirror, actions)


def test_a_send_problem_names_its_review_as_the_inbox_list_does(qtbot, shop: Shop) -> None:  # type: ignore[no-untyped-def]
    """The team's sender words its problem lines in the window's language, as the local one:
    the review by its author (anonymous here) and date, never by its number."""
    from workstation.ui.format import full_date

    window, mirror, actions = _team_window(qtbot, shop)
    review = shop.review_ids()[0]
    shop.fake.faults.add("forbidden", count=10, path="/reply", method="PUT")
    with open_store(shop.url) as server:
        team.queue_reply(server, review, "Merci", author="Bob", origin="bob@desk-b")
    with qtbot.waitSignal(actions.finished, timeout=GENEROUS) as finished:
        assert window.sync.sync_now([]) is True
    assert finished.args[0].failed == 1
    when = full_date(shop.copy.scalar("SELECT created_at FROM reviews WHERE id = ?", (review,)), "en")
    tooltip = actions.status.toolTip()
    assert f"anonymous review ({when}): Google Business Profile refused access" in tooltip, tooltip
    assert f"review {review}" not in tooltip
    qtbot.waitUntil(lambda: _idle(window, mirror, actions), timeout=GENEROUS)
    _stop(mirror, actions)
