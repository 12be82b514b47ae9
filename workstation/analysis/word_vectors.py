"""Self-trained word vectors and the per-category regression over a text's mean vector.

The bag-of-words model learns a category from the words of the sources it was trained on
and misses the same incident told in a new source's words (docs/triage-model.md). Word
vectors built from where words occur (`training/word_vectors.py`: PPMI over a ±4-word window,
truncated SVD) put words used alike near each other, so a regression over a review's mean
vector can carry a category to words it never saw labelled. Round 9 of issue 17 measured
them as one more input of the blend (`blend.py`, "vector_logit"); not the default.

Pure numpy (no spaCy): the analyzer gives the folded word forms it already read. Files, in
the model folder: `vectors.npy` (float16, one L2-normalised row per word), `vectors-vocab.txt`
(one word per line, in row order) and `vectors-regression.json` (per category, the bias and
one weight per dimension).

Round 10 (issue 17p) measured a variant: per language its own vectors and regression
(`LanguageVectorInput`): French reviews read pretrained vectors keyed by lower-cased surface
forms with accents (`WordVectors.pick`), English ones the self-trained vectors as in round 9.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

VECTORS_FILE = "vectors.npy"
VOCAB_FILE = "vectors-vocab.txt"
REGRESSION_FILE = "vectors-regression.json"
# Logits are clipped as the blend clips the model's (blend.LOGIT_CLIP).
LOGIT_CLIP = 8.0


@dataclass(frozen=True, slots=True)
class WordVectors:
    """One unit row per word of `words`; `matrix` is float16 (as stored)."""

    words: tuple[str, ...]
    matrix: np.ndarray
    _index: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.matrix.shape[0] != len(self.words):
            raise ValueError("word vectors: one row per word expected")
        object.__setattr__(self, "_index", {w: i for i, w in enumerate(self.words)})

    @property
    def dimension(self) -> int:
        return int(self.matrix.shape[1])

    def __contains__(self, word: object) -> bool:
        return word in self._index

    def vector(self, word: str) -> np.ndarray | None:
        row = self._index.get(word)
        return None if row is None else self.matrix[row].astype("float64")

    def pick(self, tokens: Iterable[tuple[str, str]]) -> list[str]:
        """For vectors keyed by surface forms (round 10): of each (lower-cased surface form,
        folded form) token, the surface form if it has a vector, else the folded form if that
        has one; tokens with neither are skipped."""
        index = self._index
        return [surface if surface in index else folded for surface, folded in tokens
                if surface in index or folded in index]

    def mean(self, words: Iterable[str]) -> np.ndarray:
        """Mean vector of the known words among `words`, each counted once (as the model reads
        a review: each word once); zeros when none is known. Markers ("__…") are never words."""
        index = self._index
        rows = sorted({index[w] for w in words if w in index})
        if not rows:
            return np.zeros(self.dimension)
        return self.matrix[rows].astype("float64").mean(axis=0)

    def features(self, words: Iterable[str]) -> np.ndarray:
        """What the vector regression reads: the mean vector scaled to length √dimension, so each
        component is on the scale of 1 (zeros when no word is known)."""
        mean = self.mean(words)
        norm = float(np.linalg.norm(mean))
        return mean * (math.sqrt(self.dimension) / norm) if norm > 0 else mean

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        np.save(folder / VECTORS_FILE, self.matrix.astype("float16"), allow_pickle=False)
        (folder / VOCAB_FILE).write_text("".join(w + "\n" for w in self.words), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> WordVectors | None:
        """The vectors in `folder`, or None if there are none."""
        if not (folder / VECTORS_FILE).exists():
            return None
        matrix = np.load(folder / VECTORS_FILE, allow_pickle=False)
        words = tuple((folder / VOCAB_FILE).read_text(encoding="utf-8").split("\n")[:-1])
        return cls(words, matrix)


@dataclass(frozen=True, slots=True)
class VectorRegression:
    """Per category, a logistic regression over `WordVectors.features` (bias first)."""

    weights: dict[str, np.ndarray]

    def logits(self, features: np.ndarray) -> dict[str, float]:
        return {c: min(max(float(w[0] + w[1:] @ features), -LOGIT_CLIP), LOGIT_CLIP) for c, w in self.weights.items()}

    def logit_matrix(self, features: np.ndarray) -> np.ndarray:
        """Logits of many rows (n, dimension) → (n, len(labels)), `labels` order."""
        if not self.weights:  # round 10: a language with no category to fit
            return np.zeros((features.shape[0], 0))
        w = np.stack([self.weights[c] for c in self.labels])
        return np.asarray(np.clip(features @ w[:, 1:].T + w[:, 0], -LOGIT_CLIP, LOGIT_CLIP))

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(self.weights)

    def to_json(self) -> dict[str, list[float]]:
        return {c: [round(float(v), 6) for v in w] for c, w in sorted(self.weights.items())}

    @classmethod
    def from_json(cls, raw: Mapping[str, Sequence[float]]) -> VectorRegression:
        return cls({c: np.asarray(w, dtype="float64") for c, w in raw.items()})

    def save(self, folder: Path) -> None:
        (folder / REGRESSION_FILE).write_text(json.dumps(self.to_json(), indent=1) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> VectorRegression | None:
        path = folder / REGRESSION_FILE
        if not path.exists():
            return None
        return cls.from_json(json.loads(path.read_text(encoding="utf-8")))


@dataclass(frozen=True, slots=True)
class VectorInput:
    """Word vectors and the regression over them: the blend's "vector_logit" per category."""

    vectors: WordVectors
    regression: VectorRegression

    def logits(self, words: Iterable[str]) -> dict[str, float]:
        return self.regression.logits(self.vectors.features(words))

    def sentence_logits(self, sentences: Sequence[Iterable[str]]) -> np.ndarray:
        """(n sentences, len(labels)) logits, `regression.labels` order."""
        if not sentences:
            return np.zeros((0, len(self.regression.labels)))
        return self.regression.logit_matrix(np.stack([self.vectors.features(words) for words in sentences]))

    def save(self, folder: Path) -> None:
        self.vectors.save(folder)
        self.regression.save(folder)

    @classmethod
    def load(cls, folder: Path) -> VectorInput | None:
        vectors = WordVectors.load(folder)
        regression = VectorRegression.load(folder)
        if vectors is None or regression is None:
            return None
        return cls(vectors, regression)


