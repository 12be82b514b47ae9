"""Where the app keeps its files: the user data dir (platformdirs), overridable.

Precedence: an explicit `--data-dir`, then `WORKSTATION_DATA_DIR`, then the platform's
user data directory. The demo has a database of its own so it never touches real data.
With `--data-dir` the folder is portable: the window's settings and the logs live in it
too (`settings/`, `logs/`), so a USB stick or a synced folder carries everything.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from workstation.error_kinds import os_reason, with_kind
from workstation.private_files import private_dir

APP_NAME = "ReviewWorkstation"
DB_NAME = "workstation.sqlite3"
DEMO_DB_NAME = "demo.sqlite3"


class DataDirError(OSError):
    """The data folder cannot be used; `str()` is a plain message for the user."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "The data folder cannot be used."


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The folder holding the database; created (user-only) if missing.

    Raises `DataDirError` with a plain message when it cannot be used as a folder."""
    chosen = override or os.environ.get("WORKSTATION_DATA_DIR")
    path = Path(chosen) if chosen else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    if path.exists() and not path.is_dir():
        raise with_kind(DataDirError(f"The data folder {path} is a file, not a folder: choose another --data-dir."),
                        "data_folder_is_file", folder=path)
    try:
        # A folder the user chose and that already exists keeps its permissions (it may be
        # shared on purpose); the app's own folder, and any folder it creates, is user-only.
        return private_dir(path, tighten_existing=not chosen)
    except OSError as exc:
        raise with_kind(DataDirError(f"The data folder {path} cannot be created ({os_reason(exc)})."),
                        "data_folder_cannot_create", folder=path, reason=exc) from exc


def db_path(override: str | os.PathLike[str] | None = None, *, demo: bool = False) -> Path:
    return data_dir(override) / (DEMO_DB_NAME if demo else DB_NAME)


def log_dir(portable: str | os.PathLike[str] | None = None) -> Path:
    """The log folder (user-only): `<data folder>/logs` with `--data-dir`, else
    `WORKSTATION_LOG_DIR`, else the platform's user log folder."""
    if portable:
        return private_dir(data_dir(portable) / "logs")
    chosen = os.environ.get("WORKSTATION_LOG_DIR")
    return private_dir(Path(chosen) if chosen else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)))


def settings_dir(portable: str | os.PathLike[str] | None) -> Path | None:
    """Where the window's settings go with `--data-dir` (`<data folder>/settings`); None
    without it (the user config folder, Qt's default)."""
    if not portable:
        return None
    return private_dir(data_dir(portable) / "settings")


def resources_dir() -> Path:
    """The shipped `resources/` folder (next to the package in a checkout, bundled when frozen)."""
    import sys

    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"
