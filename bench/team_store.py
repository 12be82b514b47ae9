"""Team mode at scale: inbox first page and search p95 on PostgreSQL, import throughput vs SQLite.

    nice -n 10 python bench/team_store.py --reviews 1000000 [--import-reviews 100000] [--url postgresql://…]
    nice -n 10 python bench/team_store.py --import-only --import-reviews 100000 [--sync-reviews 10000]  # step 1 only

Without `--url` a throwaway cluster is started (tests/team/cluster.py: loopback, default
memory settings, fsync off — durability is not what is measured here).

1. Import: the same synthetic reviews through the app's import on a SQLite store and on the
   team server (`store/postgres/reviews.import_records`: upserts, row locks), in one run; then
   the same file again (nothing new) on both, each re-import beside SQLite's re-import (and,
   as reported before, beside SQLite's first import); then once more a day later (an
   unchanged review is not rewritten on either engine, whatever the day: its `last_seen_at`
   records when the platform's copy was last stored, not each listing).
   Sync: `--sync-reviews` reviews from a loopback fake Google Business Profile (its own
   process, 50 per page as the real API) through the app's sync on SQLite (`sync_source`)
   and on the team server (`sync_team_sources`: the source's advisory lock, one transaction
   per page), then a full re-sync of the same listing (nothing new) on both.
2. The table is then filled to `--reviews` with COPY (not measured; the reviews carry triage
   results: levels, urgency, deadlines, a quarter replied), the search index built, ANALYZE run.
3. Each inbox query (views, filters, sorts) and each search, first page (100 ids + their
   rows, what `review list`/the window reads) is timed `--runs` times; p95 beside two peers
   on the same server: the same SQL run bare (no app code), and the simplest SQL giving a
   page (newest 100 / the full-text match unsorted).
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.team.cluster: the throwaway server

from corpus import synthetic_reviews

from workstation.domain import to_iso, utcnow
from workstation.store import ReviewFilter, Store
from workstation.store import import_records as sqlite_import
from workstation.store.location import PostgresLocation, parse_store_url
from workstation.store.postgres.connection import PgStore
from workstation.store.postgres.reviews import import_records as team_import
from workstation.store.postgres.schema import SEARCH_CONFIG, SEARCH_DOCUMENT
from workstation.store.postgres.search import fetch_listing, page_queries, search_ids, tsquery_text

PAGE = 100
SEARCHES = [("croissant", (1, 2)), ("hopital", ()), ("service lent", (1,)), ("rude", (1, 2)),
            ("terrasse", (4, 5)), ("app", ()), ("rembourse", ()), ("coffee cold", (2, 3)),
            ("cafe", (5,)), ("commande", (1, 2, 3))]


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1] if len(samples) >= 20 else max(samples)


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


@contextlib.contextmanager
def server(url: str | None) -> Iterator[str]:
    if url:
        yield url
        return
    from tests.team.cluster import throwaway_cluster

    with throwaway_cluster() as cluster:
        cluster.create_database("bench")
        yield cluster.url("bench")


def _level(n: int) -> str:
    """Triage results on the filled reviews, so the urgent/due views and their sorts have work."""
    return "critical" if n % 97 == 0 else "high" if n % 13 == 0 else "normal" if n % 3 == 0 else "low"


def fill(store: PgStore, start: int, total: int) -> None:
    """Reviews `start`..`total` by COPY (their text from the same corpus), then the search index."""
    stamp = to_iso(utcnow())
    with store.connection() as conn:
        sources = [int(r[0]) for r in conn.execute("SELECT id FROM sources ORDER BY id")]
        locations = [int(r[0]) for r in conn.execute("SELECT id FROM locations ORDER BY id")] or [None]
        conn.execute("DROP INDEX IF EXISTS reviews_search")
        chunk = 100_000
        for first in range(start, total, chunk):
            records = synthetic_reviews(min(chunk, total - first), seed=first)
            with conn.cursor() as cur, cur.copy(
                "COPY reviews (source_id, external_id, location_id, author, stars, text, lang, created_at, "
                "first_seen_at, last_seen_at, level, urgency, due_at, reply_state) FROM STDIN"
            ) as copy:
                for i, r in enumerate(records):
                    n = first + i
                    created = to_iso(r.created_at)
                    copy.write_row((sources[n % len(sources)], f"fill-{n}", locations[n % len(locations)],
                                    r.author, r.stars, r.text, r.lang, created, stamp, stamp, _level(n),
                                    (n % 100) / 100, created if n % 5 == 0 else None,
                                    "sent" if n % 4 == 0 else "none"))
            print(f"  filled {min(first + chunk, total):,}", flush=True)
        t_index, _ = timed(lambda: conn.execute(
            f"CREATE INDEX reviews_search ON reviews USING gin (({SEARCH_DOCUMENT.replace('r.', '')}))"))
        print(f"  search index built in {t_index:.0f} s", flush=True)
        conn.execute("VACUUM ANALYZE reviews")


def inbox_filters(store: PgStore) -> list[tuple[str, ReviewFilter]]:
    with store.connection() as conn:
        source = int(conn.execute("SELECT min(id) FROM sources").fetchone()[0])  # type: ignore[index]
        location = int(conn.execute("SELECT min(id) FROM locations").fetchone()[0])  # type: ignore[index]
        newest = str(conn.execute("SELECT max(created_at) FROM reviews").fetchone()[0])  # type: ignore[index]
    from datetime import date, timedelta

    month_ago = date.fromisoformat(newest[:10]) - timedelta(days=30)
    return [
        ("needs reply, newest", ReviewFilter(view="needs_reply")),
        ("all, newest", ReviewFilter(view="all")),
        ("all, oldest", ReviewFilter(view="all", sort="oldest")),
        ("urgent", ReviewFilter(view="urgent")),
        ("due", ReviewFilter(view="due")),
        ("needs reply, 1-2 stars", ReviewFilter(view="needs_reply", stars=(1, 2))),
        ("needs reply, one location", ReviewFilter(view="needs_reply", location_id=location)),
        ("all, one source", ReviewFilter(view="all", source_id=source)),
        ("all, French, last 30 days", ReviewFilter(view="all", lang="fr", date_from=month_ago)),
        ("all, by stars", ReviewFilter(view="all", sort="stars")),
        ("needs reply, by urgency", ReviewFilter(view="needs_reply", sort="urgency")),
    ]


def measure(store: PgStore, filters: list[tuple[str, ReviewFilter]], bare: Callable[[ReviewFilter], tuple[str, list[Any]]],
            runs: int) -> tuple[list[float], list[float], list[float], dict[str, float]]:
    ours: list[float] = []
    same_sql: list[float] = []
    simplest: list[float] = []
    worst: dict[str, float] = {}
    with store.connection() as conn:
        for _ in range(runs):
            for name, f in filters:
                t, _rows = timed(lambda f=f: fetch_listing(store, search_ids(store, f, limit=PAGE)))
                ours.append(t * 1000)
                worst[name] = max(worst.get(name, 0.0), t * 1000)
                same_sql.append(timed(lambda f=f: bare_page(conn, f))[0] * 1000)
                sql, params = bare(f)
                simplest.append(timed(lambda sql=sql, params=params: conn.execute(sql, params).fetchall())[0] * 1000)
    return ours, same_sql, simplest, worst


def bare_page(conn: Any, f: ReviewFilter) -> list[Any]:
    """The app's own SQL for a first page, run bare (no pool, no row fetch)."""
    rows: list[Any] = []
    for sql, params in page_queries(f, PAGE):
        rows = conn.execute(sql, params).fetchall()
        if len(rows) >= PAGE:
            break
    return rows


