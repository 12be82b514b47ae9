"""Preferences (Edit → Preferences…, the platform's standard shortcut): everything the
first-run assistant asked — language, business name, locations with time zone and
opening hours, reply signature and public contact, working alone or on a team server —
editable at any time (the store choice takes effect at the next start).

Saved through `store.business_profile`; `saved` tells the window to recompute
deadlines, `languageChosen` to switch the window's language.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workstation.store import Store
from workstation.store.business_profile import BusinessProfile, load_profile, save_profile
from workstation.ui.setup_pages import BusinessPage, LocationsPage, RepliesPage
from workstation.ui.team_server import (
    TeamServerPage,
    data_folder_of,
    load_choice,
    save_choice,
    window_settings,
)


class PreferencesDialog(QDialog):
    saved = Signal()
    languageChosen = Signal(str)

    def __init__(self, store: Store, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.initial_language = language
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumSize(640, 420)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.business = BusinessPage(language, self)
        self.business.intro.hide()  # the welcome text belongs to the first run
        self.locations = LocationsPage(self)
        self.replies = RepliesPage(self)
        self.tabs.addTab(self.business, self.tr("Business"))
        self.tabs.addTab(self.locations, self.tr("Locations"))
        self.tabs.addTab(self.replies, self.tr("Replies"))
        self.data_dir = data_folder_of(store.path)
        self.team = TeamServerPage(self, data_dir=self.data_dir)
        self.team_choice = load_choice(window_settings())
        self.team.load(self.team_choice)
        self.tabs.addTab(self.team, self.tr("Team"))
        layout.addWidget(self.tabs, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        profile = load_profile(store)
        for page in (self.business, self.locations, self.replies):
            page.load(profile)

    def profile(self) -> BusinessProfile:
        profile = BusinessProfile()
        for page in (self.business, self.locations, self.replies):
            page.fill(profile)
        return profile

    def accept(self) -> None:
        problem = self.team.address_problem()
        if problem is not None:
            self.tabs.setCurrentWidget(self.team)
            self.team.result.setText(problem)
            return
        self._save_team_choice()
        save_profile(self.store, self.profile())
        self.saved.emit()
        chosen = str(self.business.language.currentData())
        super().accept()
        if chosen != self.initial_language:
            self.languageChosen.emit(chosen)

    def _save_team_choice(self) -> None:
        choice = self.team.choice()
        if self.data_dir is not None:
            self.team.remember_password(self.data_dir)
        if choice == self.team_choice:
            return
        save_choice(window_settings(), choice)
        QMessageBox.information(self, self.tr("Team server"), self.tr(
            "The change takes effect the next time you open the app."))
