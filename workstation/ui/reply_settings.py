"""Reply settings: signature, contact and kind of business for replies, for all locations or
one of them. The kind of business words the composed drafts for it ("your order" for an online
shop, not "your plate")."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workstation.store import Store
from workstation.store.queries import list_locations
from workstation.store.settings import set_setting
from workstation.ui.business_kind_choice import fill_kind_choice, select_kind
from workstation.ui.reply_context import PROFILE_KEY, profile_settings


class ReplySettingsDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Reply settings"))
        self.values: dict[str, Any] = profile_settings(store)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Used to fill the {signature} and {contact} of reply templates. "
                               "A location's own values win over the ones for all locations."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.location = QComboBox(self)
        self.location.setAccessibleName(self.tr("Location"))
        self.location.addItem(self.tr("All locations"), "")
        for location in list_locations(store, with_counts=False):
            self.location.addItem(location.name, location.name)
        form.addRow(self.tr("For:"), self.location)
        self.signature = QPlainTextEdit(self)
        self.signature.setAccessibleName(self.tr("Signature"))
        self.signature.setFixedHeight(70)
        form.addRow(self.tr("Signature:"), self.signature)
        self.contact = QLineEdit(self)
        self.contact.setAccessibleName(self.tr("Contact"))
        self.contact.setPlaceholderText(self.tr("e.g. contact@example.com or 01 23 45 67 89"))
        form.addRow(self.tr("Contact:"), self.contact)
        self.kind = QComboBox(self)
        fill_kind_choice(self.kind)
        form.addRow(self.tr("Kind of business:"), self.kind)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._current = ""
        self.location.currentIndexChanged.connect(self._switch)
        self._load("")

    def _entry(self, location: str) -> dict[str, str]:
        if not location:
            return self.values
        return self.values["locations"].setdefault(location, {})

    def _load(self, location: str) -> None:
        entry = self._entry(location)
        self.signature.setPlainText(entry.get("signature", ""))
        self.contact.setText(entry.get("contact", ""))
        select_kind(self.kind, entry.get("kind", ""))
        self._current = location

    def _keep(self) -> None:
        entry = self._entry(self._current)
        entry["signature"] = self.signature.toPlainText().strip()
        entry["contact"] = self.contact.text().strip()
        entry["kind"] = self.kind.currentData() or ""

    def _switch(self) -> None:
        self._keep()
        self._load(self.location.currentData())

    def accept(self) -> None:
        self._keep()
        self.values["locations"] = {k: v for k, v in self.values["locations"].items() if any(v.values())}
        set_setting(self.store, PROFILE_KEY, self.values)
        super().accept()
