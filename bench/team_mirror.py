"""A desktop's local copy of a team server: first pull, an idle pull, and how soon another
desktop's change shows (LISTEN/NOTIFY → pull), beside peers measured in the same run.

    nice -n 10 python bench/team_mirror.py [--reviews 20000] [--changes 20] [--url postgresql://…]

Without `--url` a throwaway cluster is started (tests/team/cluster.py: loopback, fsync off).
1. The server gets `--reviews` reviews through the team import (each with a label).
2. First pull into an empty local copy (`sync.team_mirror.pull`), beside the peer: the same
   reviews read by one bare `SELECT` and written into SQLite with one `executemany`.
3. An idle pull (nothing changed), what each announcement costs when nothing is new.
4. `--changes` times: "another desktop" queues a reply on the server; this desktop's listener
   hears it and pulls; time from the other desktop's commit to the reply being in the local
   copy (the goal: about a second), beside the bare NOTIFY round trip.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.team.cluster: the throwaway server

from team_store import p95, server, timed

from workstation.domain import ReviewRecord, utcnow
from workstation.ops import team
from workstation.ops.team_mirror import open_local_copy
from workstation.store.location import PostgresLocation, parse_store_url
from workstation.store.postgres.connection import PgStore
from workstation.store.postgres.reviews import import_records
from workstation.store.postgres.triage import add_flags
from workstation.sync.team_mirror import pull


def _reviews(count: int) -> list[ReviewRecord]:
    now = utcnow()
    return [ReviewRecord(text=f"Review {i}: the croissants were {'cold' if i % 3 else 'perfect'}",
                         stars=1 + i % 5, author=f"Author {i}", created_at=now, external_id=f"b{i:07d}",
                         platform="google_business") for i in range(count)]


def _bare_copy(store: PgStore, folder: Path) -> float:
    """The peer: the same reviews read bare and written into SQLite in one transaction."""
    start = time.perf_counter()
    with store.connection() as conn:
        rows = conn.execute("SELECT id, source_id, external_id, author, stars, text, created_at, first_seen_at, "
                            "last_seen_at FROM reviews").fetchall()
    db = sqlite3.connect(folder / "bare.sqlite3")
    db.execute("CREATE TABLE reviews (id INTEGER PRIMARY KEY, source_id, external_id, author, stars, text, "
               "created_at, first_seen_at, last_seen_at)")
    with db:
        db.executemany("INSERT INTO reviews VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    db.close()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reviews", type=int, default=20_000)
    parser.add_argument("--changes", type=int, default=20)
    parser.add_argument("--url")
    args = parser.parse_args()
    with server(args.url) as url, tempfile.TemporaryDirectory() as tmp:
        where = parse_store_url(url)
        assert isinstance(where, PostgresLocation)
        folder = Path(tmp)
        with PgStore(where) as store:
            records = _reviews(args.reviews)
            for first in range(0, args.reviews, 5000):
                import_records(store, records[first:first + 5000])
            ids = [int(i) for i in store.scalar("SELECT array_agg(id ORDER BY id) FROM reviews")]
            add_flags(store, {i: ["profanity"] for i in ids})
            cache = open_local_copy(folder, where)
            t_first, applied = timed(lambda: pull(store, cache))
            assert len(applied.review_ids) == len(ids)
            t_peer = _bare_copy(store, folder)
            idle = [timed(lambda: pull(store, cache))[0] for _ in range(5)]
            heard, notify = [], []
            with PgStore(where) as other, team.TeamChanges(store) as listener:
                for n in range(args.changes):
                    review_id = ids[n]
                    team.queue_reply(other, review_id, f"Merci {n}", author="Bob", origin="bob@desk-b")
                    committed = time.perf_counter()
                    received = listener.wait(10, stop_after=1)
                    notify.append(time.perf_counter() - committed)
                    assert received, "no announcement"
                    pull(store, cache)
                    shown = cache.scalar("SELECT count(*) FROM replies WHERE review_id = ? AND text = ?",
                                         (review_id, f"Merci {n}"))
                    assert shown == 1
                    heard.append(time.perf_counter() - committed)
            cache.close()
    print(f"\nteam mirror bench: {args.reviews:,} reviews, {args.changes} changes\n")
    print(f"{'measure':58} {'ours':>10} {'peer':>10}  note")
    print(f"{'first pull of every review (s)':58} {t_first:10.2f} {t_peer:10.2f}  "
          f"{t_first / t_peer:.1f}× a bare SELECT + executemany of the review rows alone")
    print(f"{'idle pull, nothing changed, median (ms)':58} {statistics.median(idle) * 1000:10.1f} {'':>10}")
    print(f"{'another desktop queues a reply → in this copy, p95 (ms)':58} {p95(heard) * 1000:10.1f} "
          f"{p95(notify) * 1000:10.1f}  peer = its NOTIFY alone (commit → heard); goal ≈ 1 s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
