"""Guess which column holds which review field: by header name first, then by content.

Content guesses (used for headerless files or unknown headers) look at a sample of
rows: a column of whole numbers 1–5 is STARS, a column of dates is DATE, and the
column with the longest text is TEXT. Guessing TEXT makes the mapping "not confident"
so the UI can ask the user to confirm it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping

from workstation.importers.dates import parse_datetime
from workstation.importers.errors import ImportFormatError
from workstation.importers.fields import ColumnMapping, Field, match_header, normalize_header
from workstation.importers.ratings import RatingError, parse_stars
from workstation.importers.table import RawTable

_SAMPLE_ROWS = 200
_MIN_SHARE = 0.9  # share of non-empty sample cells that must fit a guessed field


def detect_mapping(table: RawTable, *, name: str = "the file") -> tuple[ColumnMapping, bool]:
    """Map fields to column indexes; the flag says TEXT was found unambiguously by header.

    Raises:
        ImportFormatError: no column can hold the review text.
    """
    mapping = _by_header(table.headers) if table.has_header else {}
    text_matches = sum(
        1 for header in table.headers if (m := match_header(header)) and m[0] is Field.TEXT
    )
    confident = Field.TEXT in mapping and text_matches == 1
    sample = table.rows[:_SAMPLE_ROWS]
    free = [i for i in range(len(table.headers)) if i not in mapping.values()]
    if Field.STARS not in mapping:
        _claim(mapping, free, Field.STARS, _stars_column(sample, free))
    if Field.DATE not in mapping:
        _claim(mapping, free, Field.DATE, _date_column(sample, free))
    if Field.TEXT not in mapping:
        _claim(mapping, free, Field.TEXT, _text_column(sample, free))
    if Field.TEXT not in mapping:
        raise ImportFormatError("no_text_column", name=name)
    return mapping, confident


def layout_signature(table: RawTable) -> str | None:
    """A short key for the file's layout (its headings in order); None without a header row.

    Headings are normalised first, so re-saving the file with another case or accents
    ("Évaluation" / "evaluation") keeps the layout the user already mapped.
    """
    if not table.has_header or not any(h.strip() for h in table.headers):
        return None
    names = "\x1f".join(normalize_header(h) for h in table.headers)
    return hashlib.sha256(names.encode("utf-8")).hexdigest()[:24]


def remembered_mapping(table: RawTable, layouts: Mapping[str, Mapping[str, int]]) -> ColumnMapping | None:
    """The mapping the user confirmed for this layout, if it still fits the table."""
    signature = layout_signature(table)
    saved = layouts.get(signature) if signature else None
    if not saved:
        return None
    try:
        mapping = {Field(name): int(column) for name, column in saved.items()}
    except (ValueError, TypeError):
        return None  # written by another version: guess again rather than fail
    if Field.TEXT not in mapping or not all(0 <= c < len(table.headers) for c in mapping.values()):
        return None
    return mapping


def _by_header(headers: list[str]) -> ColumnMapping:
    best: dict[Field, tuple[int, int]] = {}  # field -> (rank, column)
    for column, header in enumerate(headers):
        match = match_header(header)
        if match is None:
            continue
        field, rank = match
        if field not in best or rank < best[field][0]:
            best[field] = (rank, column)
    return {field: column for field, (_, column) in best.items()}


def _claim(mapping: ColumnMapping, free: list[int], field: Field, column: int | None) -> None:
    if column is not None:
        mapping[field] = column
        free.remove(column)


def _cells(rows: list[list[str]], column: int) -> list[str]:
    return [row[column].strip() for row in rows if column < len(row) and row[column].strip()]


def _stars_column(rows: list[list[str]], free: list[int]) -> int | None:
    for column in free:
        cells = _cells(rows, column)
        if cells and _share(cells, _is_stars) >= _MIN_SHARE:
            return column
    return None


def _date_column(rows: list[list[str]], free: list[int]) -> int | None:
    for column in free:
        cells = _cells(rows, column)
        if cells and _share(cells, _is_date) >= _MIN_SHARE:
            return column
    return None


def _text_column(rows: list[list[str]], free: list[int]) -> int | None:
    best, best_length = None, 0.0
    for column in free:
        cells = _cells(rows, column)
        words = [c for c in cells if not c.replace(".", "").replace(",", "").isdigit()]
        if not words:
            continue
        length = sum(len(c) for c in words) / max(len(cells), 1)
        if length > best_length:
            best, best_length = column, length
    return best


def _share(cells: list[str], test: Callable[[str], bool]) -> float:
    return sum(1 for cell in cells if test(cell)) / len(cells)


def _is_stars(cell: str) -> bool:
    try:
        return parse_stars(cell) is not None
    except RatingError:
        return False


def _is_date(cell: str) -> bool:
    # Plain integers are ids or counts unless they are epoch seconds or milliseconds.
    if cell.isdigit() and len(cell) not in (10, 13):
        return False
    try:
        parse_datetime(cell)
    except ValueError:
        return False
    return True
