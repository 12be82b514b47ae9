"""The learned reply points: complaints a review makes in words the cue lists never saw.

The complaint finder (`complaints.py`, `complaint_cues.py`) reads the topics and wordings its
lists were written from; a complaint in other words got no answer (issue 18: more than half of
the labelled complaining reviews were not answered in full). This model reads the whole review
the way the labellers did — the points a reply must answer, labelled by reading for 5,864 real
reviews (`training/reply_points.jsonl`, parts P1-P40 since 18combo) — and a point is added to the
draft when its probability reaches the point's threshold.

It is a spaCy bag of words and word pairs (`training/reply_points.cfg`) over the review's
folded words plus its rating and language (`model_input`), trained by
`training/train_reply_points.py`; each threshold was chosen there on out-of-fold probabilities
(the composer without the model, plus the model's points, maximising the reviews answered in
full against the reviews given an apology for something they never said, and only where the
points added are right at least 7 times in 10). Only the everyday
points are learned (`POINTS`): a health, legal or discrimination complaint stays with the
triage and its evidence, never a guess. It reads English and French reviews only.

It also reads single clauses (`clause_points`, 18clause): a clause that names a topic with no
word of praise or criticism ("Salle de bain un peu vieillotte") is given to the model alone, with
the review's rating and language, and the topic is a complaint when its label reaches
`CLAUSE_THRESHOLD`. Since 18combo the training script's mirror of the composer reads the clauses
too, so the whole-review thresholds are chosen with this reading on.

Loaded on first use (or by `preload` after the window's first paint); if the model is missing
or unreadable the drafts use the word lists alone and the problem is logged once.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from workstation.analysis.normalize import fold

from .load_once import LoadedOnce

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)

MODEL_DIR = "reply_points"
PIPE = "reply_points"
THRESHOLDS_FILE = "thresholds.json"
# The labellers' complaint ids the model learns, and the composer's point each one adds. A money
# complaint is the billing topic: the triage (and the dispute words of a low rating) decide when
# it is the serious fraud & billing category; a guess never does.
POINTS: dict[str, str] = {
    "app_crash": "app_crash",
    "cleanliness": "cleanliness",
    "delivery": "delivery",
    "food": "food",
    "money": "billing",
    "price": "price",
    "product_defect": "product_defect",
    "service": "service",
    "staff": "staff",
    "waiting_time": "waiting_time",
}
# A learned point the composer already answers under another name: the labellers call a dining
# room's noise "service", and the noise blocks answer it.
_ANSWERED_AS: dict[str, tuple[str, ...]] = {"service": ("noise",)}
LANGS = frozenset({"en", "fr"})
_WINDOW = 4000  # characters read, as the rest of the reply assistant


def model_input(text: str, stars: int | None, lang: str | None) -> str:
    """What the model reads: rating and language markers, then the review's folded words (the
    same in training and in use)."""
    rating = f"__stars{stars}" if stars is not None else "__stars_none"
    return f"{rating} __lang_{lang or 'none'} {fold(text[:_WINDOW])}"


class PointModel:
    """The trained classifier and each point's threshold."""

    def __init__(self, nlp: Language, thresholds: dict[str, float]) -> None:
        self.nlp = nlp
        self.labels: tuple[str, ...] = tuple(nlp.get_pipe(PIPE).labels)  # type: ignore[attr-defined]
        unknown = set(thresholds) - set(POINTS)
        if unknown:
            raise ValueError(f"thresholds for unexpected points {sorted(unknown)}")
        self.thresholds = thresholds
        self._lock = threading.Lock()  # the window and a batch draft may read it at once

    @classmethod
    def load(cls, folder: Path | None = None) -> PointModel:
        """Read a folder written by training/train_reply_points.py (spaCy model + thresholds.json)."""
        import spacy

        path = folder or model_dir()
        nlp = spacy.load(path)
        raw = json.loads((path / THRESHOLDS_FILE).read_text(encoding="utf-8"))
        return cls(nlp, {str(k): float(v) for k, v in raw["thresholds"].items()})

    def probabilities(self, inputs: Sequence[str]) -> list[dict[str, float]]:
        """label → probability (independent labels) for each `model_input`."""
        with self._lock:
            return [{k: float(v) for k, v in doc.cats.items()} for doc in self.nlp.pipe(inputs)]

    def points(self, probabilities: dict[str, float]) -> frozenset[str]:
        """The composer's points whose label reaches its threshold."""
        return frozenset(
            POINTS[label] for label, t in self.thresholds.items() if probabilities.get(label, 0.0) >= t
        )


def model_dir() -> Path:
    """The shipped model: `resources/reply_points` (checkout or frozen bundle)."""
    from workstation.paths import resources_dir as app_resources

    return app_resources() / MODEL_DIR


