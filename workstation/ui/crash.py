"""What happens when something goes wrong: a rotating crash log and a short dialog.

Uncaught exceptions are written to the user log folder (rotating, a few files) and
shown as one sentence with "Copy details". Log lines are scrubbed of anything that
looks like a token or key, so the log can be sent to support.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from workstation.logs import LOG_NAME, scrub, setup_logging

__all__ = ["LOG_NAME", "install_excepthook", "scrub", "setup_logging", "show_crash"]


def show_crash(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    details = scrub("".join(traceback.format_exception(exc_type, exc, tb)))
    logging.getLogger("workstation").error("Uncaught exception:\n%s", details)
    if QApplication.instance() is None:
        print(details, file=sys.stderr)
        return
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Crash", "Review Workstation"),
                      QCoreApplication.translate("Crash", "Something went wrong: %1").replace("%1", scrub(str(exc)) or exc_type.__name__))
    box.setInformativeText(QCoreApplication.translate("Crash", "Your data is safe. The details were saved in the log file."))
    copy = box.addButton(QCoreApplication.translate("Crash", "Copy details"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDetailedText(details)
    box.exec()
    if box.clickedButton() is copy:
        QGuiApplication.clipboard().setText(details)


def install_excepthook() -> None:
    sys.excepthook = show_crash
