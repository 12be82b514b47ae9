"""The inbox table model: ordered ids from SQLite, rows fetched only when painted.

Never materialises the whole table: `reload()` asks the store for the matching ids,
`data()` fetches a block of rows around the one Qt asks for and caches it.
"""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor

from workstation.store import ReviewFilter, Store
from workstation.store.queries import InboxRow, fetch_rows, full_text, search_ids
from workstation.ui import format as fmt
from workstation.ui.icons import LEVEL_COLOURS, level_icon, source_icon
from workstation.ui.inbox_delegate import HIGHLIGHT_ROLE, REASONS_ROLE
from workstation.ui.triage_labels import (
    chip_label,
    label_name,
    level_name,
    platform_name,
    platform_named,
)

_BLOCK = 200
FIRST_PAGE = 200  # rows shown before the full id list is loaded
Index = QModelIndex | QPersistentModelIndex

COLUMNS = ("urgency", "stars", "source", "author", "review", "date", "due", "status", "lang", "location")
REVIEW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
# Shown at 1280 px: who, stars, source, when, the deadline and the text with its reasons.
HIDDEN_BY_DEFAULT = ("urgency", "status", "lang", "location")
# Step aside while a reply is open: the review above the reply names its source and date.
COLUMNS_ASIDE_WHILE_REPLYING = ("source", "date")
_TOOLTIP_CHARS = 1200
_WORD = re.compile(r"\w+", re.UNICODE)


def _awaits_reply(row: InboxRow) -> bool:
    return row.status == "open" and row.reply_state not in ("sent", "queued") and not row.removed


