"""On a team server's copy no desktop runs the automatic-reply rules yet: the Automatic replies
dialog says so plainly (EN/FR) instead of letting the owner switch on rules that answer nothing;
working alone, the dialog has no such note."""

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

NOTE = {"en": "On a team server, automatic replies are not sent yet: the rules below stay on this computer and "
              "answer no review. Answer these reviews yourself for now.",
        "fr": "Sur un serveur d’équipe, les réponses automatiques ne sont pas encore envoyées\u00a0: les règles "
              "ci-dessous restent sur cet ordinateur et ne répondent à aucun avis. Pour l’instant, répondez "
              "vous-même à ces avis."}


def _shown_note(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> QLabel | None:
    seen: list[AutoRepliesDialog] = []
    monkeypatch.setattr(AutoRepliesDialog, "exec", lambda self: seen.append(self) or 0)
    window.manage_auto_replies()
    assert len(seen) == 1
    return seen[0].findChild(QLabel, "teamAutoRepliesNote")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """Opened before qtbot, so it closes after the window."""
    with Store(tmp_path / "copy.sqlite3") as opened:
        yield opened


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_dialog_says_rules_do_nothing_on_a_team_server(store: Store, qtbot, language: str,  # type: ignore[no-untyped-def]
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    translation.install(language)
    try:
        window = MainWindow(store, background_jobs=False, local_sender=False)
        qtbot.addWidget(window)
        assert _shown_note(window, monkeypatch) is None  # working alone: rules run, nothing to say
        window.team = object()  # what start_team_link sets on a team server's copy
        note = _shown_note(window, monkeypatch)
        assert note is not None and note.text() == NOTE[language]
    finally:
        translation.install("en")
