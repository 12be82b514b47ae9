"""Training the learned evidence finder (workstation/analysis/evidence_finder.py).

Rows are sentences, not reviews:
- each sentence of a labelled real review, positive for a category when the review's
  evidence quote for that category lies (at least partly) in it, negative otherwise; a
  review whose quote cannot be found in its text, or with a category and no quote, gives
  no sentence rows (which of its sentences carry the category is unknown);
- each evidence quote on its own, positive for the categories it was quoted for;
- each hand-written example (group "handwritten", always trained on, never scored) as one row.

`fit_finder` trains the classifier with the triage model's settings (triage.cfg: seed,
epochs, class weights), and chooses each category's *add* threshold on out-of-fold
sentence scores, folds grouped by source (`source_folds`): a review's score is its best
sentence's; among the reviews the rules cannot point at for that category and whose lexicon
is not positive (those the finder would add to), the lowest threshold at which the added
reviews are right at least ADD_PRECISION of the time, with at least MIN_ADDED added. A
category that never gets there has no threshold: the finder never adds it. ADD_PRECISION
was fixed before any measurement (above the critical precision of the default, so that
its additions cannot lower it if the out-of-fold estimate holds), not tuned on folds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from workstation.analysis.analyzer import NEEDS_NEGATIVE_BELOW, Analyzer
from workstation.analysis.blend import RuleSignals
from workstation.analysis.evidence_finder import EvidenceFinder
from workstation.analysis.triage import CATEGORIES_PIPE, SENTIMENT_PIPE

from .triage_data import CATEGORIES, HANDWRITTEN, Labelled, evidence_quotes
from .triage_fit import (
    Norms,
    blank_pipeline,
    category_items,
    source_folds,
    train_pipe,
    training_settings,
)

ADD_PRECISION = 0.75
MIN_ADDED = 5
ADD_GRID = np.round(np.arange(0.30, 0.996, 0.01), 3)


@dataclass(frozen=True, slots=True)
class SentenceReview:
    """One labelled review read sentence by sentence, with what the rules saw in it."""

    group: str
    categories: frozenset[str]
    sentences: list[Norms]
    # the categories each sentence carries, or None when the quotes could not be placed
    sentence_labels: list[frozenset[str]] | None
    signals: RuleSignals | None


def _quote_span(text: str, quote: str) -> tuple[int, int] | None:
    quote = quote.strip()
    start = text.find(quote)
    if start < 0:
        start = text.casefold().find(quote.casefold())
    return (start, start + len(quote)) if quote and start >= 0 else None


def training_inputs(
    rules: Analyzer, labelled: Sequence[Labelled], *, with_signals: bool
) -> tuple[list[SentenceReview], list[tuple[str, Sequence[str], frozenset[str]]]]:
    """Every labelled review read sentence by sentence (with the rules' blend signals, or
    without), and every evidence quote as (source, its features, categories): what the
    finder is trained on (`train_evidence`, `train_complaint_model`)."""
    reviews = [
        read_review(rules, lab, rules.blend_inputs(lab.review.text, lab.review.lang)[1] if with_signals else None)
        for lab in labelled
    ]
    quotes: list[tuple[str, Sequence[str], frozenset[str]]] = [
        (r.source, rules.span_features(r.text, r.lang), cats) for r, cats in evidence_quotes(list(labelled))
    ]
    return reviews, quotes


def read_review(analyzer: Analyzer, lab: Labelled, signals: RuleSignals | None) -> SentenceReview:
    """A labelled review's sentences and their labels (hand-written ones: one row, whole)."""
    review = lab.review
    if review.source == HANDWRITTEN:
        row = analyzer.span_features(review.text, review.lang)
        return SentenceReview(HANDWRITTEN, lab.categories, [row], [lab.categories], None)
    sentences = analyzer.sentence_features(review.text, review.lang)
    quoted = {c: _quote_span(review.text, lab.evidence.get(c, "")) for c in lab.categories}
    labels: list[frozenset[str]] | None = None
    if all(span is not None for span in quoted.values()):
        labels = [
            frozenset(c for c, span in quoted.items() if span is not None and span[0] < end and start < span[1])
            for start, end, _f in sentences
        ]
    return SentenceReview(review.source, lab.categories, [f for _s, _e, f in sentences], labels, signals)


