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
