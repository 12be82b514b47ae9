"""Settings → Accounts: the review sources, their status, adding one, testing it.

Secrets never reach the database: the credentials file is read once, its secrets go to
the OS keychain (or, on a computer without one, a file only the user can read in the
data folder), and the source keeps only where they are.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workstation.domain import Platform, platform_label
from workstation.sources.registry import NO_API_REASONS
from workstation.store import Store, StoreError
from workstation.ui import format as fmt
from workstation.ui.icons import source_icon
from workstation.ui.worker import CancelledFn, Job, ProgressFn

# Platform → the connector setting the form asks for.
_SETTING = {"google_play": "package_name", "app_store": "app_ids", "trustpilot": "business_unit_id",
            "google_business": "locations"}


def _setting_label(platform: str) -> str:
    return {
        "google_play": QCoreApplication.translate("Accounts", "Package name (e.g. com.example.app):"),
        "app_store": QCoreApplication.translate("Accounts", "App ids (comma-separated):"),
        "trustpilot": QCoreApplication.translate("Accounts", "Business unit id:"),
        "google_business": QCoreApplication.translate("Accounts", "Locations (optional):"),
    }.get(platform, "")


def _platform_note(platform: str) -> str:
    notes = {
        "google_business": QCoreApplication.translate("Accounts", "Sign-in file: your own OAuth client (Google Cloud console → Credentials → OAuth client "
                              "ID → Desktop app), or an authorized-user file. Scope: business.manage."),
        "google_play": QCoreApplication.translate("Accounts", "Key: a service-account JSON key with access to the app in Play Console. The Google Play "
                          "API only returns reviews from the last 7 days: for older reviews, import the monthly "
                          "review export from Play Console with File → Import reviews…"),
        "app_store": QCoreApplication.translate("Accounts", "Key: a small JSON with key_id, issuer_id and the .p8 private key (path or contents), "
                        "from App Store Connect → Users and Access → Integrations."),
        "trustpilot": QCoreApplication.translate("Accounts", "Key: a JSON with api_key and api_secret (and user name/password to post replies)."),
        "demo": QCoreApplication.translate("Accounts", "A pretend platform served inside the app: try sync and replies without any account."),
    }
    if platform in NO_API_REASONS:
        return QCoreApplication.translate(
            "Accounts", "No usable API: %1 Import or paste these reviews, reply on the site, then mark them replied."
        ).replace(
            "%1", NO_API_REASONS[platform])
    return notes.get(platform, "")


class AddSourceDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.source_id: int | None = None
        self.setWindowTitle(self.tr("Add a review source"))
        form = QFormLayout()
        self.platform = QComboBox(self)
        self.platform.setAccessibleName(self.tr("Platform"))
        for p in ("google_business", "google_play", "app_store", "trustpilot", "demo", "yelp", "tripadvisor",
                  "facebook"):
            self.platform.addItem(source_icon(p), Platform(p).label, p)
        form.addRow(self.tr("Platform:"), self.platform)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Name"))
        form.addRow(self.tr("Name:"), self.name)
        self.credentials = QLineEdit(self)
        self.credentials.setAccessibleName(self.tr("Credentials file"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.credentials)
        row.addWidget(browse)
        form.addRow(self.tr("Credentials file:"), row)
        self.sign_in = QPushButton(self.tr("Sign in with Google…"), self)
        self.sign_in.setToolTip(self.tr("Opens your browser to allow access to your Business Profile"))
        self.sign_in.clicked.connect(self._sign_in)
        self.signed_in: dict[str, str] | None = None  # client id/secret + refresh token after consent
        self.sign_in_job: Job | None = None
        form.addRow("", self.sign_in)
        self.setting = QLineEdit(self)
        self.setting_label = QLabel(self)
        form.addRow(self.setting_label, self.setting)
        self.interval = QSpinBox(self)
        self.interval.setRange(0, 24 * 60)
        self.interval.setValue(60)
        self.interval.setSuffix(self.tr(" min"))
        self.interval.setSpecialValueText(self.tr("only when I press Sync"))
        self.interval.setAccessibleName(self.tr("Sync interval"))
        form.addRow(self.tr("Sync every:"), self.interval)
        self.base_url = QLineEdit(self)
        self.base_url.setPlaceholderText(self.tr("(advanced) another API host, e.g. a proxy"))
        self.base_url.setAccessibleName(self.tr("API address"))
        form.addRow(self.tr("API address:"), self.base_url)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.platform.currentIndexChanged.connect(self._platform_changed)
        self._platform_changed()
        self.resize(560, 360)

    def _platform_changed(self) -> None:
        platform = self.platform.currentData()
        has_api = platform not in NO_API_REASONS
        key_label = _setting_label(platform)
        self.setting_label.setText(key_label)
        self.setting.setVisible(bool(key_label))
        self.setting_label.setVisible(bool(key_label))
        needs_keys = has_api and platform != "demo"  # the demo platform needs no account
        self.credentials.setEnabled(needs_keys)
        self.base_url.setEnabled(needs_keys)
        self.interval.setEnabled(has_api)
        self.sign_in.setVisible(platform == "google_business")
        if not self.name.text() or self.name.text() in {Platform(p).label for p in Platform._value2member_map_}:
            self.name.setText(Platform(platform).label)
        self.note.setText(_platform_note(platform))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(has_api)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Credentials file"), str(Path.home()),
                                              self.tr("Key files (*.json *.p8);;All files (*)"))
        if name:
            self.credentials.setText(name)

    def _sign_in(self) -> None:
        """Installed-app OAuth: browser consent, loopback redirect, PKCE; keeps the refresh token."""
        from workstation.sources.base import CredentialsError
        from workstation.sources.credentials import parse_credentials_file
        from workstation.sources.endpoints import resolve_endpoints

        try:
            client = parse_credentials_file("google_business", Path(self.credentials.text().strip()))
        except (CredentialsError, OSError) as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        if "refresh_token" in client:
            self.signed_in = client
            self.note.setText(self.tr("This file already holds a sign-in: no need to sign in again."))
            return
        endpoints = resolve_endpoints("google_business", self.base_url.text().strip() or None)

        def work(_progress: ProgressFn, _cancelled: CancelledFn) -> dict[str, str]:
            from workstation.sources.oauth import run_installed_app_flow

            tokens = asyncio.run(run_installed_app_flow(
                client["client_id"], client["client_secret"],
                authorize_url=str(endpoints.authorize), token_url=str(endpoints.token),
            ))
            if not tokens.refresh_token:
                raise ValueError("Google did not return a refresh token; try again.")
            return {**client, "refresh_token": tokens.refresh_token}

        self.note.setText(self.tr("Waiting for you to allow access in the browser…"))
        self.sign_in.setEnabled(False)
        self.sign_in_job = Job(work, self)
        self.sign_in_job.finished.connect(self._signed_in)
        self.sign_in_job.failed.connect(self._sign_in_failed)
        self.sign_in_job.start()

    def _signed_in(self, secrets: dict[str, str]) -> None:
        self.signed_in = secrets
        self.sign_in.setEnabled(True)
        self.note.setText(self.tr("Signed in. Press OK to add the source."))

    def _sign_in_failed(self, message: str, _details: str) -> None:
        self.sign_in.setEnabled(True)
        self.note.setText(self.tr("Sign-in failed: %1").replace("%1", message))

    def accept(self) -> None:
        try:
            self.source_id = add_source_from_form(
                self.store, self.platform.currentData(), self.name.text(), self.credentials.text(),
                self.setting.text(), self.interval.value(), self.base_url.text(),
                secrets=self.signed_in if self.platform.currentData() == "google_business" else None,
            )
        except ValueError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        super().accept()


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
        raise ValueError(str(exc)) from None
    if secrets is not None:
        pass  # from the browser sign-in
    elif credentials.strip() and platform != "demo":
        try:
            secrets = parse_credentials_file(platform, Path(credentials.strip()))
        except CredentialsError as exc:
            raise ValueError(str(exc)) from None
    elif platform != "demo":
        raise ValueError(QCoreApplication.translate("Accounts", "Choose the credentials file for this platform."))
    settings = {}
    if platform in _SETTING and setting.strip():
        settings[_SETTING[platform]] = setting.strip()
    try:
        return add_checked_source(store, platform=platform, name=name, base_url=url, settings=settings,
                                  secrets=secrets or None, sync_interval_min=interval or None).id
    except (ConfigError, StoreError, CredentialsError) as exc:
        raise ValueError(str(exc)) from None


def test_connection(db_path: Path, source_id: int) -> str:
    """The connector's own description ("3 locations found"), or raises with a plain message."""
    from workstation.store.sync_state import get_source
    from workstation.sync.connectors import default_connector_factory

    with Store(db_path) as store:
        source = get_source(store, source_id)
    if source is None:
        raise ValueError("This source no longer exists.")

    async def probe() -> str:
        connector = default_connector_factory()(source)
        try:
            return await connector.test_connection()
        finally:
            await connector.aclose()

    return asyncio.run(probe())


