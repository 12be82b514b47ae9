"""Icons drawn at run time (crisp at any DPI, no third-party logos shipped)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

_SOURCE_STYLE = {
    "google_business": ("G", "#4285F4"),
    "google_play": ("P", "#01875F"),
    "app_store": ("A", "#0D84FF"),
    "trustpilot": ("T", "#00B67A"),
    "tripadvisor": ("Ta", "#34E0A1"),
    "yelp": ("Y", "#D32323"),
    "facebook": ("f", "#1877F2"),
    "demo": ("D", "#8E44AD"),
    "manual": ("•", "#7F8C8D"),
}

LEVEL_COLOURS = {"critical": "#C0392B", "high": "#E67E22", "normal": "#2980B9", "low": "#7F8C8D"}


def _badge(text: str, colour: str, size: int = 32) -> QIcon:
    icon = QIcon()
    for scale in (1, 2, 3):
        px = QPixmap(size * scale, size * scale)
        px.setDevicePixelRatio(scale)
        px.fill(Qt.GlobalColor.transparent)
        p = QPainter(px)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setBrush(QColor(colour))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawRoundedRect(QRectF(1, 1, size - 2, size - 2), size / 4, size / 4)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(size * (0.42 if len(text) > 1 else 0.6)))
        p.setFont(font)
        p.setPen(QColor("white"))
        p.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, text)
        p.end()
        icon.addPixmap(px)
    return icon


@cache
def source_icon(platform: str) -> QIcon:
    text, colour = _SOURCE_STYLE.get(platform, _SOURCE_STYLE["manual"])
    return _badge(text, colour)


@cache
def app_icon() -> QIcon:
    """The app's icon (the same artwork as the installers'), drawn if the files are missing."""
    from workstation.paths import resources_dir

    icon = QIcon()
    for path in sorted((resources_dir() / "icons").glob("workstation-*.png")):
        icon.addFile(str(path))
    return icon if not icon.isNull() else _badge("★", "#C0392B", 64)


@cache
def level_icon(level: str) -> QIcon:
    """A coloured dot for an urgency level."""
    icon = QIcon()
    for scale in (1, 2, 3):
        px = QPixmap(16 * scale, 16 * scale)
        px.setDevicePixelRatio(scale)
        px.fill(Qt.GlobalColor.transparent)
        p = QPainter(px)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setBrush(QColor(LEVEL_COLOURS.get(level, "#7F8C8D")))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawEllipse(QRectF(3, 3, 10, 10))
        p.end()
        icon.addPixmap(px)
    return icon
