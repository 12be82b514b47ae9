"""The inbox on a team server: the same filters, sorts and search as `store/queries.py`.

The search is PostgreSQL full text (`store/postgres/schema.py`, migration 2): the words of
the title, text and author, with accents and case folded by `unaccent` and `simple`, on a
GIN index. It deliberately has no stemming and no stop words, because the SQLite search
has neither: "chambres" must not find "chambrer", and "the" must still be a word someone
can search for. The user's words are the SQLite search's (`search_words`: folded, each a
prefix, all required), so both engines return the same reviews — tested side by side
(tests/team/test_team_search.py). One known difference: `unaccent` also unfolds ligatures,
so "coeur" finds "cœur" here and not on SQLite.

"OR" and "NOT" are plain words on both engines (the inbox search box is not a query
language; a word someone types is a word to find).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from typing import Any

from workstation.store.postgres.connection import PgStore
from workstation.store.postgres.schema import SEARCH_CONFIG, SEARCH_DOCUMENT
from workstation.store.queries import (
    _SORT_SQL,
    ListedReview,
    ReviewFilter,
    SqlDialect,
    filter_where,
    search_words,
)

# A word's alphanumeric runs ("foo_bar" is two FTS5 tokens, so a phrase here too).
_RUNS = re.compile(r"[^\W_]+", re.UNICODE)


def tsquery_text(search: str) -> str:
    """User words → `to_tsquery` input: every word required, each a prefix; '' when none."""
    terms = []
    for word in search_words(search):
        runs = _RUNS.findall(word)
        if runs:
            # As FTS5's `"rien a dire"*`: a phrase whose last word only is a prefix.
            terms.append("(" + " <-> ".join([*(f"'{run}'" for run in runs[:-1]), f"'{runs[-1]}':*"]) + ")")
    return " & ".join(terms)


def _tsquery_clause(search: str) -> tuple[str, list[Any]] | None:
    query = tsquery_text(search)
    return (f"{SEARCH_DOCUMENT} @@ to_tsquery('{SEARCH_CONFIG}'::regconfig, %s)", [query]) if query else None


POSTGRES = SqlDialect("%s", True, "TRUE", "FALSE", _tsquery_clause)


def where_clause(f: ReviewFilter) -> tuple[str, list[Any]]:
    """The WHERE of `f` for PostgreSQL (placeholders `%s`): `queries.filter_where`'s clauses."""
    return filter_where(f, POSTGRES)


#: A searched first page is first looked for among this many reviews in display order (an
#: index walk, testing each row's stored words): common words fill the page there at once.
#: Fewer matches than a page there means rare words: the full-text index finds them all.
WALK_ROWS = 5000


def _sort(f: ReviewFilter) -> str:
    return {"urgent": "urgent_first", "due": "deadline"}.get(f.view) or (f.sort if f.sort in _SORT_SQL else "newest")


def _order(f: ReviewFilter) -> str:
    # PostgreSQL sorts NULLs last ascending and first descending, SQLite the other way round:
    # spell SQLite's order out so both engines list the same reviews in the same order (and
    # the indexes of schema 2 are in that order).
    return (_SORT_SQL[_sort(f)].replace("r.created_at DESC", "r.created_at DESC NULLS LAST")
            .replace("r.created_at ASC", "r.created_at ASC NULLS FIRST")
            .replace("r.due_at ASC", "r.due_at ASC NULLS FIRST"))


#: The urgency sort (`coalesce(urgency, 0) DESC, created_at, id`, SQLite's NULLs first) read as
#: runs of reviews one after the other, each from an index in its own order (schema 10): the
#: positive urgencies from `reviews_by_urgency`, which holds only the reviews whose urgency is
#: set and not 0 (an import, whose reviews have none yet, no longer writes it); then the
#: reviews without one or with 0 — one group in the sort, by date then id — from
#: `reviews_created` read backwards; then negative ones (none today: urgency is in [0, 1]).
#: Each run: (its condition, its order).
URGENCY_RUNS = (
    ("r.urgency > 0", "r.urgency DESC, r.created_at ASC NULLS FIRST, r.id ASC"),
    ("(r.urgency IS NULL OR r.urgency = 0)", "r.created_at ASC NULLS FIRST, r.id ASC"),
    ("r.urgency < 0", "r.urgency DESC, r.created_at ASC NULLS FIRST, r.id ASC"),
)


