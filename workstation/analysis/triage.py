"""The trained triage models: which severity categories a review reports, and how positive it is.

Two spaCy bag-of-words text classifiers (trained by `training/train_triage.py`, shipped in
`resources/triage`): `categories` (multi-label, the seven severity categories) and
`sentiment` (one label, "positive", trained on 1–2★ vs 4–5★ reviews). Both read the
review as its folded word forms (`text.py`'s NORM), so case and accents do not matter
and the analyzer's own tokens are reused instead of tokenising twice.

`thresholds.json` beside the model holds the per-category decision thresholds, chosen by
cross-validation grouped by source (see docs/triage-model.md), and `blend.json` (optional)
the weights that combine the model with the rules (`blend.py`). The model is loaded once, on
first use; predicting is batched because one call per review costs most of its time in
overhead.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from .blend import Blend
from .resources import ResourceError

MODEL_DIR = "triage"
THRESHOLDS_FILE = "thresholds.json"
CATEGORIES_PIPE = "categories"
SENTIMENT_PIPE = "sentiment"
POSITIVE = "positive"


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

    def __init__(self, nlp: Language, thresholds: dict[str, float], blend: Blend | None = None) -> None:
        self.nlp = nlp
        self.thresholds = dict(thresholds)
        self.blend = blend
        self._categories = nlp.get_pipe(CATEGORIES_PIPE)
        self._sentiment = nlp.get_pipe(SENTIMENT_PIPE)
        self.labels: tuple[str, ...] = tuple(self._categories.labels)  # type: ignore[attr-defined]
        self._positive = list(self._sentiment.labels).index(POSITIVE)  # type: ignore[attr-defined]

    @classmethod
    def load(cls, folder: Path | None = None) -> TriageModel:
        """Read the model folder; anything missing or unreadable raises `ResourceError`."""
        import spacy

        path = folder or triage_dir()
        try:
            nlp = spacy.load(path)
            raw = json.loads((path / THRESHOLDS_FILE).read_text(encoding="utf-8"))
            thresholds = {str(k): float(v) for k, v in raw["thresholds"].items()}
            return cls(nlp, thresholds, Blend.load(path))
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

    def score(self, norm_lists: Sequence[Sequence[str]]) -> list[TriageScores]:
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
