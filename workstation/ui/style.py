"""The platform's own style, with one correction: tabs tall enough for accented capitals.

Qt's Fusion style (the default on Linux) draws the tabs that are not selected two pixels
lower and clips their text to the tab: the accent of a capital — "Établissements",
"Équipe" in French — was cut off. A few more pixels of tab height keep it whole; every
other widget is drawn by the platform's style as before. macOS draws native tabs whose
height it fixes itself, so it is left alone.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

# Enough for the accent above a capital letter at any font size the app is likely to use.
TAB_EXTRA_HEIGHT = 4


class AccentSafeStyle(QProxyStyle):
    """The platform's style with tabs `TAB_EXTRA_HEIGHT` pixels taller."""

    def sizeFromContents(self, contents: QStyle.ContentsType, option: QStyleOption, size: QSize,
                         widget: QWidget | None = None) -> QSize:
        found = super().sizeFromContents(contents, option, size, widget)
        if contents == QStyle.ContentsType.CT_TabBarTab:
            return QSize(found.width(), found.height() + TAB_EXTRA_HEIGHT)
        return found


def install_style(app: QApplication) -> None:
    """Wrap the application's current style in `AccentSafeStyle` (not on macOS)."""
    name = app.style().name().lower()
    if name == "macos" or isinstance(app.style(), AccentSafeStyle):
        return
    app.setStyle(AccentSafeStyle(name))
