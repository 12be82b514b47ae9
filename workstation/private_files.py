"""Files and folders only this user may read (POSIX): the database, its -wal/-shm, backups,
logs and the data folder hold customers' names and the business's replies, and a shared
computer must not hand them to other accounts. On Windows the user profile's ACLs already
do this, so these helpers only create there.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

_POSIX = os.name == "posix"
FILE_MODE = 0o600
DIR_MODE = 0o700


def private_dir(path: Path, *, tighten_existing: bool = True) -> Path:
    """Create `path` (and missing parents) as a user-only folder; tighten it if it exists."""
    existed = path.is_dir()
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    if _POSIX and (tighten_existing or not existed):
        with contextlib.suppress(OSError):  # a folder we do not own: leave it as it is
            path.chmod(DIR_MODE)
    return path


def private_file(path: Path) -> Path:
    """Create `path` empty as a user-only file if missing; tighten it if it exists."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, FILE_MODE)
    os.close(fd)
    tighten(path)
    return path


def tighten(*paths: Path) -> None:
    """Make existing files user-only (missing ones are skipped)."""
    if not _POSIX:
        return
    for path in paths:
        with contextlib.suppress(FileNotFoundError, PermissionError):
            path.chmod(FILE_MODE)
