"""On a team server's copy the automatic-reply rules are the team's: the Automatic replies dialog
says so (EN/FR: shared, the last save wins, they answer for the whole team while one app is
open) and, once closed, asks the team link to send the rules at once; working alone, the
dialog has no such note and nothing is pushed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from workstation.store import Store
from workstation.ui import translation
from workstation.ui.auto_replies import AutoRepliesDialog
from workstation.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

NOTE = {"en": "Shared with your team: everyone sees these settings once saved. If two people change the same one, "
              "the last one saved wins. Rules that are on answer for the whole team while the app is open on at "
              "least one team computer, and never answer a review twice.",
        "fr": "Partagés avec votre équipe : chacun voit ces réglages dès qu’ils sont enregistrés. Si deux personnes "
              "modifient le même, le dernier enregistré l’emporte. Les règles activées répondent pour toute "
              "l’équipe tant que l’application est ouverte sur au moins un ordinateur de l’équipe, et ne "
              "répondent jamais deux fois au même avis."}


class FakeTeamLink:
    """What start_team_link sets on a team server's copy, as far as the dialog uses it."""

    def __init__(self) -> None:
        self.pushes = 0

    def run_now(self) -> None:
        self.pushes += 1


def _shown_note(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> QLabel | None:
    seen: list[AutoRepliesDialog] = []
    monkeypatch.setattr(AutoRepliesDialog, "exec", lambda self: seen.append(self) or 0)
    window.manage_auto_replies()
    assert len(seen) == 1
    return seen[0].findChild(QLabel, "teamSharedNote")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """Opened before qtbot, so it closes after the window."""
    with Store(tmp_path / "copy.sqlite3") as opened:
        yield opened


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_dialog_says_the_rules_are_the_teams_and_sends_them(store: Store, qtbot, language: str,  # type: ignore[no-untyped-def]
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    translation.install(language)
    try:
        window = MainWindow(store, background_jobs=False, local_sender=False)
        qtbot.addWidget(window)
        assert _shown_note(window, monkeypatch) is None  # working alone: the rules are this shop's
        link = FakeTeamLink()
        window.team = link
        note = _shown_note(window, monkeypatch)
        assert note is not None and note.text().replace("\u00a0", " ") == NOTE[language].replace("\u00a0", " ")
        assert link.pushes == 1  # the rules go to the server when the dialog closes
    finally:
        translation.install("en")
