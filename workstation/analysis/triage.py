"""The trained triage models: which severity categories a review reports, and how positive it is.

Two spaCy bag-of-words text classifiers (trained by `training/train_triage.py`, shipped in
`resources/triage`): `categories` (multi-label, the seven severity categories) and
`sentiment` (one label, "positive", trained on 1–2★ vs 4–5★ reviews). Both read the
review as its folded word forms (`text.py`'s NORM), so case and accents do not matter
and the analyzer's own tokens are reused instead of tokenising twice.

`thresholds.json` beside the model holds the per-category decision thresholds, chosen by
cross-validation grouped by source (see docs/triage-model.md), and `blend.json` (optional)
the weights that combine the model with the rules (`blend.py`); `vectors*` (optional, none
shipped) the word vectors of `word_vectors.py`. `thresholds.json` may also say
`"category_reading": "ordered"` (round 13 of issue 17, a measurement option; no shipped model
says it): the categories classifier then reads the review's folded words in reading order,
duplicates kept, then the rule markers, instead of each word once, sorted (the sentiment
classifier always reads the latter). `category_words.json` (optional; round 15 of issue 17, a
measurement option, none shipped) lists the only words the categories classifier was trained
on: it then reads those words and the rule markers of a review, nothing else (a word it never
saw would otherwise still move its scores through the hashed weights it shares with a trained
word). The model is loaded once, on
first use; predicting is batched because one call per review costs most of its time in
overhead.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, cast, get_args

import numpy as np
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.strings import hash_string  # type: ignore[attr-defined]  # public, missing from the stub
from spacy.symbols import IDS as SYMBOLS
from spacy.tokens import Doc
from thinc.api import Model

from .blend import Blend
from .resources import ResourceError
from .word_vectors import LanguageVectorInput, VectorInput

MODEL_DIR = "triage"
THRESHOLDS_FILE = "thresholds.json"
CATEGORY_WORDS_FILE = "category_words.json"
# Features starting with this are rule markers (`Analyzer._markers`), not words.
MARKER_PREFIX = "__"
CATEGORIES_PIPE = "categories"
SENTIMENT_PIPE = "sentiment"
POSITIVE = "positive"
# What the categories classifier reads: "sorted" (each folded word once, sorted, then the rule
# markers: the shipped models) or "ordered" (every folded word in reading order, then the
# markers; round 13 of issue 17, measured only). The analyzer builds the lists.
CategoryReading = Literal["sorted", "ordered"]
CATEGORY_READINGS: tuple[CategoryReading, ...] = get_args(CategoryReading)
DEFAULT_CATEGORY_READING: CategoryReading = "sorted"


def triage_dir() -> Path:
    """The shipped model: `resources/triage` (checkout or frozen bundle)."""
    from workstation.paths import resources_dir as app_resources

    return app_resources() / MODEL_DIR


@dataclass(frozen=True, slots=True)
class TriageScores:
    """Model output for one text: category → probability, and P(positive)."""

    categories: dict[str, float]
    positive: float


class TriageModel:
    """The two classifiers and their thresholds; `score` works on lists of NORM sequences."""

    def __init__(
        self, nlp: Language, thresholds: dict[str, float], blend: Blend | None = None,
        vectors: VectorInput | LanguageVectorInput | None = None,
        reading: CategoryReading = DEFAULT_CATEGORY_READING, category_words: frozenset[str] | None = None,
    ) -> None:
        if reading not in CATEGORY_READINGS:
            raise ValueError(f"category reading {reading!r}: one of {', '.join(CATEGORY_READINGS)}")
        self.nlp = nlp
        # What the categories classifier was trained on (see CategoryReading).
        self.reading: CategoryReading = reading
        # The only words the categories classifier reads, markers aside (round 15; None: all).
        self.category_words = category_words
        self.thresholds = dict(thresholds)
        self.blend = blend
        # Word vectors and their regression (round 9, optional; none shipped), or per
        # language (round 10, measured only: never loaded from disk).
        self.vectors = vectors
        self._categories = nlp.get_pipe(CATEGORIES_PIPE)
        self._sentiment = nlp.get_pipe(SENTIMENT_PIPE)
        self.labels: tuple[str, ...] = tuple(self._categories.labels)  # type: ignore[attr-defined]
        self._positive = list(self._sentiment.labels).index(POSITIVE)  # type: ignore[attr-defined]
        self._category_layers = _bow_layers(self._categories.model)  # type: ignore[attr-defined]
        self._sentiment_layers = _bow_layers(self._sentiment.model)  # type: ignore[attr-defined]

    @classmethod
    def load(cls, folder: Path | None = None) -> TriageModel:
        """Read the model folder; anything missing or unreadable raises `ResourceError`."""
        import spacy

        path = folder or triage_dir()
        try:
            nlp = spacy.load(path)
            raw = json.loads((path / THRESHOLDS_FILE).read_text(encoding="utf-8"))
            thresholds = {str(k): float(v) for k, v in raw["thresholds"].items()}
            reading = cast(CategoryReading, raw.get("category_reading", DEFAULT_CATEGORY_READING))
            words_file = path / CATEGORY_WORDS_FILE
            words = frozenset(json.loads(words_file.read_text(encoding="utf-8"))) if words_file.exists() else None
            return cls(nlp, thresholds, Blend.load(path), VectorInput.load(path), reading, words)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ResourceError(path, f"cannot load the triage model ({exc})") from exc

    def docs(self, norm_lists: Sequence[Sequence[str]]) -> list[Doc]:
        """Feature documents: one token per folded word (what the models were trained on)."""
        vocab = self.nlp.vocab
        return [Doc(vocab, words=list(norms)) for norms in norm_lists]

    def category_matrix(self, docs: Sequence[Doc]) -> np.ndarray:
        """Probabilities, shape (len(docs), len(labels))."""
        if not docs:
            return np.zeros((0, len(self.labels)), dtype="float32")
        return np.asarray(self._categories.predict(list(docs)))  # type: ignore[attr-defined]

    def positive(self, docs: Sequence[Doc]) -> np.ndarray:
        """P(positive) per doc."""
        if not docs:
            return np.zeros((0,), dtype="float32")
        scores = np.asarray(self._sentiment.predict(list(docs)))  # type: ignore[attr-defined]
        return scores[:, self._positive]

    def category_features(self, norm_lists: Sequence[Sequence[str]]) -> Sequence[Sequence[str]]:
        """What the categories classifier reads of each list: all of it, or with `category_words`
        only those words and the rule markers."""
        words = self.category_words
        if words is None:
            return norm_lists
        return [[w for w in norms if w.startswith(MARKER_PREFIX) or w in words] for norms in norm_lists]

    def category_matrix_of(self, norm_lists: Sequence[Sequence[str]]) -> np.ndarray:
        """`category_matrix` of the feature documents of `norm_lists` (as `category_features`
        reads them), without building them when the classifier is the bag of words `_bag`
        reproduces."""
        norm_lists = self.category_features(norm_lists)
        if self._category_layers:
            return _predict_bag(self._category_layers, _bag(norm_lists), len(self.labels))
        return self.category_matrix(self.docs(norm_lists))

    def score(
        self, norm_lists: Sequence[Sequence[str]], category_lists: Sequence[Sequence[str]] | None = None,
    ) -> list[TriageScores]:
        """Scores of each text; the categories classifier reads `category_lists` instead of
        `norm_lists` when given (an "ordered" model: see CategoryReading), only its
        `category_words` and markers when the model has them."""
        if category_lists is None and self.category_words is not None:
            category_lists = norm_lists
        if category_lists is not None:
            cats = self.category_matrix_of(category_lists)
            pos = (
                _predict_bag(self._sentiment_layers, _bag(norm_lists), len(self._sentiment.labels))[:, self._positive]  # type: ignore[attr-defined]
                if self._sentiment_layers else self.positive(self.docs(norm_lists))
            )
        elif self._category_layers and self._sentiment_layers:
            bag = _bag(norm_lists)
            cats = _predict_bag(self._category_layers, bag, len(self.labels))
            pos = _predict_bag(self._sentiment_layers, bag, len(self._sentiment.labels))[:, self._positive]  # type: ignore[attr-defined]
        else:
            docs = self.docs(norm_lists)
            cats = self.category_matrix(docs)
            pos = self.positive(docs)
        return [
            TriageScores({label: float(row[j]) for j, label in enumerate(self.labels)}, float(p))
            for row, p in zip(cats, pos, strict=True)
        ]

    def decided(self, scores: TriageScores) -> list[str]:
        """Categories whose probability reaches their threshold."""
        return [c for c, p in scores.categories.items() if p >= self.thresholds.get(c, 0.5)]


# The shipped classifiers are spaCy's TextCatBOW: extract_ngrams(1, ORTH) >> sparse_linear
# >> logistic. Scoring builds the bag of words that extract_ngrams would read from a Doc
# (the hashes of the words, with counts) straight from the words, once for both
# classifiers: a Doc per review and a bag per classifier cost more than the prediction.
_Bag = tuple[np.ndarray, np.ndarray, np.ndarray]


def _bow_layers(model: Model) -> tuple[Model, Model] | None:
    """(sparse_linear, output layer) of a unigram-ORTH TextCatBOW model, else None (the
    Doc path is then used: any other architecture gets exactly what spaCy gives it)."""
    try:
        features, output = model.layers
        extract, linear = features.layers[0].layers
    except (ValueError, IndexError):
        return None
    if extract.name != "extract_ngrams" or extract.attrs.get("ngram_size") != 1 or extract.attrs.get("attr") != ORTH:
        return None
    return linear, output


def _bag(norm_lists: Sequence[Sequence[str]]) -> _Bag:
    """What extract_ngrams makes of Docs built from `norm_lists`: sorted unique word
    ORTH ids, their counts (float32) and the number of keys per text (int32). An ORTH id
    is the string's hash, except for spaCy's own symbols ("agent", "NOUN"…): as
    `StringStore.add`. Sorted in Python, not by numpy.unique per text: the analyzer's
    feature lists hold each word once, and a numpy call per text cost more than the sort."""
    keys: list[int] = []
    counts: list[int] = []
    lengths: list[int] = []
    for norms in norm_lists:
        ids = [SYMBOLS[w] if w in SYMBOLS else hash_string(w) for w in norms]
        unique = sorted(set(ids))
        keys += unique
        if len(unique) == len(ids):
            counts += [1] * len(unique)
        else:
            seen = Counter(ids)
            counts += [seen[k] for k in unique]
        lengths.append(len(unique))
    return (np.asarray(keys, dtype="uint64"), np.asarray(counts, dtype="f"),
            np.asarray(lengths, dtype="int32"))


def _predict_bag(layers: tuple[Model, Model], bag: _Bag, n_labels: int) -> np.ndarray:
    """TextCategorizer.predict on the bag (zeros when no text has a word, as spaCy does)."""
    if not bag[2].any():
        return np.zeros((len(bag[2]), n_labels))
    linear, output = layers
    return np.asarray(output.predict(linear.predict(bag)))