class InboxModel(QAbstractTableModel):
    """Rows of reviews matching a ReviewFilter."""

    loaded = Signal()  # the id list is complete

    def __init__(self, store: Store, locale: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.locale = locale
        self.filter = ReviewFilter()
        self._ids: list[int] = []
        self._rows: dict[int, InboxRow] = {}
        self._generation = 0
        self._generation_loaded = 0
        self.loaded.connect(lambda: setattr(self, "_generation_loaded", self._generation))

    # -- loading -------------------------------------------------------------------

    def set_filter(self, f: ReviewFilter, *, first_page_only: bool = False) -> None:
        self.filter = f
        self.reload(first_page_only=first_page_only)

    def reload(self, *, first_page_only: bool = False) -> None:
        """Re-run the query. With `first_page_only`, show the first page at once and
        append the rest from the event loop (`loaded` fires when the list is complete)."""
        self._generation += 1
        self.beginResetModel()
        self._ids = search_ids(self.store, self.filter, limit=FIRST_PAGE if first_page_only else None)
        self._rows.clear()
        self.endResetModel()
        if first_page_only and len(self._ids) >= FIRST_PAGE:
            generation = self._generation
            QTimer.singleShot(0, lambda: self._load_rest(generation))
        else:
            self.loaded.emit()

    def _load_rest(self, generation: int) -> None:
        if generation != self._generation:  # a newer query replaced this one
            return
        full = search_ids(self.store, self.filter)
        if full[: len(self._ids)] != self._ids:  # the data changed in between: start over
            self.reload()
            return
        if len(full) > len(self._ids):
            self.beginInsertRows(QModelIndex(), len(self._ids), len(full) - 1)
            self._ids = full
            self.endInsertRows()
        self.loaded.emit()

    @property
    def is_complete(self) -> bool:
        return self._generation_loaded == self._generation

    def invalidate(self) -> None:
        """Forget every cached row; visible ones are re-read when repainted."""
        self._rows.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    def refresh_rows(self, ids: list[int]) -> None:
        """Re-read some rows in place (keeps selection and scroll)."""
        for review_id in ids:
            self._rows.pop(review_id, None)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    def review_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, review_id: int) -> int | None:
        try:
            return self._ids.index(review_id)
        except ValueError:
            return None

    def _row(self, row: int) -> InboxRow | None:
        review_id = self._ids[row]
        cached = self._rows.get(review_id)
        if cached is None:
            start = max(0, row - _BLOCK // 4)
            block = [i for i in self._ids[start : start + _BLOCK] if i not in self._rows]
            self._rows.update(fetch_rows(self.store, block))
            cached = self._rows.get(review_id)
        return cached

    # -- Qt model API --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "urgency": self.tr("Urgency"),
            "stars": self.tr("Rating"),
            "source": self.tr("Source"),
            "author": self.tr("Author"),
            "date": self.tr("Date"),
            "due": self.tr("Reply due"),
            "review": self.tr("Review"),
            "status": self.tr("Status"),
            "lang": self.tr("Lang."),
            "location": self.tr("Location"),
        }[COLUMNS[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if role == REVIEW_ID_ROLE:
            return self._ids[index.row()]
        row = self._row(index.row())
        if row is None:
            return self.tr("(unavailable)") if role == Qt.ItemDataRole.DisplayRole else None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == "source":
            return source_icon(row.platform)
        if role == Qt.ItemDataRole.DecorationRole and column == "urgency" and row.level:
            return level_icon(row.level)
        if role == REASONS_ROLE and column == "review":
            return [chip_label(name, self.locale) for name in row.reasons]
        if role == HIGHLIGHT_ROLE and column == "review":
            return self.search_words()
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "review":
                return self._text_tooltip(row)
            if column == "source":
                return platform_named(row.platform, row.source_name) or row.source_name
            if column == "date":
                return fmt.full_date(row.created_at, self.locale)
            if column == "stars" and row.stars is not None:
                return self.tr("%n star(s)", "", row.stars)
            if column == "due" and _awaits_reply(row) and row.due_at is None \
                    and fmt.no_deadline_text(row.created_at, row.first_seen_at):
                return self.tr("Published more than 14 days before it reached the app (for example from an "
                               "imported file). Answer it when you can: it does not count as late.")
        if role == Qt.ItemDataRole.ForegroundRole and column == "due" and _awaits_reply(row) \
                and fmt.is_overdue(row.due_at):
            return QColor(LEVEL_COLOURS["critical"])
        if role == Qt.ItemDataRole.ForegroundRole and column == "stars" and row.stars is not None:
            return QColor("#C0392B") if row.stars <= 2 else None
        if role == Qt.ItemDataRole.ForegroundRole and column == "status" and row.level in LEVEL_COLOURS:
            return QColor(LEVEL_COLOURS[row.level]) if row.level in ("critical", "high") else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == "review" and row.reasons:  # a screen reader hears the chips too
                return f"{self._reasons_text(row)}. {self._display(row, column)}"
            return self._display(row, column)
        return None

    def search_words(self) -> list[str]:
        """The words of the current search, to highlight where they appear."""
        return [w for w in _WORD.findall(self.filter.search) if w.upper() not in ("AND", "OR", "NOT")]

    def _reasons_text(self, row: InboxRow) -> str:
        """The row's reasons by their full names, as the tooltip and screen readers give them."""
        return ", ".join(label_name("category", name, self.locale) for name in row.reasons)

    def _text_tooltip(self, row: InboxRow) -> str:
        # Rich text so a long review wraps; escaped because reviews are hostile input.
        text = full_text(self.store, row.id)
        if len(text) > _TOOLTIP_CHARS:
            text = text[: _TOOLTIP_CHARS - 1] + "…"
        reasons = self._reasons_text(row)
        head = f"<p><b>{html.escape(reasons)}</b></p>" if reasons else ""
        return f"<qt>{head}<p>{html.escape(text)}</p></qt>"

    def _display(self, row: InboxRow, column: str) -> str:
        if column == "urgency":
            return level_name(row.level)
        if column == "stars":
            return fmt.stars_text(row.stars)
        if column == "source":
            return platform_name(row.platform)
        if column == "author":
            return row.author or self.tr("Anonymous")
        if column == "date":
            return fmt.relative_date(row.created_at, self.locale)
        if column == "review":
            return row.snippet
        if column == "due":
            if not _awaits_reply(row):
                return ""
            return fmt.due_text(row.due_at, self.locale) or fmt.no_deadline_text(row.created_at, row.first_seen_at)
        if column == "status":
            return fmt.status_text(row.status, row.reply_state, row.removed)
        if column == "lang":
            return (row.lang or "").upper()
        if column == "location":
            return row.location or ""
        return ""
