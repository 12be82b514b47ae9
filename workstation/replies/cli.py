"""Headless `workstation reply check` and `workstation reply suggest` (wired by the main CLI).

Both print JSON on stdout and return an exit code: 0 on success, 2 on bad usage or an
unreadable input file (with a message on stderr); a batch `suggest --in … --out …` returns 1
when some lines were bad (each named on stderr, the good ones still drafted).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from workstation.cli_language import tr
from workstation.command_line import (
    EXIT_OK,
    EXIT_PARTIAL,
    EXIT_USAGE,
    UsageError,
    UsageParser,
    cannot_read,
)

from .autoreply import AutoRule, preview
from .batch import read_review_lines, suggest_batch, suggestions_json
from .checker import check_draft
from .complaints import ISSUE_ORDER
from .drafting import draft_suggestions
from .library import load_library
from .model import BUSINESS_KINDS, LANGS, ReplyProfile, ReviewInput
from .point_choice import unknown_points
from .review_json import review_from_data
from .triage import with_triage


def _read_text(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8-sig", errors="replace")
    except OSError as exc:
        raise cannot_read(path, exc) from exc


def review_from_json(path: str) -> ReviewInput:
    """Read a review JSON file: text, optional stars, lang, author, platform (and more)."""
    try:
        data = json.loads(_read_text(path))
    except json.JSONDecodeError as exc:
        raise UsageError(tr("{path}: not valid JSON ({error}, line {line})").format(path=path, error=exc.msg,
                                                                                   line=exc.lineno)) from exc
    return review_from_data(data, path)


def _run(fn: Any, args: list[str]) -> int:
    """Print `fn(args)` as JSON; EXIT_PARTIAL when a batch summary reports bad lines."""
    try:
        result = fn(args)
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_USAGE
    json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    if isinstance(result, dict) and result.get("bad_lines"):
        return EXIT_PARTIAL
    return EXIT_OK


def _check(args: list[str]) -> list[dict[str, object]]:
    p = UsageParser(prog="workstation reply check", description=tr("Pre-post check of a reply draft."))
    p.add_argument("--lang", required=True, choices=LANGS, help=tr("language of the draft and of the findings"))
    p.add_argument("--platform", required=True, help=tr("the platform the reply goes to"))
    p.add_argument("--review-file", help=tr("the review as a JSON object"))
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--text", help=tr("the draft's text"))
    src.add_argument("--file", help=tr("a UTF-8 text file holding the draft"))
    ns = p.parse_args(args)
    draft = ns.text if ns.text is not None else _read_text(ns.file)
    review = review_from_json(ns.review_file) if ns.review_file else None
    findings = check_draft(draft, lang=ns.lang, platform=ns.platform, review=review)
    return [f.as_json(ns.lang) for f in findings]


def _suggest(args: list[str]) -> object:
    p = UsageParser(
        prog="workstation reply suggest",
        description=tr("Three reply drafts per review, each saying which points it answers."),
    )
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--review-file", help=tr("one review as a JSON object"))
    src.add_argument(
        "--in", dest="in_path", help=tr("JSON Lines: one review object with an 'id' a line")
    )
    p.add_argument("--out", help=tr("JSON Lines written with --in: {id, suggestions}"))
    p.add_argument("--signature", help=tr("signature added to every draft"))
    p.add_argument("--contact", help=tr("the business's contact for the offline channel"))
    _add_business_kind(p)
    p.add_argument(
        "--answer",
        metavar="POINTS",
        type=_points_list,
        help=tr("the points the drafts answer instead of those found, separated by commas ('' for none): "
                "{points}").format(points=", ".join(ISSUE_ORDER)),
    )
    ns = p.parse_args(args)
    library = load_library()
    for issue in library.issues:
        print(tr("warning: {problem}").format(problem=issue), file=sys.stderr)
    profile = ReplyProfile(signature=ns.signature, contact=ns.contact, kind=ns.business_kind)
    if ns.in_path is None:
        if ns.out:
            raise UsageError(tr("workstation reply suggest: --out goes with --in"))
        review = with_triage(review_from_json(ns.review_file))
        return suggestions_json(draft_suggestions(review, library.templates, profile=profile, answer=ns.answer))
    if not ns.out:
        raise UsageError(tr("workstation reply suggest: --in needs --out"))
    if ns.answer is not None:
        raise UsageError(tr("workstation reply suggest: --answer goes with --review-file (one review)"))
    return suggest_batch(ns.in_path, ns.out, library.templates, profile)


def _points_list(value: str) -> list[str]:
    """--answer's comma-separated ids; argparse prints the refusal as one plain line."""
    chosen = [part.strip().lower() for part in value.split(",") if part.strip()]
    unknown = unknown_points(chosen)
    if unknown:
        raise argparse.ArgumentTypeError(
            tr("unknown point: {unknown} (known points: {points})").format(
                unknown=", ".join(unknown), points=", ".join(ISSUE_ORDER)))
    return chosen


