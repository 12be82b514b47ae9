"""Connect an account, guided: the platform's steps on the left, its fields on the right.

Each field is checked as it is typed (`sources.field_checks`) and says what is wrong next
to it; "Add account" is enabled only when every field is right. "Test connection" and
"Find my apps" (App Store: the apps the key can see, the owner picks one) run through
`ops.accounts` on a worker thread and answer in plain words. Saving goes through
`sync.source_setup.add_checked_source`, like `workstation source add`: the secrets go to
the keychain (or a user-only file where there is none), never to the database.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workstation.domain import Platform
from workstation.sources import field_checks as checks
from workstation.sources.registry import NO_API_REASONS
from workstation.store import Store
from workstation.ui.account_guides import field_hint, field_problem, no_api_text, steps_html
from workstation.ui.icons import source_icon
from workstation.ui.translation import current_language
from workstation.ui.triage_labels import platform_name
from workstation.ui.worker import CancelledFn, Job, ProgressFn

PLATFORMS = ("google_business", "google_play", "app_store", "trustpilot", "demo", "yelp", "tripadvisor", "facebook")
OK_COLOR, PROBLEM_COLOR = "#1b6e2f", "#b3261e"

Check = Callable[[str], tuple[Any, str | None]]


def _shape(check: Callable[[str], checks.Checked]) -> Check:
    def run(text: str) -> tuple[Any, str | None]:
        result = check(text)
        return (result.value if result.ok else None), result.problem

    return run


def _trustpilot_secret(text: str) -> checks.Checked:
    return checks.api_token(text, min_length=8)


class CheckedField(QWidget):
    """One field (a line, or a file to choose) with its plain-words message under it."""

    changed = Signal()

    def __init__(self, field: str, check: Check, *, file_filter: str | None = None,
                 placeholder: str = "", secret: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field, self._check = field, check
        self.value: Any = None
        self.problem: str | None = "empty"
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(placeholder)
        if secret:
            self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        self.browse: QPushButton | None = None
        if file_filter is not None:
            self.browse = QPushButton(self.tr("Choose…"), self)
            self.browse.clicked.connect(lambda: self._choose(file_filter))
            row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.edit.textChanged.connect(self.recheck)
        self.recheck()

    @property
    def ok(self) -> bool:
        return self.problem is None

    def _choose(self, file_filter: str) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the file"), str(Path.home() / "Downloads"),
                                              file_filter)
        if name:
            self.edit.setText(name)

    def recheck(self) -> None:
        self.value, self.problem = self._check(self.edit.text())
        if self.problem is None:
            text, color = "✓ " + self.tr("Looks right."), OK_COLOR
        elif self.problem in ("empty", "no_file"):
            text, color = field_hint(self.field), ""  # nothing typed yet: say what goes here
        else:
            text, color = field_problem(self.field, self.problem), PROBLEM_COLOR
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {color}" if color else "")
        self.changed.emit()

    def show_problem_if_empty(self) -> None:
        """After a click that needed this field: say what to choose, in red."""
        if self.problem in ("empty", "no_file"):
            self.message.setText(field_hint(self.field))
            self.message.setStyleSheet(f"color: {PROBLEM_COLOR}")
            self.edit.setFocus()


class AddSourceDialog(QDialog):
    """The guided "connect an account" window. `connector_options` go to every connector
    it builds (tests pass a never-sleeping retry policy)."""

    def __init__(self, store: Store, parent: QWidget | None = None,
                 connector_options: Mapping[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.connector_options = dict(connector_options or {})
        self.source_id: int | None = None
        self.signed_in: dict[str, str] | None = None  # Google: client id/secret + refresh token
        self.job: Job | None = None
        self.fields: dict[str, CheckedField] = {}
        self.setWindowTitle(self.tr("Connect an account"))

        self.platform = QComboBox(self)
        self.platform.setAccessibleName(self.tr("Platform"))
        for p in PLATFORMS:
            self.platform.addItem(source_icon(p), platform_name(p), p)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Where are your reviews?"), self))
        top.addWidget(self.platform)
        top.addStretch()

        self.steps = QLabel(self)
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.steps.setOpenExternalLinks(True)
        self.steps.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.steps.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        steps_scroll = QScrollArea(self)
        steps_scroll.setWidgetResizable(True)
        steps_scroll.setWidget(self.steps)
        steps_scroll.setMinimumWidth(420)

        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Name"))
        self.interval = QSpinBox(self)
        self.interval.setRange(0, 24 * 60)
        self.interval.setValue(60)
        self.interval.setSuffix(self.tr(" min"))
        self.interval.setSpecialValueText(self.tr("only when I press Sync"))
        self.interval.setAccessibleName(self.tr("Sync interval"))
        self.advanced = QCheckBox(self.tr("Advanced (for IT staff)"), self)
        self.base_url = QLineEdit(self)
        self.base_url.setPlaceholderText(self.tr("another API address, e.g. a company proxy"))
        self.base_url.setAccessibleName(self.tr("API address"))
        self.base_url_problem = QLabel(self)
        self.base_url_problem.setWordWrap(True)
        self.base_url_problem.setStyleSheet(f"color: {PROBLEM_COLOR}")
        self.test_button = QPushButton(self.tr("Test connection"), self)
        self.test_button.clicked.connect(self.test_connection)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setAccessibleName(self.tr("Test result"))

        # One form: the platform's rows on top (replaced on each change), then the common ones.
        right_widget = QWidget(self)
        self.form = QFormLayout(right_widget)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.addRow(self.tr("Name in the app:"), self.name)
        self.form.addRow(self.tr("Check for new reviews every:"), self.interval)
        self.form.addRow("", self.advanced)
        self.form.addRow(self.tr("API address:"), self.base_url)
        self.form.addRow("", self.base_url_problem)
        self.form.addRow(self.test_button, self.result)
        self.form.setRowVisible(self.base_url, False)
        self.form.setRowVisible(self.base_url_problem, False)
        self.advanced.toggled.connect(lambda on: self.form.setRowVisible(self.base_url, on))
        self.page_rows = 0
        right_scroll = QScrollArea(self)
        right_scroll.setWidgetResizable(True)
        right_scroll.setWidget(right_widget)

        middle = QHBoxLayout()
        middle.addWidget(steps_scroll, 5)
        middle.addWidget(right_scroll, 6)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Add account"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.buttons)
        self.platform.currentIndexChanged.connect(self._platform_changed)
        self.name.textChanged.connect(self._update_buttons)
        self.base_url.textChanged.connect(self._update_buttons)
        self.advanced.toggled.connect(self._update_buttons)
        self._platform_changed()
        self.resize(1040, 660)

    # -- the platform's page ----------------------------------------------------------
    @property
    def current_platform(self) -> str:
        return str(self.platform.currentData())

    def _add_row(self, label: str, widget: QWidget) -> None:
        self.form.insertRow(self.page_rows, label, widget)
        self.page_rows += 1

    def _add_field(self, label: str, field: CheckedField) -> None:
        field.edit.setAccessibleName(label.rstrip(":"))
        field.changed.connect(self._field_changed)
        self.fields[field.field] = field
        self._add_row(label, field)

    def _field_changed(self) -> None:
        """A changed field makes the last test's answer stale, and the apps found belong to
        the key as it was."""
        if self.job is None:
            self.result.setText("")
            if self.apps is not None:
                self.apps.clear()
        self._update_buttons()

    def _platform_changed(self) -> None:
        platform = self.current_platform
        for _ in range(self.page_rows):  # the previous platform's rows (their widgets are deleted)
            self.form.removeRow(0)
        self.page_rows = 0
        self.fields = {}
        self.signed_in = None
        self.apps: QComboBox | None = None
        json_filter = self.tr("Key files (*.json);;All files (*)")
        if platform == "google_business":
            self._add_field(self.tr("Sign-in file:"), CheckedField(
                "oauth_file", checks.oauth_client_file, file_filter=json_filter, parent=self))
            self.sign_in = QPushButton(self.tr("Sign in with Google…"), self)
            self.sign_in.setToolTip(self.tr("Opens your browser to allow access to your Business Profile"))
            self.sign_in.clicked.connect(self._sign_in)
            self.sign_in_status = QLabel(self)
            self.sign_in_status.setWordWrap(True)
            self.sign_in_status.setTextFormat(Qt.TextFormat.PlainText)
            self._add_row("", self.sign_in)
            self._add_row("", self.sign_in_status)
        elif platform == "google_play":
            self._add_field(self.tr("Key file:"), CheckedField(
                "sa_file", checks.service_account_file, file_filter=json_filter, parent=self))
            self._add_field(self.tr("Package name:"), CheckedField(
                "package", _shape(checks.package_name), placeholder="com.example.app", parent=self))
        elif platform == "app_store":
            self._add_field(self.tr("Issuer ID:"), CheckedField(
                "issuer_id", _shape(checks.issuer_id), parent=self))
            self._add_field(self.tr("Key ID:"), CheckedField("key_id", _shape(checks.key_id), parent=self))
            self._add_field(self.tr("Key file (.p8):"), CheckedField(
                "p8_file", _shape(checks.p8_file), file_filter=self.tr("App Store Connect keys (*.p8);;All files (*)"),
                parent=self))
            self.find_apps = QPushButton(self.tr("Find my apps"), self)
            self.find_apps.clicked.connect(self.find_app_store_apps)
            self.apps = QComboBox(self)
            self.apps.setAccessibleName(self.tr("App"))
            self.apps.setPlaceholderText(self.tr("press “Find my apps” first"))
            self.apps.currentIndexChanged.connect(self._app_chosen)
            self._add_row("", self.find_apps)
            self._add_row(self.tr("App:"), self.apps)
        elif platform == "trustpilot":
            self._add_field(self.tr("API key:"), CheckedField(
                "tp_key", _shape(checks.api_token), parent=self))
            self._add_field(self.tr("Secret:"), CheckedField(
                "tp_secret", _shape(_trustpilot_secret), secret=True, parent=self))
            self._add_field(self.tr("Your business:"), CheckedField(
                "tp_business", checks.business_unit, placeholder="www.example.com", parent=self))

        has_api = platform not in NO_API_REASONS
        self.steps.setText(steps_html(platform) if has_api else f"<p>{no_api_text(platform)}</p>")
        for widget in (self.name, self.interval, self.test_button):
            self.form.setRowVisible(widget, has_api)  # nothing to set for a platform without an API
        can_redirect = has_api and platform != "demo"
        self.form.setRowVisible(self.advanced, can_redirect)
        if not can_redirect:
            self.advanced.setChecked(False)
        defaults = {Platform(p).label for p in Platform._value2member_map_} | {
            platform_name(p) for p in Platform._value2member_map_}
        if not self.name.text() or self.name.text() in defaults:  # still the platform's name: follow it
            self.name.setText(platform_name(platform))
        self.result.setText("")
        self._update_buttons()

    # -- what the form holds ----------------------------------------------------------
    def _value(self, name: str) -> Any:
        field = self.fields.get(name)
        return field.value if field is not None and field.ok else None

    def form_values(self) -> tuple[dict[str, str], dict[str, str] | None] | None:
        """(settings, secrets) when every field is right, else None."""
        platform = self.current_platform
        if platform in NO_API_REASONS:
            return None
        if platform == "demo":
            return {}, None
        if platform == "google_business":
            client = self._value("oauth_file")
            if client is not None and "refresh_token" in client:
                return {}, dict(client)
            return ({}, dict(self.signed_in)) if self.signed_in else None
        if platform == "google_play":
            key, package = self._value("sa_file"), self._value("package")
            return ({"package_name": package}, dict(key)) if key and package else None
        if platform == "app_store":
            secrets = self._app_store_secrets()
            app_id = self.apps.currentData() if self.apps is not None else None
            return ({"app_ids": str(app_id)}, secrets) if secrets and app_id else None
        if platform == "trustpilot":
            key, secret, business = (self._value(n) for n in ("tp_key", "tp_secret", "tp_business"))
            return (dict(business), {"api_key": key, "api_secret": secret}) if key and secret and business else None
        return None

    def _app_store_secrets(self) -> dict[str, str] | None:
        key_id, issuer, pem = (self._value(n) for n in ("key_id", "issuer_id", "p8_file"))
        return {"key_id": key_id, "issuer_id": issuer, "private_key": pem} if key_id and issuer and pem else None

    def _api_address(self) -> str | None:
        from workstation.sources.base import ConfigError
        from workstation.sources.endpoints import check_base_url

        text = self.base_url.text().strip()
        if not text or not self.advanced.isChecked():
            return None
        try:
            return check_base_url(text)
        except ConfigError:
            return None

    def _address_ok(self) -> bool:
        return not (self.advanced.isChecked() and self.base_url.text().strip() and self._api_address() is None)

    def _update_buttons(self) -> None:
        address_ok = self._address_ok()
        self.base_url_problem.setText("" if address_ok else self.tr(
            "Use an address starting with https:// (http:// only for this computer)."))
        self.form.setRowVisible(self.base_url_problem, not address_ok)
        ready = self.form_values() is not None and address_ok and self.job is None
        self.save_button.setEnabled(ready and bool(self.name.text().strip()))
        self.test_button.setEnabled(ready)
        self.platform.setEnabled(self.job is None)  # a running test belongs to this platform's page
        if self.current_platform == "app_store":
            self.find_apps.setEnabled(self._app_store_secrets() is not None and self.job is None)

    # -- background work --------------------------------------------------------------
    def _run(self, work: Callable[[], Any], done: Callable[[Any], None], waiting: str) -> None:
        def in_worker(_progress: ProgressFn, _cancelled: CancelledFn) -> Any:
            return work()

        self.result.setStyleSheet("")
        self.result.setText(waiting)
        self.job = Job(in_worker, self)

        def finished(value: object) -> None:
            self.job = None
            done(value)
            self._update_buttons()

        def failed(_message: str, _details: str) -> None:  # ops answer in verdicts; this is a bug
            self.job = None
            self._show_result(False, self.tr("The test could not finish because of an unexpected problem. "
                                             "Try again; if it goes on, the details are in the log."))
            self._update_buttons()

        self.job.finished.connect(finished)
        self.job.failed.connect(failed)
        self._update_buttons()
        self.job.start()

    def _show_result(self, ok: bool, text: str) -> None:
        self.result.setText(("✓ " if ok else "✗ ") + text)
        self.result.setStyleSheet(f"color: {OK_COLOR if ok else PROBLEM_COLOR}")

    def test_connection(self) -> None:
        values = self.form_values()
        if values is None or self.job is not None:
            return
        from workstation.ops.accounts import check_new_source

        platform, (settings, secrets), base_url = self.current_platform, values, self._api_address()
        options, lang = self.connector_options, current_language()

        def work() -> Any:
            return asyncio.run(check_new_source(platform, settings, secrets, base_url=base_url, **options))

        self._run(work, lambda verdict: self._show_result(verdict.ok, verdict.message(lang)),
                  self.tr("Testing the connection…"))

    def find_app_store_apps(self) -> None:
        secrets = self._app_store_secrets()
        if secrets is None or self.job is not None:
            for name in ("issuer_id", "key_id", "p8_file"):
                self.fields[name].show_problem_if_empty()
            return
        from workstation.ops.accounts import find_app_store_apps

        base_url, options, lang = self._api_address(), self.connector_options, current_language()

        def work() -> Any:
            return asyncio.run(find_app_store_apps(secrets, base_url=base_url, **options))

        self._run(work, lambda found: self._apps_found(found, lang), self.tr("Asking Apple which apps this key sees…"))

    def _app_chosen(self) -> None:
        if self.job is None and self.apps is not None and self.apps.count() and self.result.text():
            self.result.setText("")  # the test said something about the app chosen before
        self._update_buttons()

    def _apps_found(self, found: Any, lang: str) -> None:
        assert self.apps is not None
        self.apps.clear()
        if not found.verdict.ok:
            self._show_result(False, found.verdict.message(lang))
            return
        if not found.apps:
            self._show_result(False, self.tr("This key sees no app yet: check its role in App Store Connect."))
            return
        for app in found.apps:
            label = f"{app.name} ({app.bundle_id})" if app.name and app.bundle_id else (app.name or app.id)
            self.apps.addItem(label, app.id)
        self.apps.setCurrentIndex(0)
        if self.name.text() == Platform("app_store").label and found.apps[0].name:
            self.name.setText(found.apps[0].name)
        count = len(found.apps)
        self._show_result(True, self.tr("This key sees %n app(s): pick yours in the list.", "", count))

    def _sign_in(self) -> None:
        """Installed-app OAuth: browser consent, loopback redirect, PKCE; keeps the refresh token."""
        field = self.fields["oauth_file"]
        if not field.ok:
            field.show_problem_if_empty()
            self.sign_in_status.setText(self.tr("First choose the sign-in file you downloaded in step 3."))
            self.sign_in_status.setStyleSheet(f"color: {PROBLEM_COLOR}")
            return
        client = dict(field.value)
        if "refresh_token" in client:
            self.signed_in = client
            self._signed_in_text(self.tr("This file already holds a sign-in: no need to sign in again."))
            return
        from workstation.sources.endpoints import resolve_endpoints

        endpoints = resolve_endpoints("google_business", self._api_address())

        def work() -> Any:
            from workstation.sources.base import ConnectorError
            from workstation.sources.oauth import run_installed_app_flow

            try:
                tokens = asyncio.run(run_installed_app_flow(
                    client["client_id"], client["client_secret"],
                    authorize_url=str(endpoints.authorize), token_url=str(endpoints.token),
                ))
            except ConnectorError:
                return None
            return {**client, "refresh_token": tokens.refresh_token} if tokens.refresh_token else None

        self.sign_in.setEnabled(False)
        self._run(work, self._signed_in, self.tr("Waiting for you to allow access in the browser…"))

    def _signed_in_text(self, text: str, ok: bool = True) -> None:
        self.sign_in_status.setText(("✓ " if ok else "✗ ") + text)
        self.sign_in_status.setStyleSheet(f"color: {OK_COLOR if ok else PROBLEM_COLOR}")
        self._update_buttons()

    def _signed_in(self, secrets: dict[str, str] | None) -> None:
        self.sign_in.setEnabled(True)
        self.result.setText("")
        if secrets is None:
            self._signed_in_text(self.tr("Google did not give access. Press “Sign in with Google…” again and "
                                         "click Allow."), ok=False)
            return
        self.signed_in = secrets
        self._signed_in_text(self.tr("Signed in. You can test the connection, then add the account."))

    # -- saving -----------------------------------------------------------------------
    def accept(self) -> None:
        from workstation.sources.base import ConfigError, CredentialsError
        from workstation.store.errors import StoreError
        from workstation.sync.source_setup import add_checked_source

        values = self.form_values()
        if values is None or not self.name.text().strip():
            return
        settings, secrets = values
        try:
            added = add_checked_source(
                self.store, platform=self.current_platform, name=self.name.text().strip(), settings=settings,
                secrets=secrets, base_url=self._api_address(), sync_interval_min=self.interval.value() or None,
            )
        except (ConfigError, CredentialsError, StoreError):
            self._show_result(False, self.tr("The account could not be saved: check each field, or the "
                                             "computer’s keychain, and try again."))
            return
        self.source_id = added.id
        super().accept()

    def reject(self) -> None:
        if self.job is not None:
            self.job.cancel()
        super().reject()
