"""The sync status tooltip names a send problem's review as the inbox list shows it (who
wrote it and when: its author column and the date its tooltip shows), never by its number,
in French and in English; a review this window does not have keeps its number."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.error_kind_checks import assert_in_french
from workstation.error_kinds import Refusal
from workstation.store import Store
from workstation.ui import translation
from workstation.ui.format import full_date

pytestmark = pytest.mark.gui

TROUBLE = Refusal("platform_server_error", {"platform": "demo", "status": "503"})
NEXT_TRY = Refusal("outbox_next_try", {"at": "2026-11-25T09:30:00Z"})
NBSP = "\u00a0"


@pytest.fixture
def french(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translation.install("fr")
    yield
    translation.install("en")


def _tooltip(qtbot, store: Store, parts: dict[int, tuple[Refusal, ...]]) -> list[str]:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QStatusBar

    from workstation.ui.sync_controller import SyncController, SyncOutcome

    bar = QStatusBar()
    qtbot.addWidget(bar)
    assert store.path is not None
    controller = SyncController(store.path, bar)
    english = ["review: its English"] * len(parts)  # what the worker said; the parts are worded instead
    controller._done(SyncOutcome(failed=1, send_problems=english, send_problem_parts=parts))
    return controller.status.toolTip().splitlines()


def _reviews(store: Store) -> tuple[tuple[int, str, str], int]:
    """A review with an author (id, author, date), and one made anonymous."""
    rid, author, created = store.query("SELECT id, author, created_at FROM reviews WHERE author IS NOT NULL "
                                       "AND author != '' AND created_at IS NOT NULL ORDER BY id LIMIT 1")[0]
    anonymous = int(store.scalar("SELECT id FROM reviews WHERE id != ? ORDER BY id LIMIT 1", (rid,)))
    with store.transaction() as conn:
        conn.execute("UPDATE reviews SET author = NULL WHERE id = ?", (anonymous,))
    return (int(rid), str(author), str(created)), anonymous


def _parts(rid: int, anonymous: int) -> dict[int, tuple[Refusal, ...]]:
    return {
        0: (Refusal("outbox_problem_review", {"review": str(rid)}), TROUBLE),
        1: (Refusal("outbox_problem_waiting", {"review": str(anonymous), "at": "2026-11-25T09:30:00Z"}), TROUBLE,
            NEXT_TRY),
        2: (Refusal("outbox_problem_review", {"review": "999999"}), TROUBLE),  # not in this window
    }


def test_the_tooltip_names_reviews_as_the_inbox_does_in_french(qtbot, demo_store: Store,  # type: ignore[no-untyped-def]
                                                               french: None) -> None:
    (rid, author, created), anonymous = _reviews(demo_store)
    named, waiting, unknown = _tooltip(qtbot, demo_store, _parts(rid, anonymous))
    when = full_date(created, "fr")  # the date the inbox list's tooltip shows
    assert named.startswith(f"avis laissé par {author} ({when}){NBSP}: Démo "), named
    assert "(erreur 503)" in named and f"avis {rid}" not in named
    assert waiting.startswith("avis anonyme (") and f"){NBSP}: en attente, nouvel essai le " in waiting, waiting
    assert not waiting.startswith(f"avis {anonymous}")
    for line in (named, waiting):
        assert_in_french(line.replace(author, ""), ("review", "waiting", "next try", "trouble", "error"))
    assert unknown.startswith(f"avis 999999{NBSP}: ")


def test_the_tooltip_names_reviews_as_the_inbox_does_in_english(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    translation.install("en")
    (rid, author, created), anonymous = _reviews(demo_store)
    named, waiting, unknown = _tooltip(qtbot, demo_store, _parts(rid, anonymous))
    when = full_date(created, "en")
    assert named == (f"review by {author} ({when}): Demo platform is having trouble (error 503); will try again "
                     "later.")
    assert waiting.startswith("anonymous review (") and "): waiting, next try at " in waiting, waiting
    assert unknown.startswith("review 999999: ")


def test_the_team_sender_s_lines_read_the_names_from_the_copy(qtbot, demo_store: Store,  # type: ignore[no-untyped-def]
                                                             french: None) -> None:
    """The team's sender (ui/team_actions.py) gives no names: they are read from the database."""
    from workstation.ui.sync_controller import send_problem_lines

    (rid, author, created), _anonymous = _reviews(demo_store)
    sid = int(demo_store.scalar("SELECT id FROM sources WHERE name = 'Google (files)'"))
    source_line, review_line = send_problem_lines(["source: its English", "review: its English"], {
        0: (Refusal("outbox_problem_source", {"source": str(sid)}), TROUBLE),
        1: (Refusal("outbox_problem_review", {"review": str(rid)}), TROUBLE)}, demo_store.path)
    assert source_line.startswith(f"source Google (fichiers){NBSP}: Démo rencontre un problème"), source_line
    assert review_line.startswith(f"avis laissé par {author} ({full_date(created, 'fr')}){NBSP}: "), review_line