# A token as the surface-keyed vectors read it: (lower-cased surface form, folded form).
SurfaceTokens = Sequence[tuple[str, str]]


@dataclass(frozen=True, slots=True)
class LanguageVectorInput:
    """Per language its own vectors and regression (round 10, issue 17p): two vector spaces
    cannot share one regression. `surface`: the languages whose vectors are keyed by surface
    forms (`WordVectors.pick`); the others read the folded words, as `VectorInput` does. A
    category without a regression in a language (too few positives to fit one), and every
    category in a language without vectors, gives the logit 0 (no evidence either way)."""

    by_lang: dict[str, VectorInput]
    surface: frozenset[str]
    labels: tuple[str, ...]

    def words(self, lang: str, norms: Iterable[str], tokens: SurfaceTokens) -> list[str]:
        """What the vectors of `lang` read: picked surface forms, or the folded words."""
        model = self.by_lang.get(lang)
        if model is None:
            return []
        return model.vectors.pick(tokens) if lang in self.surface else list(norms)

    def logits(self, lang: str, norms: Iterable[str], tokens: SurfaceTokens) -> dict[str, float]:
        """Every label's logit (0 where `lang` has no regression for it)."""
        out = dict.fromkeys(self.labels, 0.0)
        model = self.by_lang.get(lang)
        if model is not None:
            out.update(model.logits(self.words(lang, norms, tokens)))
        return out

    def sentence_logits(
        self, lang: str, sentences: Sequence[tuple[Iterable[str], SurfaceTokens]]
    ) -> tuple[np.ndarray, tuple[str, ...]]:
        """(n sentences, len(labels)) logits of `lang`'s regression and those labels (none
        without vectors for `lang`)."""
        model = self.by_lang.get(lang)
        if model is None:
            return np.zeros((len(sentences), 0)), ()
        rows = [self.words(lang, norms, tokens) for norms, tokens in sentences]
        return model.sentence_logits(rows), model.regression.labels
