"""Headless parity: a command-line import comes out triaged (urgency, reasons, deadlines)
with a complete JSON listing; read-only commands never invent an empty database."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from workstation.__main__ import main

DAY = (datetime.now(UTC) - timedelta(days=1)).date().isoformat()  # follows the clock (faketime in CI)
CSV = (
    "rating,review,date,author\n"
    f"1,\"Food poisoning after the chicken, my son was sick all night\",{DAY},Ann\n"
    f"5,\"Lovely café, perfect croissants\",{DAY},Bea\n"
    f"4,\"Good coffee\",{DAY},Cem\n"
)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_import_then_json_listing_is_triaged_and_searchable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "reviews.csv"
    f.write_text(CSV, encoding="utf-8")
    data = ["--data-dir", str(tmp_path / "d")]
    code, out, _ = run(capsys, "import", str(f), *data)
    assert (code, out.splitlines()[0]) == (0, "imported 3, updated 0, unchanged 0, errors 0")

    code, out, _ = run(capsys, "review", "list", "--json", *data)
    rows = {r["author"]: r for r in json.loads(out)}
    assert code == 0 and set(rows) == {"Ann", "Bea", "Cem"}
    ann = rows["Ann"]
    assert ann["text"].startswith("Food poisoning") and ann["stars"] == 1 and ann["lang"] == "en"
    assert ann["level"] in ("critical", "high") and ann["categories"]
    assert ann["reasons"] and all(r["evidence"] for r in ann["reasons"])
    assert all(r["due_at"] for r in rows.values()) and ann["reply_state"] == "none"

    code, out, _ = run(capsys, "review", "list", "--json", "--search", "CAFE", *data)
    assert [r["author"] for r in json.loads(out)] == ["Bea"]  # accents and case ignored, as in the window
    code, out, _ = run(capsys, "review", "list", "--json", "--level", ann["level"], "--needs-reply", *data)
    assert [r["author"] for r in json.loads(out)] == ["Ann"]
    code, _, err = run(capsys, "review", "list", "--level", "urgent", *data)
    assert code == 2 and "urgent" in err


def test_read_only_commands_refuse_a_missing_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "nothing"
    for command in (["metrics", "--json"], ["report", "--format", "csv", "--out", str(tmp_path / "r.csv")],
                    ["review", "list"]):
        code, _, err = run(capsys, *command, "--data-dir", str(empty))
        assert code == 2 and "no review database" in err, command
    assert not (empty / "workstation.sqlite3").exists()
    assert not (tmp_path / "r.csv").exists()


def test_demo_flag_acts_on_the_demo_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "metrics", "--json", "--demo", "--data-dir", str(tmp_path))
    assert code == 0 and json.loads(out)["counts"]["reviews"] > 100
    code, out, _ = run(capsys, "review", "list", "--demo", "--data-dir", str(tmp_path))
    assert code == 0 and int(out.split()[0]) > 100
    code, out, _ = run(capsys, "review", "list", "--demo", "--json", "--level", "critical", "--data-dir", str(tmp_path))
    critical = json.loads(out)
    assert critical and all(r["reasons"] and r["due_at"] for r in critical)  # the demo comes out triaged
    assert not (tmp_path / "workstation.sqlite3").exists()  # the user's database was never created
