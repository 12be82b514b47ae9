"""A file with unknown columns, imported through the window to the end, as a shop owner would.

The mapping step must be the one window waiting for the user (the old progress window
came back over it and trapped every click), show the rows as they will be imported,
be remembered for the next file of that layout, and the command line must then read
such a file exactly as the window did.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from workstation import paths
from workstation.__main__ import main as command_line
from workstation.store import ReviewFilter, Store, queries
from workstation.ui.main_window import MainWindow
from workstation.ui.mapping_dialog import MappingDialog

from .visible import elided

UNKNOWN_LAYOUT = (
    "Qui;Ce qu'il en dit;Combien;Jour\n"
    "Léa Martin;Accueil chaleureux et pain excellent, je reviendrai;4;24/11/2026\n"
    "Max;Attente interminable et café froid;2;23/11/2026\n"
    "Zoé;Très bon mais un peu cher;huit;22/11/2026\n"
)
SAME_LAYOUT = (
    "Qui;Ce qu'il en dit;Combien;Jour\n"
    "Inès;Les croissants du dimanche sont parfaits;5;20/11/2026\n"
)


@pytest.fixture
def window(qtbot, tmp_path: Path, language: str) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    store = Store(paths.db_path(tmp_path / "data"))
    win = MainWindow(store, locale=language, background_jobs=False)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    yield win
    store.close()


@pytest.fixture
def summaries(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The import summary as the user reads it (its text and the list of rows left out)."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text() + "\n" + box.informativeText()) or 0)
    return shown


def cell_texts(dialog: MappingDialog, column_title: str) -> list[str]:
    table = dialog.preview
    titles = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    column = titles.index(column_title)
    return [table.item(r, column).text() if table.item(r, column) else "" for r in range(table.rowCount())]


def test_unknown_layout_is_mapped_previewed_remembered_and_read_alike_by_the_command_line(
    qtbot, window: MainWindow, tmp_path: Path, summaries: list[str], capsys: pytest.CaptureFixture[str],  # type: ignore[no-untyped-def]
) -> None:
    first = tmp_path / "avis boutique.csv"
    first.write_text(UNKNOWN_LAYOUT, encoding="utf-8")
    opened: list[MappingDialog] = []
    flow = window.import_files([first])
    assert flow is not None
    flow.mapping_requested.connect(opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    dialog = opened[0]
    qtbot.wait(600)  # longer than the progress window's show delay: it must not come back

    # The mapping step is the one window the user deals with, wide enough to read.
    progress = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
    assert progress == []
    assert QApplication.activeModalWidget() is dialog
    assert dialog.isVisible() and dialog.width() >= 760
    assert elided(dialog) == []

    # The preview shows the rows as they will be imported, and why a row would be left out.
    text, rating, problem = dialog.tr("Review text"), dialog.tr("Rating"), dialog.tr("Problem")
    assert cell_texts(dialog, text)[0].startswith("Accueil chaleureux")
    combos = {field.value: combo for field, combo in dialog.combos.items()}
    for field, column in (("stars", "Combien"), ("author", "Qui")):  # the user picks what was not guessed
        combos[field].setCurrentIndex(combos[field].findText(column))
    assert cell_texts(dialog, rating)[:2] == ["★★★★☆", "★★☆☆☆"]
    assert "huit" in cell_texts(dialog, problem)[2]
    assert cell_texts(dialog, dialog.tr("Author"))[:2] == ["Léa Martin", "Max"]
    assert elided(dialog) == []
    assert dialog.remember.isChecked()

    import_button = dialog.buttons.buttons()[0]
    assert import_button.text() == dialog.tr("Import")
    with qtbot.waitSignal(flow.done, timeout=10000):
        qtbot.mouseClick(import_button, Qt.MouseButton.LeftButton)

    # A plain summary names the row that was left out; the good rows are in the inbox.
    assert len(summaries) == 1
    assert "avis boutique.csv" in summaries[0] and " 4" in summaries[0] and "huit" in summaries[0]
    store = window.store
    authors = {row[0] for row in store._conn.execute("SELECT author FROM reviews")}
    assert authors == {"Léa Martin", "Max"}

    # The next file of that layout: no question asked in the window...
    second = tmp_path / "avis semaine 2.csv"
    second.write_text(SAME_LAYOUT, encoding="utf-8")
    asked: list[MappingDialog] = []
    again = window.import_files([second])
    assert again is not None
    again.mapping_requested.connect(asked.append)
    qtbot.waitSignal(again.done, timeout=10000).wait()
    assert asked == []

    # ...and the command line reads the same layout with the same columns.
    third = tmp_path / "avis semaine 3.csv"
    third.write_text(SAME_LAYOUT.replace("Inès", "Hugo").replace("croissants", "baguettes"), encoding="utf-8")
    assert command_line(["import", str(third), "--data-dir", str(tmp_path / "data")]) == 0
    capsys.readouterr()
    authors = {row[0] for row in store._conn.execute("SELECT author FROM reviews")}
    assert authors == {"Léa Martin", "Max", "Inès", "Hugo"}


def test_cancelling_the_mapping_step_imports_nothing(qtbot, window: MainWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                      summaries: list[str]) -> None:
    f = tmp_path / "inconnu.csv"
    f.write_text(UNKNOWN_LAYOUT, encoding="utf-8")
    flow = window.import_files([f])
    assert flow is not None
    flow.mapping_requested.connect(lambda dialog: dialog.reject())
    qtbot.waitSignal(flow.done, timeout=10000).wait()
    assert queries.count(window.store, ReviewFilter(view="all")) == 0
    assert summaries and "inconnu.csv" in summaries[0]
