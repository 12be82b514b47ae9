"""The log file: user-only, rotating, and scrubbed of anything that looks like a secret.

Shared by the window's crash handler (ui/crash.py) and the command line's error boundary
(command_line.py), so a log can be sent to support without leaking a token, a password
or a private key. The scrubber errs on the side of hiding.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
from io import TextIOWrapper
from pathlib import Path

from workstation.private_files import FILE_MODE, private_dir, tighten

LOG_NAME = "workstation.log"
HIDDEN = "[hidden]"

_SECRET_NAMES = (
    r"access_token|refresh_token|id_token|client_secret|api_?secret|api_?key|private_key|"
    r"password|passwd|pwd|passphrase|secret"
)
# A PEM private key: the armour lines stay (they say what was there), the body goes.
_PEM = re.compile(
    r"(-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----)[\s\S]*?(-----END [A-Z0-9 ]*PRIVATE KEY-----|$)"
)
# `password="two words"` or `'client_secret': 'x y'`: everything up to the closing quote.
_QUOTED = re.compile(rf"(?i)((?:{_SECRET_NAMES})[\"']?\s*[:=]\s*)([\"'])(?:\\.|(?!\2).)*\2?")
# An unquoted password may hold spaces: the rest of the line goes.
_PASSWORD_LINE = re.compile(
    r"(?i)((?:password|passwd|pwd|passphrase)[\"']?\s*[:=]\s*+|(?:password|passphrase)\s++)(?![\"'])[^\r\n]+"
)
# `Authorization: Basic …` / `'authorization': 'Bearer …'`: the scheme stays, the credentials go.
_AUTHORIZATION = re.compile(r"(?i)(authorization[\"']?\s*[:=]\s*[\"']?(?:(?:basic|bearer|digest|token)\s+)?)[^\s\"',;]+")
# Tokens and keys have no spaces: up to the next space, quote or separator.
_TOKEN = re.compile(rf"(?i)((?:{_SECRET_NAMES})[\"']?\s*[:=]\s*|bearer\s+)[^\s\"',;]+")
# A bare JSON Web Token (header.payload.signature, each base64url; the header starts `{"`).
_JWT = re.compile(r"eyJ[A-Za-z0-9_-]{6,}(?:\.[A-Za-z0-9_-]*){0,2}")


def scrub(text: str) -> str:
    """Replace secret-looking values (tokens, keys, passwords, JWTs, PEM bodies) with a placeholder."""
    text = _PEM.sub(lambda m: f"{m.group(1)}{HIDDEN}{m.group(2)}", text)
    text = _QUOTED.sub(lambda m: f"{m.group(1)}{m.group(2)}{HIDDEN}{m.group(2)}", text)
    text = _PASSWORD_LINE.sub(lambda m: m.group(1) + HIDDEN, text)
    text = _AUTHORIZATION.sub(lambda m: m.group(1) + HIDDEN, text)
    text = _TOKEN.sub(lambda m: m.group(1) + HIDDEN, text)
    return _JWT.sub(HIDDEN, text)


class ScrubbingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Rotating log whose files are created user-only (0600), rotated ones included."""

    def _open(self) -> TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
        tighten(Path(self.baseFilename))
        stream = open(fd, self.mode, encoding=self.encoding, errors=self.errors)  # noqa: SIM115 - the handler closes it
        assert isinstance(stream, TextIOWrapper)
        return stream


def file_handler(log_dir: Path) -> logging.Handler:
    """A handler writing scrubbed lines to `log_dir/workstation.log` (user-only, rotating)."""
    private_dir(log_dir)
    handler = PrivateRotatingFileHandler(log_dir / LOG_NAME, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(ScrubbingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    return handler


def writes_to(logger: logging.Logger, log_dir: Path) -> bool:
    return any(getattr(h, "baseFilename", None) == str(log_dir / LOG_NAME) for h in logger.handlers)


def setup_logging(log_dir: Path, *, level: int = logging.INFO) -> Path:
    """Send the root logger to `log_dir/workstation.log` (once per folder); returns its path."""
    root = logging.getLogger()
    if not writes_to(root, log_dir):
        root.addHandler(file_handler(log_dir))
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    return log_dir / LOG_NAME
