"""A first import into a team server builds the review indexes once (the twin of store/bulk.py).

Every new review goes into each secondary index of `reviews`: the four b-trees of the inbox
and the search GIN index were ≈ 35 % of a first import's server time (docs/architecture.md).
When a batch brings at least twice the rows the table holds (`store.bulk.rebuild_pays`, the
SQLite rule), the import's transaction drops those indexes (`schema.BULK_REBUILT_INDEXES`),
inserts, and builds each one again from its own definition as the server reports it
(`pg_get_indexdef`, read just before the drop): the table ends with exactly the indexes it
had, and no second copy of their SQL exists. DDL is transactional on PostgreSQL: a failure
or a killed desktop rolls the drops back, and no other session ever sees the table without them.

The price is a lock. DROP INDEX takes ACCESS EXCLUSIVE on `reviews`, so every other desktop's
reads and writes of reviews wait until the import commits. That is acceptable only because
the rule limits it to a table small beside the batch (a new server's first files), where
the wait is the import itself. The lock is the transaction's first statement, taken before
counting again: two desktops starting big imports at once take turns, the second waiting
while it holds nothing, then counting what the first stored (and taking the ordinary path
when that is enough). Counting first and locking after would leave each holding its count's
weak lock while waiting for the other's: a deadlock. Sync pages (50 reviews) never come here.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import psycopg
from psycopg import sql

from workstation.store.bulk import BULK_MIN_ROWS, BULK_TABLE_FACTOR, rebuild_pays
from workstation.store.postgres.connection import PgStore
from workstation.store.postgres.schema import BULK_REBUILT_INDEXES

Conn = psycopg.Connection[Any]

# The named indexes as they stand, each with the statement that makes it again. The filters
# are a second guard beside the list: nothing unique, primary or behind a constraint is dropped.
_DEFINITIONS = """
SELECT i.relname, pg_get_indexdef(x.indexrelid)
FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
WHERE x.indrelid = 'reviews'::regclass AND i.relname = ANY(%s)
  AND NOT x.indisunique AND NOT x.indisprimary
  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
ORDER BY i.relname
"""


def _held(conn: Conn, new_rows: int) -> int:
    """The reviews stored, counted only as far as the decision needs (cheap on any table)."""
    row = conn.execute("SELECT count(*) FROM (SELECT 1 FROM reviews LIMIT %s) AS held",
                       (new_rows // BULK_TABLE_FACTOR + 1,)).fetchone()
    return int(row[0]) if row else 0


def may_rebuild(store: PgStore, new_rows: int) -> bool:
    """Before the import's transaction: whether a batch of `new_rows` may take the bulk path
    (`indexes_built_after` decides again under its lock). A small batch costs no query."""
    if new_rows < BULK_MIN_ROWS:
        return False
    with store.connection() as conn:
        return rebuild_pays(new_rows, _held(conn, new_rows))


@contextlib.contextmanager
def indexes_built_after(conn: Conn, *, new_rows: int) -> Iterator[bool]:
    """At the start of the caller's transaction: lock `reviews`, and when `new_rows` pays for
    it, drop the rebuilt indexes for the block and build them again at its end. Yields whether
    it did; a block that raises leaves the drops to the caller's rollback."""
    conn.execute("LOCK TABLE reviews IN ACCESS EXCLUSIVE MODE")
    if not rebuild_pays(new_rows, _held(conn, new_rows)):
        yield False  # another desktop filled the table while we waited: the ordinary path
        return
    definitions = conn.execute(_DEFINITIONS, (list(BULK_REBUILT_INDEXES),)).fetchall()
    for name, _definition in definitions:
        conn.execute(sql.SQL("DROP INDEX {}").format(sql.Identifier(name)))
    yield True
    for _name, definition in definitions:
        conn.execute(definition)  # the server's own text of the index just dropped
