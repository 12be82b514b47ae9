"""Reply settings: the kind of business is chosen for all locations or one of them, and saved
beside the contact; the composer's profile follows it."""

from __future__ import annotations

from workstation.replies.stored_inputs import profile_settings, reply_profile
from workstation.store import Store
from workstation.store.queries import list_locations
from workstation.ui.reply_settings import ReplySettingsDialog


def test_the_dialog_saves_the_kind_for_all_and_per_location(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    location = list_locations(demo_store, with_counts=False)[0].name
    dialog = ReplySettingsDialog(demo_store)
    qtbot.addWidget(dialog)
    assert dialog.kind.accessibleName() == "Kind of business"
    assert dialog.kind.currentData() == ""  # nothing chosen: today's wording
    labels = [dialog.kind.itemText(i) for i in range(dialog.kind.count())]
    assert "Online shop or delivery" in labels and "Services (bank, agency, office…)" in labels
    assert dialog.kind.itemData(labels.index("Health care (practice, pharmacy, vet…)")) == "care"
    dialog.kind.setCurrentIndex(dialog.kind.findData("shop"))
    dialog.location.setCurrentIndex(dialog.location.findData(location))
    assert dialog.kind.currentData() == ""  # the location has no kind of its own yet
    dialog.kind.setCurrentIndex(dialog.kind.findData("online"))
    dialog.accept()
    saved = profile_settings(demo_store)
    assert saved["kind"] == "shop"
    assert saved["locations"][location]["kind"] == "online"
    assert reply_profile(demo_store, location).kind == "online"
    assert reply_profile(demo_store, None).kind == "shop"

    again = ReplySettingsDialog(demo_store)
    qtbot.addWidget(again)
    assert again.kind.currentData() == "shop"
    again.location.setCurrentIndex(again.location.findData(location))
    assert again.kind.currentData() == "online"
    again.kind.setCurrentIndex(0)  # back to "as for all locations"
    again.accept()
    assert reply_profile(demo_store, location).kind == "shop"


def test_the_setup_assistant_replies_page_saves_the_kind(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from workstation.store.business_profile import load_profile, save_profile
    from workstation.ui.setup_pages import RepliesPage

    store = Store(tmp_path / "new.sqlite3")
    try:
        page = RepliesPage()
        qtbot.addWidget(page)
        page.load(load_profile(store))
        assert page.kind.currentData() == "" and page.kind.accessibleName() == "Kind of business"
        page.kind.setCurrentIndex(page.kind.findData("hotel"))
        page.retranslate()  # a language switch keeps the choice
        assert page.kind.currentData() == "hotel"
        profile = load_profile(store)
        page.fill(profile)
        save_profile(store, profile)
        assert reply_profile(store, None).kind == "hotel"
        assert profile_settings(store)["kind"] == "hotel"
        again = RepliesPage()
        qtbot.addWidget(again)
        again.load(load_profile(store))
        assert again.kind.currentData() == "hotel"
    finally:
        store.close()
