"""The first-run assistant (incl. switching to French at once) and Preferences: what the
owner types ends in the store, deadlines use each location's time zone and hours, and
replies are signed with the owner's signature and public contact."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox

from workstation.metrics.stored import load_calendars
from workstation.store import Store
from workstation.store.business_profile import (
    CUSTOM,
    BusinessLocation,
    BusinessProfile,
    load_profile,
    preset_hours_json,
    preset_of,
    save_profile,
)
from workstation.ui import translation
from workstation.ui.first_run import SetupAssistant
from workstation.ui.main_window import MainWindow
from workstation.ui.preferences import PreferencesDialog
from workstation.ui.reply_context import reply_profile


@pytest.fixture
def empty_store(tmp_path: Path) -> Iterator[Store]:
    store = Store(tmp_path / "new.sqlite3")
    yield store
    store.close()


@pytest.fixture(autouse=True)
def english_afterwards(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    translation.install("en")  # a test that switched to French must not leak it


def test_profile_round_trip_feeds_the_deadlines(empty_store: Store) -> None:
    save_profile(empty_store, BusinessProfile(
        "Maison Dupont", [BusinessLocation("Paris 11e", "Europe/Paris", "tue_sat"),
                          BusinessLocation("Montréal", "America/Toronto", "every_day")],
        "Marie, Maison Dupont", "01 23 45 67 89"))
    profile = load_profile(empty_store)
    assert profile.business_name == "Maison Dupont"
    assert {(loc.name, loc.timezone, loc.hours) for loc in profile.locations} == {
        ("Paris 11e", "Europe/Paris", "tue_sat"), ("Montréal", "America/Toronto", "every_day")}
    calendars = load_calendars(empty_store)
    paris = calendars["Paris 11e"]
    assert paris.tz_name == "Europe/Paris" and not paris.uses_default_hours
    assert [bool(day) for day in paris.hours.days] == [False, True, True, True, True, True, False]
    assert all(calendars["Montréal"].hours.days) and calendars["Montréal"].tz_name == "America/Toronto"
    signed = reply_profile(empty_store, "Paris 11e")
    assert (signed.signature, signed.contact) == ("Marie, Maison Dupont", "01 23 45 67 89")


def test_custom_hours_are_kept(empty_store: Store) -> None:
    from workstation.store.metrics_data import location_settings, save_location_settings

    save_profile(empty_store, BusinessProfile("Shop", [BusinessLocation("Lyon", "Europe/Paris", "mon_fri")]))
    custom = '{"days": {"mon": "08:00-12:00"}}'
    row = location_settings(empty_store)[0]
    save_location_settings(empty_store, row.id, timezone="Europe/Paris", country="FR", hours_json=custom)
    assert preset_of(custom) == CUSTOM and preset_of(preset_hours_json("mon_sat")) == "mon_sat"
    profile = load_profile(empty_store)
    assert profile.locations[0].hours == CUSTOM
    save_profile(empty_store, profile)
    after = location_settings(empty_store)[0]
    assert (after.hours_json, after.country) == (custom, "FR")


def test_assistant_switches_to_french_at_once_and_saves(qtbot, empty_store: Store) -> None:  # type: ignore[no-untyped-def]
    assistant = SetupAssistant(empty_store, "en")
    qtbot.addWidget(assistant)
    assistant.show()
    assert assistant.windowTitle() == "Set up Review Workstation" and assistant.next.text() == "Next"
    assert assistant.heading.text() == "How you work" and assistant.team.alone.isChecked()
    assert assistant.welcome.isVisible() and assistant.welcome.text().startswith("Welcome!")  # said on step 1
    assistant.next.click()  # working alone: the business comes next
    assert not assistant.welcome.isVisible() and "Welcome" not in assistant.business.intro.text()  # once only
    assert not assistant.next.isEnabled()  # a business name first
    assistant.business.language.setCurrentIndex(assistant.business.language.findData("fr"))
    assert assistant.language == "fr"
    assert assistant.windowTitle() == "Configurer Review Workstation"
    assert assistant.next.text() == "Suivant" and assistant.heading.text() == "Votre commerce"
    assert assistant.business.business_label.text() == "Nom du commerce\u00a0:"
    qtbot.keyClicks(assistant.business.business, "Maison Dupont")
    assert assistant.next.isEnabled()
    assistant.next.click()
    assert assistant.heading.text() == "Vos établissements"
    assert assistant.locations.table.horizontalHeaderItem(2).text() == "Horaires d’ouverture"
    assistant.locations.add_button.click()
    assistant.locations.table.item(0, 0).setText("Paris 11e")
    zone = assistant.locations.table.cellWidget(0, 1)
    hours = assistant.locations.table.cellWidget(0, 2)
    assert isinstance(zone, QComboBox) and isinstance(hours, QComboBox)
    assert zone.currentText()  # guessed from this computer
    zone.setCurrentText("Europe/Paris")
    hours.setCurrentIndex(hours.findData("tue_sat"))
    assert hours.currentText() == "Mar–sam, 9:00–18:00"
    assistant.next.click()
    assistant.replies.signature.setPlainText("Marie, Maison Dupont")
    assistant.replies.contact.setText("bonjour@maisondupont.fr")
    assistant.next.click()
    assert not assistant.next.isVisible()
    assistant.step_buttons["import"].click()
    assert assistant.next_step == "import"
    profile = load_profile(empty_store)
    assert profile.business_name == "Maison Dupont"
    assert [(loc.name, loc.timezone, loc.hours) for loc in profile.locations] == [
        ("Paris 11e", "Europe/Paris", "tue_sat")]
    assert reply_profile(empty_store, "Paris 11e").contact == "bonjour@maisondupont.fr"


def test_preferences_edit_what_the_assistant_set(qtbot, empty_store: Store) -> None:  # type: ignore[no-untyped-def]
    save_profile(empty_store, BusinessProfile("Shop", [BusinessLocation("Lyon", "Europe/Paris", "mon_fri")]))
    dialog = PreferencesDialog(empty_store, "en")
    qtbot.addWidget(dialog)
    assert dialog.business.business.text() == "Shop"
    hours = dialog.locations.table.cellWidget(0, 2)
    assert isinstance(hours, QComboBox) and hours.currentData() == "mon_fri"
    hours.setCurrentIndex(hours.findData("every_day"))
    dialog.replies.contact.setText("hello@shop.example")
    dialog.business.language.setCurrentIndex(dialog.business.language.findData("fr"))
    with qtbot.waitSignal(dialog.saved), qtbot.waitSignal(dialog.languageChosen) as chosen:
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert chosen.args == ["fr"]
    profile = load_profile(empty_store)
    assert profile.locations[0].hours == "every_day" and profile.contact == "hello@shop.example"


def test_window_has_preferences_with_the_standard_role(window: MainWindow) -> None:
    action = window.findChild(QAction, "preferences")
    assert action is not None and action.menuRole() == QAction.MenuRole.PreferencesRole
    standard = QKeySequence(QKeySequence.StandardKey.Preferences)
    assert standard.isEmpty() or standard in action.shortcuts()
    assert QKeySequence("Ctrl+,") in action.shortcuts()


def test_empty_inbox_says_what_to_do_next(qtbot, empty_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(empty_store, locale="en", background_jobs=False)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.model.is_complete, timeout=30_000)
    win._update_count()
    assert win.empty_hint.isVisible()
    assert "No reviews yet" in win.empty_hint.text() and "href='import'" in win.empty_hint.text()
    assert win.empty_hint.geometry() == win.table.viewport().rect()
    chosen: list[str] = []
    monkeypatch.setattr(win, "choose_import", lambda: chosen.append("import"))
    monkeypatch.setattr(win, "show_preferences", lambda: chosen.append("preferences"))
    win.empty_hint.linkActivated.emit("import")
    win.empty_hint.linkActivated.emit("preferences")
    assert chosen == ["import", "preferences"]


def test_inbox_with_reviews_has_no_hint(window: MainWindow) -> None:
    window._update_count()
    assert not window.empty_hint.isVisible()
