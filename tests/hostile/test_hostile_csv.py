"""Item 1 of issue 19: no export lets a spreadsheet run a formula written by a stranger."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from pathlib import Path

import pytest

from workstation.__main__ import main
from workstation.domain import ReviewRecord
from workstation.spreadsheet import SafeCsvWriter, safe_cell
from workstation.store import Store, import_records

HOSTILE = ['=HYPERLINK("http://evil.example","x")', "+1+1", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1"]


@pytest.mark.parametrize("cell", HOSTILE)
def test_formula_cells_are_neutralised(cell: str) -> None:
    assert safe_cell(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["-0.25", "-0,250", "+3", "42", "", "plain text", "a=b"])
def test_numbers_and_ordinary_text_are_untouched(cell: str) -> None:
    assert safe_cell(cell) == cell


def test_writer_escapes_every_cell() -> None:
    buffer = io.StringIO()
    SafeCsvWriter(buffer).writerow(["=cmd|' /C calc'!A0", 3, None, "ok"])
    assert next(csv.reader(io.StringIO(buffer.getvalue()))) == ["'=cmd|' /C calc'!A0", "3", "", "ok"]


@pytest.mark.parametrize("lang,delimiter,encoding", [("en", ",", "utf-8"), ("fr", ";", "utf-8-sig")])
def test_report_csv_escapes_author_location_and_text(tmp_path: Path, lang: str, delimiter: str, encoding: str) -> None:
    now = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)
    with Store(tmp_path / "workstation.sqlite3") as store:
        import_records(store, [ReviewRecord("=cmd|' /C calc'!A0", stars=1, author='=HYPERLINK("http://x.example")',
                                            created_at=now, external_id="h1", location="@SUM(1+1)",
                                            platform="google_business")], now=now)
    out = tmp_path / "report.csv"
    assert main(["report", "--format", "csv", "--out", str(out), "--lang", lang, "--data-dir", str(tmp_path),
                 "--now", "2026-11-25T12:00:00Z", "--tz", "UTC"]) == 0
    rows = list(csv.reader(out.open(encoding=encoding, newline=""), delimiter=delimiter))
    cells = [cell for row in rows[1:] for cell in row]
    assert '\'=HYPERLINK("http://x.example")' in cells and "'@SUM(1+1)" in cells
    assert any(cell.startswith("'=cmd|") for cell in cells)
    assert not any(cell.startswith(("=", "+", "@")) for row in rows for cell in row)
    assert not list(tmp_path.glob("*.tmp"))


def test_analyze_out_escapes_the_id(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_text('id,text\n"=HYPERLINK(""http://x.example"")","Lovely staff"\n', encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main(["analyze", "--in", str(src), "--out", str(out)]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert rows[0]["id"] == '\'=HYPERLINK("http://x.example")'


def test_a_full_disk_leaves_the_old_report_and_no_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    import errno

    with Store(tmp_path / "workstation.sqlite3") as store:
        import_records(store, [ReviewRecord("Fine", stars=4, author="A", external_id="f1")], platform_hint="yelp")
    out = tmp_path / "report.csv"
    out.write_text("last month's report", encoding="utf-8")

    def full(self: SafeCsvWriter, row: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(SafeCsvWriter, "writerow", full)
    assert main(["report", "--format", "csv", "--out", str(out), "--data-dir", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "disk is full" in err and "Traceback" not in err
    assert out.read_text(encoding="utf-8") == "last month's report"
    assert not list(tmp_path.glob("*.tmp"))
