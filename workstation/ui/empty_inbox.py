"""What an empty inbox says on a fresh install: no blank table, but the next step —
import a file of reviews, connect an account, or set up the business — as links.

Shown over the review table only while the database holds no review at all (an empty
filter result is the filter bar's business).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from workstation.store import Store, StoreError, queries


def has_no_review(store: Store) -> bool:
    try:
        return sum(queries.view_counts(store).values()) == 0
    except StoreError:
        return False  # a broken database is reported elsewhere; never hide the table for it


class EmptyInboxHint(QLabel):
    """Emits `chosen("import" | "connect" | "preferences")` when a link is clicked."""

    chosen = Signal(str)

    def __init__(self, viewport: QWidget) -> None:
        super().__init__(viewport)
        self.setObjectName("empty_inbox_hint")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setStyleSheet("color: #4D5656; padding: 24px;")
        self.linkActivated.connect(self.chosen.emit)
        viewport.installEventFilter(self)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.setText("<p style='font-size: 13pt'><b>{}</b></p><p>{}</p><p>{}</p><p>{}</p>".format(
            self.tr("No reviews yet"),
            self.tr("<a href='import'>Import a file of reviews</a> (a CSV or Excel export, Ctrl+O)"),
            self.tr("or <a href='connect'>connect an account</a> (Google, App Store, Google Play, Trustpilot)."),
            self.tr("Business, locations and signature: <a href='preferences'>Preferences</a>."),
        ))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False

    def update_for(self, store: Store) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.setVisible(has_no_review(store))
