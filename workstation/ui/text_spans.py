"""Marking character spans of a plain-text editor (evidence, findings) without rich text."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit


def span_selection(document: QTextDocument, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
    """An extra selection over [start, end) of `document` (clamped to its length)."""
    length = document.characterCount() - 1
    selection = QTextEdit.ExtraSelection()
    selection.format = fmt
    cursor = QTextCursor(document)
    cursor.setPosition(max(0, min(start, length)))
    cursor.setPosition(max(0, min(end, length)), QTextCursor.MoveMode.KeepAnchor)
    selection.cursor = cursor
    return selection
