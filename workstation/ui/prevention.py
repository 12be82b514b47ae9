"""The prevention kit dialog: per location, review-invitation messages (FR/EN, email, SMS,
printed card) and a QR code of the location's review link, saved as PNG or SVG.

Texts and codes come from `metrics.prevention`; the review link is saved on the location.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.metrics.prevention import CHANNELS, PreventionError, invitation, qr_code
from workstation.store import Store
from workstation.store import metrics_data as md
from workstation.store.settings import get_setting
from workstation.ui.conflict_reasons import error_text


class PreventionDialog(QDialog):
    def __init__(self, store: Store, locale: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.locale = locale
        self.setWindowTitle(self.tr("Invite customers to review"))
        business = get_setting(store, "business_name")
        self.business = business if isinstance(business, str) else ""
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.location = QComboBox(self)
        for loc in md.location_settings(store):
            self.location.addItem(loc.name, loc.id)
        form.addRow(self.tr("Location"), self.location)
        self.link = QLineEdit(self)
        self.link.setPlaceholderText(self.tr("The page where customers write a review, https://…"))
        form.addRow(self.tr("Review link"), self.link)
        self.lang = QComboBox(self)
        self.lang.addItem("Français", "fr")
        self.lang.addItem("English", "en")
        self.lang.setCurrentIndex(0 if locale.startswith("fr") else 1)
        form.addRow(self.tr("Language"), self.lang)
        self.channel = QComboBox(self)
        names = {"email": self.tr("Email"), "sms": self.tr("Text message"), "card": self.tr("Printed card")}
        for c in CHANNELS:
            self.channel.addItem(names[c], c)
        form.addRow(self.tr("Message for"), self.channel)
        layout.addLayout(form)
        body = QHBoxLayout()
        self.message = QPlainTextEdit(self)
        self.message.setReadOnly(True)
        body.addWidget(self.message, 1)
        self.qr = QLabel(self)
        self.qr.setFixedSize(240, 240)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setWordWrap(True)  # "No QR code: why" must fit the square, in every language
        body.addWidget(self.qr)
        layout.addLayout(body)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #922B21;")
        layout.addWidget(self.problem)
        buttons = QHBoxLayout()
        self.copy = QPushButton(self.tr("Copy the message"), self)
        self.save_png = QPushButton(self.tr("Save QR code (PNG)…"), self)
        self.save_svg = QPushButton(self.tr("Save QR code (SVG)…"), self)
        self.save_link = QPushButton(self.tr("Save the link"), self)
        for b in (self.copy, self.save_png, self.save_svg, self.save_link):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self.copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.message.toPlainText()))
        self.save_png.clicked.connect(lambda: self._export("png"))
        self.save_svg.clicked.connect(lambda: self._export("svg"))
        self.save_link.clicked.connect(self.store_link)
        self.location.currentIndexChanged.connect(self._location_changed)
        for w in (self.lang, self.channel):
            w.currentIndexChanged.connect(self.refresh)
        self.link.textChanged.connect(self.refresh)
        self._location_changed()

    def _location_changed(self) -> None:
        loc = self._loc()
        self.link.setText(loc.review_url or "" if loc else "")
        self.refresh()

    def _loc(self) -> md.LocationSettings | None:
        loc_id = self.location.currentData()
        return next((x for x in md.location_settings(self.store) if x.id == loc_id), None)

    def refresh(self) -> None:
        loc = self._loc()
        link = self.link.text().strip()
        self.message.setPlainText(invitation(str(self.channel.currentData()), str(self.lang.currentData()),
                                             link=link or "…", business=self.business,
                                             location=loc.name if loc else None))
        try:
            code = qr_code(link)
        except PreventionError as exc:
            self.qr.clear()
            self.qr.setText(self.tr("No QR code: %1").replace("%1", error_text(exc)))
            self.problem.setText(self.tr("Enter the location's review link (https://…) to get its QR code."))
            for b in (self.save_png, self.save_svg):
                b.setEnabled(False)
            return
        pixmap = QPixmap()
        pixmap.loadFromData(code.png(scale=6), "PNG")
        self.qr.setPixmap(pixmap.scaled(self.qr.size(), Qt.AspectRatioMode.KeepAspectRatio))
        self.problem.setText("")
        for b in (self.save_png, self.save_svg):
            b.setEnabled(True)

    def store_link(self) -> None:
        loc = self._loc()
        if loc is not None:
            md.save_location_settings(self.store, loc.id, timezone=loc.timezone, country=loc.country,
                                      hours_json=loc.hours_json, review_url=self.link.text().strip() or None)

    def export(self, kind: str, path: Path) -> Path:
        """Write the QR code as PNG or SVG (raises PreventionError / OSError)."""
        code = qr_code(self.link.text())
        if kind == "svg":
            path.write_text(code.svg(), encoding="utf-8")
        else:
            path.write_bytes(code.png())
        return path

    def _export(self, kind: str) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save QR code"), f"qr.{kind}", f"*.{kind}")
        if name:
            try:
                self.export(kind, Path(name))
            except PreventionError as exc:
                self.problem.setText(error_text(exc))
            except OSError:  # the system's own words are English: name the file instead
                self.problem.setText(self.tr("The QR code could not be saved to %1: check the folder exists "
                                             "and that you can write in it.").replace("%1", name))
