"""Page breaks for printed documents: a table short enough to fit on one page never
starts at the bottom of one page and ends on the next; it moves to a new page with the
heading above it. A table taller than a page repeats its header row instead."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextDocument, QTextFormat, QTextTable

_MAX_ROUNDS = 50  # each round moves one section; a report has far fewer


def _sections(doc: QTextDocument) -> list[tuple[QTextTable, int]]:
    """Each table with the position of the heading just above it (or its own start)."""
    found: list[tuple[QTextTable, int]] = []
    seen: set[int] = set()
    heading = -1
    block = doc.begin()
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if table is None:
            if block.blockFormat().headingLevel() > 0:
                heading = block.position()
        elif id(table) not in seen and table.firstPosition() not in {t.firstPosition() for t, _ in found}:
            seen.add(id(table))
            found.append((table, heading if heading >= 0 else table.firstPosition()))
            heading = -1
        block = block.next()
    return found


def keep_tables_on_one_page(doc: QTextDocument) -> int:
    """Insert page breaks so no table that fits on a page is split; returns how many."""
    page = doc.pageSize().height()
    if page <= 0:
        return 0
    breaks = 0
    for _ in range(_MAX_ROUNDS):
        layout = doc.documentLayout()
        for table, start in _sections(doc):
            rect = layout.frameBoundingRect(table)
            if rect.height() >= page * 0.9:
                fmt = table.format()
                fmt.setHeaderRowCount(1)
                table.setFormat(fmt)
                continue
            if int(rect.top() // page) == int((rect.bottom() - 1) // page):
                continue
            cursor = QTextCursor(doc)
            cursor.setPosition(start)
            block_format = cursor.blockFormat()
            if block_format.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
                continue  # already starts a page and still does not fit: leave it
            block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            cursor.setBlockFormat(block_format)
            breaks += 1
            break
        else:
            return breaks
    return breaks
