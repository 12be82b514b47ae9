"""The look of the window's banners (a crisis, someone else answering): a coloured frame
around one wrapped, plain-text line, with room for buttons on its right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel


def banner_text(frame: QFrame, name: str, *, background: str, border: str, text_colour: str) -> tuple[QHBoxLayout, QLabel]:
    """Style `frame` as a banner (object name `name`); returns its row and its text label."""
    frame.setObjectName(name)
    frame.setStyleSheet(f"#{name} {{ background: {background}; border: 1px solid {border}; border-radius: 4px; }}"
                        f"#{name} QLabel {{ color: {text_colour}; }}")
    layout = QHBoxLayout(frame)
    layout.setContentsMargins(8, 4, 8, 4)
    text = QLabel(frame)
    text.setTextFormat(Qt.TextFormat.PlainText)  # reviewers' and colleagues' names are never markup
    text.setWordWrap(True)
    layout.addWidget(text, 1)
    return layout, text
