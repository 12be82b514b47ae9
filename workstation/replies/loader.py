"""Load template files (TOML) from folders; every problem is reported with file and line.

A malformed file never stops the others from loading, and a bad template never
stops the rest of its file.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

from .limits import normalise_platform
from .model import LANGS, Kind, LoadIssue, LoadResult, Template
from .placeholders import unknown_placeholders
from .resources import resources_dir
from .vocabulary import CATEGORIES, SITUATIONS, TOPICS

# Every Template field a file may set (source and line are where it was read from).
_KNOWN_KEYS = frozenset(f.name for f in fields(Template)) - {"source", "line"}
_LINE = re.compile(r"at line (\d+)")
_HEADER = re.compile(r"^[ \t]*\[\[[ \t]*template[ \t]*\]\]", re.MULTILINE)
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,99}\Z")


def builtin_templates_dir() -> Path:
    return resources_dir() / "templates"


def template_files(folder: Path) -> list[Path]:
    """TOML template files under `folder` (recursively), in a stable order."""
    if not folder.is_dir():
        return []
    return sorted(
        p
        for p in folder.rglob("*.toml")
        # Skip the user's disabled list, the limits file and half-written ".tmp-" files.
        if p.is_file()
        and not p.name.startswith(".")
        and p.name not in ("disabled.toml", "platform_limits.toml")
    )


def _str_list(value: Any) -> tuple[str, ...] | None:
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    return None


def parse_template(
    raw: Any, *, path: Path, line: int | None, default_lang: str | None
) -> tuple[Template | None, list[LoadIssue]]:
    """Validate one `[[template]]` table; returns the template (or None) and its issues."""
    issues: list[LoadIssue] = []

    def issue(msg: str) -> None:
        issues.append(LoadIssue(path, line, msg))

    if not isinstance(raw, dict):
        issue("a [[template]] entry must be a table")
        return None, issues
    tid = raw.get("id")
    if not isinstance(tid, str) or not _ID.match(tid):
        issue(f"template id {tid!r} is missing or invalid (letters, digits, '.', '_', '-')")
        return None, issues
    body = raw.get("body")
    if not isinstance(body, str) or not body.strip():
        issue(f"template {tid!r}: 'body' is missing or empty")
        return None, issues
    lang = raw.get("lang", default_lang)
    if lang not in LANGS:
        issue(f"template {tid!r}: lang {lang!r} is not one of {', '.join(LANGS)}")
        return None, issues
    for key in sorted(set(raw) - _KNOWN_KEYS):
        issue(f"template {tid!r}: unknown key {key!r} ignored")
    for name in unknown_placeholders(body):
        issue(f"template {tid!r}: unknown placeholder {{{name}}} (shown as [{name}])")

    kinds: list[Kind] = []
    for k in _str_list(raw.get("kinds", [])) or ():
        try:
            kinds.append(Kind(k))
        except ValueError:
            issue(f"template {tid!r}: unknown kind {k!r} ignored")
    stars_raw = raw.get("stars", [1, 5])
    stars = (1, 5)
    if (
        isinstance(stars_raw, list)
        and len(stars_raw) == 2
        and all(isinstance(s, int) and not isinstance(s, bool) and 1 <= s <= 5 for s in stars_raw)
        and stars_raw[0] <= stars_raw[1]
    ):
        stars = (stars_raw[0], stars_raw[1])
    else:
        issue(f"template {tid!r}: stars must be [min, max] within 1..5, got {stars_raw!r}")
    cats = _str_list(raw.get("categories", [])) or ()
    for c in cats:
        if c not in CATEGORIES and c not in SITUATIONS:
            issue(f"template {tid!r}: unknown category {c!r}")
    topics = _str_list(raw.get("topics", [])) or ()
    for t in topics:
        if t not in TOPICS:
            issue(f"template {tid!r}: unknown topic {t!r}")
    platforms = tuple(normalise_platform(p) for p in _str_list(raw.get("platforms", [])) or ())
    flags = {}
    for key in ("auto", "enabled"):
        val = raw.get(key, True)
        if not isinstance(val, bool):
            issue(f"template {tid!r}: {key!r} must be true or false")
            val = True
        flags[key] = val
    title = raw.get("title", "")
    template = Template(
        id=tid,
        lang=lang,
        body=body.strip("\n"),
        title=title if isinstance(title, str) else "",
        kinds=tuple(kinds),
        stars=stars,
        categories=cats,
        topics=topics,
        platforms=platforms,
        auto=flags["auto"],
        enabled=flags["enabled"],
        source=path,
        line=line,
    )
    return template, issues


def load_file(path: Path) -> tuple[list[Template], list[LoadIssue]]:
    """Templates of one file; a syntax error yields no templates and one issue with its line."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        return [], [LoadIssue(path, None, f"cannot read file: {exc}")]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = _LINE.search(str(exc))
        return [], [LoadIssue(path, int(m.group(1)) if m else None, f"TOML syntax error: {exc}")]
    default_lang = data.get("lang")
    if default_lang is None and path.parent.name in LANGS:
        default_lang = path.parent.name
    entries = data.get("template", [])
    if not isinstance(entries, list):
        return [], [LoadIssue(path, None, "'template' must be an array of tables ([[template]])")]
    header_lines = [text.count("\n", 0, m.start()) + 1 for m in _HEADER.finditer(text)]
    templates: list[Template] = []
    issues: list[LoadIssue] = []
    for i, raw in enumerate(entries):
        line = header_lines[i] if i < len(header_lines) else None
        t, found = parse_template(raw, path=path, line=line, default_lang=default_lang)
        issues.extend(found)
        if t is not None:
            templates.append(t)
    return templates, issues


def load_templates(folders: Iterable[Path], *, disabled: Iterable[str] = ()) -> LoadResult:
    """Load every file under `folders`; later folders override earlier ones by template id."""
    merged: dict[str, Template] = {}
    issues: list[LoadIssue] = []
    for folder in folders:
        seen_here: dict[str, Template] = {}
        for path in template_files(folder):
            templates, found = load_file(path)
            issues.extend(found)
            for t in templates:
                if t.id in seen_here:
                    first = seen_here[t.id]
                    issues.append(
                        LoadIssue(
                            path,
                            t.line,
                            f"duplicate template id {t.id!r} "
                            f"(first in {first.source}:{first.line}); skipped",
                        )
                    )
                    continue
                seen_here[t.id] = t
                merged[t.id] = t
    off = set(disabled)

    result = tuple(replace(t, enabled=False) if t.id in off else t for t in merged.values())
    return LoadResult(templates=result, issues=tuple(issues))
