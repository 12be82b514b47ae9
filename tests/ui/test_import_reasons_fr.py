"""The import summary of a French window says in French why rows and files were left out
(the importer gives each reason a stable code; the window words it)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from workstation.importers.errors import FRENCH, MESSAGES
from workstation.store import ReviewFilter, Store, queries
from workstation.ui import translation
from workstation.ui.main_window import MainWindow


@pytest.fixture
def french_window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    translation.install("fr")
    store = Store(tmp_path / "w.sqlite3")
    win = MainWindow(store, locale="fr", background_jobs=False)
    qtbot.addWidget(win)
    win.show()
    yield win
    store.close()
    translation.install("en")


@pytest.fixture
def summaries(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(
        self.informativeText() + "\n" + self.detailedText()) or 0)
    return shown


def test_every_reason_has_french() -> None:
    assert set(FRENCH) == set(MESSAGES)


def test_left_out_rows_are_explained_in_french(qtbot, french_window: MainWindow, tmp_path: Path,
                                               summaries: list[str]) -> None:  # type: ignore[no-untyped-def]
    good = tmp_path / "avis.csv"
    good.write_text("note,avis,date\n5,Très bon,24/11/2026\n7,Note impossible,24/11/2026\n"
                    "4,Date farfelue,un jour\n,,24/11/2026\n", encoding="utf-8")
    lines = tmp_path / "avis.jsonl"
    lines.write_text('{"rating": 5, "text": "Parfait"}\n{"rating": 4, "text": \n[1, 2]\n', encoding="utf-8")
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with qtbot.waitSignal(french_window.model.loaded, timeout=20_000):
        assert french_window.import_files([good, lines, binary]) is not None
    assert queries.count(french_window.store, ReviewFilter(view="all")) == 2  # the good rows kept
    text = summaries[0]
    assert "avis.csv, ligne 3\u00a0: note\u00a0: «\u202f7\u202f» hors limites" in text
    assert "date\u00a0: «\u202fun jour\u202f» n’est pas une date" in text
    assert "avis vide" in text
    assert "ligne illisible\u00a0: ce n’est pas du JSON valide" in text
    assert "ce n’est pas un objet JSON" in text
    assert "photo.csv\u00a0: Le fichier photo.csv utilise un encodage inconnu" in text
    for english in ("is out of range", "is not a date", "empty review", "could not be read", "unknown text encoding"):
        assert english not in text


def test_the_mapping_preview_says_why_in_french(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from workstation.importers import detect_mapping, read_table
    from workstation.ui.mapping_dialog import MappingDialog

    translation.install("fr")
    try:
        f = tmp_path / "avis.csv"
        f.write_text("note,avis\n4,Très bon\nhuit,Un peu cher\n", encoding="utf-8")
        table = read_table(f)
        dialog = MappingDialog(table, detect_mapping(table, name=f.name)[0], f.name, None, locale="fr")
        qtbot.addWidget(dialog)
        preview = dialog.preview
        titles = [preview.horizontalHeaderItem(c).text() for c in range(preview.columnCount())]
        problem = preview.item(1, titles.index("Problème")).text()
        assert problem == "note\u00a0: «\u202fhuit\u202f» n’est pas une note (de 1 à 5 attendu)"
    finally:
        translation.install("en")


def test_a_refused_file_is_explained_in_french(qtbot, summaries: list[str]) -> None:  # type: ignore[no-untyped-def]
    """A file the store (or the team server) refused: its kind worded in the window's
    language, a large team import stored in part with its inner reason too."""
    from PySide6.QtWidgets import QWidget

    from tests.error_kind_checks import full_disk_and_partly_stored
    from workstation.ops.imports import refused_file
    from workstation.ui.import_flow import summarise

    full, partly = full_disk_and_partly_stored()
    parent = QWidget()
    qtbot.addWidget(parent)
    translation.install("fr")
    try:
        summarise(parent, [refused_file(Path("avis.csv"), full), refused_file(Path("gros.csv"), partly)], "fr")
    finally:
        translation.install("en")
    text = summaries[0]
    assert "Le disque est plein\u00a0: libérez de la place, rien n’a été perdu." in text
    assert "24\u202f000 des 48\u202f000 avis du fichier ont été enregistrés avant ce problème\u00a0: Le serveur d’équipe" in text
    for english in ("disk is full", "were stored", "does not answer"):
        assert english not in text