def newest_page(_f: ReviewFilter) -> tuple[str, list[Any]]:
    return f"SELECT id FROM reviews ORDER BY created_at DESC NULLS LAST, id DESC LIMIT {PAGE}", []


def bare_match(f: ReviewFilter) -> tuple[str, list[Any]]:
    return (f"SELECT r.id FROM reviews r WHERE {SEARCH_DOCUMENT} @@ to_tsquery('{SEARCH_CONFIG}'::regconfig, %s) "
            f"LIMIT {PAGE}", [tsquery_text(f.search)])


@contextlib.contextmanager
def fake_google(reviews: int) -> Iterator[dict[str, Any]]:
    """The loopback fake in its own process (as bench/sync.py), so it does not share our GIL."""
    import json
    import subprocess

    fake = subprocess.Popen([sys.executable, "-m", "tests.fakes.serve", "google_business", "--reviews", str(reviews)],
                            cwd=Path(__file__).resolve().parents[1], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True)
    try:
        assert fake.stdout is not None
        yield json.loads(fake.stdout.readline())
    finally:
        if fake.stdin:
            fake.stdin.close()
        fake.wait(timeout=10)


def measure_syncs(store: PgStore, sqlite_path: Path, reviews: int) -> list[tuple[str, float, float, str]]:
    """First sync and full re-sync of the same fake listing, SQLite then the team server."""
    import asyncio

    from workstation.sources.base import Credentials, SourceConfig
    from workstation.sources.registry import make_connector
    from workstation.store.postgres.sources import create_source
    from workstation.store.sync_state import add_source
    from workstation.sync import sync_source
    from workstation.sync.team_sync import sync_team_sources

    with fake_google(reviews) as info:
        def factory(_source: Any) -> Any:
            config = SourceConfig("google_business", "Bench", base_url=info["url"], settings={"reread_days": "0"})
            return make_connector(config, Credentials(info["credentials"]))

        with Store(sqlite_path) as sqlite:
            sid = add_source(sqlite, platform="google_business", name="Bench", base_url=info["url"])

            def local(full: bool) -> None:
                result = asyncio.run(sync_source(sqlite, sid, connector_factory=factory, full=full))
                assert result.error is None, result.error

            t_sqlite, _ = timed(lambda: local(False))
            assert sqlite.scalar("SELECT count(*) FROM reviews WHERE source_id = ?", (sid,)) == reviews
            t_sqlite_again, _ = timed(lambda: local(True))
        team_sid = create_source(store, platform="google_business", name="Bench", kind="api", base_url=info["url"],
                                 settings={"reread_days": "0"}, sync_interval_min=None, save_secret=None)

        def team(full: bool) -> None:
            [result] = asyncio.run(sync_team_sources(store, source_ids=[team_sid], connector_factory=factory,
                                                     full=full))
            assert result.error is None, result.error

        t_team, _ = timed(lambda: team(False))
        assert store.scalar("SELECT count(*) FROM reviews WHERE source_id = %s", (team_sid,)) == reviews
        t_team_again, _ = timed(lambda: team(True))
    return [(f"sync {reviews:,} reviews, fake platform (s)", t_team, t_sqlite,
             f"{t_team / t_sqlite:.2f}× SQLite (goal ≤ 2×)"),
            (f"full re-sync {reviews:,}, nothing new (s)", t_team_again, t_sqlite_again,
             f"{t_team_again / t_sqlite_again:.2f}× SQLite's (goal ≤ 2×)")]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reviews", type=int, default=1_000_000, help="reviews on the server for the query timings")
    parser.add_argument("--import-reviews", type=int, default=100_000, help="reviews imported by both engines")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--url", help="an existing (empty) team database instead of a throwaway cluster")
    parser.add_argument("--sync-reviews", type=int, default=10_000, help="reviews synced by both engines (0: none)")
    parser.add_argument("--import-only", action="store_true",
                        help="measure the imports and syncs only (no fill, no queries)")
    args = parser.parse_args()
    records = synthetic_reviews(args.import_reviews)
    start = utcnow()
    next_day = start + timedelta(days=1)
    rows: list[tuple[str, float, float, str]] = []
    with tempfile.TemporaryDirectory() as tmp, server(args.url) as url:
        with Store(Path(tmp) / "workstation.sqlite3") as sqlite:
            t_sqlite, _ = timed(lambda: sqlite_import(sqlite, records, now=start))
            t_sqlite_again, sqlite_again = timed(lambda: sqlite_import(sqlite, records, now=start))
            assert sqlite_again.unchanged == len(records)
            t_sqlite_later, _ = timed(lambda: sqlite_import(sqlite, records, now=next_day))
        where = parse_store_url(url)
        assert isinstance(where, PostgresLocation)
        with PgStore(where) as store:
            t_team, result = timed(lambda: team_import(store, records, now=start))
            assert result.imported == len(records)
            t_again, again = timed(lambda: team_import(store, records, now=start))
            assert again.unchanged == len(records)
            t_later, later = timed(lambda: team_import(store, records, now=next_day))
            assert later.unchanged == len(records)
            rows.append((f"import {len(records):,} reviews (s)", t_team, t_sqlite,
                         f"{t_team / t_sqlite:.2f}× SQLite (goal ≤ 2×)"))
            rows.append((f"re-import {len(records):,}, nothing new (s)", t_again, t_sqlite_again,
                         f"{t_again / t_sqlite_again:.2f}× SQLite's re-import (goal ≤ 2×); "
                         f"{t_again / t_sqlite:.2f}× its first import"))
            rows.append((f"re-import {len(records):,} the next day (s)", t_later, t_sqlite_later,
                         f"{t_later / t_sqlite_later:.2f}× SQLite's (goal ≤ 2×)"))
            if args.sync_reviews:
                rows += measure_syncs(store, Path(tmp) / "sync.sqlite3", args.sync_reviews)
            if args.import_only:
                print(f"\nteam store bench: imports of {len(records):,} reviews, syncs of {args.sync_reviews:,}\n")
                for name, value, peer, note in rows:
                    print(f"{name:58} {value:10.2f} {peer:10.2f}  {note}")
                return 0
            print("filling", flush=True)
            fill(store, len(records), args.reviews)
            total = int(store.scalar("SELECT count(*) FROM reviews"))
            views = inbox_filters(store)
            ours, same, simplest, worst_views = measure(store, views, newest_page, args.runs)
            rows.append((f"inbox first page p95 (ms), {len(views)} filters/sorts", p95(ours), p95(simplest),
                         f"same SQL bare {p95(same):.1f} ms; peer = newest 100 (goal ≤ 50 ms)"))
            searches = [(w, ReviewFilter(view="all", search=w, stars=s)) for w, s in SEARCHES]
            s_ours, s_same, s_simplest, worst_search = measure(store, searches, bare_match, args.runs)
            rows.append((f"search first page p95 (ms), {len(searches)} searches", p95(s_ours), p95(s_simplest),
                         f"same SQL bare {p95(s_same):.1f} ms; peer = bare match, unsorted (goal ≤ 50 ms)"))
    print(f"\nteam store bench: {total:,} reviews on the server, {args.runs} runs each\n")
    print(f"{'measure':58} {'ours':>10} {'peer':>10}  note")
    for name, value, peer, note in rows:
        print(f"{name:58} {value:10.2f} {peer:10.2f}  {note}")
    print("\nslowest inbox filters (worst run, ms):",
          ", ".join(f"{k} {v:.0f}" for k, v in sorted(worst_views.items(), key=lambda kv: -kv[1])[:4]))
    print("slowest searches (worst run, ms):",
          ", ".join(f"{k} {v:.0f}" for k, v in sorted(worst_search.items(), key=lambda kv: -kv[1])[:4]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
