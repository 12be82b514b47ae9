"""First run: a short assistant — work alone or join a team server, then language (the
assistant switches at once), business name, locations with time zone and opening hours,
how replies are signed — ending with what to do first: import a file, connect an account
or explore the demo. Joining a team server ends the assistant at once (`next_step` "team"):
the business settings are the team's, on the server.

Saved through `store.business_profile` like the Preferences dialog, which edits the
same things later.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workstation.store import Store
from workstation.store.business_profile import BusinessProfile, load_profile, save_profile
from workstation.ui import translation
from workstation.ui.setup_pages import BusinessPage, LocationsPage, RepliesPage
from workstation.ui.team_server import (
    ALONE,
    TeamChoice,
    TeamServerPage,
    data_folder_of,
    save_choice,
    window_settings,
)

NEXT_STEPS = ("import", "connect", "demo")


class SetupAssistant(QDialog):
    """`language` and `next_step` ("team", "import", "connect", "demo" or None) after it closes."""

    def __init__(self, store: Store, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.language = language
        self.next_step: str | None = None
        self.setMinimumSize(640, 420)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        # The first thing a new owner reads: said once, on the first step only.
        self.welcome = QLabel(self)
        self.welcome.setWordWrap(True)
        layout.addWidget(self.welcome)
        self.pages = QStackedWidget(self)
        self.team = TeamServerPage(self, data_dir=data_folder_of(store.path))
        self.team.changed.connect(self._update)
        self.business = BusinessPage(language, self)
        self.locations = LocationsPage(self)
        self.replies = RepliesPage(self)
        self.finish_page = QWidget(self)
        finish = QVBoxLayout(self.finish_page)
        self.finish_intro = QLabel(self.finish_page)
        self.finish_intro.setWordWrap(True)
        finish.addWidget(self.finish_intro)
        self.step_buttons: dict[str, QPushButton] = {}
        for step in NEXT_STEPS:
            button = QPushButton(self.finish_page)
            button.setMinimumHeight(44)
            button.clicked.connect(lambda _=False, s=step: self._finish(s))
            finish.addWidget(button)
            self.step_buttons[step] = button
        finish.addStretch(1)
        for page in (self.team, self.business, self.locations, self.replies, self.finish_page):
            self.pages.addWidget(page)
        layout.addWidget(self.pages, 1)
        nav = QHBoxLayout()
        self.back = QPushButton(self)
        self.back.clicked.connect(lambda: self._go(-1))
        self.next = QPushButton(self)
        self.next.setDefault(True)
        self.next.clicked.connect(lambda: self._go(1))
        self.step_label = QLabel(self)
        nav.addWidget(self.step_label)
        nav.addStretch(1)
        nav.addWidget(self.back)
        nav.addWidget(self.next)
        layout.addLayout(nav)

        profile = load_profile(store)
        for page in (self.business, self.locations, self.replies):
            page.load(profile)
        self.business.languageChosen.connect(self._switch_language)
        self.business.business.textChanged.connect(lambda _t: self._update())
        self.pages.currentChanged.connect(lambda _i: self._update())
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up Review Workstation"))
        self.back.setText(self.tr("Back"))
        self.welcome.setText(self.tr("Welcome! Five short steps so that deadlines and replies fit your business. "
                                     "Everything can be changed later in Preferences."))
        self.finish_intro.setText(self.tr("All set. What would you like to do first?"))
        self.step_buttons["import"].setText(self.tr("Import a file of reviews (CSV or Excel export)"))
        self.step_buttons["connect"].setText(self.tr("Connect an account (Google, App Store, Trustpilot…)"))
        self.step_buttons["demo"].setText(self.tr("Explore the demo first (sample reviews, nothing is sent)"))
        self._update()

    def _titles(self) -> list[str]:
        return [self.tr("How you work"), self.tr("Your business"), self.tr("Your locations"),
                self.tr("Your replies"), self.tr("Ready")]

    def _update(self) -> None:
        index = self.pages.currentIndex()
        self.heading.setText(self._titles()[index])
        self.welcome.setVisible(index == 0)
        self.step_label.setText(self.tr("Step %1 of %2").replace("%1", str(index + 1))
                                .replace("%2", str(self.pages.count())))
        self.back.setEnabled(index > 0)
        last = index == self.pages.count() - 1
        self.next.setVisible(not last)
        joining = self.pages.currentWidget() is self.team and self.team.join.isChecked()
        self.next.setText(self.tr("Join the team") if joining else self.tr("Next"))
        if self.pages.currentWidget() is self.team:
            self.next.setEnabled(self.team.complete())
        else:
            self.next.setEnabled(self.pages.currentWidget() is not self.business
                                 or bool(self.business.business.text().strip()))

    def _switch_language(self, code: str) -> None:
        self.language = translation.install(code)
        # Qt posts LanguageChange to the windows later; re-word now so the switch is immediate.
        for page in (self.business, self.locations, self.replies):
            page.retranslate()
        self.retranslate()

    def _go(self, step: int) -> None:
        if step > 0 and self.pages.currentWidget() is self.team and self.team.join.isChecked():
            self._join()
            return
        self.pages.setCurrentIndex(max(0, min(self.pages.count() - 1, self.pages.currentIndex() + step)))

    def profile(self) -> BusinessProfile:
        profile = BusinessProfile()
        for page in (self.business, self.locations, self.replies):
            page.fill(profile)
        return profile

    def _join(self) -> None:
        problem = self.team.address_problem()
        if problem is not None:
            self.team.result.setText(problem)
            return
        folder = data_folder_of(self.store.path)
        if folder is not None:
            self.team.remember_password(folder)
        save_choice(window_settings(), self.team.choice())
        self.next_step = "team"
        self.accept()

    def _finish(self, step: str) -> None:
        save_profile(self.store, self.profile())
        save_choice(window_settings(), TeamChoice(ALONE))
        self.next_step = step
        self.accept()
