"""Asking what to do with a damaged database at start: restore a backup or start fresh."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox


def ask_recovery(problem: str, backups: list[Path]) -> Path | str | None:
    """A backup to restore, "fresh", or None (quit). The damaged file is kept either way."""
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Recovery", "Review Workstation"), problem)
    box.setInformativeText(QCoreApplication.translate(
        "Recovery", "The damaged file will be kept (renamed), not deleted. What would you like to do?"))
    restore = box.addButton(QCoreApplication.translate("Recovery", "Restore the last backup"), QMessageBox.ButtonRole.AcceptRole)
    restore.setEnabled(bool(backups))
    choose = box.addButton(QCoreApplication.translate("Recovery", "Choose a backup…"), QMessageBox.ButtonRole.ActionRole)
    choose.setEnabled(len(backups) > 1)
    fresh = box.addButton(QCoreApplication.translate("Recovery", "Start with an empty inbox"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is restore and backups:
        return backups[0]
    if clicked is choose:
        names = [b.name for b in backups]
        name, ok = QInputDialog.getItem(None, QCoreApplication.translate("Recovery", "Choose a backup"), QCoreApplication.translate("Recovery", "Backup:"), names,
                                        0, False)
        return backups[names.index(name)] if ok else None
    if clicked is fresh:
        return "fresh"
    return None
