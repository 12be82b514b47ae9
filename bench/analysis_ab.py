"""Old against new analysis code in one process: a speed comparison the machine's load cannot skew.

On the shared machine the same run can be 40 % faster or slower from one minute to the next, so
two bench runs one after the other do not compare two versions. This one loads the analysis
package of an older checkout (`OLD`, e.g. made by `git archive COMMIT workstation | tar -x -C
OLD`) beside this checkout's, pins itself to one core, and alternates 2,000-review chunks of
the same N mixed EN/FR reviews (../shared/data/reviews-dev.csv, cycled) between the two,
summing each one's thread CPU time; it also says whether both gave identical results.

Both use this checkout's resources/ (the old package's absolute imports of `workstation` land
here): compare only versions that ship the same rules and models.

Run: .venv/bin/python bench/analysis_ab.py OLD [N]
"""

from __future__ import annotations

import csv
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from workstation.analysis import AnalysisInput, Analyzer  # noqa: E402

DEV_CSV = REPO.parent / "shared" / "data" / "reviews-dev.csv"
CHUNK = 2000
OLD_NAME = "workstation_old"


def _load_old(old_checkout: Path, tmp: Path) -> tuple[Any, Any]:
    """(Analyzer, AnalysisInput) of the old checkout, imported as OLD_NAME."""
    shutil.copytree(old_checkout / "workstation", tmp / OLD_NAME)
    sys.path.insert(0, str(tmp))
    from importlib import import_module

    module = import_module(f"{OLD_NAME}.analysis")
    return module.Analyzer, module.AnalysisInput


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__)
        return 2
    old_checkout = Path(argv[1])
    n = int(argv[2]) if len(argv) > 2 else 20_000
    if not DEV_CSV.exists():
        print(f"SKIP: {DEV_CSV} not found (needs ../shared beside the repo)")
        return 0
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    with DEV_CSV.open(encoding="utf-8", newline="") as fh:
        unique = [(r["text"], int(r["stars"]) if r["stars"] else None) for r in csv.DictReader(fh)]
    items = [unique[i % len(unique)] for i in range(n)]
    with tempfile.TemporaryDirectory() as tmp:
        old_analyzer_class, old_input = _load_old(old_checkout, Path(tmp))
        clock = time.thread_time
        engines: dict[str, tuple[Any, Any]] = {}
        load: dict[str, float] = {}
        for name, cls, make in (("old", old_analyzer_class, old_input), ("new", Analyzer, AnalysisInput)):
            t0 = clock()
            analyzer = cls()
            analyzer.analyze("warm up: py3langid and the triage models load on first use")
            load[name] = clock() - t0
            engines[name] = (analyzer, make)
        spent = {"old": 0.0, "new": 0.0}
        identical = True
        for number, start in enumerate(range(0, n, CHUNK)):
            chunk = items[start : start + CHUNK]
            order = ["old", "new"] if number % 2 == 0 else ["new", "old"]
            results: dict[str, list[str]] = {}
            for name in order:
                analyzer, make = engines[name]
                t0 = clock()
                results[name] = [r.to_json() for r in analyzer.analyze_many(make(t, stars=s) for t, s in chunk)]
                spent[name] += clock() - t0
            identical = identical and results["old"] == results["new"]
    print(f"{n} mixed EN/FR reviews, one core, {CHUNK}-review chunks alternating")
    for name in ("old", "new"):
        print(f"{name}: {spent[name]:.2f} CPU s, {n / spent[name]:,.0f} reviews per CPU second "
              f"(resources loaded in {load[name]:.2f} s)")
    print(f"new / old CPU time: {spent['new'] / spent['old']:.3f}; identical results: {identical}")
    return 0 if identical else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
