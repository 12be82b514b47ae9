""""Work alone on this computer / Join a team server": the page shared by the first-run
assistant and Preferences, and where the choice is remembered.

The address rules are `store/location.py`'s (TLS checked against the certificate for any
host but this computer, unless the user ticks "accept a self-signed certificate"); the
password goes to the keychain (`store/postgres/password.py`), never to the settings file,
which keeps the address without it. "Test connection" opens the server on a worker thread
and answers in plain words (wrong password, no encryption, server down, newer app).
"""

from __future__ import annotations

import getpass
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workstation.error_kinds import refusal_of
from workstation.store.errors import NewerDatabaseError, StoreError
from workstation.store.location import (
    DEFAULT_PORT,
    PostgresLocation,
    StoreUrlError,
    is_loopback,
    parse_store_url,
)
from workstation.ui.conflict_reasons import error_text
from workstation.ui.worker import Job

ALONE, TEAM = "alone", "team"
_GROUP = "team"


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


@dataclass(frozen=True)
class TeamChoice:
    """The remembered choice (QSettings): never the password."""

    mode: str = ALONE
    host: str = ""
    port: int = DEFAULT_PORT
    database: str = ""
    user: str = ""
    accept_self_signed: bool = False
    name: str = ""  # how replies are signed in the team (default: the login name)

    @property
    def team(self) -> bool:
        return self.mode == TEAM

    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"postgresql://{quote(self.user, safe='')}@{host}:{self.port}/{quote(self.database, safe='')}"

    def location(self, password: str | None = None) -> PostgresLocation:
        """The server address; raises StoreUrlError (plain English) when it cannot be used."""
        where = parse_store_url(self.url(), accept_self_signed=self.accept_self_signed)
        assert isinstance(where, PostgresLocation)
        if password:
            where = PostgresLocation(where.host, where.port, where.database, where.user, where.sslmode, password,
                                     where.options)
        return where

    def author(self) -> str:
        return self.name.strip() or _login_name() or "unknown"


def load_choice(settings: QSettings) -> TeamChoice:
    settings.beginGroup(_GROUP)
    try:
        return TeamChoice(
            mode=str(settings.value("mode", ALONE)),
            host=str(settings.value("host", "")),
            port=int(settings.value("port", DEFAULT_PORT) or DEFAULT_PORT),
            database=str(settings.value("database", "")),
            user=str(settings.value("user", "")),
            accept_self_signed=str(settings.value("accept_self_signed", "false")).lower() == "true",
            name=str(settings.value("name", "")),
        )
    finally:
        settings.endGroup()


def save_choice(settings: QSettings, choice: TeamChoice) -> None:
    settings.beginGroup(_GROUP)
    for key in ("mode", "host", "port", "database", "user", "name"):
        settings.setValue(key, getattr(choice, key))
    settings.setValue("accept_self_signed", "true" if choice.accept_self_signed else "false")
    settings.endGroup()
    settings.sync()


def window_settings() -> QSettings:
    from workstation.ui.main_window import ui_settings

    return ui_settings()


def data_folder_of(db_path: Path | None) -> Path | None:
    """The data folder of the open database (a team server's copy lives in its `team/` folder)."""
    if db_path is None:
        return None
    return db_path.parent.parent if db_path.parent.name == "team" else db_path.parent


def problem_text(exc: Exception) -> str:
    """A team server problem in the user's language (the core's messages are English)."""
    from workstation.store.postgres import errors

    if isinstance(exc, errors.WrongPasswordError):
        return QCoreApplication.translate(
            "TeamServer", "The server refused this user name or password. Type them again.")
    if isinstance(exc, errors.NoEncryptionError):
        return QCoreApplication.translate(
            "TeamServer", "The server does not offer encryption (TLS). Ask its administrator to enable it.")
    if isinstance(exc, errors.CertificateError):
        return QCoreApplication.translate(
            "TeamServer", "The server’s certificate could not be checked. If your administrator uses a self-signed "
            "certificate, tick “Accept the server’s self-signed certificate”.")
    if isinstance(exc, errors.UnknownDatabaseError):
        return QCoreApplication.translate(
            "TeamServer", "The server has no database with this name.")
    if isinstance(exc, errors.TeamServerUnreachable):
        return QCoreApplication.translate(
            "TeamServer", "The server does not answer. Check the address and that the server is running.")
    if isinstance(exc, NewerDatabaseError):
        return QCoreApplication.translate(
            "TeamServer", "This team server was set up by a newer version of the app. Update the app first; "
            "nothing was changed on the server.")
    if isinstance(exc, StoreUrlError) and getattr(refusal_of(exc), "kind", "") == "team_server_needs_tls":
        return QCoreApplication.translate(
            "TeamServer", "A team server on another computer must be reached with encryption (TLS).")
    return error_text(exc)


# Opens the server and closes it again (raises StoreError); replaced in tests.
Tester = Callable[[PostgresLocation], None]


def open_and_close(data_dir: Path | None) -> Tester:
    """Connect with the typed password, else the one in the keychain (or the secret file)."""

    def test(where: PostgresLocation) -> None:
        from workstation.store.factory import open_team_store

        open_team_store(where, data_dir=data_dir).close()

    return test


