"""Metrics benchmark (issue 7): metrics over N stored reviews ≤ 1 s, dashboard open ≤ 500 ms,
each printed beside a plain SQL aggregate over the same rows.

    python bench/metrics.py --reviews 100000 [--db /tmp/metrics-bench.sqlite3]

The store is built once (synthetic EN/FR reviews, ~55 % replied, triage columns and
topics filled through the store's own functions) and reused when `--db` exists.
Figures: best of `--runs`. "dashboard open" is constructor + first paint (numbers are
computed off the GUI thread); "dashboard numbers" is until the figures are shown.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus import synthetic_reviews

from workstation.domain import ReplyRecord, utcnow
from workstation.store import Store, import_records
from workstation.store.analysis_results import AnalysisRow, save_analysis
from workstation.store.metrics_data import location_settings, save_location_settings

NOW = datetime(2026, 1, 15, tzinfo=UTC)
_TOPICS = ("service", "food", "price", "wait", "staff", "cleanliness", "app")
_HOURS = '{"days": {"mon": "08:00-19:00", "tue": "08:00-19:00", "wed": "08:00-19:00", ' \
    '"thu": "08:00-19:00", "fri": "08:00-19:00", "sat": "09:00-13:00", "sun": "closed"}}'


def build_store(path: Path, n: int, seed: int = 11) -> Store:
    """A store with `n` synthetic reviews, replies, triage levels and topics."""
    rng = random.Random(seed)
    records = []
    for r in synthetic_reviews(n, seed=seed):
        reply = None
        if rng.random() < 0.55 and r.created_at is not None:
            posted = r.created_at + timedelta(minutes=rng.randint(20, 60 * 24 * 6))
            reply = ReplyRecord("Thank you for your review.", posted) if posted < NOW else None
        records.append(r.__class__(**{**{f: getattr(r, f) for f in r.__dataclass_fields__}, "reply": reply}))
    store = Store(path)
    import_records(store, records, now=NOW)
    for loc in location_settings(store):
        save_location_settings(store, loc.id, timezone="Europe/Paris", country="FR", hours_json=_HOURS,
                               review_url=f"https://example.com/review/{loc.id}")
    ids = [row[0] for row in store._conn.execute("SELECT id, stars FROM reviews ORDER BY id")]
    stars = dict(store._conn.execute("SELECT id, stars FROM reviews").fetchall())
    rows = []
    for rid in ids:
        s = stars[rid] or 3
        level = "critical" if s == 1 and rng.random() < 0.1 else "high" if s <= 2 else "normal" if s == 3 else "low"
        sentiment = (s - 3) / 2 + rng.uniform(-0.2, 0.2)
        topics = tuple((t, "topic", sentiment) for t in rng.sample(_TOPICS, rng.randint(0, 2)))
        rows.append(AnalysisRow(rid, "en", sentiment, 0.5, level, "{}", 1,
                                [("topic", t, snt) for t, _k, snt in topics]))
    for start in range(0, len(rows), 20_000):
        save_analysis(store, rows[start : start + 20_000])
    return store


def best(fn: Callable[[], Any], runs: int) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return min(times), result


PLAIN_SQL = """
SELECT count(*), sum(p.first IS NOT NULL), avg(r.stars),
       avg((julianday(p.first) - julianday(r.created_at)) * 24)
FROM reviews r LEFT JOIN (SELECT review_id, min(posted_at) AS first FROM replies
                          WHERE state = 'sent' GROUP BY review_id) p ON p.review_id = r.id
"""
PLAIN_MEDIAN = """
SELECT (julianday(p.first) - julianday(r.created_at)) * 24 AS h
FROM reviews r JOIN (SELECT review_id, min(posted_at) AS first FROM replies
                     WHERE state = 'sent' GROUP BY review_id) p ON p.review_id = r.id
ORDER BY h LIMIT 1 OFFSET (SELECT count(*) / 2 FROM replies WHERE state = 'sent')
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reviews", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/metrics-bench.sqlite3"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-ui", action="store_true")
    args = parser.parse_args()

    from workstation.metrics.report import compute_metrics
    from workstation.metrics.stored import load_calendars, load_review_facts

    if not args.db.exists():
        t = time.perf_counter()
        build_store(args.db, args.reviews).close()
        print(f"built {args.reviews} reviews in {time.perf_counter() - t:.1f} s → {args.db}")
    store = Store(args.db)
    n = store.scalar("SELECT count(*) FROM reviews")

    t_plain, _ = best(lambda: (store._conn.execute(PLAIN_SQL).fetchone(),
                               store._conn.execute(PLAIN_MEDIAN).fetchone()), args.runs)
    t_load, facts = best(lambda: load_review_facts(store), args.runs)
    calendars = load_calendars(store)
    t_compute, _ = best(lambda: compute_metrics(facts, now=NOW, calendars=calendars), args.runs)
    t_all, _ = best(lambda: compute_metrics(load_review_facts(store), now=NOW,
                                            calendars=load_calendars(store)), args.runs)
    print(f"\nreviews: {n}")
    print(f"{'step':<36}{'ours (s)':>10}{'plain SQL (s)':>15}{'ratio':>8}")
    for name, ours in (("load facts (SQL → ReviewFacts)", t_load), ("compute_metrics", t_compute),
                       ("load + compute (budget 1 s)", t_all)):
        print(f"{name:<36}{ours:>10.3f}{t_plain:>15.3f}{ours / t_plain:>8.1f}")

    if not args.no_ui:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        from workstation.ui.dashboard import DashboardWindow

        app = QApplication.instance() or QApplication([])
        opens, readies = [], []
        for _ in range(args.runs):
            t = time.perf_counter()
            win = DashboardWindow(store, "en", now=NOW)
            win.show()
            app.processEvents()
            opens.append(time.perf_counter() - t)
            while not win.is_ready:
                app.processEvents()
                time.sleep(0.002)
            app.processEvents()
            readies.append(time.perf_counter() - t)
            win.close()
            win.deleteLater()
            app.processEvents()
        print(f"{'dashboard open (budget 0.5 s)':<36}{min(opens):>10.3f}{t_plain:>15.3f}"
              f"{min(opens) / t_plain:>8.1f}")
        print(f"{'dashboard numbers shown':<36}{min(readies):>10.3f}{t_plain:>15.3f}"
              f"{min(readies) / t_plain:>8.1f}")
    store.close()
    print(f"\n(generated {utcnow():%Y-%m-%d %H:%M} UTC)")


if __name__ == "__main__":
    main()
