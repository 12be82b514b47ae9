"""User-facing messages of the importers and the one error type they raise.

All English text lives in `MESSAGES` so a gettext-style catalog can translate it later;
code refers to messages by key and fills named placeholders.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # whole-file problems (ImportFormatError)
    "cannot_read": "Cannot read the file {name}: {reason}.",
    "not_a_file": "{name} is not a regular file (a folder, pipe or device): choose a review file.",
    "too_large": "The file {name} is too large to import ({size} bytes, limit {limit}).",
    "empty_file": "The file {name} is empty.",
    "binary": "The file {name} is not a text file (CSV, TSV or JSON expected).",
    "truncated_utf16": "The file {name} is UTF-16 but is cut off or damaged.",
    "bad_encoding": "The file {name} uses an unknown text encoding (expected UTF-8, UTF-16 or Windows-1252).",
    "bad_csv": "The file {name} is not a readable CSV file: {reason}.",
    "bad_json": "The file {name} is not valid JSON: {reason}.",
    "json_no_list": "The JSON file {name} does not contain a list of reviews.",
    "no_text_column": "No column with review text was found in {name}.",
    "mapping_no_text": "The column mapping for {name} has no column for the review text.",
    "mapping_bad_column": "The column mapping for {name} points to column {column}, which does not exist.",
    # per-row problems (RowError.reason)
    "empty_review": "empty review",
    "stars_range": "stars: '{value}' is out of range (expected 1 to 5)",
    "stars_invalid": "stars: '{value}' is not a rating (expected 1 to 5)",
    "date_invalid": "{field}: '{value}' is not a date",
    "row_unreadable": "row could not be read: {reason}",
}

_MAX_VALUE = 40


def message(key: str, **params: object) -> str:
    """The English text for `key` with its placeholders filled."""
    return MESSAGES[key].format(**params)


def shorten(value: str, limit: int = _MAX_VALUE) -> str:
    """Cut a quoted user value so a message stays one readable line."""
    flat = " ".join(value.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class ImportFormatError(Exception):
    """The file cannot be imported at all; `str(error)` is one user-facing line.

    `key` names the entry of `MESSAGES`, `params` its placeholders, so a UI can
    translate the message instead of showing the English text.
    """

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(message(key, **params))
