"""Inbox benchmark: import, search, cold start and memory, each beside a peer measured in the same run.

    python bench/inbox.py --reviews 100000

Peers: raw sqlite3 `executemany` of the same rows into the same schema (import); the raw
FTS5 MATCH query on the same DB (search); a bare PySide6 window with an empty QTableView
(cold start and RSS).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import synthetic_reviews

from workstation.domain import to_iso, utcnow
from workstation.store import ReviewFilter, Store, import_records
from workstation.store.ingest import ensure_location, ensure_source
from workstation.store.queries import fetch_rows, fts_query, search_ids

BARE_WINDOW = r"""
from pathlib import Path
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItemModel
app = QApplication([])
w = QMainWindow(); view = QTableView(); view.setModel(QStandardItemModel(0, 8)); w.setCentralWidget(view)
w.resize(1340, 820); w.show()
def done():
    hwm = [l for l in Path("/proc/self/status").read_text().splitlines() if l.startswith("VmHWM:")][0]
    rss = int(hwm.split()[1]) / 1024
    print(f"ready RSS {rss:.0f} MB", flush=True); app.quit()
QTimer.singleShot(0, done)
app.exec()
"""


def timed(fn, *args, **kw):  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    result = fn(*args, **kw)
    return time.perf_counter() - t, result


def raw_import(path: Path, records) -> None:  # type: ignore[no-untyped-def]
    store = Store(path)
    with store.transaction() as conn:
        stamp = to_iso(utcnow())
        locs = {name: ensure_location(store, name) for name in ("Paris 11e", "Lyon Presqu'île")}
        sources = {p: ensure_source(store, p, p) for p in {r.platform for r in records}}
        conn.executemany(
            "INSERT INTO reviews (source_id, external_id, location_id, author, stars, title, text, lang, url, "
            "created_at, updated_at, first_seen_at, last_seen_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(sources[r.platform], r.external_id, locs[r.location], r.author, r.stars, r.title, r.text, r.lang,
              r.url, to_iso(r.created_at), None, stamp, stamp) for r in records],
        )
    store.close()


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1] if len(samples) >= 20 else max(samples)


def start_process(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time from spawn to the line saying the window shows rows, and the RSS (MB) it reports.

    Both programs are timed the same way, from outside: interpreter start-up and imports count.
    """
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    try:
        for line in proc.stdout:
            if line.startswith(("ready", "smoke-test ok")):
                elapsed = time.perf_counter() - t0
                return elapsed, float(line.split("RSS ")[1].split()[0])
    finally:
        proc.wait(timeout=60)
    raise RuntimeError(f"{cmd} did not report readiness")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reviews", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    rows: list[tuple[str, float, float, str, str]] = []
    records = synthetic_reviews(args.reviews)
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        t_raw, _ = timed(raw_import, tmpdir / "raw.sqlite3", records)
        data_dir = tmpdir / "data"
        data_dir.mkdir()
        store = Store(data_dir / "workstation.sqlite3")
        t_ours, result = timed(import_records, store, records)
        assert result.imported == len(records)
        t_again, again = timed(import_records, store, records)
        assert again.imported == 0 and again.unchanged == len(records)
        rows.append(("import (store.import_records)", t_ours, t_raw, "≤ 2×", f"{t_ours / t_raw:.2f}×"))
        rows.append(("re-import, nothing new", t_again, t_raw, "", f"{t_again / t_raw:.2f}×"))

        queries = [("croissant", (1, 2)), ("hopital", ()), ("service lent", (1,)), ("rude", (1, 2)),
                   ("terrasse", (4, 5)), ("app", ()), ("rembourse", ()), ("coffee cold", (2, 3)),
                   ("cafe", (5,)), ("commande", (1, 2, 3))]
        ours: list[float] = []
        peer: list[float] = []
        full: list[float] = []
        for _ in range(4):
            for words, stars in queries:
                f = ReviewFilter(view="all", search=words, stars=stars)
                t, ids = timed(search_ids, store, f, limit=100)
                t2, _ = timed(fetch_rows, store, ids)
                ours.append((t + t2) * 1000)
                t4, _ = timed(search_ids, store, f)
                full.append(t4 * 1000)
                t3, _ = timed(lambda w=words: store._conn.execute(
                    "SELECT rowid FROM reviews_fts WHERE reviews_fts MATCH ?", (fts_query(w),)).fetchall())
                peer.append(t3 * 1000)
        t_all, _ = timed(search_ids, store, ReviewFilter(view="all"))
        rows.append(("search+filter first page p95 (ms)", p95(ours), p95(peer), "≤ 1.5× and ≤ 50 ms",
                     f"{p95(ours) / p95(peer):.2f}×"))
        rows.append(("search+filter, full id list p95 (ms)", p95(full), p95(peer), "",
                     f"{p95(full) / p95(peer):.2f}×"))
        rows.append(("all 100k ids, no filter (ms)", t_all * 1000, float("nan"), "", ""))
        store.close()

        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        # Installed apps start from cached bytecode (pip compiles it, the frozen build ships
        # it); a machine-wide PYTHONDONTWRITEBYTECODE would make every start recompile.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        ws = [sys.executable, "-m", "workstation", "--smoke-test", "--data-dir", str(data_dir)]
        bare = [sys.executable, "-c", BARE_WINDOW]
        start_process(ws, env), start_process(bare, env)  # warm-up: bytecode and page cache
        starts = [start_process(ws, env) for _ in range(args.runs)]
        bares = [start_process(bare, env) for _ in range(args.runs)]
        s_ours = statistics.median(s for s, _ in starts)
        s_bare = statistics.median(s for s, _ in bares)
        rss_ours = statistics.median(r for _, r in starts)
        rss_bare = statistics.median(r for _, r in bares)
        rows.append(("cold start to first rows (s, median)", s_ours, s_bare, "≤ 1.5×", f"{s_ours / s_bare:.2f}×"))
        rows.append(("RSS with inbox open (MB)", rss_ours, rss_bare, "≤ +250 MB", f"+{rss_ours - rss_bare:.0f} MB"))

    print(f"\ninbox benchmark, {args.reviews:,} synthetic EN/FR reviews\n")
    print(f"{'measure':40} {'ours':>10} {'peer':>10} {'ratio':>10}  goal")
    for name, a, b, goal, ratio in rows:
        print(f"{name:40} {a:10.3f} {b:10.3f} {ratio:>10}  {goal}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
