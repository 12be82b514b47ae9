"""Import review files: read, store (one transaction per file), then triage.

The command line calls `import_files`; the window reads each file itself first (it may
ask the user to confirm the column mapping) and then calls `store_parsed`, the same
storing step. A file that cannot be read costs nothing else: the other files go on,
and rejected rows are reported with their row number while the good rows are kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from workstation.domain import RowError
from workstation.error_kinds import Refusal, refusal_of
from workstation.importers import (
    ColumnMapping,
    ImportFormatError,
    ImportResult,
    RawTable,
    layout_signature,
)
from workstation.ops.changes import Cancelled, OpChanges, ProgressFn, never
from workstation.ops.process import ProcessResult, process_new_reviews
from workstation.store import import_records
from workstation.store.db import Store
from workstation.store.errors import StoreError
from workstation.store.settings import get_setting, set_setting

_FEW_IDS = 1000  # above this, "reviews changed" means "redraw the list", not "these rows"
_LAYOUTS_KEY = "import_layouts"  # layout signature -> {field: column} the user confirmed


@dataclass(frozen=True)
class FileOutcome:
    """One file: its counts, rejected rows (each with its reason's code for translation), or why
    it was not read."""

    path: Path
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: tuple[RowError, ...] = ()
    # Unreadable file or database refusal: nothing of it was stored, except a large file on a
    # team server stored in parts, when one part failed (its problem says how many were stored).
    problem: str | None = None
    # The unreadable file's message key and values (`importers.errors`), to say it in the reader's language.
    problem_code: str = field(default="", compare=False)
    problem_params: tuple[tuple[str, str], ...] = field(default=(), compare=False)
    # A database refusal's kind (`error_kinds.py`), for the same reason.
    problem_refusal: Refusal | None = field(default=None, compare=False)
    cancelled: bool = False
    review_ids: tuple[int, ...] = ()  # new and changed reviews


def unreadable_file(path: Path, exc: ImportFormatError) -> FileOutcome:
    """The outcome of a file the importer could not read, with its message key and values."""
    return FileOutcome(path, problem=str(exc), problem_code=exc.key,
                       problem_params=tuple((k, str(v)) for k, v in exc.params.items()))


def refused_file(path: Path, exc: StoreError, rejected: tuple[RowError, ...] = ()) -> FileOutcome:
    """The outcome of a file the store refused, with the refusal's kind when it has one."""
    return FileOutcome(path, rejected=rejected, problem=str(exc), problem_refusal=refusal_of(exc))


@dataclass(frozen=True)
class ImportOutcome:
    files: tuple[FileOutcome, ...]
    processed: ProcessResult | None = None
    changes: OpChanges = field(default_factory=OpChanges)

    def total(self, name: str) -> int:
        """Sum of one count over the files: "imported", "updated" or "unchanged"."""
        return sum(int(getattr(f, name)) for f in self.files)

    @property
    def rejected(self) -> int:
        return sum(len(f.rejected) for f in self.files)

    @property
    def unreadable(self) -> bool:
        return any(f.problem is not None for f in self.files)

    def problem_lines(self) -> list[str]:
        """`file: reason` and `file:row: reason`, in file order."""
        lines: list[str] = []
        for f in self.files:
            if f.problem is not None:
                lines.append(f"{f.path}: {f.problem}")
            lines += [f"{f.path}:{e.row}: {e.reason}" for e in f.rejected]
        return lines


def changes_for(files: Sequence[FileOutcome]) -> OpChanges:
    """What storing these files changed (nothing when every file was unchanged or failed)."""
    ids = [i for f in files for i in f.review_ids]
    if not ids:
        return OpChanges()
    return OpChanges(reviews=True, counts=True, sources=True, labels=True,
                     review_ids=frozenset(ids) if len(ids) <= _FEW_IDS else frozenset())


def known_layouts(store: Store) -> dict[str, dict[str, int]]:
    """The column mappings the user confirmed in the window, per file layout."""
    saved = get_setting(store, _LAYOUTS_KEY, {})
    return saved if isinstance(saved, dict) else {}


def remember_layout(store: Store, table: RawTable, mapping: ColumnMapping) -> bool:
    """Keep `mapping` for files laid out like `table`; False when the file has no headings."""
    signature = layout_signature(table)
    if signature is None:
        return False
    layouts = known_layouts(store)
    layouts[signature] = {field.value: column for field, column in mapping.items()}
    set_setting(store, _LAYOUTS_KEY, layouts)
    return True


def store_parsed(
    store: Store, path: Path, parsed: ImportResult, *, platform: str | None = None, location: str | None = None,
    now: datetime | None = None,
) -> FileOutcome:
    """Store what the importer read from `path` (one transaction) as seen at `now` (default:
    the clock); rejected rows are reported."""
    rejected = tuple(parsed.errors)
    if parsed.cancelled:
        return FileOutcome(path, rejected=rejected, cancelled=True)
    try:
        ingested = import_records(
            store, parsed.records, platform_hint=platform or parsed.platform_hint,
            default_location=location, path=str(path), error_count=len(parsed.errors), now=now,
        )
    except StoreError as exc:
        return refused_file(path, exc, rejected)
    return FileOutcome(
        path, ingested.imported, ingested.updated, ingested.unchanged, rejected,
        review_ids=tuple(ingested.new_ids) + tuple(ingested.changed_ids),
    )


def import_files(
    store: Store,
    files: Sequence[Path],
    *,
    tz: tzinfo = UTC,
    platform: str | None = None,
    location: str | None = None,
    process: bool = True,
    analyzer: object | None = None,
    progress: ProgressFn | None = None,
    cancelled: Cancelled = never,
    now: datetime | None = None,
) -> ImportOutcome:
    """Import every file, then triage the new reviews.

    A file laid out like one whose columns the user confirmed in the window is read with
    that mapping; any other file's columns are guessed.

    Args:
        tz: the zone of dates written without one (the business's local time).
        platform, location: for rows that do not name theirs.
        process: run `process_new_reviews` afterwards (the window runs it in the background instead).
        now: the time the reviews are seen and triaged at (default: the clock).
    """
    from workstation.importers import read_file

    outcomes: list[FileOutcome] = []
    layouts = known_layouts(store)
    for path in files:
        if cancelled():
            outcomes.append(FileOutcome(path, cancelled=True))
            continue
        try:
            parsed = read_file(path, layouts=layouts, tz=tz, progress=progress, cancelled=cancelled)
        except ImportFormatError as exc:
            outcomes.append(unreadable_file(path, exc))
            continue
        outcomes.append(store_parsed(store, path, parsed, platform=platform, location=location, now=now))
    changes = changes_for(outcomes)
    processed = None
    if process and not cancelled():
        processed = process_new_reviews(store, analyzer=analyzer, cancelled=cancelled, now=now)
        changes = changes | processed.changes
    return ImportOutcome(tuple(outcomes), processed, changes)
