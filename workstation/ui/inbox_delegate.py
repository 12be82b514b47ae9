"""The inbox's Review cell: why it needs attention (chips) and two lines of the text.

A mail client shows a subject and a first line; a review has no subject, so the
reasons the triage found ("Health & safety", "Refund") stand in for it, drawn as
small rounded chips before the text, which wraps onto a second line and ends in "…".
Chips that do not fit are counted in a last "+N" chip rather than dropped: a reason
never disappears from the list without a trace (the row's tooltip names them all).
Search words are highlighted in the text, as a search engine's results do.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

REASONS_ROLE = Qt.ItemDataRole.UserRole + 2  # list[str]: reason names in the UI language
HIGHLIGHT_ROLE = Qt.ItemDataRole.UserRole + 3  # list[str]: words of the current search

_LINES = 2
_PAD = 4
_GAP = 4  # between two chips
_CHIP_COLOUR = QColor("#C0392B")


def row_height(metrics: QFontMetrics) -> int:
    """Two lines of text and the padding around them."""
    return _LINES * metrics.lineSpacing() + 2 * _PAD


def chip_font(font: QFont) -> QFont:
    """The chips' font: the list's, a little smaller."""
    small = QFont(font)
    small.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
    return small


def chip_width(metrics: QFontMetrics, label: str) -> float:
    """A chip's width for `label` in the chips' font (`metrics` of `chip_font`)."""
    return float(metrics.horizontalAdvance(label) + 10)


def more_label(count: int) -> str:
    """The last chip's text when `count` reasons did not fit."""
    return f"+{count}"


def chips_room(line_width: float) -> float:
    """Room for the chips on a first line `line_width` wide: the start of the text keeps 40 px."""
    return line_width - 40


def chips_that_fit(widths: list[float], available: float, gap: float,
                   more_width: Callable[[int], float]) -> int:
    """How many of the chips (of these widths, in order) to draw in `available` pixels:
    all if they fit, else as many as leave room for the "+N" chip counting the rest
    (`more_width(N)` is its width); 0 when even one would not fit beside it."""
    if sum(widths) + gap * len(widths) <= available:
        return len(widths)
    used = 0.0
    for shown, width in enumerate(widths):
        if used + width + gap + more_width(len(widths) - shown - 1) + gap > available:
            return shown
        used += width + gap
    return len(widths)


def fold(text: str) -> str:
    """Lower case without accents, one character for one (positions stay valid): the
    search is accent-insensitive, so "hopital" highlights "hôpital"."""
    return "".join(unicodedata.normalize("NFKD", ch)[:1].casefold()[:1] or ch for ch in text)


def highlight_spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    """(start, length) of every occurrence of the search words in `text`."""
    folded = fold(text)
    spans = []
    for word in words:
        needle = fold(word)
        start = folded.find(needle) if needle else -1
        while start >= 0:
            spans.append((start, len(needle)))
            start = folded.find(needle, start + len(needle))
    return spans


def search_hit_format() -> QTextCharFormat:
    """How a search hit is marked, in the list and in the detail pane alike."""
    fmt = QTextCharFormat()
    fmt.setBackground(QColor("#F7DC6F"))
    fmt.setForeground(QColor("#000000"))
    return fmt


class ReviewSnippetDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(300, row_height(option.fontMetrics))  # type: ignore[attr-defined]

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text  # type: ignore[attr-defined]
        opt.text = ""  # type: ignore[attr-defined]
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else None
        if style is not None:  # background, selection and focus as every other cell
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = opt.rect.adjusted(_PAD, _PAD, -_PAD, -_PAD)  # type: ignore[attr-defined]
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette: QPalette = opt.palette  # type: ignore[attr-defined]
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setClipRect(opt.rect)  # type: ignore[attr-defined]
        metrics = QFontMetrics(opt.font)  # type: ignore[attr-defined]
        x = self._paint_chips(painter, opt, list(index.data(REASONS_ROLE) or ()), rect, metrics)
        painter.setPen(palette.color(role))
        self._paint_text(painter, opt, text, list(index.data(HIGHLIGHT_ROLE) or ()), rect, x, metrics)
        painter.restore()

    def _paint_chips(self, painter: QPainter, opt: QStyleOptionViewItem, reasons: list[str],
                     rect: object, metrics: QFontMetrics) -> float:
        """Draws the chips on the first line; returns where the text starts on that line."""
        assert hasattr(rect, "left")
        x = float(rect.left())
        if not reasons:
            return x
        font = opt.font  # type: ignore[attr-defined]
        small = chip_font(font)
        small_metrics = QFontMetrics(small)
        painter.setFont(small)
        height = small_metrics.height() + 2
        top = rect.top() + (metrics.lineSpacing() - height) / 2
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        # On the selection colour, red would not read: chips take the selected text's colour.
        ink = opt.palette.color(QPalette.ColorRole.HighlightedText) if selected else _CHIP_COLOUR  # type: ignore[attr-defined]
        fill = QColor(ink)
        fill.setAlpha(40)
        available = chips_room(rect.right() - x)
        widths = [chip_width(small_metrics, r) for r in reasons]
        shown = chips_that_fit(widths, available, _GAP, lambda count: chip_width(small_metrics, more_label(count)))
        labels, widths = reasons[:shown], widths[:shown]
        if shown < len(reasons):
            labels.append(more_label(len(reasons) - shown))
            widths.append(chip_width(small_metrics, labels[-1]))
        painter.setPen(ink)
        painter.setBrush(fill)
        for label, width in zip(labels, widths, strict=True):
            chip = QRectF(x, top, width, height)
            painter.drawRoundedRect(chip, height / 2, height / 2)
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, label)
            x += width + _GAP
        painter.setFont(font)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        return x + 2

    def _paint_text(self, painter: QPainter, opt: QStyleOptionViewItem, text: str, words: list[str],
                    rect: object, first_x: float, metrics: QFontMetrics) -> None:
        """Wraps the text onto two lines (the first after the chips), the last one elided."""
        assert hasattr(rect, "left")
        layout = QTextLayout(text, opt.font)  # type: ignore[attr-defined]
        layout.setFormats(self._highlights(text, words, opt))
        layout.beginLayout()
        y = float(rect.top())
        shown = 0
        for line_number in range(_LINES):
            line = layout.createLine()
            if not line.isValid():
                break
            left = first_x if line_number == 0 else float(rect.left())
            width = float(rect.right()) - left
            line.setLineWidth(max(width, 1.0))
            line.setPosition(QRectF(left, y, width, 0).topLeft())
            shown = line.textStart() + line.textLength()
            y += metrics.lineSpacing()
        layout.endLayout()
        if shown >= len(text):
            layout.draw(painter, QRectF(0, 0, 0, 0).topLeft())
            return
        # More text than two lines: draw all but the last line, then the last one elided.
        for i in range(layout.lineCount() - 1):
            layout.lineAt(i).draw(painter, QRectF(0, 0, 0, 0).topLeft())
        last = layout.lineAt(layout.lineCount() - 1)
        rest = text[last.textStart():]
        elided = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, int(last.width()))
        painter.drawText(QRectF(last.x(), last.y(), last.width(), metrics.lineSpacing()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), elided)

    def _highlights(self, text: str, words: list[str], opt: QStyleOptionViewItem) -> list[QTextLayout.FormatRange]:
        fmt = search_hit_format()
        ranges = []
        for start, length in highlight_spans(text, words):
            r = QTextLayout.FormatRange()
            r.start, r.length, r.format = start, length, fmt
            ranges.append(r)
        return ranges
