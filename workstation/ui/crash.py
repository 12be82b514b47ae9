"""What happens when something goes wrong: a rotating crash log and a short dialog.

Uncaught exceptions are written to the user log folder (rotating, a few files) and
shown as one sentence with "Copy details". Log lines are scrubbed of anything that
looks like a token or key, so the log can be sent to support.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

LOG_NAME = "workstation.log"
_SECRET = re.compile(
    r"(?i)(bearer\s+|access_token[\"'=:\s]+|refresh_token[\"'=:\s]+|client_secret[\"'=:\s]+|api_?secret[\"'=:\s]+|"
    r"api_?key[\"'=:\s]+|password[\"'=:\s]+|private_key[\"'=:\s]+)[^\s\"',;]+"
)


def scrub(text: str) -> str:
    """Replace secret-looking values (tokens, keys, passwords) with a placeholder."""
    return _SECRET.sub(lambda m: m.group(1) + "[hidden]", text)


class _ScrubbingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


def setup_logging(log_dir: Path) -> Path:
    path = log_dir / LOG_NAME
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(_ScrubbingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


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
