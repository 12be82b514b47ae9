"""The single source of truth: SQLite (WAL, FTS5) through sqlite-utils.

Only this package writes SQL. Other packages call the functions re-exported here.
"""

from workstation.store.db import Store, open_store
from workstation.store.errors import CorruptDatabaseError, NewerDatabaseError, StoreError
from workstation.store.ingest import IngestResult, import_records, ingest
from workstation.store.queries import ReviewFilter
from workstation.store.schema import SCHEMA_VERSION

__all__ = [
    "SCHEMA_VERSION",
    "CorruptDatabaseError",
    "IngestResult",
    "NewerDatabaseError",
    "ReviewFilter",
    "Store",
    "StoreError",
    "import_records",
    "ingest",
    "open_store",
]
