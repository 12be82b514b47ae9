"""File → Import: read off the GUI thread, ask for a mapping when unsure (and remember it
per file layout), store in one transaction, with a cancellable progress window and a
summary that lists the rows left out."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from workstation.importers import (
    ColumnMapping,
    ImportFormatError,
    ImportResult,
    RawTable,
    detect_mapping,
    read_table,
    records_from_table,
    remembered_mapping,
)
from workstation.importers.errors import reason_text
from workstation.importers.exports import platform_hint_for
from workstation.ops.imports import FileOutcome, known_layouts, remember_layout, store_parsed
from workstation.store import Store
from workstation.ui.conflict_reasons import conflict_reason
from workstation.ui.format import label, number
from workstation.ui.mapping_dialog import MappingDialog
from workstation.ui.translation import current_language
from workstation.ui.worker import CancelledFn, Job, ProgressFn

# Stores one read file somewhere else than the window's database (called on a worker thread).
Destination = Callable[[Path, ImportResult, str | None], FileOutcome]


class ImportFlow(QObject):
    """Imports files one after the other; emits `done(list[FileOutcome])`.

    Each file is read first, with a progress window; that window is closed (not just
    hidden: its show-timer would bring it back) before the mapping step opens, so the
    mapping step is the only window waiting for the user. Storing gets a new one.
    """

    done = Signal(list)
    mapping_requested = Signal(object)  # the MappingDialog, once it is open (tests drive it)

    def __init__(self, db_path: Path, files: list[Path], parent: QWidget, default_location: str | None = None,
                 locale: str = "en", destination: Destination | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        # Where the read reviews go (None: this database); on a team server, the server — the
        # remembered column layouts stay in this computer's database either way.
        self.destination = destination
        self.files = list(files)
        self.default_location = default_location
        self.locale = locale
        self.outcomes: list[FileOutcome] = []
        self.parent_widget = parent
        self.job: Job | None = None
        self.dialog: MappingDialog | None = None
        self.progress: QProgressDialog | None = None
        self.cancelled = False  # the user pressed Cancel: stop this file and skip the rest

    def start(self) -> None:
        self._next()

    def _cancel(self) -> None:
        self.cancelled = True
        if self.job is not None:
            self.job.cancel()

    def _show_progress(self, text: str) -> QProgressDialog:
        if self.progress is None:
            self.progress = QProgressDialog(text, self.tr("Cancel"), 0, 0, self.parent_widget)
            self.progress.setWindowTitle(self.tr("Import"))
            self.progress.setWindowModality(Qt.WindowModality.WindowModal)
            self.progress.setMinimumDuration(300)
            self.progress.canceled.connect(self._cancel)
        self.progress.setLabelText(text)
        self.progress.setRange(0, 0)
        return self.progress

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self._cancel)
            self.progress.reset()  # also stops the timer that would show it later
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _next(self) -> None:
        if self.cancelled:
            self.outcomes += [FileOutcome(path, cancelled=True) for path in self.files]
            self.files = []
        if not self.files:
            self._close_progress()
            self.done.emit(self.outcomes)
            return
        path = self.files.pop(0)
        self._show_progress(self.tr("Reading %1…").replace("%1", path.name))
        db_path = self.db_path

        language = self.locale

        def read(_progress: ProgressFn, _cancelled: CancelledFn) -> tuple[RawTable, ColumnMapping, bool]:
            try:
                table = read_table(path)
                with Store(db_path) as store:  # a worker uses its own connection
                    remembered = remembered_mapping(table, known_layouts(store))
                if remembered is not None:
                    return table, remembered, True
                mapping, confident = detect_mapping(table, name=path.name)
            except ImportFormatError as exc:  # said in the window's language
                raise Unreadable(exc.text(language)) from exc
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
        if self.progress is not None:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(min(done, total))

    def _failed(self, path: Path, message: str) -> None:
        self.outcomes.append(FileOutcome(path, problem=message))
        self._next()

    def _after_read(self, path: Path, table: RawTable, mapping: ColumnMapping, confident: bool) -> None:
        self.job = None
        if self.cancelled:
            self.outcomes.append(FileOutcome(path, cancelled=True))
            self._next()
            return
        if confident:
            self._store(path, table, mapping, remember=False)
            return
        self._close_progress()  # nothing may sit over the mapping step
        dialog = MappingDialog(table, mapping, path.name, self.parent_widget, locale=self.locale)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._mapped(path, table, dialog))
        dialog.rejected.connect(lambda: self._not_mapped(path))
        self.dialog = dialog
        dialog.open()
        self.mapping_requested.emit(dialog)

    def _mapped(self, path: Path, table: RawTable, dialog: MappingDialog) -> None:
        self.dialog = None
        self._store(path, table, dialog.mapping(), remember=dialog.remember.isChecked())

    def _not_mapped(self, path: Path) -> None:
        self.dialog = None
        self.outcomes.append(FileOutcome(path, cancelled=True))
        self._next()

    def _store(self, path: Path, table: RawTable, mapping: ColumnMapping, *, remember: bool) -> None:
        self._show_progress(self.tr("Importing %1…").replace("%1", path.name))
        language = self.locale
        db_path, location, destination = self.db_path, self.default_location, self.destination
        local_tz = datetime.now().astimezone().tzinfo or UTC  # files hold the business's local times

        def store_rows(progress: ProgressFn, job_cancelled: CancelledFn) -> FileOutcome:
            def cancelled() -> bool:
                return self.cancelled or job_cancelled()

            try:
                parsed = records_from_table(
                    table, mapping, tz=local_tz, platform_hint=platform_hint_for(table.headers, path),
                    progress=progress, cancelled=cancelled, name=path.name,
                )
            except ImportFormatError as exc:
                raise Unreadable(exc.text(language)) from exc
            if parsed.cancelled or cancelled():
                return FileOutcome(path, cancelled=True)
            with Store(db_path) as store:  # a worker uses its own connection
                if remember:  # the command line reads the next file of this layout the same way
                    remember_layout(store, table, mapping)
                if destination is not None:
                    return destination(path, parsed, location)
                return store_parsed(store, path, parsed, location=location)  # the command line's step too

        self._run(store_rows, self._after_store, path)

    def _after_store(self, outcome: FileOutcome) -> None:
        self.job = None
        self.outcomes.append(outcome)
        self._next()


class Unreadable(Exception):
    """A file that cannot be imported; the message is already in the window's language."""


