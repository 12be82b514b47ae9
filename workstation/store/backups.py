"""Daily backups of the database, restoring one, and setting a broken file aside.

Nothing here deletes a user's database: a broken file is renamed, never removed, and
only backups beyond the newest `KEEP` are pruned.
"""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta
from pathlib import Path

from workstation.private_files import private_dir, tighten
from workstation.store.db import Store

KEEP = 5
_STAMP = "%Y%m%d-%H%M%S"


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def list_backups(db_path: Path) -> list[Path]:
    """Backups of this database, newest first."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{db_path.stem}-*.sqlite3"), reverse=True)


def daily_backup(store: Store, *, now: datetime | None = None, every: timedelta = timedelta(days=1)) -> Path | None:
    """Back up when the newest backup is older than `every`; prunes old ones. Returns the new file."""
    if store.path is None:
        return None
    now = now or datetime.now()
    existing = list_backups(store.path)
    if existing:
        try:
            newest = datetime.strptime("-".join(existing[0].stem.rsplit("-", 2)[-2:]), _STAMP)
        except ValueError:
            newest = datetime.min
        if now - newest < every:
            return None
    folder = backup_dir(store.path)
    private_dir(folder)
    target = store.backup(folder / f"{store.path.stem}-{now.strftime(_STAMP)}.sqlite3")
    for old in list_backups(store.path)[KEEP:]:
        old.unlink(missing_ok=True)
    return target


def set_aside(db_path: Path, *, now: datetime | None = None) -> Path:
    """Rename a broken database (and its WAL files) out of the way; returns the new name."""
    stamp = (now or datetime.now()).strftime(_STAMP)
    target = db_path.with_name(f"{db_path.name}.broken-{stamp}")
    n = 1
    while target.exists():  # never overwrite an earlier broken file
        n += 1
        target = db_path.with_name(f"{db_path.name}.broken-{stamp}-{n}")
    db_path.rename(target)
    for suffix in ("-wal", "-shm"):
        side = Path(f"{db_path}{suffix}")
        if side.exists():
            side.rename(Path(f"{target}{suffix}"))
    return target


def restore(db_path: Path, backup: Path) -> Path | None:
    """Put `backup` in place of the database; the current file (if any) is set aside first."""
    aside = set_aside(db_path) if db_path.exists() else None
    shutil.copy2(backup, db_path)
    tighten(db_path)
    return aside