_SHIPPED: LoadedOnce[PointModel] = LoadedOnce(
    PointModel.load, log, "reply-point model unavailable; drafts use the complaint word lists alone"
)


def shipped_model() -> PointModel | None:
    """The shipped model, loaded once; None (word lists alone) when it cannot be read."""
    return _SHIPPED.get()


def use_model(model: PointModel | None) -> None:
    """Draft with `model` from now on (None: the word lists alone). Benches and tests measure a
    retrained model, or the composer without one, this way."""
    _SHIPPED.use(model)


def preload() -> threading.Thread:
    """Load the model on a background thread so the first draft a user opens does not wait."""
    return _SHIPPED.preload("reply-point-model")


def additions(
    learned: frozenset[str], complaints: set[str] | frozenset[str], praised: Sequence[str], stars: int | None
) -> frozenset[str]:
    """The learned points a draft adds to the composer's `complaints`: never a praised topic, nor
    one already answered under another name; and on a 4–5★ review only beside a complaint the
    word lists found — a happy review's lone gripe is thanked for (docs/reply-composer.md,
    18gripe), a guess must not turn that thank-you into an apology."""
    if stars is not None and stars >= 4 and not complaints:
        return frozenset()
    return frozenset(
        point
        for point in learned
        if point not in praised and not any(other in complaints for other in _ANSWERED_AS.get(point, ()))
    )


# The composer's acknowledgement of criticism no point names (complaints.py, 18rest) gives way
# to a learned point that names it: the labellers' "service" is what it stands for.
_NAMED_BY: dict[str, str] = {"other": "service"}


def with_additions(
    learned: frozenset[str], complaints: set[str] | frozenset[str], praised: Sequence[str], stars: int | None
) -> set[str]:
    """`complaints` once the learned points are added (`additions`), without the catch-all a
    learned point now names."""
    return with_named(complaints, additions(learned, complaints, praised, stars))


def with_named(complaints: set[str] | frozenset[str], added: set[str] | frozenset[str]) -> set[str]:
    """`complaints` and the learned points `added`, without the catch-all a learned point names."""
    return {point for point in set(complaints) | set(added) if _NAMED_BY.get(point) not in added}


# 18clause: the composer's topics and the label the model gives each (`POINTS` read backwards: a
# bill is the labellers' money; and a room's faults are their product_defect), and the probability a clause read alone must
# reach. 0.45 was chosen on parts P27-P31, which the shipped model never read: 23 of 28 points
# added right, 14 more reviews answered in full of 541, 4 more given a point they did not make.
_LABEL_OF_TOPIC: dict[str, str] = {point: label for label, point in POINTS.items()} | {"room": "product_defect"}
CLAUSE_THRESHOLD = 0.45


def clause_points(
    clauses: Sequence[tuple[str, Sequence[str]]], stars: int | None, lang: str | None
) -> set[str]:
    """The topics of `clauses` (each a clause and the topics it names without a word of tone)
    that the model, reading the clause alone, takes for a complaint."""
    wanted = readable_clauses(clauses)
    if lang not in LANGS or not wanted:
        return set()
    model = shipped_model()
    if model is None:
        return set()
    return clause_topics(wanted, model.probabilities([model_input(clause, stars, lang) for clause, _ in wanted]))


def readable_clauses(clauses: Sequence[tuple[str, Sequence[str]]]) -> list[tuple[str, list[str]]]:
    """The clauses that name a topic the model has a label for, with those topics only."""
    wanted = [(clause, [t for t in topics if t in _LABEL_OF_TOPIC]) for clause, topics in clauses]
    return [(clause, topics) for clause, topics in wanted if topics]


def clause_topics(
    wanted: Sequence[tuple[str, Sequence[str]]], probabilities: Sequence[dict[str, float]]
) -> set[str]:
    """The topics of `wanted` (from `readable_clauses`) whose label reaches `CLAUSE_THRESHOLD` in
    their clause's probabilities: shared by the composer and the training script's mirror of it."""
    return {
        topic
        for (_, topics), probs in zip(wanted, probabilities, strict=True)
        for topic in topics
        if probs.get(_LABEL_OF_TOPIC[topic], 0.0) >= CLAUSE_THRESHOLD
    }


def learned_points(text: str, stars: int | None, lang: str | None) -> frozenset[str]:
    """The composer's points the model finds in this review; nothing for a language it never
    read, a text without words, or without a model."""
    if lang not in LANGS or not any(ch.isalpha() for ch in text[:_WINDOW]):
        return frozenset()
    model = shipped_model()
    if model is None:
        return frozenset()
    return model.points(model.probabilities([model_input(text, stars, lang)])[0])
