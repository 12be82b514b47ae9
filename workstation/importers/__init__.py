"""Import review export files (CSV, TSV, JSON, JSON Lines, Play and Trustpilot exports).

Typical use from a worker thread::

    result = read_file(path, tz=business_tz, progress=report, cancelled=should_stop)

`read_table` + `detect_mapping` + `records_from_table` are the same steps, split so a
UI can show the guessed mapping and let the user correct it before importing.
"""

from __future__ import annotations

from workstation.importers.errors import MESSAGES, ImportFormatError
from workstation.importers.exports import platform_hint_for
from workstation.importers.fields import ColumnMapping, Field
from workstation.importers.mapping import detect_mapping, layout_signature, remembered_mapping
from workstation.importers.reader import read_file
from workstation.importers.records import ImportResult, records_from_table
from workstation.importers.table import RawTable, read_table

__all__ = [
    "MESSAGES",
    "ColumnMapping",
    "Field",
    "ImportFormatError",
    "ImportResult",
    "RawTable",
    "detect_mapping",
    "layout_signature",
    "platform_hint_for",
    "read_file",
    "read_table",
    "records_from_table",
    "remembered_mapping",
]
