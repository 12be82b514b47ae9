"""File → Accounts: the review sources, their status, connecting one, testing it.

Connecting is the guided window of `account_setup`; "Test connection" answers through
`ops.accounts` with the same plain sentence as `workstation source test`. Secrets never
reach the database: they go to the OS keychain (or, on a computer without one, a file
only the user can read in the data folder), and the source keeps only where they are.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workstation.store import Store, StoreError
from workstation.sync.connectors import ConnectorFactory
from workstation.ui import format as fmt
from workstation.ui.account_setup import OK_COLOR, PROBLEM_COLOR, AddSourceDialog
from workstation.ui.conflict_reasons import error_text
from workstation.ui.icons import source_icon
from workstation.ui.translation import current_language
from workstation.ui.triage_labels import platform_name, platform_named
from workstation.ui.worker import CancelledFn, Job, ProgressFn

__all__ = ["AccountsDialog", "AddSourceDialog", "add_source_from_form"]

# Platform → the connector setting the form asks for.
_SETTING = {"google_play": "package_name", "app_store": "app_ids", "trustpilot": "business_unit_id",
            "google_business": "locations"}


def add_source_from_form(
    store: Store, platform: str, name: str, credentials: str, setting: str, interval: int, base_url: str,
    *, secrets: dict[str, str] | None = None,
) -> int:
    """Validate the form and create the source (`sync.source_setup`, shared with
    `workstation source add`: same checks, same secret handling); ValueError → message."""
    from workstation.sources.base import ConfigError, CredentialsError
    from workstation.sources.credentials import parse_credentials_file
    from workstation.sources.endpoints import check_base_url
    from workstation.sync.source_setup import add_checked_source

    name = name.strip()
    if not name:
        raise ValueError(QCoreApplication.translate("Accounts", "Give the source a name."))
    try:
        url = check_base_url(base_url.strip()) if base_url.strip() else None
    except ConfigError as exc:
        raise ValueError(error_text(exc)) from None
    if secrets is not None:
        pass  # from the browser sign-in
    elif credentials.strip() and platform != "demo":
        try:
            secrets = parse_credentials_file(platform, Path(credentials.strip()))
        except CredentialsError as exc:
            raise ValueError(error_text(exc)) from None
    elif platform != "demo":
        raise ValueError(QCoreApplication.translate("Accounts", "Choose the credentials file for this platform."))
    settings = {}
    if platform in _SETTING and setting.strip():
        settings[_SETTING[platform]] = setting.strip()
    try:
        return add_checked_source(store, platform=platform, name=name, base_url=url, settings=settings,
                                  secrets=secrets or None, sync_interval_min=interval or None).id
    except (ConfigError, StoreError, CredentialsError) as exc:
        raise ValueError(error_text(exc)) from None


class AccountsDialog(QDialog):
    """Sources with status and last sync; add, test, sync now."""

    syncRequested = Signal(object)  # list of source ids

    def __init__(self, store: Store, parent: QWidget | None = None,
                 connector_factory: ConnectorFactory | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.connector_factory = connector_factory  # tests inject loopback-backed connectors
        self.setWindowTitle(self.tr("Accounts"))
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Source"), self.tr("Status"), self.tr("Last sync"),
                                              self.tr("Every")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Review sources"))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 220)
        self.table.setColumnWidth(1, 330)
        self.table.setColumnWidth(2, 150)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Connect an account…"), self)
        self.add_button.clicked.connect(self.add)
        self.test_button = QPushButton(self.tr("Test connection"), self)
        self.test_button.clicked.connect(self.test)
        self.sync_button = QPushButton(self.tr("Sync now"), self)
        self.sync_button.clicked.connect(lambda: self.syncRequested.emit(self.selected_ids() or None))
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        for b in (self.add_button, self.test_button, self.sync_button):
            buttons.addWidget(b)
        buttons.addStretch()
        buttons.addWidget(close)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.job: Job | None = None
        self._api_ids: set[int] = set()
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.resize(900, 420)
        self.reload()

    def reload(self) -> None:
        from workstation.store.sync_state import all_sources

        sources = all_sources(self.store)
        self.table.setRowCount(len(sources))
        for row, s in enumerate(sources):
            label = platform_name(s.platform)
            shown = platform_named(s.platform, s.name) or f"{label} — {s.name}"
            name = QTableWidgetItem(source_icon(s.platform), shown)
            name.setData(Qt.ItemDataRole.UserRole, s.id)
            # Words, not the last sync's own sentence (it may carry a platform's error code):
            # "Test connection" says what is wrong in the owner's terms.
            status = QTableWidgetItem(self._status_words(s.kind, s.status, s.last_synced_at))
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, status)
            self.table.setItem(row, 2, QTableWidgetItem(fmt.relative_date(s.last_synced_at, current_language())
                                                        if s.last_synced_at else self.tr("never")))
            every = self.tr("%1 min").replace("%1", str(s.sync_interval_min)) if s.sync_interval_min else "–"
            self.table.setItem(row, 3, QTableWidgetItem(every))
        self._api_ids = {s.id for s in sources if s.kind == "api"}
        if not sources and self.job is None:
            self.message.setStyleSheet("")
            self.message.setText(self.tr("No account connected yet: press “Connect an account…” and follow "
                                         "the steps."))
        self.sync_button.setEnabled(bool(sources))
        self._selection_changed()

    def _test_target(self) -> int | None:
        """The source "Test connection" tests: the selected one, or the only one with an API.
        Files and pasted reviews have no connection to test."""
        ids = self.selected_ids()
        if ids:
            return ids[0] if ids[0] in self._api_ids else None
        return next(iter(self._api_ids)) if len(self._api_ids) == 1 else None

    def _selection_changed(self) -> None:
        self.test_button.setEnabled(self._test_target() is not None and self.job is None)

    def _status_words(self, kind: str, status: str, last_synced_at: str | None) -> str:
        """The source's state in plain words (the stored codes are "ok", "offline", "error")."""
        if kind != "api":
            return self.tr("files and pasted reviews")
        if status == "offline":
            return self.tr("Offline at the last sync")
        if status == "error":
            return self.tr("Last sync failed: test the connection")
        return self.tr("Working") if last_synced_at else self.tr("Not synced yet")

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [int(self.table.item(r, 0).data(Qt.ItemDataRole.UserRole)) for r in rows]

    def add(self) -> None:
        dialog = AddSourceDialog(self.store, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.message.setStyleSheet("")
            self.message.setText(self.tr("Account added. Press “Sync now” to bring its reviews in."))

    def test(self) -> None:
        """Test the selected source through `ops.accounts` on a worker thread; the answer is
        the same plain sentence `workstation source test` prints."""
        source_id = self._test_target()
        if source_id is None or self.store.path is None or self.job is not None:
            return
        db_path, lang = self.store.path, current_language()
        factory = self.connector_factory
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Testing the connection…"))
        self.test_button.setEnabled(False)

        def work(_progress: ProgressFn, _cancelled: CancelledFn) -> tuple[bool, str]:
            from workstation.ops.accounts import check_saved_source

            with Store(db_path) as store:  # a worker thread uses its own connection
                verdict = asyncio.run(check_saved_source(store, source_id, connector_factory=factory))
            return verdict.ok, verdict.message(lang)

        self.job = Job(work, self)
        self.job.finished.connect(lambda answer: self._tested(*answer))
        self.job.failed.connect(lambda _message, _details: self._tested(False, self.tr(
            "The test could not finish because of an unexpected problem. Try again; if it goes on, the "
            "details are in the log.")))
        self.job.start()

    def _tested(self, ok: bool, text: str) -> None:
        self.job = None
        self._selection_changed()
        self.message.setText(("✓ " if ok else "✗ ") + text)
        self.message.setStyleSheet(f"color: {OK_COLOR if ok else PROBLEM_COLOR}")
