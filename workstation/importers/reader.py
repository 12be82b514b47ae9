"""One call to import a review file: read, recognise the layout, map the rows."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, tzinfo
from pathlib import Path

from workstation.importers.exports import platform_hint_for
from workstation.importers.fields import ColumnMapping
from workstation.importers.mapping import detect_mapping, remembered_mapping
from workstation.importers.records import Cancelled, ImportResult, Progress, records_from_table
from workstation.importers.table import read_table


def read_file(
    path: Path,
    *,
    mapping: ColumnMapping | None = None,
    layouts: Mapping[str, Mapping[str, int]] | None = None,
    tz: tzinfo = UTC,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    max_bytes: int = 200_000_000,
) -> ImportResult:
    """Import `path`; with `mapping` given (the user confirmed it) no guessing is done.

    `layouts` are the mappings the user confirmed per file layout (see `layout_signature`):
    a file laid out like one of them is read the same way in the window and the command line.

    Thread: pure CPU and file I/O, safe to run on a worker thread.

    Raises:
        ImportFormatError: the file cannot be read or has no review text column.
    """
    path = Path(path)
    table = read_table(path, max_bytes=max_bytes)
    confident = True
    if mapping is None and layouts:
        mapping = remembered_mapping(table, layouts)
    if mapping is None:
        mapping, confident = detect_mapping(table, name=path.name)
    return records_from_table(
        table,
        mapping,
        tz=tz,
        platform_hint=platform_hint_for(table.headers, path),
        progress=progress,
        cancelled=cancelled,
        confident=confident,
        name=path.name,
    )
