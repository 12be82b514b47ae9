"""Help → Keyboard shortcuts: generated from the real actions, so it cannot drift.

Every action of the main window's menus that has a shortcut is listed under its menu,
with its menu text (without the '&' mnemonic marker) and its keys as the platform
writes them (`QKeySequence.toString(NativeText)`); the reply view's actions follow
under their own heading. Nothing here names a key by hand.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMenu,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workstation.ui.window_keys import add_close_keys


@dataclass(frozen=True)
class ShortcutEntry:
    group: str  # the menu (or view) the action lives in
    name: str  # the action's text as the menu shows it, without '&'
    keys: tuple[str, ...]  # each shortcut as the platform writes it


def plain_text(text: str) -> str:
    """A menu text without its mnemonic marker ('&&' stays a literal '&')."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def key_names(action: QAction) -> tuple[str, ...]:
    names = (k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
    return tuple(dict.fromkeys(n for n in names if n))


def _menu_entries(menu: QMenu, group: str) -> list[ShortcutEntry]:
    out: list[ShortcutEntry] = []
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            out += _menu_entries(submenu, group)
        elif not action.isSeparator() and key_names(action):
            out.append(ShortcutEntry(group, plain_text(action.text()), key_names(action)))
    return out


def menu_entries(menu_bar: QMenuBar) -> list[ShortcutEntry]:
    """Every action with a shortcut in the menu bar, in menu order."""
    out: list[ShortcutEntry] = []
    for top in menu_bar.actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            out += _menu_entries(menu, plain_text(top.text()))
    return out


def action_entries(group: str, actions: Iterable[QAction]) -> list[ShortcutEntry]:
    """Actions outside the menus (the reply view's), under one heading."""
    return [ShortcutEntry(group, plain_text(a.text()), key_names(a)) for a in actions if key_names(a)]


class ShortcutsWindow(QWidget):
    """A small non-modal window: one section per menu, action and keys side by side."""

    def __init__(self, entries: list[ShortcutEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.entries = entries
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Keys work in the main window; press Escape to close this window."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setAlternatingRowColors(True)
        sections: dict[str, QTreeWidgetItem] = {}
        for entry in entries:
            section = sections.get(entry.group)
            if section is None:
                section = sections[entry.group] = QTreeWidgetItem(self.tree, [entry.group])
                font = section.font(0)
                font.setBold(True)
                section.setFont(0, font)
                section.setFlags(Qt.ItemFlag.ItemIsEnabled)
                section.setFirstColumnSpanned(True)
            QTreeWidgetItem(section, [entry.name, self.tr(" or ").join(entry.keys)])
        self.tree.expandAll()
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.tree)
        add_close_keys(self)
        self.resize(520, 640)

    def listed(self) -> list[tuple[str, str, str]]:
        """(section, action, keys) as shown, for tests and screen readers."""
        rows = []
        for i in range(self.tree.topLevelItemCount()):
            section = self.tree.topLevelItem(i)
            for j in range(section.childCount()):
                child = section.child(j)
                rows.append((section.text(0), child.text(0), child.text(1)))
        return rows