class TeamServerPage(QWidget):
    """The choice and the server's address; `tested(ok, message)` after "Test connection"."""

    changed = Signal()
    tested = Signal(bool, str)

    def __init__(self, parent: QWidget | None = None, *, data_dir: Path | None = None,
                 tester: Tester | None = None) -> None:
        super().__init__(parent)
        self._tester = tester or open_and_close(data_dir)
        self._job: Job | None = None
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.alone = QRadioButton(self)
        self.join = QRadioButton(self)
        self.alone.setChecked(True)
        layout.addWidget(self.alone)
        layout.addWidget(self.join)
        self.server_box = QWidget(self)
        form = QFormLayout(self.server_box)
        self.host = QLineEdit(self.server_box)
        self.port = QSpinBox(self.server_box)
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit(self.server_box)
        self.user = QLineEdit(self.server_box)
        self.password = QLineEdit(self.server_box)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.name = QLineEdit(self.server_box)
        self.name.setPlaceholderText(_login_name())
        self.self_signed = QCheckBox(self.server_box)
        self.labels = [QLabel(self.server_box) for _ in range(6)]
        for label, field in zip(self.labels, (self.host, self.port, self.database, self.user, self.password,
                                              self.name), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.self_signed)
        buttons = QHBoxLayout()
        self.test = QPushButton(self.server_box)
        self.test.clicked.connect(self.test_connection)
        buttons.addWidget(self.test)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.result = QLabel(self.server_box)
        self.result.setWordWrap(True)
        form.addRow(self.result)
        layout.addWidget(self.server_box)
        layout.addStretch(1)
        self.alone.toggled.connect(self._update)
        for edit in (self.host, self.database, self.user, self.password):
            edit.textChanged.connect(self._update)
        self.port.valueChanged.connect(self._update)
        self.self_signed.toggled.connect(self._update)
        self.retranslate()
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.intro.setText(self.tr("Work on your own with the reviews kept on this computer, or join your team’s "
                                   "server to share one inbox with your colleagues."))
        self.alone.setText(self.tr("Work alone on this computer"))
        self.join.setText(self.tr("Join a team server"))
        for label, text in zip(self.labels, (self.tr("Server address"), self.tr("Port"), self.tr("Database"),
                                             self.tr("User name"), self.tr("Password"),
                                             self.tr("Your name in the team")), strict=True):
            label.setText(text)
        self.self_signed.setText(self.tr("Accept the server’s self-signed certificate (only if your administrator "
                                         "told you so)"))
        self.test.setText(self.tr("Test connection"))

    # -- the values -------------------------------------------------------------------

    def load(self, choice: TeamChoice) -> None:
        (self.join if choice.team else self.alone).setChecked(True)
        self.host.setText(choice.host)
        self.port.setValue(choice.port)
        self.database.setText(choice.database)
        self.user.setText(choice.user)
        self.name.setText(choice.name)
        self.self_signed.setChecked(choice.accept_self_signed)
        self._update()

    def choice(self) -> TeamChoice:
        return TeamChoice(TEAM if self.join.isChecked() else ALONE, self.host.text().strip(), self.port.value(),
                          self.database.text().strip(), self.user.text().strip(), self.self_signed.isChecked(),
                          self.name.text().strip())

    def complete(self) -> bool:
        choice = self.choice()
        return not choice.team or bool(choice.host and choice.database and choice.user)

    def address_problem(self) -> str | None:
        """Why the address cannot be used as typed (the TLS rule), in plain words; None if fine."""
        if not self.join.isChecked():
            return None
        try:
            self.choice().location()
        except StoreUrlError as exc:
            return problem_text(exc)
        return None

    def remember_password(self, data_dir: Path) -> None:
        """Keep the typed password in the keychain (nothing when none was typed)."""
        from workstation.store.postgres.password import remember_password

        if self.join.isChecked() and self.password.text():
            remember_password(self.choice().location(), self.password.text(), data_dir=data_dir)

    def _update(self) -> None:
        team = self.join.isChecked()
        self.server_box.setEnabled(team)
        self.self_signed.setEnabled(team and not is_loopback(self.host.text().strip() or "localhost"))
        self.test.setEnabled(team and self.complete() and self._job is None)
        self.result.clear()
        self.changed.emit()

    # -- test connection ------------------------------------------------------------------

    def test_connection(self) -> None:
        if self._job is not None or not self.complete():
            return
        problem = self.address_problem()
        if problem is not None:
            self._show_result(False, problem)
            return
        where = self.choice().location(self.password.text() or None)
        tester = self._tester

        def work(_progress: object, _cancelled: object) -> StoreError | None:
            try:
                tester(where)
            except StoreError as exc:  # the answer to show, not a failure of the job
                return exc
            return None

        self.result.setText(self.tr("Connecting…"))
        self._job = Job(work, self)  # type: ignore[arg-type]
        self.test.setEnabled(False)
        self._job.finished.connect(self._tested)
        self._job.failed.connect(lambda message, _details: self._tested(StoreError(message)))
        self._job.start()

    def _tested(self, problem: StoreError | None) -> None:
        self._job = None
        self.test.setEnabled(self.join.isChecked() and self.complete())
        if problem is None:
            self._show_result(True, self.tr("Connected: the team server answers and is ready."))
        else:
            self._show_result(False, problem_text(problem))

    def _show_result(self, ok: bool, message: str) -> None:
        self.result.setText(message)
        self.result.setProperty("ok", ok)
        self.tested.emit(ok, message)
