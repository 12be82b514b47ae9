"""File → Import through the window: progress, mapping dialog when unsure, cancel, summary."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from workstation.store import ReviewFilter, Store, queries
from workstation.ui.main_window import MainWindow
from workstation.ui.mapping_dialog import MappingDialog


@pytest.fixture
def empty_window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    store = Store(tmp_path / "w.sqlite3")
    win = MainWindow(store, background_jobs=False)
    qtbot.addWidget(win)
    win.show()
    yield win
    store.close()


@pytest.fixture(autouse=True)
def no_modal_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.detailedText()) or 0)
    return shown


def run_import(qtbot, win: MainWindow, files: list[Path]):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(win.model.loaded, timeout=10000):
        flow = win.import_files(files)
        assert flow is not None
    return flow


def test_import_shows_new_reviews(qtbot, empty_window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "avis.csv"
    f.write_text("note;avis;date;auteur\n5;Super pain;24/11/2026 14:05;Léa\n2;Trop cher;23/11/2026;Max\n",
                 encoding="utf-8-sig")
    run_import(qtbot, empty_window, [f])
    empty_window.sidebar.select_view("all")
    assert empty_window.model.rowCount() == 2
    assert "Imported 2" in empty_window.statusBar().currentMessage()


def test_unsure_columns_ask_for_a_mapping(qtbot, empty_window: MainWindow, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "noheader.csv"
    f.write_text("Lovely staff and great bread, will be back,5\nCold coffee and a long wait,2\n", encoding="utf-8")
    asked: list[MappingDialog] = []

    def accept(dialog: MappingDialog) -> None:
        asked.append(dialog)
        dialog.accept()

    with qtbot.waitSignal(empty_window.model.loaded, timeout=10000):
        flow = empty_window.import_files([f])
        assert flow is not None
        flow.mapping_requested.connect(accept)
    assert asked, "the mapping dialog was not shown"
    empty_window.sidebar.select_view("all")
    assert empty_window.model.rowCount() == 2


def test_bad_rows_are_listed_and_good_rows_kept(qtbot, empty_window: MainWindow, tmp_path: Path,
                                                no_modal_boxes: list[str]) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "mixed.csv"
    f.write_text("rating,text\n5,Great\n7,Impossible rating\n", encoding="utf-8")
    run_import(qtbot, empty_window, [f])
    assert queries.count(empty_window.store, ReviewFilter(view="all")) == 1
    assert no_modal_boxes and "mixed.csv, row 3:" in no_modal_boxes[0]


def test_cancel_imports_nothing(qtbot, empty_window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "big.csv"
    f.write_text("rating,text\n" + "".join(f"4,Review number {i}\n" for i in range(3000)), encoding="utf-8")
    flow = empty_window.import_files([f, f])
    with qtbot.waitSignal(flow.done, timeout=10000):  # nothing changed, so no view reloads: wait for the flow
        flow.progress.canceled.emit()  # as if the user pressed Cancel at once
    assert queries.count(empty_window.store, ReviewFilter(view="all")) == 0
