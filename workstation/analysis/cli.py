"""Headless `workstation analyze --in reviews.csv --out scored.csv`.

Reads a CSV with `id,text` and optional `lang, stars, created_at, source`; writes
`id, lang, sentiment, urgency, level, categories, topics, evidence, flags`.
`sentiment` never uses `stars` (stars feed only urgency and flags). No display, no data
dir: resources come from the repo. Bad rows are reported on stderr and skipped.
"""

from __future__ import annotations

import csv
import json
import sys
from collections import deque
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from workstation.cli_language import tr
from workstation.spreadsheet import SafeCsvWriter

from .analyzer import Analyzer
from .batch_gc import few_collections
from .model import Analysis, AnalysisInput
from .resources import ResourceError

OUT_FIELDS = ["id", "lang", "sentiment", "urgency", "level", "categories", "topics", "evidence", "flags"]
EXIT_OK, EXIT_BAD_INPUT, EXIT_RESOURCES = 0, 2, 3
csv.field_size_limit(10_000_000)  # a 100 kB review is legal input


def _stars(value: str | None) -> int | None:
    try:
        stars = round(float(value)) if value not in (None, "") else None
    except ValueError:
        return None
    return stars if stars is not None and 1 <= stars <= 5 else None


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        dt = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


def format_row(review_id: str, a: Analysis) -> dict[str, str]:
    """The CSV cells for one analysed review."""
    return {
        "id": review_id,
        "lang": a.lang,
        "sentiment": f"{a.sentiment:.4f}",
        "urgency": f"{a.urgency:.4f}",
        "level": a.level,
        "categories": ";".join(a.categories),
        "topics": ";".join(f"{t.topic}:{t.sentiment:+.2f}" for t in a.topics),
        "evidence": json.dumps(
            [{"category": e.category, "label": e.label_en, "start": e.start, "end": e.end, "text": e.text}
             for e in a.evidence],
            ensure_ascii=False,
        ),
        "flags": ";".join(a.flags),
    }


def _rows(reader: csv.DictReader[str], err: TextIO) -> Iterator[tuple[int, dict[str, str]]]:
    for number, row in enumerate(reader, start=2):  # row 1 is the header
        if not (row.get("id") or "").strip():
            print(tr("row {number}: missing id, skipped").format(number=number), file=err)
            continue
        yield number, row


def run_analyze(in_path: Path, out_path: Path, *, now: datetime | None = None, err: TextIO | None = None) -> int:
    """Score every row of `in_path` into `out_path`. Returns a process exit code:
    0 done (even with skipped rows), 2 unreadable input, 3 broken resources."""
    errors = err or sys.stderr
    try:
        analyzer = Analyzer()
    except ResourceError as exc:
        print(tr("error: {message}").format(message=exc), file=errors)
        return EXIT_RESOURCES
    try:
        with in_path.open(encoding="utf-8-sig", errors="replace", newline="") as src:
            reader = csv.DictReader(src)
            fields = {f.strip().lower() for f in reader.fieldnames or []}
            if not {"id", "text"} <= fields:
                print(tr("error: {path} needs columns id,text (found: {found})").format(path=in_path,
                                                                                       found=sorted(fields)),
                      file=errors)
                return EXIT_BAD_INPUT
            reader.fieldnames = [f.strip().lower() for f in reader.fieldnames or []]
            out_path.parent.mkdir(parents=True, exist_ok=True)
            with out_path.open("w", encoding="utf-8", newline="") as dst:
                writer = SafeCsvWriter(dst)
                writer.writerow(OUT_FIELDS)
                ids: deque[str] = deque()  # analyze_many scores in batches: ids wait in order

                def inputs() -> Iterator[AnalysisInput]:
                    for _number, row in _rows(reader, errors):
                        ids.append(row["id"].strip())
                        yield AnalysisInput(
                            row.get("text") or "",
                            stars=_stars(row.get("stars")),
                            lang=row.get("lang") or None,
                            created_at=_date(row.get("created_at")),
                            platform=row.get("source") or None,
                        )

                with few_collections():
                    for analysis in analyzer.analyze_many(inputs(), now=now):
                        cells = format_row(ids.popleft(), analysis)
                        writer.writerow(cells[field] for field in OUT_FIELDS)
    except (OSError, csv.Error) as exc:
        print(tr("error: {message}").format(message=exc), file=errors)
        return EXIT_BAD_INPUT
    return EXIT_OK
