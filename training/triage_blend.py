"""Fitting the blend (workstation/analysis/blend.py) on out-of-fold scores.

Per category, a logistic regression over the model's logit and the rules' signals; its
weights are shrunk towards one pooled regression over all categories, so that a rare
category (10 real reviews about minors) borrows the common pattern instead of fitting noise.
Its threshold is the best point of its own out-of-fold blended scores: best F1, or for the
critical categories best F2 (recall counts twice: a missed food poisoning costs the shop far
more than one false alarm, and issue 17's target is critical recall first). Sentiment: one
logistic regression per language over the model's logit and the lexicon score.

Every input here must be out-of-fold (scores of models that never saw the row): fit on
in-sample scores, the stacker would trust the model far more than it deserves on a new source.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from workstation.analysis.blend import (
    CATEGORY_FEATURES,
    Blend,
    RuleSignals,
    category_features,
    sentiment_features,
    sigmoid,
)

from .triage_data import CATEGORIES, CRITICAL

# L2 penalties (not on the bias): towards zero for the pooled and sentiment fits, towards the
# pooled weights for each category (strong enough that a handful of positives cannot flip a sign).
POOLED_L2 = 1.0
CATEGORY_L2 = 10.0
SENTIMENT_L2 = 1.0
LANGS = ("en", "fr")
# Thresholds are searched on this grid; a category too rare to estimate one keeps DEFAULT.
GRID = np.array([0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.08, *np.round(np.arange(0.1, 0.951, 0.025), 3)])
DEFAULT_THRESHOLD = 0.5
MIN_POSITIVES = 5
# F-beta of the threshold search: recall weighs CRITICAL_BETA times precision for the critical
# categories (fixed before any measurement, from the target; not tuned on folds).
CRITICAL_BETA = 2.0
# Round 11 (issue 17r11, --vector-shrink): factors of the vector input's stacker weight,
# one chosen by source-grouped CV on the training sources (declared before measuring).
SHRINK_GRID = (0.0, 0.25, 0.5, 0.75, 1.0)


def threshold_beta(category: str) -> float:
    return CRITICAL_BETA if category in CRITICAL else 1.0


def fit_logistic(
    x: np.ndarray, y: np.ndarray, l2: float, prior: np.ndarray | None = None, iterations: int = 30
) -> np.ndarray:
    """L2-penalised logistic regression by Newton's method; column 0 is the (unpenalised) bias."""
    prior = np.zeros(x.shape[1]) if prior is None else prior
    w = prior.copy()
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 1e-6
    for _ in range(iterations):
        p = sigmoid(x @ w)
        gradient = x.T @ (p - y) + penalty * (w - prior)
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def best_threshold(scores: np.ndarray, truth: np.ndarray, beta: float = 1.0) -> float:
    """The grid threshold with the best F-beta (ties: the higher threshold, fewer false alarms)."""
    default = DEFAULT_THRESHOLD
    if truth.sum() < MIN_POSITIVES:
        return default
    best, best_f = default, -1.0
    b2 = beta * beta
    for t in GRID:
        predicted = scores >= t
        tp = float((predicted & truth).sum())
        f = (1 + b2) * tp / (predicted.sum() + b2 * truth.sum()) if tp else 0.0
        if f >= best_f:
            best, best_f = float(t), f
    return best if best_f > 0 else default


def fit_blend(
    probabilities: np.ndarray, signals: Sequence[RuleSignals], truth: np.ndarray,
    positive: np.ndarray, lexicon: np.ndarray, langs: Sequence[str], is_positive: np.ndarray,
    vector_logits: np.ndarray | None = None, vector_categories: frozenset[str] | None = None,
) -> Blend:
    """Blend from out-of-fold scores.

    probabilities/truth: (n, 7) in CATEGORIES order, one row per labelled review with
    `signals`; positive/lexicon/langs/is_positive: one entry per rated review.
    vector_logits: (n, 7) out-of-fold logits of the word-vector regression (round 9), the
    stackers' last input; None fits the seven-input blend exactly as before.
    vector_categories (round 11, with vector_logits): only these categories' stackers read the
    vector logit; the others keep their seven inputs and are fit exactly as without vectors
    (the pooled prior is then the seven-input one, its vector weight 0 for these categories).
    None: every category reads it (round 9).
    """
    features = category_feature_rows(probabilities, signals, vector_logits, vector_categories)
    targets = {c: truth[:, j].astype("float64") for j, c in enumerate(CATEGORIES)}
    plain = len(CATEGORY_FEATURES)
    pooled_rows = [x if vector_categories is None else x[:, :plain] for x in features.values()]
    pooled = fit_logistic(np.concatenate(pooled_rows), np.concatenate(list(targets.values())), POOLED_L2)
    weights, thresholds = {}, {}
    for c in CATEGORIES:
        prior = pooled if features[c].shape[1] == len(pooled) else np.append(pooled, 0.0)
        w = fit_logistic(features[c], targets[c], CATEGORY_L2, prior=prior)
        weights[c] = w
        blended = sigmoid(features[c] @ w)
        thresholds[c] = best_threshold(blended, targets[c] > 0, threshold_beta(c))
    return Blend(weights, thresholds, fit_sentiment(positive, lexicon, langs, is_positive))


