"""The single source of truth: SQLite (WAL, FTS5) through sqlite-utils.

Only this package writes SQL. Other packages call the functions re-exported here.
The ingest functions load on first use: opening the inbox does not need them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from workstation.store.db import Store, open_store
from workstation.store.errors import CorruptDatabaseError, NewerDatabaseError, StoreError
from workstation.store.queries import ReviewFilter
from workstation.store.schema import SCHEMA_VERSION

if TYPE_CHECKING:
    from workstation.store.ingest import IngestResult, import_records

__all__ = [
    "SCHEMA_VERSION",
    "CorruptDatabaseError",
    "IngestResult",
    "NewerDatabaseError",
    "ReviewFilter",
    "Store",
    "StoreError",
    "import_records",
    "open_store",
]


def __getattr__(name: str) -> Any:
    if name in ("IngestResult", "import_records"):
        from workstation.store import ingest

        return getattr(ingest, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
