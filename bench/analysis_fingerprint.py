"""Fingerprint of the analysis on a fixed sample of real reviews: speed work must not change it.

Analyses a fixed, seeded sample (default 2,000) of ../shared/data/reviews-dev.csv and
reviews-more.csv through `analyze_many` and `analyze` (both paths), and prints one SHA-256
over every result's JSON (language, sentiment, urgency, level, categories, evidence, topics,
flags). Run it before and after an optimisation: the hashes must be equal.

--save FILE writes the results (JSON lines, outside the repo: they hold review text) and
--against FILE compares with such a file and prints the first differences (sentiment and
urgency to 1e-9), for when the hashes differ.

Run: .venv/bin/python bench/analysis_fingerprint.py [N] [--decider blend+rc] [--save /tmp/a.jsonl]
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from workstation.analysis import AnalysisInput, Analyzer  # noqa: E402
from workstation.analysis.analyzer import DEFAULT_DECIDER  # noqa: E402

DATA = REPO.parent / "shared" / "data"
FILES = ("reviews-dev.csv", "reviews-more.csv")
SEED = 17
TOLERANCE = 1e-9


def sample(n: int) -> list[tuple[str, int | None]]:
    rows: list[tuple[str, int | None]] = []
    for name in FILES:
        with (DATA / name).open(encoding="utf-8", newline="") as fh:
            rows += [(r["text"], int(r["stars"]) if r["stars"] else None) for r in csv.DictReader(fh)]
    return random.Random(SEED).sample(rows, min(n, len(rows)))


def _differs(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return abs(a - b) > TOLERANCE
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() != b.keys() or any(_differs(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) != len(b) or any(_differs(x, y) for x, y in zip(a, b, strict=True))
    return bool(a != b)


def main(argv: list[str]) -> int:
    decider = argv[argv.index("--decider") + 1] if "--decider" in argv else DEFAULT_DECIDER
    save = Path(argv[argv.index("--save") + 1]) if "--save" in argv else None
    against = Path(argv[argv.index("--against") + 1]) if "--against" in argv else None
    values = {decider, str(save), str(against)}
    args = [a for a in argv[1:] if not a.startswith("--") and a not in values]
    n = int(args[0]) if args else 2000
    if not all((DATA / name).exists() for name in FILES):
        print(f"SKIP: {DATA} not found (needs ../shared beside the repo)")
        return 0
    items = sample(n)
    analyzer = Analyzer(decider=decider)  # type: ignore[arg-type]
    many = [r.to_json() for r in analyzer.analyze_many(AnalysisInput(t, stars=s) for t, s in items)]
    # A fresh analyzer for the one-by-one path: the vocab grows with what it has seen.
    single = Analyzer(decider=decider)  # type: ignore[arg-type]
    ones = [single.analyze(t, stars=s).to_json() for t, s in items[: n // 4]]
    digest = hashlib.sha256("\n".join(many + ones).encode("utf-8")).hexdigest()
    print(f"{len(items)} reviews (+{len(ones)} one by one), decider {decider}: sha256 {digest}")
    if save:
        save.write_text("\n".join(many + ones) + "\n", encoding="utf-8")
    if against:
        old = against.read_text(encoding="utf-8").splitlines()
        bad = [i for i, (a, b) in enumerate(zip(old, many + ones, strict=False))
               if _differs(json.loads(a), json.loads(b))]
        if len(old) != len(many + ones):
            print(f"row counts differ: {len(old)} vs {len(many + ones)}")
        print(f"{len(bad)} results differ beyond {TOLERANCE}")
        for i in bad[:5]:
            print(f"  row {i}:\n    before {old[i]}\n    after  {(many + ones)[i]}")
        return 1 if bad or len(old) != len(many + ones) else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
