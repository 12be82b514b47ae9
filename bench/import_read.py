"""Reading a 100k-row file (issue 2's budget: ≤ 2 s), beside plain `csv.reader` on the same file.

    python bench/import_read.py [--rows 100000] [--runs 3]

Both sides decode the same Windows-1252 bytes; ours also detects the encoding and the
delimiter, guesses the columns and parses French dates and ratings into records. Figures are
CPU seconds of this process (best of `--runs`), so a busy machine distorts them less; the
ratio is the figure to compare between machines. This used to be a timed assert in
tests/importers/test_performance.py, which now checks only that every row is read right.
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from timing import best  # noqa: E402

from tests.importers.test_performance import write_big_csv  # noqa: E402
from workstation.importers import read_file  # noqa: E402

BUDGET_S = 2.0


def plain_read(path: Path) -> int:
    """The peer: decode, split on ';', nothing else."""
    with open(path, encoding="cp1252", newline="") as fh:
        return sum(1 for _ in csv.reader(fh, delimiter=";"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = write_big_csv(Path(tmp) / "big.csv", args.rows)
        ours = best(lambda: read_file(path), args.runs, time.process_time)
        peer = best(lambda: plain_read(path), args.runs, time.process_time)
    print(f"rows: {args.rows}")
    print(f"{'step':<34}{'ours (s)':>10}{'csv.reader (s)':>16}{'ratio':>8}")
    print(f"{'read + map + parse':<34}{ours:>10.3f}{peer:>16.3f}{ours / peer:>8.1f}")
    verdict = "met" if ours <= BUDGET_S * args.rows / 100_000 else "MISSED"
    print(f"budget {BUDGET_S:.1f} s per 100k rows: {verdict}")


if __name__ == "__main__":
    main()
