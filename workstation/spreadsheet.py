"""Files meant for spreadsheets: one CSV writer for every export, and atomic output files.

Spreadsheets (Excel, LibreOffice, Google Sheets) run a cell that starts with `=`, `+`, `-`
or `@` as a formula, and a leading tab or carriage return can hide such a character from a
naive check. Review authors, locations and texts come from strangers, so every text cell
that could start a formula is prefixed with an apostrophe (OWASP's "CSV injection" advice):
spreadsheets show the text as typed and run nothing. Plain numbers (`-0.25`, `-0,25`) are
left alone so figures stay figures.
"""

from __future__ import annotations

import contextlib
import csv
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
# A number as the exports write it: optional sign, digits, optional decimal point or comma.
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?(?:[eE][+-]?\d+)?")


def safe_cell(value: object) -> str:
    """The cell's text, with an apostrophe before anything a spreadsheet would run."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    if text.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


class SafeCsvWriter:
    """`csv.writer` whose every cell goes through `safe_cell`."""

    def __init__(self, fh: TextIO, **fmtparams: Any) -> None:
        self._writer = csv.writer(fh, **fmtparams)

    def writerow(self, row: Iterable[object]) -> None:
        self._writer.writerow([safe_cell(cell) for cell in row])

    def writerows(self, rows: Iterable[Iterable[object]]) -> None:
        for row in rows:
            self.writerow(row)


@contextlib.contextmanager
def atomic_text_file(path: Path, *, encoding: str = "utf-8") -> Iterator[TextIO]:
    """Write `path` through `path.tmp`, renamed into place only when everything was written.

    On any failure (a full disk included) the temporary file is removed, so neither a
    half-written report nor an empty `.tmp` is left behind, and an older `path` stays intact.
    """
    tmp = path.with_name(path.name + ".tmp")
    try:
        with tmp.open("w", encoding=encoding, newline="") as fh:
            yield fh
        tmp.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
