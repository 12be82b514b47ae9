"""Batch drafting: a JSON Lines file of reviews in, a JSON Lines file of drafts out.

Each input line is the object `reply suggest --review-file` takes plus an `id`; each output
line is `{"id": …, "suggestions": [{"text", "addresses", "title", "template_id"}]}`; a review
without categories or topics gets them from the analysis engine (`triage`). A bad
line is named on stderr and skipped; the good ones are still drafted, and the output file
is replaced only once it is complete.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from workstation.command_line import UsageError, cannot_read

from .drafting import draft_suggestions
from .library import atomic_write
from .model import ReplyError, ReplyProfile, ReviewInput, Suggestion, Template
from .review_json import review_from_data
from .triage import with_triage


def suggestions_json(suggestions: Iterable[Suggestion]) -> list[dict[str, object]]:
    return [
        {
            "template_id": s.template_id,
            "title": s.title,
            "text": s.text,
            "addresses": list(s.addresses),
        }
        for s in suggestions
    ]


def suggest_batch(
    in_path: str, out_path: str, templates: Iterable[Template], profile: ReplyProfile
) -> dict[str, object]:
    """Draft every review of `in_path` into `out_path`; returns counts for the summary."""
    library = list(templates)
    try:
        lines = Path(in_path).read_text(encoding="utf-8-sig", errors="replace").splitlines()
    except OSError as exc:
        raise cannot_read(in_path, exc) from exc
    out: list[str] = []
    bad = 0
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{in_path}:{number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            problem = f"not valid JSON ({exc.msg})"
        else:
            review_id = data.get("id") if isinstance(data, dict) else None
            if not isinstance(data, dict):
                problem = "expected a JSON object with 'id' and 'text'"
            elif (
                not isinstance(review_id, str | int)
                or isinstance(review_id, bool)
                or review_id == ""
            ):
                problem = "missing 'id' (a string or a number)"
            elif str(review_id) in seen:
                problem = f"id {review_id!r} already used on an earlier line"
            else:
                seen.add(str(review_id))
                review = with_triage(review_from_data(data, where))
                drafts = draft_suggestions(review, library, profile=profile)
                out.append(
                    json.dumps(
                        {"id": review_id, "suggestions": suggestions_json(drafts)},
                        ensure_ascii=False,
                    )
                )
                continue
        bad += 1
        print(f"{where}: {problem}; line skipped", file=sys.stderr)
    _write_atomically(Path(out_path), "".join(line + "\n" for line in out))
    return {"written": len(out), "bad_lines": bad, "out": out_path}


def read_review_lines(in_path: str) -> tuple[list[tuple[ReviewInput, datetime]], int]:
    """Reviews of a JSON Lines file with when they arrived ('date', ISO 8601; now if absent),
    and how many lines were unusable (each named on stderr)."""
    try:
        lines = Path(in_path).read_text(encoding="utf-8-sig", errors="replace").splitlines()
    except OSError as exc:
        raise cannot_read(in_path, exc) from exc
    now = datetime.now(UTC)
    out: list[tuple[ReviewInput, datetime]] = []
    bad = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            review = review_from_data(data, f"{in_path}:{number}")
            raw_date = data.get("date")
            received = datetime.fromisoformat(raw_date) if isinstance(raw_date, str) else now
            if received.tzinfo is None:
                received = received.replace(tzinfo=UTC)
        except (json.JSONDecodeError, UsageError, ValueError) as exc:
            bad += 1
            print(f"{in_path}:{number}: {exc}; line skipped", file=sys.stderr)
            continue
        out.append((review, received))
    return out, bad


def _write_atomically(path: Path, text: str) -> None:
    try:
        atomic_write(path, text)
    except ReplyError as exc:
        raise UsageError(str(exc)) from exc
