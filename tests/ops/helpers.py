"""Test helpers for the operations: a clock, a fast deterministic analyzer, a CSV writer."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from workstation.analysis.model import Analysis, AnalysisInput, Evidence

# A fixed instant, given to every operation the tests run (`now=`): review dates follow it,
# so "imported late" never changes when the reply clock starts, whatever the day.
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


class CountingAnalyzer:
    """Low stars → "high" with the word "cold" as evidence when present; else "low"."""

    def __init__(self) -> None:
        self.analysed: list[str] = []
        self.on_batch: Any = None  # called after each batch (tests cancel from here)

    def analyze_many(self, inputs: Sequence[AnalysisInput], **_kw: object) -> list[Analysis]:
        out = []
        for item in inputs:
            self.analysed.append(item.text)
            at = item.text.lower().find("cold")
            evidence = (Evidence("food_safety", "Food safety", "Hygiène", at, at + 4, item.text[at : at + 4]),) if at >= 0 else ()
            urgent = (item.stars or 5) <= 2
            out.append(Analysis("en", -0.8 if urgent else 0.6, 0.9 if urgent else 0.1,
                                "high" if urgent else "low",
                                categories=("food_safety",) if evidence else (), evidence=evidence))
        if self.on_batch is not None:
            self.on_batch()
        return out


def reviews_csv(path: Path, rows: list[tuple[int, str, str, str]], bad_rows: int = 0) -> Path:
    """A CSV of (stars, text, ISO date, author) rows, plus `bad_rows` rows with impossible stars."""
    lines = ["rating,review,date,author"]
    lines += [f'{stars},"{text}",{date},{author}' for stars, text, date, author in rows]
    lines += [f"9,Impossible note {i},{NOW.date().isoformat()},Bob" for i in range(bad_rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
