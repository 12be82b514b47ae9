"""What the user actually sees: one-line labels and buttons cut short of their text."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget


def elided(widget: QWidget) -> list[str]:
    """Texts of visible one-line labels and buttons narrower than their text needs."""
    cut = []
    for child in [widget, *widget.findChildren(QWidget)]:
        is_text = (isinstance(child, QLabel) and not child.wordWrap()) or isinstance(child, QAbstractButton)
        text = child.text() if is_text else ""  # type: ignore[attr-defined]
        if text and child.isVisible() and child.width() < child.sizeHint().width():
            cut.append(text)
    return cut
