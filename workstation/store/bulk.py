"""Big inserts into `reviews` at the speed of the plain way: full-text rows in one statement.

The `reviews_ai` trigger indexes each new review in FTS5 as it is inserted; interleaving
those FTS writes with the table's own B-tree writes makes a 100k-row import ~20× slower
than inserting the rows and then indexing them with one `INSERT … SELECT`. For a big
batch, `fts_indexed_after` drops the trigger, lets the caller insert, indexes the new
rows in one statement and creates the trigger again — all inside the caller's
transaction, so a failure or a crash rolls the trigger back too and other connections
never see the database without it. A roomier page cache for the batch keeps the
table's indexes from being written out and read back again.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator

#: Below this many new rows the per-row trigger is cheaper than its drop and re-create.
BULK_MIN_ROWS = 1000
#: Page cache for a big batch, in KiB (SQLite's negative `cache_size` form); default is 2 MiB.
BULK_CACHE_KIB = 64 * 1024

_TRIGGER = "reviews_ai"


@contextlib.contextmanager
def fts_indexed_after(conn: sqlite3.Connection, after_id: int) -> Iterator[None]:
    """Inside a transaction: rows inserted into `reviews` in the block (ids above
    `after_id`, the largest id before it) are full-text indexed in one statement at its end.

    Nested use is free: an inner block finds the trigger gone and leaves the indexing
    to the outer one.
    """
    row = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (_TRIGGER,)).fetchone()
    if row is None:  # deferred by an outer block already (or a schema without the trigger)
        yield
        return
    conn.execute(f"DROP TRIGGER {_TRIGGER}")
    try:
        yield
    except BaseException:
        # The caller's rollback restores the trigger; put it back anyway in case they commit.
        if conn.in_transaction and not _trigger_exists(conn):
            conn.execute(row[0])
        raise
    conn.execute(
        "INSERT INTO reviews_fts (rowid, title, text, author) "
        # A rowid range read in order: FTS5 builds its segments fastest from rising rowids.
        "SELECT id, title, text, author FROM reviews WHERE id > ? ORDER BY id",
        (after_id,),
    )
    # The trigger comes back exactly as the schema wrote it (its text from sqlite_master).
    conn.execute(row[0])


def _trigger_exists(conn: sqlite3.Connection) -> bool:
    found = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?", (_TRIGGER,))
    return found.fetchone() is not None


@contextlib.contextmanager
def roomy_page_cache(conn: sqlite3.Connection, kib: int = BULK_CACHE_KIB) -> Iterator[None]:
    """A bigger page cache for the block, then the connection's own setting again."""
    before = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = {-abs(int(kib))}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(before)}")
