"""File → Export report…: the dialog's choices become the same operation as
`workstation report`, run through the window's operations funnel."""

from __future__ import annotations

import csv
import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import NOW
from workstation.store import Store
from workstation.ui.main_window import MainWindow
from workstation.ui.report_export import ReportExportDialog, period_bounds

PARIS = ZoneInfo("Europe/Paris")


def test_period_choices_are_whole_days_in_the_zone() -> None:
    first, last = date(2026, 3, 1), date(2026, 3, 31)
    assert period_bounds("last_month", NOW, PARIS, first, last) == (
        datetime(2026, 9, 30, 22, tzinfo=UTC), datetime(2026, 10, 31, 23, tzinfo=UTC))
    assert period_bounds("this_month", NOW, PARIS, first, last) == (datetime(2026, 10, 31, 23, tzinfo=UTC), NOW)
    # custom days are inclusive, whichever order they were typed in
    assert period_bounds("custom", NOW, PARIS, last, first) == (
        datetime(2026, 2, 28, 23, tzinfo=UTC), datetime(2026, 3, 31, 22, tzinfo=UTC))
    assert period_bounds("everything", NOW, PARIS, first, last) == (None, None)


def _dialog(qtbot, store: Store, locale: str) -> ReportExportDialog:  # type: ignore[no-untyped-def]
    dialog = ReportExportDialog(store, locale, now=lambda: NOW, zone=PARIS)
    qtbot.addWidget(dialog)
    return dialog


def test_dialog_builds_the_request(qtbot, demo_store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, demo_store, "fr")
    assert dialog.language.currentData() == "fr" and dialog.fmt() == "pdf"
    assert Path(dialog.path.text()).name == "Rapport des avis 2026-10.pdf"  # last month by default
    dialog.set_fmt("summary-csv")
    assert Path(dialog.path.text()).name == "Chiffres des avis 2026-10.csv"
    assert not dialog.custom_days.isVisibleTo(dialog)
    dialog.period.setCurrentIndex(dialog.period.findData("custom"))
    assert dialog.custom_days.isVisibleTo(dialog)
    names = [dialog.locations.item(i).text() for i in range(dialog.locations.count())]
    assert len(names) >= 2
    dialog.locations.item(0).setCheckState(Qt.CheckState.Unchecked)
    dialog.path.setText(str(tmp_path / "chiffres.csv"))
    request = dialog.request()
    assert request.fmt == "summary-csv" and request.lang == "fr"
    assert request.locations == frozenset(names[1:])
    assert request.out == tmp_path / "chiffres.csv"
    for i in range(dialog.locations.count()):
        dialog.locations.item(i).setCheckState(Qt.CheckState.Unchecked)
    dialog.export_button.click()
    assert dialog.result() != ReportExportDialog.DialogCode.Accepted
    assert "location" in dialog.error.text()


def _export_from_menu(qtbot, win: MainWindow, fill) -> list[str]:  # type: ignore[no-untyped-def]
    """Open File → Export report…, let `fill` set the dialog, click Export; returns the
    status-bar messages seen while the report was prepared."""
    messages: list[str] = []
    win.statusBar().messageChanged.connect(messages.append)
    action = win.findChild(QAction, "export_report")
    assert action is not None and action in win.menuBar().actions()[0].menu().actions()

    def interact() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ReportExportDialog)
        fill(dialog)
        dialog.export_button.click()

    QTimer.singleShot(0, interact)
    action.trigger()
    qtbot.waitUntil(lambda: win.last_report is not None, timeout=60_000)
    return messages


def test_export_pdf_in_french_from_the_window(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out_dir = tmp_path / "exports"
    out_dir.mkdir()

    def fill(dialog: ReportExportDialog) -> None:
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        dialog.set_fmt("pdf")
        dialog.period.setCurrentIndex(dialog.period.findData("everything"))
        dialog.path.setText(str(out_dir / "rapport.pdf"))

    messages = _export_from_menu(qtbot, window, fill)
    assert window.last_report == out_dir / "rapport.pdf"
    assert [p.name for p in out_dir.iterdir()] == ["rapport.pdf"]
    assert any(m.startswith("Preparing the report") for m in messages)
    assert any("Report saved" in m for m in messages)
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(window.last_report), "-"], capture_output=True, text=True,
                              check=True, timeout=60).stdout
        assert "Rapport des avis" in text and "Par plateforme" in text
        assert "app_store" not in text and "google_business" not in text and "waiting_time" not in text


def test_export_csv_of_chosen_locations(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    kept: list[str] = []

    def fill(dialog: ReportExportDialog) -> None:
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.set_fmt("csv")
        dialog.period.setCurrentIndex(dialog.period.findData("everything"))
        first = dialog.locations.item(0)
        first.setCheckState(Qt.CheckState.Unchecked)
        kept.extend(dialog.locations.item(i).text() for i in range(1, dialog.locations.count()))
        dialog.path.setText(str(tmp_path / "reviews.csv"))

    _export_from_menu(qtbot, window, fill)
    rows = list(csv.DictReader((tmp_path / "reviews.csv").open(encoding="utf-8", newline="")))
    assert rows and {r["location"] for r in rows} <= set(kept)
    assert not any(p.name.endswith("-metrics.csv") for p in tmp_path.iterdir())


def test_unwritable_place_says_so(qtbot, window: MainWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
                                  no_blocking_message_boxes: list[str]) -> None:
    from workstation.ui.report_export import ExportRequest

    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    request = ExportRequest(blocker / "report.csv", "csv", "en", None, None, None)
    window.run_report_export(request, PARIS)
    qtbot.waitUntil(lambda: bool(no_blocking_message_boxes), timeout=60_000)
    assert "could not be saved" in no_blocking_message_boxes[0]
    assert window.last_report is None


def test_preview_follows_the_choices(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    """The first page of the PDF, redrawn when the language or period changes; the first
    lines of the CSV for a spreadsheet; measured off the GUI thread."""
    dialog = _dialog(qtbot, demo_store, "en")
    dialog.period.setCurrentIndex(dialog.period.findData("everything"))
    preview = dialog.preview
    with qtbot.waitSignal(preview.shown, timeout=30_000):
        pass
    english = preview.page.pixmap().toImage()
    assert english.width() > 200 and english.height() > english.width()  # an A4 page
    assert preview.stack.currentWidget() is preview.page
    with qtbot.waitSignal(preview.shown, timeout=30_000):
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert preview.page.pixmap().toImage() != english  # the page was drawn again, in French
    with qtbot.waitSignal(preview.shown, timeout=30_000):
        dialog.set_fmt("csv")
    assert preview.stack.currentWidget() is preview.lines
    headers = [preview.lines.horizontalHeaderItem(i).text() for i in range(preview.lines.columnCount())]
    assert "plateforme" in headers and "établissement" in headers, headers  # the French CSV's own header
    assert 0 < preview.lines.rowCount() <= 12
    with qtbot.waitSignal(preview.shown, timeout=30_000):
        dialog.set_fmt("summary-csv")
    assert preview.lines.rowCount() > 0


def test_preview_waits_until_the_choices_settle(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, demo_store, "en")
    shown: list[int] = []
    dialog.preview.shown.connect(lambda: shown.append(1))
    with qtbot.waitSignal(dialog.preview.shown, timeout=30_000):
        for key in ("this_month", "last_90_days", "everything", "last_month"):  # typed in quick succession
            dialog.period.setCurrentIndex(dialog.period.findData(key))
    qtbot.wait(700)
    assert len(shown) == 1  # one preview for the settled choice, not one per change
