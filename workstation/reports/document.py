"""A printed report as plain data: a heading, the period it covers, then sections of
texts, tables and charts, every word already in the reader's language.

The core fills it in (`monthly.monthly_report`); a renderer lays it out and draws it
(`workstation.ui.render.pdf`). `PdfDrawer` is the seam between the two: the operations that
write a PDF take one as an argument instead of importing a drawing library.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from workstation.reports.figures import Chart


@dataclass(frozen=True)
class Text:
    """A paragraph; `muted` for side remarks (definitions, notes)."""

    text: str
    muted: bool = False


@dataclass(frozen=True)
class Cell:
    """One table cell; `strong` for the figure the reader looks for first."""

    text: str
    strong: bool = False


class TableKind(enum.Enum):
    """What a table holds, which decides how it is set."""

    KEY_FIGURES = "key_figures"  # a short list of name → figure, no column names
    LIST = "list"  # ranked rows (top topics) under column names
    COMPARISON = "comparison"  # the same figures for several groups: tables of this kind line up


@dataclass(frozen=True)
class Table:
    """Rows under optional column names. The first column names the row; the others are
    figures (set right-aligned)."""

    kind: TableKind
    rows: tuple[tuple[Cell, ...], ...]
    columns: tuple[str, ...] = ()


@dataclass(frozen=True)
class Figure:
    """A chart; `name` identifies it within the document (a renderer may use it as a key)."""

    name: str
    chart: Chart


Block = Text | Table | Figure


@dataclass(frozen=True)
class Section:
    """A heading and what follows it, in order."""

    heading: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class ReportDocument:
    """The whole report. `title` names the file (PDF metadata); `heading` tops the first
    page (the title and the business name)."""

    title: str
    heading: str
    period_label: str  # "Period:" / "Période :"
    period: str
    generated: str  # "Generated 25 November 2026 at 12:00"
    sections: tuple[Section, ...]
    footnote: str


# Writes the document as a PDF at the path and returns the path written; raises OSError.
PdfDrawer = Callable[[Path, ReportDocument], Path]