class AccountsDialog(QDialog):
    """Sources with status and last sync; add, test, sync now."""

    syncRequested = Signal(object)  # list of source ids

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Accounts"))
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Source"), self.tr("Status"), self.tr("Last sync"),
                                              self.tr("Every")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Review sources"))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 220)
        self.table.setColumnWidth(1, 260)
        self.table.setColumnWidth(2, 150)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add…"), self)
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
        self.resize(780, 380)
        self.reload()

    def reload(self) -> None:
        from workstation.store.sync_state import all_sources

        sources = all_sources(self.store)
        self.table.setRowCount(len(sources))
        for row, s in enumerate(sources):
            label = platform_label(s.platform)
            name = QTableWidgetItem(source_icon(s.platform), f"{s.name}" if s.name == label else f"{label} — {s.name}")
            name.setData(Qt.ItemDataRole.UserRole, s.id)
            status = s.status_message or s.status
            if s.kind != "api":
                status = self.tr("files and pasted reviews")
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(status))
            self.table.setItem(row, 2, QTableWidgetItem(fmt.relative_date(s.last_synced_at, "en")
                                                        if s.last_synced_at else self.tr("never")))
            every = self.tr("%1 min").replace("%1", str(s.sync_interval_min)) if s.sync_interval_min else "–"
            self.table.setItem(row, 3, QTableWidgetItem(every))
        has_rows = bool(sources)
        self.test_button.setEnabled(has_rows)
        self.sync_button.setEnabled(has_rows)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [int(self.table.item(r, 0).data(Qt.ItemDataRole.UserRole)) for r in rows]

    def add(self) -> None:
        dialog = AddSourceDialog(self.store, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.message.setText(self.tr("Source added. Press Test connection, then Sync now."))

    def test(self) -> None:
        ids = self.selected_ids()
        if not ids or self.store.path is None or self.job is not None:
            return
        db_path, source_id = self.store.path, ids[0]
        self.message.setText(self.tr("Testing the connection…"))

        def work(_progress: ProgressFn, _cancelled: CancelledFn) -> str:
            return test_connection(db_path, source_id)

        self.job = Job(work, self)
        self.job.finished.connect(lambda text: self._tested(self.tr("Connection works: %1").replace("%1", text)))
        self.job.failed.connect(lambda message, _d: self._tested(self.tr("Connection failed: %1").replace(
            "%1", message)))
        self.job.start()

    def _tested(self, text: str) -> None:
        self.job = None
        self.message.setText(text)
