"""Where a first import's time goes on the team server: the app's insert of new reviews
(`store/postgres/reviews._INSERT_NEW`, what `import_records` runs) with one part of the
schema taken away at a time, each in a transaction rolled back.

    nice -n 10 python bench/team_import_profile.py [--reviews 50000] [--rounds 2] [--url postgresql://…]

Timed by the server process's own CPU seconds (from /proc: the server must run on this
machine, e.g. the throwaway cluster started without `--url`), beside the wall time: on a
shared, loaded machine the CPU seconds are the steadier figure (still ±15%: only the big
parts stand out). The difference between "as is" and a variant is what that part costs per
import. The table is vacuumed after each variant, so no variant inserts beside dead rows.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.team.cluster: the throwaway server

from corpus import synthetic_reviews
from team_store import server

from workstation.domain import to_iso, utcnow
from workstation.store.location import PostgresLocation, parse_store_url
from workstation.store.postgres import reviews
from workstation.store.postgres.connection import PgStore
from workstation.store.postgres.schema import _SEARCH_WORDS_2

#: The b-tree indexes of `reviews` besides its two keys (schema 7: the ones no query read are gone).
#: Schema 8 made the search expression and the new reviews' change-log entries cheaper: the
#: last variant puts schema 7's back, so its line is what schema 8 saved (a negative "saves").
_SECONDARY = ("reviews_created", "reviews_location", "reviews_by_stars", "reviews_by_urgency", "reviews_by_deadline",
              "reviews_urgent_first", "reviews_closed", "reviews_in_outbox")
VARIANTS: dict[str, list[str]] = {
    "as is": [],
    f"without the {len(_SECONDARY)} secondary b-tree indexes": [f"DROP INDEX {name}" for name in _SECONDARY],
    "without the search index (GIN)": ["DROP INDEX reviews_search"],
    "without the search column and its index": ["DROP INDEX reviews_search",
                                                "ALTER TABLE reviews DROP COLUMN search_doc"],
    "without the change-log trigger": ["ALTER TABLE reviews DISABLE TRIGGER reviews_log_insert"],
    "without the two foreign keys": ["ALTER TABLE reviews DROP CONSTRAINT reviews_source_id_fkey",
                                     "ALTER TABLE reviews DROP CONSTRAINT reviews_location_id_fkey"],
    # What schema 8 saved, in the same run: schema 7's search expression and change-log function.
    "schema 7's search expression and log": [
        "DROP INDEX reviews_search", "ALTER TABLE reviews DROP COLUMN search_doc",
        f"ALTER TABLE reviews ADD COLUMN search_doc tsvector GENERATED ALWAYS AS ({_SEARCH_WORDS_2}) STORED",
        "CREATE INDEX reviews_search ON reviews USING gin (search_doc)",
        "CREATE OR REPLACE FUNCTION workstation_log_new_reviews() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "INSERT INTO review_change_log (change_xid, review_id) SELECT pg_current_xact_id(), id FROM changed_rows "
        "ON CONFLICT DO NOTHING; RETURN NULL; END $$"],
}


def server_cpu(pid: int) -> float:
    """User + system CPU seconds of one server process."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def vacuum(url: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("VACUUM reviews, review_change_log")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reviews", type=int, default=50_000)
    parser.add_argument("--rounds", type=int, default=2, help="each variant this many times (the least kept)")
    parser.add_argument("--url", help="an existing (empty) team database on this machine")
    args = parser.parse_args()
    records = reviews._latest_by_key(synthetic_reviews(args.reviews))
    stamp = to_iso(utcnow())
    best: dict[str, tuple[float, float]] = {}
    with server(args.url) as url:
        where = parse_store_url(url)
        assert isinstance(where, PostgresLocation)
        with PgStore(where) as store:
            for _ in range(args.rounds):
                for name, changes in VARIANTS.items():
                    with store.connection() as conn, conn.transaction(force_rollback=True):
                        source = reviews.ensure_source(conn, "google", "file", stamp)
                        reviews._send_batch(conn, records, {}, None)
                        for statement in changes:
                            conn.execute(statement)  # type: ignore[arg-type]
                        pid = conn.info.backend_pid
                        wall, cpu = time.perf_counter(), server_cpu(pid)
                        conn.execute(reviews._INSERT_NEW, {"source": source, "stamp": stamp}).fetchall()
                        cpu, wall = server_cpu(pid) - cpu, time.perf_counter() - wall
                    vacuum(url)  # the rolled-back rows would otherwise slow every later variant
                    old = best.get(name, (float("inf"), float("inf")))
                    best[name] = (min(old[0], cpu), min(old[1], wall))
    base_cpu = best["as is"][0]
    print(f"\nfirst import of {args.reviews:,} reviews: the insert statement, least of {args.rounds} rounds\n")
    print(f"{'variant':44} {'server CPU s':>12} {'saves':>7} {'wall s':>8}")
    for name, (cpu, wall) in best.items():
        saved = "" if name == "as is" else f"{(base_cpu - cpu) / base_cpu:6.0%}"
        print(f"{name:44} {cpu:12.2f} {saved:>7} {wall:8.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
