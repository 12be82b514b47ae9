"""The window's side of team mode against a real server: another desktop's reply reaches this
desktop's local copy through LISTEN/NOTIFY (no polling: the retry timer is stopped), and a
window showing a local copy has no local sender (replies go to the shared outbox only; its
sender works on the server, see test_team_window_actions.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.team.test_team_mirror import _server_with_reviews, _where
from tests.team.workers import open_store
from workstation.ops import team
from workstation.ops.team_mirror import LinkState, TeamLink, open_local_copy
from workstation.store import Store
from workstation.store.team_cache import cache_file

pytestmark = pytest.mark.gui

GENEROUS = 30_000  # ms; each wait ends as soon as the condition holds (no timed assert)


def _queued_text(path: Path, review_id: int) -> str | None:
    with Store(path) as store:
        row = store.query("SELECT o.text FROM outbox o JOIN replies r ON r.id = o.reply_id WHERE r.review_id = ?",
                          (review_id,))
    return str(row[0][0]) if row else None


def test_another_desktops_reply_reaches_the_window_through_listen(qtbot, pg_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMainWindow

    from workstation.ui.operations import Operations
    from workstation.ui.team_link import TeamMirrorController

    ids = _server_with_reviews(pg_url)
    where = _where(pg_url)
    open_local_copy(tmp_path, where).close()
    path = cache_file(tmp_path, where.secret_name)
    window = QMainWindow()
    qtbot.addWidget(window)
    operations = Operations(path, window)
    controller = TeamMirrorController(lambda: TeamLink(where, author="Anne", origin="anne@desk-a"), operations,
                                      window.statusBar(), window)
    try:
        with qtbot.waitSignal(controller.stateChanged, timeout=GENEROUS):
            controller.start()
        assert controller.state is LinkState.UP_TO_DATE
        assert controller.status.text() == "Team server: up to date"
        controller.retry.stop()  # only the announcement can bring the change now
        qtbot.waitUntil(controller.listening.is_set, timeout=GENEROUS)
        with open_store(pg_url) as server:
            team.queue_reply(server, ids[2], "Merci, Bob", author="Bob", origin="bob@desk-b")
        qtbot.waitUntil(lambda: _queued_text(path, ids[2]) == "Merci, Bob", timeout=GENEROUS)
    finally:
        controller.stop()


@pytest.fixture
def copy_store(tmp_path: Path) -> Iterator[Store]:
    """Set up before qtbot, so it is closed after the windows are."""
    store = Store(tmp_path / "copy.sqlite3")
    yield store
    store.close()


def test_a_window_on_a_local_copy_has_no_local_sender(copy_store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    from workstation.ui.main_window import MainWindow

    window = MainWindow(copy_store, background_jobs=False, local_sender=False)
    qtbot.addWidget(window)
    assert window.sync is None
    alone = MainWindow(copy_store, background_jobs=False)
    qtbot.addWidget(alone)
    assert alone.sync is not None
    # Its Sync now, sender and imports act on the server: tests/team/test_team_window_actions.py.


def test_the_team_window_shows_who_else_is_answering_and_says_where_it_answers(
    copy_store_of_server: tuple[Store, str, list[int]], qtbot, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    """start_team_link gives the window a presence board kept by its own thread: another
    desktop's presence reaches it, the review this window shows is marked on the server, and
    closing the link leaves it at once."""
    from PySide6.QtCore import QSettings

    from workstation.app import start_team_link, stop_team_link
    from workstation.domain import utcnow
    from workstation.ops.team_presence import mark_answering, who_is_answering
    from workstation.ui.main_window import MainWindow
    from workstation.ui.team_server import TeamChoice, save_choice

    store, pg_url, ids = copy_store_of_server
    prefs = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    save_choice(prefs, TeamChoice(name="Anne"))
    window = MainWindow(store, background_jobs=False, local_sender=False)
    qtbot.addWidget(window)
    start_team_link(window, _where(pg_url), prefs, str(tmp_path))
    try:
        keeper = window.team_presence
        qtbot.waitUntil(keeper.connected.is_set, timeout=GENEROUS)
        with open_store(pg_url) as server:
            mark_answering(server, ids[1], member="Bob", origin="bob@desk-b", now=utcnow())
        qtbot.waitUntil(lambda: [p.member for p in window.presence.others_answering(ids[1])] == ["Bob"],
                        timeout=GENEROUS)
        window.presence.showing(ids[2])  # what the reply view does when it opens on a review

        def anne_on(review_id: int) -> bool:
            with open_store(pg_url) as server:
                return [p.member for p in who_is_answering(server, review_id, now=utcnow())] == ["Anne"]

        qtbot.waitUntil(lambda: anne_on(ids[2]), timeout=GENEROUS)
    finally:
        stop_team_link(window)
    assert not anne_on(ids[2])


@pytest.fixture
def copy_store_of_server(pg_url: str, tmp_path: Path) -> Iterator[tuple[Store, str, list[int]]]:
    """A local copy of a server with reviews, opened before qtbot so it closes after the window."""
    ids = _server_with_reviews(pg_url)
    where = _where(pg_url)
    open_local_copy(tmp_path, where).close()
    store = Store(cache_file(tmp_path, where.secret_name))
    yield store, pg_url, ids
    store.close()
