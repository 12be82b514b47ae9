"""Locate and read the analysis resource files (lexicons, rule patterns).

Every read goes through here so that a missing or corrupt file raises one error type,
`ResourceError`, naming the file — the app reports it at start instead of crashing later.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


class ResourceError(RuntimeError):
    """A resource file is missing or malformed; `path` names it."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"analysis resource {path}: {reason}")
        self.path = path
        self.reason = reason


def resources_dir() -> Path:
    """The analysis rules and lexicons: `resources/analysis` (checkout or frozen bundle)."""
    from workstation.paths import resources_dir as app_resources

    return app_resources() / "analysis"


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ResourceError(path, f"cannot read ({exc})") from exc


def load_json(name: str, base: Path | None = None) -> dict[str, Any]:
    """A JSON object from the resource folder."""
    path = (base or resources_dir()) / name
    try:
        data = json.loads(_read_text(path))
    except json.JSONDecodeError as exc:
        raise ResourceError(path, f"invalid JSON at line {exc.lineno}: {exc.msg}") from exc
    if not isinstance(data, dict):
        raise ResourceError(path, "top level must be a JSON object")
    return data


def load_weights(name: str, base: Path | None = None) -> dict[str, float]:
    """A `phrase weight` table (weight = last field); `#` starts a comment line."""
    path = (base or resources_dir()) / name
    table: dict[str, float] = {}
    for number, raw in enumerate(_read_text(path).splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.rsplit(None, 1)
        if len(parts) != 2:
            raise ResourceError(path, f"line {number}: expected 'phrase weight'")
        try:
            table[parts[0].strip()] = float(parts[1])
        except ValueError as exc:
            raise ResourceError(path, f"line {number}: weight is not a number") from exc
    if not table:
        raise ResourceError(path, "no entries")
    return table
