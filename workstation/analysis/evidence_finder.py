"""The learned evidence finder: which sentence of a review reports which severity category.

A spaCy bag-of-words classifier (the triage model's architecture, `training/triage.cfg`)
trained on *sentences* rather than whole reviews (`training/evidence_finder.py`): the
evidence quotes of severity-train.jsonl, and the sentences that contain them, are its
positives; every other sentence of the labelled reviews is a negative. It reads what the
triage model reads for one sentence: the folded words plus the markers of the rule hits
inside it.

The analyzer's "blend+ev" decider uses it two ways: a category the blend decided but no
rule can point at gets the finder's best sentence as evidence (when it scores at least
0.5), and a category nobody decided is added, with that sentence highlighted, when the
finder's best sentence reaches the category's `add` threshold. Those thresholds were
chosen on out-of-fold sentence scores grouped by source (never on a source they are then
measured on); a category whose additions were never precise enough has none and is never
added by the finder.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from .resources import ResourceError

FINDER_DIR = "evidence"
FINDER_PIPE = "categories"
THRESHOLDS_FILE = "add_thresholds.json"


def finder_dir() -> Path:
    """The shipped finder: `resources/evidence` (checkout or frozen bundle)."""
    from workstation.paths import resources_dir as app_resources

    return app_resources() / FINDER_DIR


class EvidenceFinder:
    """A sentence classifier and, per category, the score at which it alone adds the category."""

    def __init__(self, nlp: Language, add_thresholds: dict[str, float]) -> None:
        self.nlp = nlp
        self.add_thresholds = dict(add_thresholds)
        self._pipe = nlp.get_pipe(FINDER_PIPE)
        self.labels: tuple[str, ...] = tuple(self._pipe.labels)  # type: ignore[attr-defined]

    @classmethod
    def load(cls, folder: Path | None = None) -> EvidenceFinder:
        """Read the finder folder; anything missing or unreadable raises `ResourceError`."""
        import spacy

        path = folder or finder_dir()
        try:
            nlp = spacy.load(path)
            raw = json.loads((path / THRESHOLDS_FILE).read_text(encoding="utf-8"))
            return cls(nlp, {str(k): float(v) for k, v in raw["add_thresholds"].items()})
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ResourceError(path, f"cannot load the evidence finder ({exc})") from exc

    def matrix(self, feature_lists: Sequence[Sequence[str]]) -> np.ndarray:
        """P(the sentence reports the category), shape (len(feature_lists), len(labels))."""
        if not feature_lists:
            return np.zeros((0, len(self.labels)), dtype="float32")
        vocab = self.nlp.vocab
        docs = [Doc(vocab, words=list(features)) for features in feature_lists]
        return np.asarray(self._pipe.predict(docs))  # type: ignore[attr-defined]

    def save(self, folder: Path, meta: dict[str, object]) -> None:
        self.nlp.to_disk(folder)
        payload = {"add_thresholds": self.add_thresholds, **meta}
        (folder / THRESHOLDS_FILE).write_text(json.dumps(payload, indent=1, sort_keys=True) + "\n", encoding="utf-8")
