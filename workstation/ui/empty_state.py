"""What an empty list says instead of a blank table: why it is empty and what to do."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """Centred over a list's viewport; shown only while the list has no row."""

    clearRequested = Signal()

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view.viewport())
        self.view = view
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(self)
        self.title.setObjectName("empty_title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel(self)
        self.hint.setObjectName("empty_hint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.clicked.connect(self.clearRequested)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignCenter)
        view.viewport().installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self.view.viewport().rect())
        return False

    def update_for(self, rows: int, *, filtered: bool, search: str) -> None:
        """Show the right words for an empty list, or hide when there are rows."""
        if rows:
            self.hide()
            return
        if search:
            self.title.setText(self.tr("No review matches “%1”.").replace("%1", search))
            self.hint.setText(self.tr("Check the spelling, try fewer words, or clear the filters to search every review."))
        elif filtered:
            self.title.setText(self.tr("No review matches these filters."))
            self.hint.setText(self.tr("Remove a filter above, or clear them all."))
        else:
            self.title.setText(self.tr("Nothing here."))
            self.hint.setText(self.tr("No review is in this view right now. Other views are on the left; "
                                      "File → Import reviews… brings reviews in from a file."))
        self.clear_button.setVisible(filtered or bool(search))
        self.setGeometry(self.view.viewport().rect())
        self.show()
        self.raise_()
