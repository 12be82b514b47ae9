"""File → Import: read off the GUI thread, ask for a mapping when unsure, store in one
transaction, with a cancellable progress dialog and a clear summary."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from workstation.importers import (
    ColumnMapping,
    ImportFormatError,
    RawTable,
    detect_mapping,
    read_table,
    records_from_table,
)
from workstation.importers.exports import platform_hint_for
from workstation.ops.imports import FileOutcome, store_parsed
from workstation.store import Store
from workstation.ui.mapping_dialog import MappingDialog
from workstation.ui.worker import CancelledFn, Job, ProgressFn


class ImportFlow(QObject):
    """Imports files one after the other; emits `done(list[FileOutcome])`."""

    done = Signal(list)

    def __init__(self, db_path: Path, files: list[Path], parent: QWidget, default_location: str | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.files = list(files)
        self.default_location = default_location
        self.outcomes: list[FileOutcome] = []
        self.parent_widget = parent
        self.job: Job | None = None
        self.cancelled = False  # the user pressed Cancel: stop this file and skip the rest
        self.progress = QProgressDialog(self.tr("Reading files…"), self.tr("Cancel"), 0, 0, parent)
        self.progress.setWindowTitle(self.tr("Import"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self._cancel)

    def start(self) -> None:
        self._next()

    def _cancel(self) -> None:
        self.cancelled = True
        if self.job is not None:
            self.job.cancel()

    def _next(self) -> None:
        if self.cancelled:
            self.outcomes += [FileOutcome(path, cancelled=True) for path in self.files]
            self.files = []
        if not self.files:
            self.progress.reset()
            self.done.emit(self.outcomes)
            return
        path = self.files.pop(0)
        self.progress.setLabelText(self.tr("Reading %1…").replace("%1", path.name))
        self.progress.setRange(0, 0)

        def read(_progress: ProgressFn, _cancelled: CancelledFn) -> tuple[RawTable, ColumnMapping, bool]:
            table = read_table(path)
            mapping, confident = detect_mapping(table)
            return table, mapping, confident

        self._run(read, lambda result: self._after_read(path, *result), path)

    def _run(self, fn: object, on_done: object, path: Path) -> None:
        job = Job(fn, self)  # type: ignore[arg-type]
        job.progress.connect(self._on_progress)
        job.finished.connect(on_done)  # type: ignore[arg-type]
        job.failed.connect(lambda message, _details: self._failed(path, message))
        self.job = job
        job.start()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))

    def _failed(self, path: Path, message: str) -> None:
        self.outcomes.append(FileOutcome(path, problem=message))
        self._next()

    def _after_read(self, path: Path, table: RawTable, mapping: ColumnMapping, confident: bool) -> None:
        if self.cancelled:
            self.outcomes.append(FileOutcome(path, cancelled=True))
            self._next()
            return
        if not confident:
            self.progress.hide()
            dialog = MappingDialog(table, mapping, path.name, self.parent_widget)
            if dialog.exec() != MappingDialog.DialogCode.Accepted:
                self.outcomes.append(FileOutcome(path, cancelled=True))
                self._next()
                return
            mapping = dialog.mapping()
        self.progress.setLabelText(self.tr("Importing %1…").replace("%1", path.name))
        db_path, location = self.db_path, self.default_location
        local_tz = datetime.now().astimezone().tzinfo or UTC  # files hold the business's local times

        def store_rows(progress: ProgressFn, job_cancelled: CancelledFn) -> FileOutcome:
            def cancelled() -> bool:
                return self.cancelled or job_cancelled()

            parsed = records_from_table(
                table, mapping, tz=local_tz, platform_hint=platform_hint_for(table.headers, path),
                progress=progress, cancelled=cancelled, name=path.name,
            )
            if parsed.cancelled or cancelled():
                return FileOutcome(path, cancelled=True)
            with Store(db_path) as store:  # a worker uses its own connection
                return store_parsed(store, path, parsed, location=location)  # the command line's step too

        self._run(store_rows, self._after_store, path)

    def _after_store(self, outcome: FileOutcome) -> None:
        self.outcomes.append(outcome)
        self._next()


def summarise(parent: QWidget, outcomes: list[FileOutcome]) -> str:
    """Status-bar line; shows a dialog listing problems when there are any."""
    imported = sum(o.imported for o in outcomes)
    updated = sum(o.updated for o in outcomes)
    unchanged = sum(o.unchanged for o in outcomes)
    errors = sum(len(o.rejected) for o in outcomes)
    problems: list[str] = []
    for o in outcomes:
        if o.problem:
            problems.append(f"{o.path.name}: {o.problem}")
        elif o.cancelled:
            problems.append(f"{o.path.name}: " + QCoreApplication.translate("ImportFlow", "cancelled, nothing imported"))
        else:
            problems += [f"{o.path.name}:{row}: {reason}" for row, reason in o.rejected[:200]]
    summary = (
        QCoreApplication.translate("ImportFlow", "Imported %1, updated %2, unchanged %3, errors %4")
        .replace("%1", str(imported)).replace("%2", str(updated))
        .replace("%3", str(unchanged)).replace("%4", str(errors))
    )
    if problems:
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("ImportFlow", "Import"), summary, QMessageBox.StandardButton.Ok, parent)
        box.setInformativeText(
            QCoreApplication.translate("ImportFlow", "Some rows or files could not be imported. Good rows were kept.")
        )
        box.setDetailedText("\n".join(problems))
        box.exec()
    return summary


__all__ = ["FileOutcome", "ImportFlow", "ImportFormatError", "summarise"]
