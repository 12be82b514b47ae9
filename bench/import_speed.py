"""Import speed: `workstation import` of a big CSV beside "the plain way", in one run.

The plain way is what a developer would write by hand: `csv.reader`, one `executemany`,
one FTS5 `INSERT … SELECT`, all in one transaction. It is measured twice:
- into the product's own schema (same table, indexes and FTS5 table: the fair peer, the goal's);
- into a bare table (no indexes), for reference: the floor of what SQLite can do here.
Every program runs as its own process, timed from outside, so interpreter start-up and
imports count for all; runs alternate so a busy machine weighs on each alike. Both wall
time and CPU time (user + system of the child) are shown: the CPU ratio is the steadier
one on a shared machine.

    python bench/import_speed.py [--rows 100000] [--runs 3]
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import _EN, _FR, _PLATFORMS

REPO = Path(__file__).resolve().parents[1]
GOAL = 3.0

PLAIN_SAME_SCHEMA = r"""
import csv, sqlite3, sys
from workstation.store.db import Store
src, db = sys.argv[1], sys.argv[2]
Store(db).close()  # the product's schema: reviews with its indexes, the FTS5 table
conn = sqlite3.connect(db, isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("DROP TRIGGER reviews_ai")  # one FTS insert at the end instead
conn.execute("INSERT INTO sources (platform, name, kind, created_at) VALUES ('manual', 'plain', 'file', '2026-01-01T00:00:00Z')")
stamp = "2026-01-01T00:00:00Z"
with open(src, newline="", encoding="utf-8") as f:
    rows = csv.reader(f)
    next(rows)
    conn.executemany(
        "INSERT INTO reviews (source_id, external_id, created_at, stars, author, title, text, first_seen_at, last_seen_at) "
        "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)",
        ((r[0], r[1], int(r[2]), r[3], r[4] or None, r[5], stamp, stamp) for r in rows))
conn.execute("INSERT INTO reviews_fts (rowid, title, text, author) SELECT id, title, text, author FROM reviews")
conn.execute("COMMIT")
conn.close()
"""

PLAIN_BARE_TABLE = r"""
import csv, sqlite3, sys
src, db = sys.argv[1], sys.argv[2]
conn = sqlite3.connect(db, isolation_level=None)
conn.execute("PRAGMA journal_mode = WAL")
conn.execute("CREATE TABLE reviews (id INTEGER PRIMARY KEY, external_id TEXT, created_at TEXT, stars INTEGER, author TEXT, title TEXT, text TEXT)")
conn.execute("CREATE VIRTUAL TABLE reviews_fts USING fts5(title, text, author, content='reviews', content_rowid='id', tokenize='unicode61 remove_diacritics 2')")
conn.execute("BEGIN")
with open(src, newline="", encoding="utf-8") as f:
    rows = csv.reader(f)
    next(rows)
    conn.executemany("INSERT INTO reviews (external_id, created_at, stars, author, title, text) VALUES (?, ?, ?, ?, ?, ?)",
                     ((r[0], r[1], int(r[2]), r[3], r[4] or None, r[5]) for r in rows))
conn.execute("INSERT INTO reviews_fts (rowid, title, text, author) SELECT id, title, text, author FROM reviews")
conn.execute("COMMIT")
conn.close()
"""


def write_csv(path: Path, rows: int, seed: int = 7) -> None:
    """A review export as shops have them: id, date, stars, author, title, text, platform, location."""
    rng = random.Random(seed)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["id", "date", "rating", "author", "title", "review", "platform", "location"])
        for i in range(rows):
            words = _FR if rng.random() < 0.6 else _EN
            text = ". ".join(rng.choice(words).capitalize() for _ in range(rng.randint(1, 5))) + "."
            when = (start + timedelta(minutes=rng.randint(0, 1_000_000))).strftime("%Y-%m-%d %H:%M")
            out.writerow([f"r{i}", when, rng.randint(1, 5), f"Author {rng.randint(1, 50_000)}", "", text,
                          rng.choice(_PLATFORMS), rng.choice(("Paris 11e", "Lyon Presqu'île"))])


def run(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall s, CPU s) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, env=env, cwd=REPO, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd[:4]} failed ({proc.returncode}): {proc.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    env = dict(os.environ, PYTHONPATH=str(REPO))
    env.pop("WORKSTATION_DATA_DIR", None)
    times: dict[str, list[tuple[float, float]]] = {"ours": [], "plain": [], "bare": []}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "reviews.csv"
        write_csv(source, args.rows)
        for n in range(args.runs):
            data = folder / f"ours-{n}"
            times["ours"].append(run([sys.executable, "-m", "workstation", "import", str(source),
                                      "--data-dir", str(data), "--tz", "UTC"], env))
            times["plain"].append(run([sys.executable, "-c", PLAIN_SAME_SCHEMA, str(source),
                                       str(folder / f"plain-{n}.sqlite3")], env))
            times["bare"].append(run([sys.executable, "-c", PLAIN_BARE_TABLE, str(source),
                                      str(folder / f"bare-{n}.sqlite3")], env))

    def med(name: str, i: int) -> float:
        return statistics.median(t[i] for t in times[name])

    print(f"import of a {args.rows:,}-row CSV, median of {args.runs} runs (each a new process)")
    print(f"{'program':<44}{'wall s':>9}{'CPU s':>9}")
    labels = {"ours": "workstation import", "plain": "plain way, product schema (peer)",
              "bare": "plain way, bare table (reference)"}
    for name, label in labels.items():
        print(f"{label:<44}{med(name, 0):>9.2f}{med(name, 1):>9.2f}")
    for peer in ("plain", "bare"):
        wall, cpu = med("ours", 0) / med(peer, 0), med("ours", 1) / med(peer, 1)
        goal = f"goal ≤ {GOAL:.0f}× → {'met' if wall <= GOAL else 'MISSED'}" if peer == "plain" else "reference"
        print(f"ratio to {labels[peer]:<36} wall {wall:.2f}×  CPU {cpu:.2f}×  ({goal})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
