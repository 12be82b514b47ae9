"""Read an export file into a `RawTable`: decoded, split into cells, nothing mapped yet."""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from workstation.importers.dates import parse_datetime
from workstation.importers.decoding import decode_bytes
from workstation.importers.delimited import parse_delimited
from workstation.importers.errors import ImportFormatError, Reason
from workstation.importers.fields import is_known_header
from workstation.importers.jsonfile import looks_like_json, parse_json
from workstation.importers.ratings import RatingError, parse_stars

_JSON_SUFFIXES = (".json", ".jsonl", ".ndjson")
_TAB_SUFFIXES = (".tsv", ".tab")
_LONG_CELL = 60
_PREAMBLE_ROWS = 10


@dataclass(frozen=True)
class RawTable:
    """Cells as read, before any mapping to review fields.

    `row_numbers[i]` is the 1-based row of `rows[i]` as a person counts it: the
    spreadsheet row in CSV (header = row 1), the item index in a JSON list, the line
    in JSON Lines. `bad_rows` lists (row number, reason) for items that could not be
    read at all (a broken JSON Lines line).
    """

    headers: list[str]
    rows: list[list[str]]
    encoding: str
    delimiter: str | None
    kind: str  # "csv" | "json" | "jsonl"
    row_numbers: list[int]
    has_header: bool = True
    bad_rows: tuple[tuple[int, Reason], ...] = field(default_factory=tuple)


def read_table(path: Path, *, max_bytes: int = 200_000_000) -> RawTable:
    """Read and split a CSV/TSV/JSON/JSON Lines file.

    Raises:
        ImportFormatError: unreadable, too large, empty, binary or malformed file.
    """
    path = Path(path)  # callers sometimes hand over a str
    name = path.name
    try:
        # Non-blocking open, then check what was opened (no race with a swapped path): a FIFO
        # or a device would otherwise make the import wait for ever for a writer.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            if stat.S_ISDIR(info.st_mode):
                raise IsADirectoryError(errno.EISDIR, "it is a folder")
            if not stat.S_ISREG(info.st_mode):
                raise ImportFormatError("not_a_file", name=name)
            if info.st_size > max_bytes:
                raise ImportFormatError("too_large", name=name, size=info.st_size, limit=max_bytes)
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise ImportFormatError("cannot_read", name=name, reason=exc) from None
    if len(data) > max_bytes:  # grew between stat() and read()
        raise ImportFormatError("too_large", name=name, size=len(data), limit=max_bytes)
    return table_from_bytes(data, name)


def table_from_bytes(data: bytes, name: str) -> RawTable:
    """Same as `read_table` for content already in memory; `name` is used for messages."""
    text, encoding = decode_bytes(data, name)
    suffix = Path(name).suffix.casefold()
    if suffix in _JSON_SUFFIXES or looks_like_json(text):
        try:
            parsed = parse_json(text, name)
        except ImportFormatError:
            if suffix in _JSON_SUFFIXES:
                raise
        else:
            return RawTable(
                parsed.headers,
                parsed.rows,
                encoding,
                None,
                parsed.kind,
                parsed.row_numbers,
                True,
                tuple(parsed.bad_rows),
            )
    rows, numbers, delimiter = parse_delimited(text, name, prefer_tab=suffix in _TAB_SUFFIXES)
    if not rows:
        raise ImportFormatError("empty_file", name=name)
    start = _header_after_preamble(rows)
    if start is not None:
        first = start + 1
        return RawTable(rows[start], rows[first:], encoding, delimiter, "csv", numbers[first:])
    if looks_like_header(rows[0]):
        return RawTable(rows[0], rows[1:], encoding, delimiter, "csv", numbers[1:])
    width = max(len(row) for row in rows)
    headers = [f"Column {i}" for i in range(1, width + 1)]
    return RawTable(headers, rows, encoding, delimiter, "csv", numbers, has_header=False)


def looks_like_header(row: list[str]) -> bool:
    """A first row is a header unless it looks like data and names no known column."""
    if any(is_known_header(cell) for cell in row):
        return True
    return not any(_looks_like_value(cell.strip()) for cell in row)


def _header_after_preamble(rows: list[list[str]]) -> int | None:
    """Index of a header row below title lines ("Export des avis – novembre"), if any.

    Some tools write a title and a blank line before the real header; a row naming at
    least two known columns, preceded only by rows of at most one cell, is taken.
    """
    for index, row in enumerate(rows[:_PREAMBLE_ROWS]):
        if sum(1 for cell in row if is_known_header(cell)) >= 2:
            return index if index else None
        if sum(1 for cell in row if cell.strip()) > 1:
            return None
    return None


def _looks_like_value(cell: str) -> bool:
    if not cell:
        return False
    if len(cell) > _LONG_CELL or cell.isdigit():
        return True
    try:
        if parse_stars(cell) is not None:
            return True
    except RatingError:
        pass
    try:
        parse_datetime(cell)
    except ValueError:
        return False
    return True
