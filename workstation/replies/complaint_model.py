"""The learned complaint model: severity categories a review's sentences report, for drafting.

The complaint finder (`complaint_cues.py`) recognises the wordings its lists were written
from; a complaint in other words gets no answer block. This adds a learned, sentence-level
source: the evidence finder's sentence classifier (`workstation/analysis/evidence_finder.py`,
trained by `training/train_complaint_model.py` on the evidence quotes of severity-train.jsonl
and the sentences holding them) reads each sentence of a review of at most `MAX_STARS` stars
— its folded words and the analysis rules' hits inside it, as the analysis engine reads it —
and a category is a complaint when one sentence scores at least its `THRESHOLDS` value.
Categories without a threshold are never added by it. The rule (thresholds, star limit,
categories) was chosen by grouped cross-validation over the development sources only
(`bench/complaint_model_cv.py`); docs/reply-composer.md has the figures.

**Off (`ENABLED = False`): measured once on the held-out sources and not kept** — it
answered every complaint of no more held-out review (243/313 before and after) where the rule
fixed beforehand asked for 10 more; no model is shipped (docs/reply-composer.md, "A learned
complaint source"). Off, `learned_complaints` returns at once and never loads anything. The
code stays so the next try is measured the same way: `bench/replies.py --complaint-model DIR`
switches it on with a build trained without the held-out sources.

When on, the model is loaded on first use; if it is missing or unreadable the composer works
without it and the problem is logged once.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from .load_once import LoadedOnce

if TYPE_CHECKING:
    from workstation.analysis.analyzer import Analyzer
    from workstation.analysis.evidence_finder import EvidenceFinder

log = logging.getLogger(__name__)

MODEL_DIR = "complaint_model"
# Not kept (see the module doc): drafts do not use the model unless a bench switches it on.
ENABLED = False
# Reviews above this rating are not read (praise: nothing is added to 4–5★ drafts).
MAX_STARS = 2
# Per composer category, the sentence score from which the category is a complaint.
# Chosen by bench/complaint_model_cv.py (grouped CV over the development sources): only money
# (fraud & billing), at 0.8, completed a review's answers often enough for the wrong apologies
# it added; every other category, at every threshold, completed fewer reviews than a fifth of
# those it gave a wrong apology (the loosest penalty tried).
THRESHOLDS: dict[str, float] = {"fraud_billing": 0.8}
_WINDOW = 4000  # characters read, as the rest of the reply assistant

_READ_LOCK = threading.Lock()  # the rules engine keeps state while it reads: one reader at a time


def model_dir() -> Path:
    """The shipped model: `resources/complaint_model` (checkout or frozen bundle)."""
    from workstation.paths import resources_dir as app_resources

    return app_resources() / MODEL_DIR


def _load(folder: Path | None) -> tuple[EvidenceFinder, Analyzer]:
    from workstation.analysis.analyzer import Analyzer
    from workstation.analysis.evidence_finder import EvidenceFinder

    return EvidenceFinder.load(folder or model_dir()), Analyzer(decider="rules")


_LOADED: LoadedOnce[tuple[EvidenceFinder, Analyzer]] = LoadedOnce(
    lambda: _load(None), log, "complaint model unavailable; drafts use the complaint finder's word lists alone"
)


def shipped_model() -> tuple[EvidenceFinder, Analyzer] | None:
    """The model and the rules engine that reads sentences for it, loaded once; None when the
    model cannot be read (the composer then drafts without it)."""
    return _LOADED.get()


def use_model(folder: Path) -> None:
    """Draft with the model of `folder` from now on, switched on (`bench/replies.py
    --complaint-model DIR` measures a build trained without the held-out sources). Raises when
    it cannot be read, so a measurement never runs without it unnoticed."""
    global ENABLED
    _LOADED.use(_load(folder))
    ENABLED = True


def sentence_scores(text: str, lang: str | None = None) -> list[tuple[str, dict[str, float]]]:
    """Each sentence of `text` (first 4,000 characters) with its score per composer category;
    [] without a model or words."""
    from .complaints import ALIASES  # complaints imports this module: read the table when used

    loaded = shipped_model()
    if loaded is None:
        return []
    finder, rules = loaded
    with _READ_LOCK:
        rows = rules.sentence_features(text[:_WINDOW], lang)
    if not rows:
        return []
    matrix = finder.matrix([features for _s, _e, features in rows])
    labels = [ALIASES.get(label, label) for label in finder.labels]
    return [
        (text[start:end], {label: float(p) for label, p in zip(labels, scores, strict=True)})
        for (start, end, _f), scores in zip(rows, matrix, strict=True)
    ]


def learned_complaints(text: str, stars: int | None, lang: str | None = None) -> frozenset[str]:
    """The categories a sentence of this review reports with a score at least the category's
    threshold; nothing when off (`ENABLED`), above `MAX_STARS`, without a rating or a model."""
    if not ENABLED or stars is None or stars > MAX_STARS or not THRESHOLDS or not text.strip():
        return frozenset()
    found: set[str] = set()
    for _sentence, scores in sentence_scores(text, lang):
        found.update(c for c, t in THRESHOLDS.items() if scores.get(c, 0.0) >= t)
    return frozenset(found)
