"""On a team server's copy, the settings dialogs say their values are the team's and that the
last one saved wins (EN/FR), and a settings save starts a push soon."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMainWindow

from workstation.ops.changes import OpChanges
from workstation.ops.team_mirror import LinkState, MirrorOutcome
from workstation.store import Store
from workstation.store.team_cache import open_cache
from workstation.ui import translation
from workstation.ui.operations import Operations
from workstation.ui.sla_settings import SlaSettingsDialog
from workstation.ui.team_link import TeamMirrorController, say_settings_are_shared

pytestmark = pytest.mark.gui

NOTE = {"en": "Shared with your team: everyone sees these settings once saved. If two people change the same "
              "one, the last one saved wins.",
        "fr": "Partagés avec votre équipe\u00a0: chacun voit ces réglages dès qu’ils sont enregistrés. Si deux "
              "personnes modifient le même, le dernier enregistré l’emporte."}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_settings_dialog_says_the_team_shares_it(qtbot, tmp_path: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    translation.install(language)
    try:
        with Store(tmp_path / "copy.sqlite3") as store:
            dialog = SlaSettingsDialog(store, language)
            qtbot.addWidget(dialog)
            say_settings_are_shared(dialog)
            note = dialog.findChild(QLabel, "teamSharedNote")
            assert note is not None and note.text() == NOTE[language]
            assert dialog.layout().indexOf(note) == 0  # read first
    finally:
        translation.install("en")


def test_a_settings_save_starts_a_push_soon(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    open_cache(tmp_path / "copy.sqlite3").close()
    window = QMainWindow()
    qtbot.addWidget(window)
    operations = Operations(tmp_path / "copy.sqlite3", window)

    class Link:
        def mirror_once(self, _store: Store) -> MirrorOutcome:
            return MirrorOutcome(LinkState.UP_TO_DATE, OpChanges())

    controller = TeamMirrorController(Link, operations, window.statusBar(), window, listen=False)  # type: ignore[arg-type]
    operations.publish(OpChanges(settings=True))  # what Preferences' deadline refresh returns
    assert controller.push_soon.isActive()
    controller.stop()


def test_preferences_say_what_stays_on_this_computer(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from workstation.ui.preferences import PreferencesDialog

    translation.install("fr")
    try:
        with Store(tmp_path / "copy.sqlite3") as store:
            dialog = PreferencesDialog(store, "fr")
            qtbot.addWidget(dialog)
            say_settings_are_shared(dialog, some_stay_here=True)
            note = dialog.findChild(QLabel, "teamSharedNote")
            assert note is not None and note.text() == (
                NOTE["fr"] + " La langue et l’onglet Équipe restent propres à cet ordinateur.")
            assert dialog.tabs.tabText(dialog.tabs.indexOf(dialog.team)) == "Équipe"
    finally:
        translation.install("en")
