"""100k short rows in a Windows-1252 CSV are all read and mapped, with no error.

Correctness only: how fast that goes (the 2 s budget, beside plain `csv.reader` on the same
file) is measured by `bench/import_read.py`, so a busy machine cannot fail this test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from workstation.importers import read_file

ROWS = 100_000


def write_big_csv(path: Path, rows: int = ROWS) -> Path:
    """The bench's file: `date;note;avis;auteur`, French dates, cp1252 (shared with bench/)."""
    import random

    rnd = random.Random(7)
    lines = ["date;note;avis;auteur"]
    for i in range(rows):
        day, month, hour, minute = rnd.randint(1, 28), rnd.randint(1, 12), rnd.randint(0, 23), i % 60
        lines.append(
            f"{day:02d}/{month:02d}/2026 {hour:02d}:{minute:02d};{rnd.randint(1, 5)};"
            f"Très bon accueil numéro {i}, merci;Client {i % 500}"
        )
    path.write_text("\n".join(lines), encoding="cp1252")
    return path


@pytest.mark.slow
def test_hundred_thousand_rows(tmp_path: Path) -> None:
    result = read_file(write_big_csv(tmp_path / "big.csv"))
    assert len(result.records) == ROWS and result.errors == []
    last = result.records[-1]
    assert last.text == f"Très bon accueil numéro {ROWS - 1}, merci"
    assert last.author == f"Client {(ROWS - 1) % 500}"
    assert last.stars is not None and 1 <= last.stars <= 5
    assert all(r.created_at is not None and r.created_at.year == 2026 for r in result.records)
