"""First run: choose the language, name the business and its locations."""

from __future__ import annotations

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

LANGUAGES = (("en", "English"), ("fr", "Français"))


class FirstRunDialog(QDialog):
    def __init__(self, current_lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Tell us about your business. You can change this later in Settings."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(0 if current_lang != "fr" else 1)
        form.addRow(self.tr("Language:"), self.language)
        self.business = QLineEdit(self)
        self.business.setAccessibleName(self.tr("Business name"))
        self.business.setPlaceholderText(self.tr("e.g. Maison Dupont"))
        form.addRow(self.tr("Business name:"), self.business)
        self.locations = QPlainTextEdit(self)
        self.locations.setAccessibleName(self.tr("Locations"))
        self.locations.setPlaceholderText(self.tr("One location per line, e.g.\nParis 11e\nLyon"))
        self.locations.setFixedHeight(90)
        form.addRow(self.tr("Locations:"), self.locations)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)
        self.business.textChanged.connect(self._validate)
        self._validate()

    def _validate(self) -> None:
        ok = bool(self.business.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def values(self) -> tuple[str, str, list[str]]:
        locations = [line.strip() for line in self.locations.toPlainText().splitlines() if line.strip()]
        return self.language.currentData(), self.business.text().strip(), locations
