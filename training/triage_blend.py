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
    vector_logits: np.ndarray | None = None,
) -> Blend:
    """Blend from out-of-fold scores.

    probabilities/truth: (n, 7) in CATEGORIES order, one row per labelled review with
    `signals`; positive/lexicon/langs/is_positive: one entry per rated review.
    vector_logits: (n, 7) out-of-fold logits of the word-vector regression (round 9), the
    stackers' last input; None fits the seven-input blend exactly as before.
    """
    features = {
        c: np.stack([
            category_features(probabilities[i, j], c, s, None if vector_logits is None else vector_logits[i, j])
            for i, s in enumerate(signals)
        ])
        for j, c in enumerate(CATEGORIES)
    }
    targets = {c: truth[:, j].astype("float64") for j, c in enumerate(CATEGORIES)}
    pooled = fit_logistic(np.concatenate(list(features.values())), np.concatenate(list(targets.values())), POOLED_L2)
    weights, thresholds = {}, {}
    for c in CATEGORIES:
        w = fit_logistic(features[c], targets[c], CATEGORY_L2, prior=pooled)
        weights[c] = w
        blended = sigmoid(features[c] @ w)
        thresholds[c] = best_threshold(blended, targets[c] > 0, threshold_beta(c))
    return Blend(weights, thresholds, fit_sentiment(positive, lexicon, langs, is_positive))


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
