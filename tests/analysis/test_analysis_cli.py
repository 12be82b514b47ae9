"""`workstation analyze --in reviews.csv --out scored.csv` through run_analyze."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path

from workstation.analysis import run_analyze
from workstation.analysis.cli import EXIT_BAD_INPUT, EXIT_OK, OUT_FIELDS

NOW = datetime(2026, 11, 25, 10, tzinfo=UTC)


def write(path: Path, rows: list[dict[str, str]], fields: list[str]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    return path


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_scores_every_row(tmp_path: Path) -> None:
    src = write(
        tmp_path / "in.csv",
        [
            {"id": "1", "text": "Food poisoning, calling my lawyer!", "lang": "", "stars": "1",
             "created_at": "2026-11-24T10:00:00Z", "source": "google"},
            {"id": "2", "text": "Délicieux, je recommande 😍", "lang": "fr", "stars": "5", "created_at": "", "source": ""},
            {"id": "3", "text": "", "lang": "", "stars": "not a number", "created_at": "yesterday", "source": ""},
            {"id": "", "text": "no id here", "lang": "", "stars": "", "created_at": "", "source": ""},
        ],
        ["id", "text", "lang", "stars", "created_at", "source"],
    )
    out = tmp_path / "sub" / "scored.csv"
    err = io.StringIO()
    # Urgency weighs how fresh a review is: score as of a fixed "now", a day after row 1.
    assert run_analyze(src, out, now=NOW, err=err) == EXIT_OK
    rows = read(out)
    assert list(rows[0]) == OUT_FIELDS
    assert [r["id"] for r in rows] == ["1", "2", "3"]
    assert "row 5: missing id" in err.getvalue()
    first = rows[0]
    assert first["lang"] == "en" and first["level"] == "critical"
    assert set(first["categories"].split(";")) == {"health_safety", "legal_threat"}
    evidence = json.loads(first["evidence"])
    text = "Food poisoning, calling my lawyer!"
    assert all(text[e["start"] : e["end"]] == e["text"] for e in evidence)
    assert float(rows[1]["sentiment"]) > 0 and rows[1]["lang"] == "fr"
    assert rows[2]["lang"] == "unknown" and json.loads(rows[2]["evidence"]) == []


def test_minimal_columns_and_stars_do_not_change_sentiment(tmp_path: Path) -> None:
    text = "Service lent mais cuisine excellente"
    src = write(tmp_path / "in.csv", [{"id": "a", "text": text}], ["id", "text"])
    with_stars = write(tmp_path / "in2.csv", [{"id": "a", "text": text, "stars": "1"}], ["id", "text", "stars"])
    assert run_analyze(src, tmp_path / "o1.csv") == EXIT_OK
    assert run_analyze(with_stars, tmp_path / "o2.csv") == EXIT_OK
    assert read(tmp_path / "o1.csv")[0]["sentiment"] == read(tmp_path / "o2.csv")[0]["sentiment"]


def test_bad_input_files(tmp_path: Path) -> None:
    err = io.StringIO()
    assert run_analyze(tmp_path / "missing.csv", tmp_path / "o.csv", err=err) == EXIT_BAD_INPUT
    no_text = write(tmp_path / "bad.csv", [{"id": "1", "body": "x"}], ["id", "body"])
    assert run_analyze(no_text, tmp_path / "o.csv", err=err) == EXIT_BAD_INPUT
    assert "id,text" in err.getvalue()
    binary = tmp_path / "bin.csv"
    binary.write_bytes(b"id,text\n1,caf\xe9 tr\xe8s bon\n")  # Latin-1 bytes: replaced, not fatal
    assert run_analyze(binary, tmp_path / "o3.csv", err=err) == EXIT_OK
    assert read(tmp_path / "o3.csv")[0]["id"] == "1"
