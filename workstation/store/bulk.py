"""Big inserts into `reviews` at the speed of the plain way: build the derived data once.

Inserting rows one by one into a table with a full-text trigger and nine secondary
indexes interleaves FTS5 writes and random B-tree inserts with the table's own writes:
a 100k-row import was ~20× slower than inserting the rows and indexing them afterwards.
For a big batch:
- `fts_indexed_after` drops the `reviews_ai` trigger, lets the caller insert, indexes
  the new rows with one `INSERT … SELECT` and creates the trigger again;
- `indexes_built_after` drops the secondary indexes and builds them again at the end
  (one sort each), worth it only when the batch is at least as big as the table;
- `roomy_page_cache` keeps the table's pages in memory for the transaction.
All of it runs inside the caller's transaction and re-creates each object from its own
text in `sqlite_master`: a failure or a crash rolls the drops back too, and no other
connection ever sees the database without them.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator

#: Below this many new rows the per-row trigger is cheaper than its drop and re-create.
BULK_MIN_ROWS = 1000
#: Page cache for a big batch, in KiB (SQLite's negative `cache_size` form); default is 2 MiB.
BULK_CACHE_KIB = 64 * 1024

_FTS_TRIGGER = "reviews_ai"


@contextlib.contextmanager
def _suspended(conn: sqlite3.Connection, objects: list[tuple[str, str, str]]) -> Iterator[None]:
    """Drop (type, name, sql) schema objects for the block, create them again after it."""
    for kind, name, _sql in objects:
        conn.execute(f'DROP {kind.upper()} "{name}"')
    try:
        yield
    except BaseException:
        # The caller's rollback restores them; put them back anyway in case it commits instead.
        if conn.in_transaction:
            for kind, name, sql in objects:
                if not _exists(conn, kind, name):
                    conn.execute(sql)
        raise
    for _kind, _name, sql in objects:
        conn.execute(sql)


def _exists(conn: sqlite3.Connection, kind: str, name: str) -> bool:
    found = conn.execute("SELECT 1 FROM sqlite_master WHERE type = ? AND name = ?", (kind, name))
    return found.fetchone() is not None


@contextlib.contextmanager
def fts_indexed_after(conn: sqlite3.Connection, after_id: int) -> Iterator[None]:
    """Inside a transaction: rows inserted into `reviews` in the block (ids above
    `after_id`, the largest id before it) are full-text indexed in one statement at its end.

    Nested use is free: an inner block finds the trigger gone and leaves the indexing
    to the outer one.
    """
    row = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (_FTS_TRIGGER,)
    ).fetchone()
    if row is None:  # deferred by an outer block already (or a schema without the trigger)
        yield
        return
    with _suspended(conn, [tuple(row)]):
        yield
        conn.execute(
            "INSERT INTO reviews_fts (rowid, title, text, author) "
            # A rowid range read in order: FTS5 builds its segments fastest from rising rowids.
            "SELECT id, title, text, author FROM reviews WHERE id > ? ORDER BY id",
            (after_id,),
        )


@contextlib.contextmanager
def indexes_built_after(conn: sqlite3.Connection, *, new_rows: int, table: str = "reviews") -> Iterator[None]:
    """Inside a transaction: the table's secondary indexes are built once at the end of
    the block instead of row by row — when up to `new_rows` rows may come in and that is
    at least twice what the table holds. Measured here, building costs about half of
    inserting per row, so this wins up to a table as big as the batch; the margin keeps
    a re-import of a file already stored (nothing new) from rebuilding for nothing.
    UNIQUE constraints stay (SQLite's own indexes, and the dedup needs them)."""
    held = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    objects = [] if new_rows < 2 * held else [
        tuple(r) for r in conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
            (table,),
        )
    ]
    with _suspended(conn, objects):
        yield


@contextlib.contextmanager
def roomy_page_cache(conn: sqlite3.Connection, kib: int = BULK_CACHE_KIB) -> Iterator[None]:
    """A bigger page cache for the block, then the connection's own setting again."""
    before = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = {-abs(int(kib))}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(before)}")
