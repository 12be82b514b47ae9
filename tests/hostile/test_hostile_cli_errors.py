"""Item 6 of issue 19: a damaged database, an unusable data folder or a huge id gives one
plain line and exit 2 on every command (never a traceback, never a fake success), and the
traceback still reaches the log file."""

from __future__ import annotations

import sqlite3
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from workstation.__main__ import main
from workstation.domain import ReviewRecord
from workstation.store import Store, import_records

HUGE = "1234567890123456789012"


def damaged_data_dir(tmp_path: Path) -> Path:
    """A data folder whose database has garbage written over many of its review pages."""
    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "workstation.sqlite3"
    when = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    with Store(db) as store:
        import_records(store, [ReviewRecord(f"Review number {i} " + "with plenty of words " * 6, stars=1 + i % 5,
                                            author=f"Author {i}", created_at=when, external_id=f"x{i}")
                               for i in range(2000)], platform_hint="yelp", now=when)
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page = 4096
    with db.open("r+b") as fh:
        for number in range(20, db.stat().st_size // page, 7):
            fh.seek(number * page + 100)
            fh.write(b"\xde\xad\xbe\xef" * 200)
    return folder


def _one_plain_line(capsys: pytest.CaptureFixture[str]) -> str:
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), captured.err
    return lines[0]


@pytest.mark.parametrize("command", [["review", "list"], ["metrics", "--json"],
                                     ["report", "--format", "csv", "--out", "{tmp}/r.csv"],
                                     ["outbox", "send"]])
def test_damaged_database_is_one_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                  private_log_dir: Path, command: list[str]) -> None:
    folder = damaged_data_dir(tmp_path)
    args = [part.replace("{tmp}", str(tmp_path)) for part in command]
    assert main([*args, "--data-dir", str(folder)]) == 2
    line = _one_plain_line(capsys)
    assert "damaged" in line
    assert "sent 0" not in line  # no counts that would read as a success
    assert not list(tmp_path.glob("*.tmp"))


def test_the_traceback_goes_to_the_log_only(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                            private_log_dir: Path) -> None:
    folder = damaged_data_dir(tmp_path)
    assert main(["review", "list", "--data-dir", str(folder)]) == 2
    _one_plain_line(capsys)
    log = private_log_dir / "workstation.log"
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "malformed" in text
    assert stat.S_IMODE(log.stat().st_mode) == 0o600


@pytest.mark.parametrize("command", [["review", "list", "--source", HUGE], ["reply", "queue", "--review", HUGE,
                                     "--text", "Thanks"], ["sync", "--source", HUGE], ["outbox", "send", "--source", HUGE],
                                     ["review", "list", "--source", "0"]])
def test_huge_ids_are_bad_usage(tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    assert main([*command, "--data-dir", str(tmp_path)]) == 2
    assert "no such id" in _one_plain_line(capsys)


@pytest.mark.parametrize("command", [["review", "list"], ["import", "{tmp}/none.csv"], ["metrics", "--json"],
                                     ["outbox", "send"], ["source", "list"]])
def test_a_data_folder_that_is_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("not a folder")
    args = [part.replace("{tmp}", str(tmp_path)) for part in command]
    assert main([*args, "--data-dir", str(blocker)]) == 2
    assert "is a file, not a folder" in _one_plain_line(capsys)


def test_a_data_folder_that_cannot_be_created(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["review", "list", "--data-dir", str(blocker / "sub")]) == 2
    assert "cannot be created" in _one_plain_line(capsys)