def _runs(f: ReviewFilter) -> tuple[tuple[str, str], ...]:
    """(condition, order) of each run of `f`'s listing, in display order: one for every sort
    but urgency, which is `URGENCY_RUNS`."""
    return URGENCY_RUNS if _sort(f) == "urgency" else (("", _order(f)),)


def listing_sql(f: ReviewFilter, *, limit: int | None = None) -> tuple[str, list[Any]]:
    """The ids query of `f` in display order, as one statement (the urgency sort unsplit)."""
    where, params = where_clause(f)
    return _ids_sql(where, _order(f), limit), params


def _ids_sql(where: str, order: str, limit: int | None) -> str:
    sql = f"SELECT r.id FROM reviews r WHERE {where} ORDER BY {order}"
    return sql if limit is None else f"{sql} LIMIT {int(limit)}"


def page_queries(f: ReviewFilter, limit: int | None, run: int = 0) -> list[tuple[str, list[Any]]]:
    """The queries giving the first `limit` ids of `f`'s run `run` (see `URGENCY_RUNS`; every
    other sort is one run), tried in turn: the first that fills the page (or the last) is the
    answer. A search first walks the newest `WALK_ROWS` reviews of the other filters: if
    `limit` of them match, they are exactly the first page (any other match comes later in
    the order); PostgreSQL's planner cannot know that common prefixes such as
    'service' & 'lent':* match one review in ten and would sort all of them instead."""
    condition, order = _runs(f)[run]
    also = f" AND {condition}" if condition else ""
    where, params = where_clause(f)
    full = _ids_sql(where + also, order, limit)
    query = tsquery_text(f.search) if f.search.strip() else ""
    if limit is None or not query:
        return [(full, params)]
    where, plain = where_clause(f.with_(search=""))
    walk = (f"SELECT r.id FROM (SELECT * FROM reviews r WHERE {where}{also} ORDER BY {order} "
            f"LIMIT {WALK_ROWS}) r WHERE {SEARCH_DOCUMENT} @@ to_tsquery('{SEARCH_CONFIG}'::regconfig, %s) "
            f"ORDER BY {order} LIMIT {int(limit)}")
    return [(walk, [*plain, query]), (full, params)]


@contextlib.contextmanager
def _one_snapshot(conn: Any, *, several: bool) -> Iterator[None]:
    """Several runs' statements read one snapshot (a read-only REPEATABLE READ transaction), so
    a review whose urgency triage sets meanwhile on another desktop is neither listed twice nor
    skipped; a single statement is its own snapshot already."""
    if not several:
        yield
        return
    with conn.transaction():
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        yield


def search_ids(store: PgStore, f: ReviewFilter, *, limit: int | None = None) -> list[int]:
    """Ids of the reviews matching `f`, in display order (as `queries.search_ids`): each run's
    in turn, a later run only for what an earlier one left of the page."""
    ids: list[int] = []
    runs = len(_runs(f))
    with store.connection() as conn, _one_snapshot(conn, several=runs > 1):
        for run in range(runs):
            want = None if limit is None else limit - len(ids)
            if want is not None and want <= 0:
                break
            found: list[int] = []
            for sql, params in page_queries(f, want, run):
                found = [int(row[0]) for row in conn.execute(sql, params)]
                if want is None or len(found) >= want:
                    break
            ids += found
    return ids


def fetch_listing(store: PgStore, ids: list[int]) -> list[ListedReview]:
    """Full rows for `ids`, in the order given (as `queries.fetch_listing`)."""
    with store.connection() as conn:
        rows = conn.execute(
            "SELECT r.id, r.source_id, s.platform, r.external_id, r.author, r.stars, r.title, r.text, r.lang, "
            "r.created_at, r.status, r.reply_state, r.level, r.due_at, r.removed_on_platform, r.analysis_json "
            "FROM reviews r JOIN sources s ON s.id = r.source_id WHERE r.id = ANY(%s)", (ids,)).fetchall()
    found = {int(r[0]): ListedReview(int(r[0]), int(r[1]), r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10],
                                     r[11], r[12], r[13], bool(r[14]), r[15]) for r in rows}
    return [found[i] for i in ids if i in found]
