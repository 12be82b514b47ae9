"""Turn the rows of a `RawTable` into `ReviewRecord`s plus per-row errors.

Bad rows never stop an import: each becomes a `RowError` and the row is left out.
Long imports report progress every `_BATCH` rows and stop early when cancelled.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo

from workstation.domain import Platform, ReplyRecord, ReviewRecord, RowError
from workstation.importers.dates import parse_datetime
from workstation.importers.errors import ImportFormatError, Reason, reason, shorten
from workstation.importers.exports import platform_hint_for
from workstation.importers.fields import ColumnMapping, Field, normalize_header
from workstation.importers.ratings import RatingError, parse_stars
from workstation.importers.table import RawTable
from workstation.importers.values import normalize_lang, normalize_platform, review_id_from_link

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

_BATCH = 1000
_FIELD_ORDER = (
    Field.TEXT,
    Field.STARS,
    Field.TITLE,
    Field.DATE,
    Field.AUTHOR,
    Field.EXTERNAL_ID,
    Field.URL,
    Field.LOCATION,
    Field.LANG,
    Field.PLATFORM,
    Field.REPLY_TEXT,
    Field.REPLY_DATE,
    Field.UPDATED,
)
_DATE_FIELDS = (Field.DATE, Field.UPDATED, Field.REPLY_DATE)
_DATE_LABELS = {Field.DATE: "date", Field.UPDATED: "updated", Field.REPLY_DATE: "reply date"}


@dataclass
class ImportResult:
    """What an import produced; `cancelled=True` means the caller must discard it."""

    records: list[ReviewRecord]
    errors: list[RowError]
    mapping: ColumnMapping
    confident: bool
    platform_hint: str | None
    encoding: str
    delimiter: str | None
    cancelled: bool = False


class _RowProblem(Exception):
    """One row cannot be imported, for `reason`."""

    def __init__(self, why: Reason) -> None:
        super().__init__(str(why))
        self.reason = why


def _row_error(number: int, why: Reason) -> RowError:
    return RowError(number, why.text(), why.key, why.params)


def records_from_table(
    table: RawTable,
    mapping: ColumnMapping,
    *,
    tz: tzinfo = UTC,
    platform_hint: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    confident: bool = True,
    name: str = "the file",
) -> ImportResult:
    """Map every row; naive dates are read in `tz`, except in columns labelled UTC.

    Raises:
        ImportFormatError: the mapping has no TEXT column or points outside the table.
    """
    _check_mapping(table, mapping, name)
    hint = platform_hint or platform_hint_for(table.headers)
    converter = _RowConverter(table, mapping, tz, hint)
    result = ImportResult([], [], dict(mapping), confident, hint, table.encoding, table.delimiter)
    errors = [_row_error(number, why) for number, why in table.bad_rows]
    total = len(table.rows)
    for index, (row, number) in enumerate(zip(table.rows, table.row_numbers, strict=True)):
        if index % _BATCH == 0:
            if cancelled is not None and cancelled():
                result.cancelled = True
                break
            if progress is not None and index:
                progress(index, total)
        try:
            result.records.append(converter.convert(row))
        except _RowProblem as problem:
            errors.append(_row_error(number, problem.reason))
    else:
        if progress is not None:
            progress(total, total)
    errors.sort(key=lambda error: error.row)
    result.errors = errors
    return result


def _check_mapping(table: RawTable, mapping: ColumnMapping, name: str) -> None:
    width = max([len(table.headers), *(len(row) for row in table.rows[:1])])
    if Field.TEXT not in mapping:
        raise ImportFormatError("mapping_no_text", name=name)
    for column in mapping.values():
        if not isinstance(column, int) or not 0 <= column < width:
            # Shown 1-based, as the mapping dialog numbers columns.
            shown = column + 1 if isinstance(column, int) else column
            raise ImportFormatError("mapping_bad_column", name=name, column=shown)


class _RowConverter:
    """Holds what is the same for every row so converting one row stays cheap."""

    def __init__(
        self, table: RawTable, mapping: ColumnMapping, tz: tzinfo, hint: str | None
    ) -> None:
        self.hint = hint
        self.indexes = [mapping.get(field, -1) for field in _FIELD_ORDER]
        self.width = max([len(table.headers), *(column + 1 for column in mapping.values())])
        self.tz = {
            field: UTC if _labelled_utc(table.headers, mapping.get(field)) else tz
            for field in _DATE_FIELDS
        }
        used = set(mapping.values())
        self.extra_columns = [(i, h) for i, h in enumerate(table.headers) if i not in used]
        self.lang_header = _header(table.headers, mapping.get(Field.LANG), "lang")
        self.platform_header = _header(table.headers, mapping.get(Field.PLATFORM), "platform")
        # A file names a handful of platforms over and over: normalise each spelling once.
        self.platforms: dict[str, str | None] = {}

    def convert(self, row: list[str]) -> ReviewRecord:
        if len(row) < self.width:
            row = row + [""] * (self.width - len(row))
        # One pass over the mapped cells, in _FIELD_ORDER; -1 means "not mapped".
        (text, stars_cell, title, date, author, external_id, url, location, lang, platform,
         reply_text, reply_date, updated_cell) = [
            row[i].strip() if i >= 0 else "" for i in self.indexes
        ]  # fmt: skip
        stars = self._stars(stars_cell)
        if not text and stars is None:
            raise _RowProblem(reason("empty_review"))
        created = self._date(Field.DATE, date)
        updated = self._date(Field.UPDATED, updated_cell)
        extra = {h: row[i].strip() for i, h in self.extra_columns if row[i].strip()}
        if not external_id and url:
            external_id = review_id_from_link(url) or ""
        reply = None
        if reply_text:
            reply = ReplyRecord(reply_text, self._date(Field.REPLY_DATE, reply_date))
        return ReviewRecord(
            text=text,
            stars=stars,
            author=author or None,
            created_at=created,
            external_id=external_id or None,
            title=title or None,
            lang=self._lang(lang, extra),
            url=url or None,
            updated_at=updated,
            location=location or None,
            platform=self._platform(platform, extra),
            reply=reply,
            extra=extra,
        )

    def _stars(self, value: str) -> int | None:
        try:
            return parse_stars(value)
        except RatingError as exc:
            key = "stars_range" if exc.out_of_range else "stars_invalid"
            raise _RowProblem(reason(key, value=shorten(value))) from None

    def _date(self, field: Field, value: str) -> datetime | None:
        if not value:
            return None
        try:
            return parse_datetime(value, self.tz[field])
        except ValueError:
            raise _RowProblem(
                reason("date_invalid", field=_DATE_LABELS[field], value=shorten(value))
            ) from None

    def _lang(self, value: str, extra: dict[str, str]) -> str | None:
        lang = normalize_lang(value)
        if value and lang is None:
            extra[self.lang_header] = value  # keep what we could not read
        return lang

    def _platform(self, value: str, extra: dict[str, str]) -> str | None:
        if not value:
            return self.hint
        if value in self.platforms:
            platform = self.platforms[value]
        else:
            known = normalize_platform(value)
            platform = self.platforms[value] = known.value if known is not None else None
        if platform is None:
            extra[self.platform_header] = value
            return Platform.MANUAL.value
        return platform


def _labelled_utc(headers: list[str], column: int | None) -> bool:
    if column is None or column >= len(headers):
        return False
    return "utc" in normalize_header(headers[column]).split()


def _header(headers: list[str], column: int | None, default: str) -> str:
    if column is None or column >= len(headers):
        return default
    return headers[column]
