"""Headless `workstation reply check` and `workstation reply suggest` (wired by the main CLI).

Both print JSON on stdout and return an exit code: 0 on success, 2 on bad usage or an
unreadable input file (with a message on stderr).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from workstation.command_line import EXIT_OK, EXIT_USAGE, UsageError, UsageParser

from .checker import check_draft
from .library import load_library
from .model import LANGS, ReviewInput
from .suggester import suggest


def _read_text(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8-sig", errors="replace")
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from exc


def _str_tuple(value: object) -> tuple[str, ...]:
    if isinstance(value, list):
        return tuple(v for v in value if isinstance(v, str))
    return ()


def _opt_str(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def review_from_json(path: str) -> ReviewInput:
    """Read a review JSON file: text, optional stars, lang, author, platform (and more)."""
    try:
        data = json.loads(_read_text(path))
    except json.JSONDecodeError as exc:
        raise UsageError(f"{path}: not valid JSON ({exc.msg}, line {exc.lineno})") from exc
    if not isinstance(data, dict):
        raise UsageError(f"{path}: expected a JSON object with a 'text' field")
    stars = data.get("stars")
    if isinstance(stars, str) and stars.strip().isdigit():
        stars = int(stars)
    text = data.get("text")
    return ReviewInput(
        text=text if isinstance(text, str) else "",
        stars=stars if isinstance(stars, int) and not isinstance(stars, bool) else None,
        lang=_opt_str(data.get("lang")),
        author=_opt_str(data.get("author")),
        platform=_opt_str(data.get("platform")),
        categories=_str_tuple(data.get("categories")),
        topics=_str_tuple(data.get("topics")),
        location=_opt_str(data.get("location")),
        business=_opt_str(data.get("business")),
    )


def _run(fn: Any, args: list[str]) -> int:
    try:
        result = fn(args)
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_USAGE
    json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return EXIT_OK


def _check(args: list[str]) -> list[dict[str, object]]:
    p = UsageParser(prog="workstation reply check", description="Pre-post check of a reply draft.")
    p.add_argument("--lang", required=True, choices=LANGS)
    p.add_argument("--platform", required=True)
    p.add_argument("--review-file")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--text")
    src.add_argument("--file")
    ns = p.parse_args(args)
    draft = ns.text if ns.text is not None else _read_text(ns.file)
    review = review_from_json(ns.review_file) if ns.review_file else None
    findings = check_draft(draft, lang=ns.lang, platform=ns.platform, review=review)
    return [f.as_json(ns.lang) for f in findings]


def _suggest(args: list[str]) -> list[dict[str, object]]:
    p = UsageParser(prog="workstation reply suggest", description="Top 3 reply templates.")
    p.add_argument("--review-file", required=True)
    ns = p.parse_args(args)
    review = review_from_json(ns.review_file)
    library = load_library()
    for issue in library.issues:
        print(f"warning: {issue}", file=sys.stderr)
    return [
        {"template_id": s.template_id, "text": s.text} for s in suggest(review, library.templates)
    ]


def run_check(args: list[str]) -> int:
    """`workstation reply check --lang fr|en --platform NAME [--review-file F] (--text T | --file F)`."""
    return _run(_check, args)


def run_suggest(args: list[str]) -> int:
    """`workstation reply suggest --review-file F` → JSON list of {template_id, text}."""
    return _run(_suggest, args)
