"""Escape and Ctrl+W (the platform's Close key) close a secondary window, as in every
desktop app: the dashboard, the crisis room, the keyboard-shortcuts window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def add_close_keys(window: QWidget) -> QAction:
    """Give `window` a "Close window" action on Escape, Ctrl+W and the platform's Close key."""
    keys = [QKeySequence(Qt.Key.Key_Escape), QKeySequence("Ctrl+W")]
    keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Close) if k not in keys]
    action = QAction(QCoreApplication.translate("WindowKeys", "Close window"), window)
    action.setObjectName("close_window")
    action.setShortcuts(keys)
    # Only while this window (or a widget in it) is active: the main window keeps its own Escape.
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(window.close)
    window.addAction(action)
    return action