def _add_business_kind(parser: UsageParser) -> None:
    """--business-kind, refused by argparse when unknown (one plain line, as for --lang)."""
    parser.add_argument(
        "--business-kind",
        metavar="KIND",
        choices=BUSINESS_KINDS,
        help=tr("the kind of business the drafts are worded for: {kinds} (default: wording for a "
                "restaurant or café)").format(kinds=", ".join(BUSINESS_KINDS)),
    )


def _auto_preview(args: list[str]) -> dict[str, object]:
    p = UsageParser(
        prog="workstation reply auto-preview",
        description=tr("What an automatic-reply rule would have posted on past reviews."),
    )
    p.add_argument("--in", dest="in_path", required=True, help=tr("JSON Lines of reviews with 'id'"))
    p.add_argument("--platform", action="append", default=[], help=tr("limit the rule (repeatable)"))
    p.add_argument("--lang", action="append", default=[], choices=LANGS,
                   help=tr("only reviews in this language (repeatable)"))
    p.add_argument("--min-stars", type=int, choices=(4, 5), default=4,
                   help=tr("4 or 5: reviews of 3 stars or less always go to a person"))
    p.add_argument("--with-text", choices=("any", "yes", "no"), default="any",
                   help=tr("yes: only reviews with text; no: only ratings without text"))
    p.add_argument("--delay", type=int, default=60, help=tr("minutes before posting"))
    p.add_argument("--signature", help=tr("signature added to every draft"))
    _add_business_kind(p)
    ns = p.parse_args(args)
    rule = AutoRule(
        "preview",
        platforms=tuple(ns.platform),
        languages=tuple(ns.lang),
        min_stars=ns.min_stars,
        with_text={"any": None, "yes": True, "no": False}[ns.with_text],
        delay_minutes=ns.delay,
    )
    reviews, bad = read_review_lines(ns.in_path)
    decisions, share = preview(reviews, [rule], profile=ReplyProfile(signature=ns.signature, kind=ns.business_kind))
    return {
        "automatic_share": round(share, 3),
        "bad_lines": bad,
        "decisions": [
            {
                "id": d.review_id,
                "automatic": d.automatic,
                "text": d.text,
                "post_at": d.post_at.isoformat() if d.post_at else None,
                "reason": d.reason_en,
            }
            for d in decisions
        ],
    }


def run_auto_preview(args: list[str]) -> int:
    """`workstation reply auto-preview --in reviews.jsonl [rule options]` → JSON decisions."""
    return _run(_auto_preview, args)


def run_check(args: list[str]) -> int:
    """`workstation reply check --lang fr|en --platform NAME [--review-file F] (--text T | --file F)`."""
    return _run(_check, args)


def run_suggest(args: list[str]) -> int:
    """`workstation reply suggest --review-file F` → JSON list of drafts;
    `--in reviews.jsonl --out drafts.jsonl` drafts a whole file (exit 1 when lines were bad)."""
    return _run(_suggest, args)
