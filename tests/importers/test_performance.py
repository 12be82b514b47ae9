"""Reading + mapping 100k short rows stays well under the 2 s budget."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from workstation.importers import read_file

ROWS = 100_000
BUDGET_S = 2.0


@pytest.mark.slow
def test_hundred_thousand_rows(tmp_path: Path) -> None:
    rnd = random.Random(7)
    lines = ["date;note;avis;auteur"]
    for i in range(ROWS):
        day, month, hour, minute = (
            rnd.randint(1, 28),
            rnd.randint(1, 12),
            rnd.randint(0, 23),
            i % 60,
        )
        lines.append(
            f"{day:02d}/{month:02d}/2026 {hour:02d}:{minute:02d};{rnd.randint(1, 5)};"
            f"Très bon accueil numéro {i}, merci;Client {i % 500}"
        )
    path = tmp_path / "big.csv"
    path.write_text("\n".join(lines), encoding="cp1252")
    # CPU time of this process, so a busy machine does not make the test flaky.
    start = time.process_time()
    result = read_file(path)
    elapsed = time.process_time() - start
    assert len(result.records) == ROWS and result.errors == []
    assert elapsed < BUDGET_S, f"{ROWS} rows took {elapsed:.2f} s"
