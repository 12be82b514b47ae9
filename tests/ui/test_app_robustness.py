"""Single instance per database, crash log without secrets, recovery from a damaged file."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from workstation.ui import crash
from workstation.ui.single_instance import SingleInstance


def test_second_start_brings_the_first_to_front(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = SingleInstance(tmp_path / "a.sqlite3")
    assert not first.notify_running()
    assert first.listen()
    second = SingleInstance(tmp_path / "a.sqlite3")
    with qtbot.waitSignal(first.activated, timeout=30_000):
        assert second.notify_running()
    other_db = SingleInstance(tmp_path / "b.sqlite3")
    assert not other_db.notify_running()


def test_crash_log_hides_secrets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    log = crash.setup_logging(tmp_path)
    monkeypatch.setattr(crash, "QApplication", type("NoApp", (), {"instance": staticmethod(lambda: None)}))
    try:
        raise RuntimeError("refresh failed: access_token=ya29.SECRET123 Bearer abc.def.ghi api_key: K-999")
    except RuntimeError as exc:
        crash.show_crash(type(exc), exc, exc.__traceback__)
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log.read_text(encoding="utf-8")
    assert "refresh failed" in text
    assert "SECRET123" not in text and "abc.def.ghi" not in text and "K-999" not in text
    for handler in list(logging.getLogger().handlers):
        if getattr(handler, "baseFilename", "") == str(log):
            logging.getLogger().removeHandler(handler)


def test_damaged_database_can_be_restored_from_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from workstation import app
    from workstation.domain import ReviewRecord
    from workstation.store import Store, backups, import_records
    from workstation.ui import recovery

    db = tmp_path / "workstation.sqlite3"
    store = Store(db)
    import_records(store, [ReviewRecord("kept", 4, "A", None, "1")], platform_hint="yelp")
    backups.daily_backup(store)
    store.close()
    db.write_bytes(b"\x00broken" * 100)
    monkeypatch.setattr(recovery, "ask_recovery", lambda problem, found: found[0])
    restored = app.open_or_recover(db, interactive=True)
    assert restored is not None and restored.scalar("SELECT text FROM reviews") == "kept"
    restored.close()
    assert list(tmp_path.glob("workstation.sqlite3.broken-*"))  # the damaged file is kept

    db.write_bytes(b"\x00broken again" * 100)
    monkeypatch.setattr(recovery, "ask_recovery", lambda problem, found: "fresh")
    fresh = app.open_or_recover(db, interactive=True)
    assert fresh is not None and fresh.scalar("SELECT count(*) FROM reviews") == 0
    fresh.close()
    assert len(list(tmp_path.glob("workstation.sqlite3.broken-*"))) == 2
