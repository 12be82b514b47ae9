"""The blend: rules and trained models combined into one decision, per category and per language.

Neither the hand-written rules nor the bag-of-words models are good enough alone on sources
they have never seen (docs/triage-model.md): the rules miss new phrasings, the model learns a
category from the vocabulary of the source that has most of its examples. A small logistic
regression per category (a "stacker") weighs, for each review, the model's probability and
what the rules saw; another per language weighs the model's sentiment against the lexicon's.
Their weights and thresholds are fit by `training/triage_blend.py` on out-of-fold model
scores only (grouped by source), and shipped as `blend.json` beside the model.

Pure numpy, no spaCy: the analyzer gathers the signals, this module only weighs them.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

BLEND_FILE = "blend.json"
LOGIT_CLIP = 8.0
# math.exp overflows past ~709; the sigmoid is 0.0 (or 1.0) long before.
_EXP_MAX = 700.0
# Feature names, in the order of the weight vectors (documented in blend.json too).
CATEGORY_FEATURES = ("bias", "model_logit", "rules_decide", "rules_locate", "rules_negated", "lexicon",
                     "model_logit_if_located")
SENTIMENT_FEATURES = ("bias", "model_logit", "lexicon")
# Optional last input (round 9, issue 17v, word_vectors.py): the logit of a regression over the
# review's mean word vector. A blend fit without it keeps the seven inputs above, unchanged.
VECTOR_FEATURE = "vector_logit"


def logit(p: float | np.ndarray) -> np.ndarray:
    q = np.clip(np.asarray(p, dtype="float64"), 1e-6, 1 - 1e-6)
    return np.clip(np.log(q / (1 - q)), -LOGIT_CLIP, LOGIT_CLIP)


def _logit(p: float, clip: bool = True) -> float:
    """Scalar `logit` (clip=False: the exact log-odds of a threshold, never 0 or 1)."""
    q = min(max(float(p), 1e-6), 1 - 1e-6)
    z = math.log(q / (1 - q))
    return min(max(z, -LOGIT_CLIP), LOGIT_CLIP) if clip else z


def sigmoid(x: float | np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.asarray(x, dtype="float64")))


@dataclass(frozen=True, slots=True)
class RuleSignals:
    """What the rules saw in one review, per category, plus the lexicon's score.

    `decide`: the rules alone would report the category (sentiment gates on);
    `locate`: a rule points at words for it once the gates are off (the model judges context);
    `negated`: a rule hit that a negation or hypothesis cancels ("no one got sick").
    """

    decide: frozenset[str]
    locate: frozenset[str]
    negated: frozenset[str]
    lexicon: float


def category_features(
    probability: float | np.ndarray, category: str, signals: RuleSignals, vector_logit: float | None = None,
) -> np.ndarray:
    """The stacker's input for one category of one review (CATEGORY_FEATURES order, then
    VECTOR_FEATURE when a `vector_logit` is given)."""
    z = float(logit(probability))
    located = float(category in signals.locate)
    row = [
        1.0, z, float(category in signals.decide), located,
        float(category in signals.negated and category not in signals.locate), signals.lexicon, z * located,
    ]
    if vector_logit is not None:
        row.append(float(vector_logit))
    return np.array(row)


def sentiment_features(positive: float | np.ndarray, lexicon: float) -> np.ndarray:
    return np.array([1.0, float(logit(positive)), lexicon])


@dataclass(frozen=True, slots=True)
class Blend:
    """Stacker weights and thresholds per category, sentiment weights per language."""

    category_weights: dict[str, np.ndarray]
    thresholds: dict[str, float]
    sentiment_weights: dict[str, np.ndarray]
    # category → (weights as floats, threshold in logit space), for `decided`
    _plain: dict[str, tuple[list[float], float]] = field(init=False, repr=False, compare=False)
    # language → sentiment weights as floats, for `sentiment`
    _plain_sentiment: dict[str, list[float]] = field(init=False, repr=False, compare=False)
    # whether the stackers read VECTOR_FEATURE, for `uses_vectors` (asked for every review)
    _uses_vectors: bool = field(init=False, repr=False, compare=False)

    @property
    def uses_vectors(self) -> bool:
        """Whether the category stackers read VECTOR_FEATURE (round 9; not the shipped blend)."""
        return self._uses_vectors

    def __post_init__(self) -> None:
        plain = {c: (w.tolist(), _logit(self.thresholds[c], clip=False)) for c, w in self.category_weights.items()}
        object.__setattr__(self, "_plain", plain)
        object.__setattr__(self, "_plain_sentiment", {k: w.tolist() for k, w in self.sentiment_weights.items()})
        object.__setattr__(self, "_uses_vectors", any(
            w.shape[0] == len(CATEGORY_FEATURES) + 1 for w in self.category_weights.values()))

    def category_probability(
        self, category: str, probability: float, signals: RuleSignals, vector_logit: float | None = None,
    ) -> float:
        features = category_features(probability, category, signals, vector_logit)
        return float(sigmoid(self.category_weights[category] @ features))

    def decided(
        self, probabilities: Mapping[str, float], signals: RuleSignals,
        vector_logits: Mapping[str, float] | None = None,
    ) -> list[str]:
        """Categories whose blended probability reaches their threshold (`vector_logits`:
        required by, and only read by, a blend that `uses_vectors`).

        Same sums as `category_probability`, in plain floats and compared in logit space:
        this runs for every review, and seven tiny numpy calls per review cost more than
        the whole stacker.
        """
        if self.uses_vectors and vector_logits is None:
            raise ValueError("this blend reads word vectors: give their logits")
        out = []
        lexicon = signals.lexicon
        for c, p in probabilities.items():
            prepared = self._plain.get(c)
            if prepared is None:
                continue
            w, threshold = prepared
            z = _logit(p)
            located = c in signals.locate
            negated = c in signals.negated and not located
            total = w[0] + w[1] * z + w[5] * lexicon
            if c in signals.decide:
                total += w[2]
            if located:
                total += w[3] + w[6] * z
            if negated:
                total += w[4]
            if len(w) > len(CATEGORY_FEATURES):
                total += w[7] * vector_logits[c]  # type: ignore[index]
            if total >= threshold:
                out.append(c)
        return out

    def sentiment(self, lang: str, positive: float, lexicon: float) -> float:
        """Blended sentiment in [-1, 1] (2·P(positive) − 1); the lexicon alone for other languages."""
        weights = self._plain_sentiment.get(lang)
        if weights is None:
            return lexicon
        # `sigmoid(weights @ sentiment_features(...))` in plain floats, the same operations in
        # the same order (equal to the last bits — numpy may fuse a multiply-add —
        # tests/analysis/test_analysis_fast_paths.py): this runs
        # for every review, and the numpy calls on three numbers cost more than the sum.
        total = weights[0] * 1.0 + weights[1] * _logit(positive) + weights[2] * lexicon
        return float(2.0 * (1.0 / (1.0 + math.exp(min(-total, _EXP_MAX)))) - 1.0)

    def to_json(self) -> dict[str, object]:
        return {
            "category_features": list(CATEGORY_FEATURES) + ([VECTOR_FEATURE] if self.uses_vectors else []),
            "sentiment_features": list(SENTIMENT_FEATURES),
            "categories": {
                c: {"weights": [round(float(v), 6) for v in w], "threshold": self.thresholds[c]}
                for c, w in sorted(self.category_weights.items())
            },
            "sentiment": {lang: [round(float(v), 6) for v in w] for lang, w in sorted(self.sentiment_weights.items())},
        }

    @classmethod
    def from_json(cls, raw: Mapping[str, object]) -> Blend:
        names = list(raw["category_features"])  # type: ignore[call-overload]
        if names not in (list(CATEGORY_FEATURES), [*CATEGORY_FEATURES, VECTOR_FEATURE]) or (
            list(raw["sentiment_features"]) != list(SENTIMENT_FEATURES)  # type: ignore[call-overload]
        ):
            raise ValueError("blend features do not match this version of the app")
        cats: Mapping[str, Mapping[str, object]] = raw["categories"]  # type: ignore[assignment]
        senti: Mapping[str, list[float]] = raw["sentiment"]  # type: ignore[assignment]
        weights = {c: np.asarray(v["weights"], dtype="float64") for c, v in cats.items()}
        if any(w.shape != (len(names),) for w in weights.values()):
            raise ValueError("blend weights have the wrong length")
        return cls(
            weights,
            {c: float(v["threshold"]) for c, v in cats.items()},  # type: ignore[arg-type]
            {lang: np.asarray(w, dtype="float64") for lang, w in senti.items()},
        )

    def save(self, folder: Path) -> None:
        (folder / BLEND_FILE).write_text(json.dumps(self.to_json(), indent=1) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> Blend | None:
        """The blend shipped in `folder`, or None if there is none."""
        path = folder / BLEND_FILE
        if not path.exists():
            return None
        return cls.from_json(json.loads(path.read_text(encoding="utf-8")))
