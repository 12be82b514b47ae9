"""Where a first import's time goes on the team server: the app's insert of new reviews
(`store/postgres/reviews._INSERT_NEW`, what `import_records` runs) with one part of the
schema taken away (or one setting changed) at a time, each in a transaction rolled back;
then the search document's parts, each computed alone over the same batch.

    nice -n 10 python bench/team_import_profile.py [--reviews 50000] [--rounds 3] [--url postgresql://…]
    nice -n 10 python bench/team_import_profile.py --only "as is|plain"   # some variants only

Timed by the server process's own CPU seconds (from /proc: the server must run on this
machine, e.g. the throwaway cluster started without `--url`), beside the wall time: on a
shared, loaded machine the CPU seconds are the steadier figure (still ±5–15% between runs:
only the big parts stand out, and "saves" adds up to more than 100% because the parts
overlap). The difference between "as is" and a variant is what that part costs per import.
The table is vacuumed after each variant, so no variant inserts beside dead rows. The COPY
that sends the batch (the desktop formats the rows, the server stores them in the temporary
table) is timed too: the rest of a first import's wall time besides the insert.
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
from workstation.store.postgres.schema import (
    _SEARCH_TEXT,
    _SEARCH_WORDS_2,
    SEARCH_CONFIG,
    SEARCH_WORDS,
)

#: The b-tree indexes of `reviews` besides its two keys (schema 7: the ones no query read are gone).
#: The last four are partial: an import writes none of them (a new review has no deadline, no
#: level, is open and has nothing queued), it only tests their conditions.
_SECONDARY = ("reviews_created", "reviews_location", "reviews_by_stars", "reviews_by_urgency", "reviews_by_deadline",
              "reviews_urgent_first", "reviews_closed", "reviews_in_outbox")
_INSERT = reviews._INSERT_NEW
_PLAIN_INSERT = _INSERT.replace("ON CONFLICT (source_id, external_id) DO NOTHING\n", "")
assert _PLAIN_INSERT != _INSERT
#: Schema 8 made the search expression and the new reviews' change-log entries cheaper: this
#: variant puts schema 7's back, so its line is what schema 8 saved (a negative "saves").
_SCHEMA_7 = [
    "DROP INDEX reviews_search", "ALTER TABLE reviews DROP COLUMN search_doc",
    f"ALTER TABLE reviews ADD COLUMN search_doc tsvector GENERATED ALWAYS AS ({_SEARCH_WORDS_2}) STORED",
    "CREATE INDEX reviews_search ON reviews USING gin (search_doc)",
    "CREATE OR REPLACE FUNCTION workstation_log_new_reviews() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "INSERT INTO review_change_log (change_xid, review_id) SELECT pg_current_xact_id(), id FROM changed_rows "
    "ON CONFLICT DO NOTHING; RETURN NULL; END $$"]

#: name: (statements run first, in the same transaction; the statement timed)
VARIANTS: dict[str, tuple[list[str], str]] = {
    "as is": ([], _INSERT),
    f"without the {len(_SECONDARY)} secondary b-tree indexes": ([f"DROP INDEX {n}" for n in _SECONDARY], _INSERT),
    **{f"without {name}": ([f"DROP INDEX {name}"], _INSERT) for name in _SECONDARY},
    "without the search index (GIN)": (["DROP INDEX reviews_search"], _INSERT),
    "without the search column and its index": (["DROP INDEX reviews_search",
                                                 "ALTER TABLE reviews DROP COLUMN search_doc"], _INSERT),
    "without the change-log trigger": (["ALTER TABLE reviews DISABLE TRIGGER reviews_log_insert"], _INSERT),
    "without the foreign key to sources": (["ALTER TABLE reviews DROP CONSTRAINT reviews_source_id_fkey"], _INSERT),
    "without the foreign key to locations": (["ALTER TABLE reviews DROP CONSTRAINT reviews_location_id_fkey"],
                                             _INSERT),
    "without ON CONFLICT (a plain INSERT)": ([], _PLAIN_INSERT),
    "work_mem 64MB (nothing spills to disk)": (["SET LOCAL work_mem = '64MB'"], _INSERT),
    "plain INSERT and work_mem 64MB": (["SET LOCAL work_mem = '64MB'"], _PLAIN_INSERT),
    "schema 7's search expression and log": (_SCHEMA_7, _INSERT),
}

_BATCH_TEXT = _SEARCH_TEXT.replace("title", "ti").replace("text", "tx").replace("author", "a")
#: The search document's parts, computed alone over the batch (what the generated column costs).
EXPRESSIONS: dict[str, str] = {
    "the search document": SEARCH_WORDS.replace(_SEARCH_TEXT, _BATCH_TEXT),
    "its regexp_replace alone": f"regexp_replace({_BATCH_TEXT}, '[^[:alnum:][:space:]]+', ' ', 'g')",
    "to_tsvector of the raw text (no regexp)": f"to_tsvector('{SEARCH_CONFIG}'::regconfig, {_BATCH_TEXT})",
    "the same with 'simple' (no unaccent)": f"to_tsvector('simple'::regconfig, {_BATCH_TEXT})",
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
    parser.add_argument("--rounds", type=int, default=3, help="each variant this many times (the least kept)")
    parser.add_argument("--url", help="an existing (empty) team database on this machine")
    parser.add_argument("--only", default="", help="variants whose name contains one of these |-separated words")
    args = parser.parse_args()
    records = reviews._latest_by_key(synthetic_reviews(args.reviews))
    stamp = to_iso(utcnow())
    measured = {name: job for name, job in VARIANTS.items()
                if name == "as is" or not args.only or any(w in name for w in args.only.split("|"))}
    measured.update({f"expression: {name}": ([], f"SELECT sum(length(({expr})::text)) FROM incoming_reviews")
                     for name, expr in EXPRESSIONS.items() if not args.only or "expression" in args.only})
    best: dict[str, tuple[float, float]] = {}
    with server(args.url) as url:
        where = parse_store_url(url)
        assert isinstance(where, PostgresLocation)
        with PgStore(where) as store:
            for _ in range(args.rounds):
                for name, (changes, statement) in measured.items():
                    with store.connection() as conn, conn.transaction(force_rollback=True):
                        source = reviews.ensure_source(conn, "google", "file", stamp)
                        locations = reviews._locations(conn, records, stamp)  # both foreign keys checked
                        pid = conn.info.backend_pid
                        wall, cpu = time.perf_counter(), server_cpu(pid)
                        reviews._send_batch(conn, records, locations, None)
                        copy = (server_cpu(pid) - cpu, time.perf_counter() - wall)
                        for change in changes:
                            conn.execute(change)  # type: ignore[arg-type]
                        wall, cpu = time.perf_counter(), server_cpu(pid)
                        conn.execute(statement, {"source": source, "stamp": stamp}  # type: ignore[arg-type]
                                     if "%(" in statement else None).fetchall()
                        cpu, wall = server_cpu(pid) - cpu, time.perf_counter() - wall
                    vacuum(url)  # the rolled-back rows would otherwise slow every later variant
                    for key, (c, w) in ((name, (cpu, wall)), ("COPY of the batch (for comparison)", copy)):
                        old = best.get(key, (float("inf"), float("inf")))
                        best[key] = (min(old[0], c), min(old[1], w))
    base_cpu = best["as is"][0]
    print(f"\nfirst import of {args.reviews:,} reviews: the insert statement, least of {args.rounds} rounds\n")
    print(f"{'variant':52} {'server CPU s':>12} {'saves':>7} {'wall s':>8}   (expressions, COPY: share of as is)")
    for name, (cpu, wall) in best.items():
        if name == "as is":
            note = ""
        elif name.startswith(("expression", "COPY")):  # not a variant: its share of the insert's CPU
            note = f"({cpu / base_cpu:.0%})"
        else:
            note = f"{(base_cpu - cpu) / base_cpu:.0%}"
        print(f"{name:52} {cpu:12.2f} {note:>7} {wall:8.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
