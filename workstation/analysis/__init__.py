"""Offline FR/EN review analysis: language, sentiment, urgency, evidence, topics, crises.

Qt-free. Public API: `Analyzer`, the result types in `model`, `detect_crises`,
`batch_flags`, `run_analyze` (headless CSV scoring) and `ResourceError`.

`Analyzer` and `run_analyze` are imported lazily: importing this package for the result
types or crisis detection does not load spaCy (the UI loads it after its first paint).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .batch import BatchItem, batch_flags, near_duplicates, review_bombing
from .crisis import CrisisAlert, detect_crises
from .model import ANALYSIS_VERSION, LEVELS, Analysis, AnalysisInput, Evidence, TopicHit
from .resources import ResourceError

if TYPE_CHECKING:
    from .analyzer import Analyzer
    from .cli import run_analyze

__all__ = [
    "ANALYSIS_VERSION",
    "LEVELS",
    "Analysis",
    "AnalysisInput",
    "Analyzer",
    "BatchItem",
    "CrisisAlert",
    "Evidence",
    "ResourceError",
    "TopicHit",
    "batch_flags",
    "detect_crises",
    "near_duplicates",
    "review_bombing",
    "run_analyze",
]


def __getattr__(name: str) -> Any:
    if name == "Analyzer":
        from .analyzer import Analyzer

        return Analyzer
    if name == "run_analyze":
        from .cli import run_analyze

        return run_analyze
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