def train_finder(
    reviews: Sequence[SentenceReview], quotes: Sequence[tuple[str, Norms, frozenset[str]]],
    add_thresholds: dict[str, float] | None = None, log: Callable[[str], None] | None = None,
) -> EvidenceFinder:
    """The sentence classifier trained on these reviews' sentence rows and these quotes."""
    rows: list[tuple[Norms, frozenset[str]]] = []
    for r in reviews:
        if r.sentence_labels is not None:
            rows.extend(zip(r.sentences, r.sentence_labels, strict=True))
    rows.extend((norms, cats) for _g, norms, cats in quotes)
    settings = training_settings()
    nlp = blank_pipeline()
    train_pipe(nlp, CATEGORIES_PIPE, CATEGORIES, category_items(rows), int(settings["categories_epochs"]), log,
               float(settings.get("positive_weight_power", 0.0)))
    nlp.remove_pipe(SENTIMENT_PIPE)
    return EvidenceFinder(nlp, add_thresholds or {})


def best_sentence_scores(finder: EvidenceFinder, reviews: Sequence[SentenceReview]) -> np.ndarray:
    """Per review and category (CATEGORIES order), the score of its best sentence (0 if none)."""
    flat = [s for r in reviews for s in r.sentences]
    matrix = finder.matrix(flat)[:, [finder.labels.index(c) for c in CATEGORIES]] if flat else None
    out = np.zeros((len(reviews), len(CATEGORIES)))
    at = 0
    for i, r in enumerate(reviews):
        if r.sentences and matrix is not None:
            out[i] = matrix[at : at + len(r.sentences)].max(axis=0)
        at += len(r.sentences)
    return out


def choose_add_thresholds(scores: np.ndarray, reviews: Sequence[SentenceReview]) -> dict[str, float]:
    """Per category, the lowest grid score whose additions reach ADD_PRECISION (see module doc)."""
    thresholds: dict[str, float] = {}
    for j, c in enumerate(CATEGORIES):
        pool = [
            (scores[i, j], c in r.categories) for i, r in enumerate(reviews)
            if r.signals is not None and c not in r.signals.locate and r.signals.lexicon < NEEDS_NEGATIVE_BELOW
        ]
        if not pool:
            continue
        score = np.array([s for s, _t in pool])
        truth = np.array([t for _s, t in pool], dtype=bool)
        for t in ADD_GRID:
            added = score >= t
            if added.sum() >= MIN_ADDED and (added & truth).sum() >= ADD_PRECISION * added.sum():
                thresholds[c] = float(t)
                break
    return thresholds


def fit_finder(
    reviews: Sequence[SentenceReview], quotes: Sequence[tuple[str, Norms, frozenset[str]]],
    folds: int | None, log: Callable[[str], None] | None = None,
) -> tuple[EvidenceFinder, dict[str, object]]:
    """The finder trained on everything given, with add thresholds from out-of-fold scores
    (sources packed in `folds` folds, or one per source); plus figures for the record."""
    fold_of_source = source_folds([r.group for r in reviews], folds)
    fold_of = [fold_of_source.get(r.group, -1) for r in reviews]
    scores = np.zeros((len(reviews), len(CATEGORIES)))
    for k in sorted({f for f in fold_of if f >= 0}):
        held = [i for i, f in enumerate(fold_of) if f == k]
        finder = train_finder(
            [r for r, f in zip(reviews, fold_of, strict=True) if f != k],
            [q for q in quotes if fold_of_source.get(q[0], -1) != k],
        )
        scores[held] = best_sentence_scores(finder, [reviews[i] for i in held])
        if log:
            log(f"  evidence finder fold {k + 1}: {len(held)} reviews scored")
    scored = [reviews[i] for i, f in enumerate(fold_of) if f >= 0]
    thresholds = choose_add_thresholds(scores[[i for i, f in enumerate(fold_of) if f >= 0]], scored)
    finder = train_finder(reviews, quotes, thresholds, log)
    return finder, {"add_precision": ADD_PRECISION, "min_added": MIN_ADDED}
