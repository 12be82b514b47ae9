"""The left sidebar: standard views, sources, locations and saved views, with counts."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QMenu, QTreeWidget, QTreeWidgetItem, QWidget

from workstation.store import ReviewFilter, Store, queries, settings
from workstation.ui.icons import source_icon
from workstation.ui.triage_labels import platform_name, source_named

FILTER_ROLE = Qt.ItemDataRole.UserRole + 1
SAVED_NAME_ROLE = Qt.ItemDataRole.UserRole + 2


class Sidebar(QTreeWidget):
    """Emits `filterChosen(ReviewFilter)` when the user picks an entry."""

    filterChosen = Signal(object)
    deleteSavedView = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("Views"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.currentItemChanged.connect(self._on_current)
        self.setMinimumWidth(170)
        # Names first (instant), counts from the event loop: they scan the whole table.
        self.reload(with_counts=False)
        QTimer.singleShot(0, self.reload)

    def view_names(self) -> dict[str, str]:
        return {
            "needs_reply": self.tr("Needs reply"),
            "urgent": self.tr("Urgent"),
            "due": self.tr("Due or overdue"),
            "all": self.tr("All"),
            "replied": self.tr("Replied"),
            "outbox": self.tr("Outbox"),
            "no_reply_needed": self.tr("No reply needed"),
            "archived": self.tr("Archived"),
        }

    def reload(self, *, with_counts: bool = True) -> None:
        """Rebuild entries and counts, keeping the current entry selected."""
        current = self.currentItem()
        current_key = current.data(0, FILTER_ROLE).to_json() if current and current.data(0, FILTER_ROLE) else None
        self.blockSignals(True)
        self.clear()
        counts = queries.view_counts(self.store) if with_counts else {}

        def with_count(name: str, n: int | None) -> str:
            return f"{name}  ({n})" if n is not None else name

        for view, name in self.view_names().items():
            self._add(None, with_count(name, counts.get(view)), ReviewFilter(view=view))
        sources = queries.list_sources(self.store, with_counts=with_counts)
        if sources:
            parent = self._group(self.tr("Sources"))
            for s in sources:
                label = platform_name(s.platform)
                name = source_named(s.platform, s.name)
                text = name if s.kind == "api" else label
                item = self._add(parent, with_count(text, s.reviews), ReviewFilter(view="all", source_id=s.id))
                item.setIcon(0, source_icon(s.platform))
                item.setToolTip(0, name)
        locations = queries.list_locations(self.store, with_counts=with_counts)
        if locations:
            parent = self._group(self.tr("Locations"))
            for loc in locations:
                self._add(parent, with_count(loc.name, loc.reviews), ReviewFilter(view="all", location_id=loc.id))
        views = settings.saved_views(self.store)
        if views:
            parent = self._group(self.tr("Saved views"))
            for name, f in views:
                item = self._add(parent, name, f)
                item.setData(0, SAVED_NAME_ROLE, name)
        self.expandAll()
        self.blockSignals(False)
        self._select(current_key)

    def wanted_width(self, most: int = 300) -> int:
        """The width that shows every entry whole with its count (at most `most` pixels): the
        window opens the sidebar this wide, so a long source name is not cut ("Boulangerie du
        P…"); a width the user chose is restored over it."""
        metrics = self.fontMetrics()
        count = metrics.horizontalAdvance("  (00000)")  # counts arrive after the first paint
        widest = 0
        for item in self._iter_items():
            depth, parent = 1, item.parent()
            while parent is not None:
                depth, parent = depth + 1, parent.parent()
            icon = self.iconSize().width() + 6 if not item.icon(0).isNull() else 0
            widest = max(widest, depth * self.indentation() + icon + metrics.horizontalAdvance(item.text(0)) + count)
        return min(most, widest + 2 * self.frameWidth() + 8)

    def _group(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self, [title])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        return item

    def _add(self, parent: QTreeWidgetItem | None, text: str, f: ReviewFilter) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent or self, [text])
        item.setData(0, FILTER_ROLE, f)
        return item

    def _select(self, key: str | None) -> None:
        it = self._iter_items()
        first = None
        for item in it:
            f = item.data(0, FILTER_ROLE)
            if f is None:
                continue
            first = first or item
            if key is None or f.to_json() == key:
                self.blockSignals(True)
                self.setCurrentItem(item)
                self.blockSignals(False)
                return
        if first is not None:
            self.setCurrentItem(first)

    def _iter_items(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            out.append(top)
            out += [top.child(j) for j in range(top.childCount())]
        return out

    def select_view(self, view: str) -> None:
        self.select_filter(ReviewFilter(view=view))

    def select_filter(self, f: ReviewFilter) -> None:
        """Select the entry for `f` (if present) and apply it."""
        self._select(f.to_json())
        self._on_current(self.currentItem(), None)

    def _on_current(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if item is not None and item.data(0, FILTER_ROLE) is not None:
            self.filterChosen.emit(item.data(0, FILTER_ROLE))

    def _context_menu(self, pos: object) -> None:
        item = self.itemAt(pos)  # type: ignore[arg-type]
        name = item.data(0, SAVED_NAME_ROLE) if item else None
        if not name:
            return
        menu = QMenu(self)
        action = menu.addAction(self.tr("Delete saved view “%1”").replace("%1", name))
        action.triggered.connect(lambda: self.deleteSavedView.emit(name))
        menu.exec(self.viewport().mapToGlobal(pos))  # type: ignore[arg-type]
