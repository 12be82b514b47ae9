"""What the process's one analysis engine (workstation/analysis/shared.py) saves: three demo
inboxes analysed one after the other in one process, as the window does after each sync or
import. The first run pays for loading the engine; the later ones should not.

Run: .venv/bin/python bench/analysis_shared.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workstation import demo
from workstation.ops.process import process_new_reviews
from workstation.store import Store

NOW = datetime(2026, 11, 25, 12, tzinfo=UTC)  # the demo's fixed day


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        for run in range(1, 4):
            store = Store(Path(folder) / f"{run}.sqlite3")
            demo.build_demo(store, NOW)
            started = time.process_time()
            result = process_new_reviews(store, now=NOW)
            print(f"run {run}: {result.analysed} reviews analysed in {time.process_time() - started:.2f} CPU s")
            store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