def category_feature_rows(
    probabilities: np.ndarray, signals: Sequence[RuleSignals], vector_logits: np.ndarray | None = None,
    vector_categories: frozenset[str] | None = None,
) -> dict[str, np.ndarray]:
    """Each category's stacker inputs, one row per review (the vector logit last, for the
    categories that read it: every one, or `vector_categories`)."""

    def reads(c: str) -> bool:
        return vector_logits is not None and (vector_categories is None or c in vector_categories)

    return {
        c: np.stack([
            category_features(probabilities[i, j], c, s, vector_logits[i, j] if reads(c) else None)  # type: ignore[index]
            for i, s in enumerate(signals)
        ])
        for j, c in enumerate(CATEGORIES)
    }


def shrink_vector_weight(
    blend: Blend, probabilities: np.ndarray, signals: Sequence[RuleSignals], truth: np.ndarray,
    vector_logits: np.ndarray, factor: float,
) -> Blend:
    """`blend` (fit on these rows by `fit_blend` with `vector_logits`) with each stacker's vector
    weight times `factor` and its threshold chosen again as `fit_blend` chooses it, on the same
    rows (round 11): factor 1 gives `blend`'s decisions back, factor 0 drops the vector term."""
    features = category_feature_rows(probabilities, signals, vector_logits)
    weights, thresholds = {}, {}
    for j, c in enumerate(CATEGORIES):
        w = blend.category_weights[c].copy()
        if len(w) > len(CATEGORY_FEATURES):
            w[-1] *= factor
        weights[c] = w
        thresholds[c] = best_threshold(sigmoid(features[c] @ w), truth[:, j] > 0, threshold_beta(c))
    return Blend(weights, thresholds, blend.sentiment_weights)


def choose_vector_shrink(
    probabilities: np.ndarray, signals: Sequence[RuleSignals], truth: np.ndarray, vector_logits: np.ndarray,
    fold_of: Sequence[int], grid: Sequence[float] = SHRINK_GRID,
) -> tuple[float, dict[float, float]]:
    """The factor of `grid` for `shrink_vector_weight` by source-grouped CV over the stacker's
    own rows (round 11): for each fold k of `fold_of` (the rows' inner folds, grouped by
    source), a blend fit on the other folds' rows and shrunk there decides fold k's rows; the
    factor with the best micro F1 of those decisions over every category wins (ties: the
    smaller factor). Returns it and the micro F1 of each factor."""
    folds = np.asarray(fold_of)
    no_langs: list[str] = []
    tally = {s: np.zeros(3) for s in grid}  # true positives, false positives, misses
    for k in sorted(set(folds.tolist())):
        fit_rows = [int(i) for i in np.flatnonzero(folds != k)]
        held = [int(i) for i in np.flatnonzero(folds == k)]
        fit_signals = [signals[i] for i in fit_rows]
        held_features = category_feature_rows(probabilities[held], [signals[i] for i in held], vector_logits[held])
        # no rated rows: the sentiment weights play no part in the category decisions
        blend = fit_blend(probabilities[fit_rows], fit_signals, truth[fit_rows], np.zeros(0), np.zeros(0), no_langs,
                          np.zeros(0, dtype=bool), vector_logits=vector_logits[fit_rows])
        for s in grid:
            shrunk = shrink_vector_weight(blend, probabilities[fit_rows], fit_signals, truth[fit_rows],
                                          vector_logits[fit_rows], s)
            for j, c in enumerate(CATEGORIES):
                decided = sigmoid(held_features[c] @ shrunk.category_weights[c]) >= shrunk.thresholds[c]
                actual = truth[held, j] > 0
                tally[s] += [(decided & actual).sum(), (decided & ~actual).sum(), (~decided & actual).sum()]
    f1 = {s: float(2 * tp / (2 * tp + fp + fn)) if tp else 0.0 for s, (tp, fp, fn) in tally.items()}
    return max(grid, key=lambda s: (f1[s], -s)), f1


def fit_sentiment(
    positive: np.ndarray, lexicon: np.ndarray, langs: Sequence[str], is_positive: np.ndarray,
) -> dict[str, np.ndarray]:
    """Sentiment weights per language from out-of-fold P(positive) and the lexicon score."""
    sentiment = {}
    for lang in LANGS:
        rows = [i for i, code in enumerate(langs) if code == lang]
        if not rows:
            continue
        x = np.stack([sentiment_features(positive[i], float(lexicon[i])) for i in rows])
        sentiment[lang] = fit_logistic(x, np.asarray(is_positive)[rows].astype("float64"), SENTIMENT_L2)
    return sentiment