_LISTED_ROWS = 8  # bad rows named in the message itself; all of them are under "Show Details…"


def summarise(parent: QWidget, outcomes: list[FileOutcome], language: str | None = None) -> str:
    """Status-bar line; shows a dialog naming the files and rows left out when there are any,
    each reason in the window's language."""
    language = language or current_language()
    imported = sum(o.imported for o in outcomes)
    updated = sum(o.updated for o in outcomes)
    unchanged = sum(o.unchanged for o in outcomes)
    errors = sum(len(o.rejected) for o in outcomes)
    problems: list[str] = []  # every problem, one per line, for "Show Details…"
    listed: list[str] = []  # what the message says in plain words
    for o in outcomes:
        if o.problem:
            problem = (conflict_reason(o.problem_refusal, o.problem) if o.problem_refusal is not None
                       else o.problem)
            problems.append(f"{label(o.path.name, language)} {problem}")
            listed.append(f"• {label(o.path.name, language)} {problem}")
        elif o.cancelled:
            line = f"{label(o.path.name, language)} " + QCoreApplication.translate("ImportFlow",
                                                                                     "cancelled, nothing imported")
            problems.append(line)
            listed.append("• " + line)
        else:
            lines = [
                QCoreApplication.translate("ImportFlow", "%1, row %2: %3").replace("%1", o.path.name)
                .replace("%2", str(e.row)).replace("%3", reason_text(e.code, e.params, e.reason, language))
                for e in o.rejected
            ]
            problems += lines[:200]
            listed += ["• " + line for line in lines]
    summary = (
        QCoreApplication.translate("ImportFlow", "Imported %1, updated %2, unchanged %3, errors %4")
        .replace("%1", number(imported, locale=language)).replace("%2", number(updated, locale=language))
        .replace("%3", number(unchanged, locale=language)).replace("%4", number(errors, locale=language))
    )
    if problems:
        shown = listed[:_LISTED_ROWS]
        if len(listed) > _LISTED_ROWS:
            shown.append(QCoreApplication.translate("ImportFlow", "…and %1 more (Show Details…)").replace("%1", str(len(listed) - _LISTED_ROWS)))
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("ImportFlow", "Import"), summary,
                          QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("import_summary")
        box.setInformativeText(
            QCoreApplication.translate("ImportFlow", "Some rows or files could not be imported. Good rows were kept.")
            + "\n\n" + QCoreApplication.translate("ImportFlow", "Left out:") + "\n" + "\n".join(shown)
        )
        box.setDetailedText("\n".join(problems))
        box.exec()
    return summary


__all__ = ["FileOutcome", "ImportFlow", "ImportFormatError", "summarise"]
