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

APP_NAME = "ReviewWorkstation"
DB_NAME = "workstation.sqlite3"
DEMO_DB_NAME = "demo.sqlite3"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The folder holding the database; created if missing."""
    chosen = override or os.environ.get("WORKSTATION_DATA_DIR")
    path = Path(chosen) if chosen else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def db_path(override: str | os.PathLike[str] | None = None, *, demo: bool = False) -> Path:
    return data_dir(override) / (DEMO_DB_NAME if demo else DB_NAME)


def log_dir(portable: str | os.PathLike[str] | None = None) -> Path:
    """The log folder: `<data folder>/logs` with `--data-dir`, else the user log folder."""
    path = data_dir(portable) / "logs" if portable else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def settings_dir(portable: str | os.PathLike[str] | None) -> Path | None:
    """Where the window's settings go with `--data-dir` (`<data folder>/settings`); None
    without it (the user config folder, Qt's default)."""
    if not portable:
        return None
    path = data_dir(portable) / "settings"
    path.mkdir(parents=True, exist_ok=True)
    return path


def resources_dir() -> Path:
    """The shipped `resources/` folder (next to the package in a checkout, bundled when frozen)."""
    import sys

    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"
