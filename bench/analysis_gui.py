"""GUI responsiveness while the triage analyses a large inbox in the background.

    python bench/analysis_gui.py --reviews 100000

Opens the real main window offscreen on a synthetic inbox, lets the app's own
background analysis run, and measures the Qt event loop with a 10 ms ticker: the
longest gap between ticks is the worst stall a user would feel. The peer is the same
ticker in the same window with no analysis running (the loop's own noise).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import synthetic_reviews
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from workstation.store import Store, import_records
from workstation.ui.main_window import MainWindow


def measure(app: QApplication, seconds: float | None, until: object = None) -> list[float]:
    """Gaps (ms) between 10 ms ticks until `until()` is true or `seconds` pass."""
    gaps: list[float] = []
    last = time.perf_counter()
    start = last

    def tick() -> None:
        nonlocal last
        now = time.perf_counter()
        gaps.append((now - last) * 1000)
        last = now
        done = until() if until else False  # type: ignore[operator]
        if done or (seconds is not None and now - start > seconds):
            app.quit()

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    app.exec()
    timer.stop()
    return gaps


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reviews", type=int, default=100_000)
    args = parser.parse_args()
    app = QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        store = Store(Path(tmp) / "workstation.sqlite3")
        import_records(store, synthetic_reviews(args.reviews))
        window = MainWindow(store, background_jobs=False)
        window.show()
        idle = measure(app, seconds=3.0)
        state = {"done": False, "analysed": 0}

        def finished(analysed: int, _crises: int) -> None:
            state["done"], state["analysed"] = True, analysed

        assert window.analysis is not None
        window.analysis.updated.connect(finished)
        started = time.perf_counter()
        window.analysis.start()
        busy = measure(app, seconds=None, until=lambda: state["done"])
        elapsed = time.perf_counter() - started
        window.close()
        store.close()
    print(f"\nGUI event loop while analysing {state['analysed']:,} reviews in the background "
          f"({elapsed:.1f} s, {state['analysed'] / elapsed:,.0f} reviews/s)\n")
    print(f"{'measure':36} {'analysing':>10} {'idle peer':>10}  goal")
    print(f"{'max gap between 10 ms ticks (ms)':36} {max(busy):10.1f} {max(idle):10.1f}  ≤ 100 ms")
    print(f"{'p99 gap (ms)':36} {statistics.quantiles(busy, n=100)[-1]:10.1f} "
          f"{statistics.quantiles(idle, n=100)[-1]:10.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
