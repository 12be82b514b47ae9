"""The window's side of team mode against a real server: another desktop's reply reaches this
desktop's local copy through LISTEN/NOTIFY (no polling: the retry timer is stopped), and a
window showing a local copy has no local sender (replies go to the shared outbox only)."""

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
    # A file imported into the copy would never reach the server: the window says where to import.
    window.team = object()
    assert window.import_files([Path("reviews.csv")]) is None
    assert "workstation import --store" in window.statusBar().currentMessage()
