"""The kind-of-business choice of a reply profile, as the window offers it: one list, worded
once, for the Reply settings dialog and the setup assistant's replies page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

# Literal context and texts in every call: pyside6-lupdate extracts only literals.


def fill_kind_choice(combo: QComboBox) -> None:
    """(Re)fill `combo` in the current language, keeping its choice; "" is none (for a location:
    as for all locations), the others are `replies.model.BUSINESS_KINDS`."""
    current = combo.currentData() or ""
    combo.clear()
    for label, kind in (
        (QCoreApplication.translate("BusinessKind", "Not chosen"), ""),
        (QCoreApplication.translate("BusinessKind", "Restaurant or café"), "restaurant"),
        (QCoreApplication.translate("BusinessKind", "Hotel or lodging"), "hotel"),
        (QCoreApplication.translate("BusinessKind", "Shop"), "shop"),
        (QCoreApplication.translate("BusinessKind", "Online shop or delivery"), "online"),
        (QCoreApplication.translate("BusinessKind", "Services (bank, agency, office…)"), "services"),
        (QCoreApplication.translate("BusinessKind", "Health care (practice, pharmacy, vet…)"), "care"),
    ):
        combo.addItem(label, kind)
    select_kind(combo, current)
    combo.setAccessibleName(QCoreApplication.translate("BusinessKind", "Kind of business"))
    combo.setToolTip(
        QCoreApplication.translate("BusinessKind", "Drafts use words that fit it: no kitchen or dishes for a shop or a bank.")
    )


def select_kind(combo: QComboBox, kind: str) -> None:
    """Show `kind` as chosen; a stored kind the list does not hold shows as "Not chosen"."""
    combo.setCurrentIndex(max(0, combo.findData(kind)))
