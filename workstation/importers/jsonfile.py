"""Turn JSON exports (a list of objects, {"reviews": [...]}, or JSON Lines) into rows.

Nested objects are flattened with dots ("reviewer.displayName"), so the same header
matching as for CSV applies. Columns appear in the order keys are first seen.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from workstation.importers.errors import ImportFormatError, Reason, reason

_MAX_DEPTH = 4
_LIST_KEYS = ("reviews", "items", "data", "results", "records")


@dataclass
class JsonRows:
    """Rows read from a JSON document, with lines that could not be read."""

    headers: list[str]
    rows: list[list[str]]
    row_numbers: list[int]
    kind: str
    bad_rows: list[tuple[int, Reason]] = field(default_factory=list)


def looks_like_json(text: str) -> bool:
    head = text.lstrip()[:1]
    return head in ("[", "{")


def parse_json(text: str, name: str) -> JsonRows:
    """Parse a JSON document or JSON Lines text.

    Raises:
        ImportFormatError: neither valid JSON nor JSON Lines, or no list of objects.
    """
    try:
        document = json.loads(text)
    except RecursionError:
        raise ImportFormatError("bad_json", name=name, reason="nested too deeply") from None
    except ValueError as exc:
        if text.lstrip().startswith("{") and "\n" in text.strip():
            return _parse_lines(text, name)
        raise ImportFormatError("bad_json", name=name, reason=_short(exc)) from None
    items = _find_items(document)
    if items is None:
        raise ImportFormatError("json_no_list", name=name)
    return _tabulate([(index, item) for index, item in enumerate(items, start=1)], "json", [])


def _parse_lines(text: str, name: str) -> JsonRows:
    objects: list[tuple[int, Any]] = []
    bad: list[tuple[int, Reason]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            objects.append((number, json.loads(line)))
        except RecursionError:
            bad.append((number, reason("row_nested")))
        except ValueError as exc:
            bad.append((number, reason("row_not_json", reason=_short(exc))))
    if not objects:
        raise ImportFormatError("bad_json", name=name, reason="no line is a JSON object")
    return _tabulate(objects, "jsonl", bad)


def _find_items(document: Any) -> list[Any] | None:
    if isinstance(document, list):
        return document if any(isinstance(item, dict) for item in document) else None
    if isinstance(document, dict):
        for key in _LIST_KEYS:
            value = document.get(key)
            if isinstance(value, list):
                return value
        for value in document.values():
            if isinstance(value, list) and any(isinstance(item, dict) for item in value):
                return value
        return [document]  # a single review object
    return None


def _tabulate(objects: list[tuple[int, Any]], kind: str, bad: list[tuple[int, Reason]]) -> JsonRows:
    columns: dict[str, int] = {}
    flat_rows: list[tuple[int, dict[str, str]]] = []
    for number, item in objects:
        if not isinstance(item, dict):
            bad.append((number, reason("row_not_object")))
            continue
        flat: dict[str, str] = {}
        try:
            _flatten(item, "", flat, 0)
        except RecursionError:
            bad.append((number, reason("row_nested")))
            continue
        for key in flat:
            columns.setdefault(key, len(columns))
        flat_rows.append((number, flat))
    headers = list(columns)
    rows = [[flat.get(h, "") for h in headers] for _, flat in flat_rows]
    bad.sort()
    return JsonRows(headers, rows, [n for n, _ in flat_rows], kind, bad)


def _flatten(value: dict[str, Any], prefix: str, out: dict[str, str], depth: int) -> None:
    for key, inner in value.items():
        name = f"{prefix}{key}"
        if isinstance(inner, dict) and depth < _MAX_DEPTH:
            _flatten(inner, name + ".", out, depth + 1)
        else:
            out[name] = _cell(inner)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return ", ".join(value)
    return json.dumps(value, ensure_ascii=False)


def _short(exc: ValueError) -> str:
    return str(exc).split(":")[0]
