"""Daily backups, restore, and setting a broken database aside (never deleting it)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from workstation.domain import ReviewRecord
from workstation.store import Store, StoreError, backups, import_records


def test_daily_backup_restore_and_set_aside(tmp_path: Path) -> None:
    db = tmp_path / "workstation.sqlite3"
    store = Store(db)
    import_records(store, [ReviewRecord("Bon pain", 5, "A", None, "1")], platform_hint="yelp")
    t0 = datetime(2026, 11, 20, 9, 0)
    first = backups.daily_backup(store, now=t0)
    assert first is not None and first.exists()
    assert backups.daily_backup(store, now=t0 + timedelta(hours=3)) is None  # one a day
    for day in range(1, 8):
        backups.daily_backup(store, now=t0 + timedelta(days=day))
    assert len(backups.list_backups(db)) == backups.KEEP
    store.close()

    db.write_bytes(b"garbage, not a database" * 50)  # the disk mangled it
    with pytest.raises(StoreError):
        Store(db)
    aside = backups.restore(db, backups.list_backups(db)[0])
    assert aside is not None and aside.read_bytes().startswith(b"garbage")
    restored = Store(db)
    assert restored.scalar("SELECT text FROM reviews") == "Bon pain"
    restored.close()
