"""Fitting the triage models: build the spaCy pipeline from triage.cfg, train each classifier
with a seeded, fixed-order loop, and choose per-category thresholds from out-of-fold scores.

Shared by `train_triage.py` (the shipped model) and `bench/triage_cv.py` (grouped
cross-validation): both go through exactly the same code.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import compounding, fix_random_seed, load_config, load_model_from_config, minibatch
from thinc.api import Adam

from workstation.analysis.triage import CATEGORIES_PIPE, POSITIVE, SENTIMENT_PIPE, TriageModel

from .triage_data import CATEGORIES

CONFIG = Path(__file__).resolve().parent / "triage.cfg"
INNER_FOLDS = 3
# Thresholds are searched on this grid; a category too rare to estimate one keeps DEFAULT.
# Rare categories get low probabilities from a bag-of-words model, hence the fine low end.
GRID = np.array([0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.08, *np.round(np.arange(0.1, 0.951, 0.025), 3)])
DEFAULT_THRESHOLD = 0.5
MIN_POSITIVES = 5

Norms = Sequence[str]


def training_settings() -> dict[str, float]:
    return dict(load_config(CONFIG)["training"])


def blank_pipeline() -> Language:
    """The untrained two-classifier pipeline described by triage.cfg."""
    config = load_config(CONFIG)
    fix_random_seed(int(config["training"]["seed"]))
    nlp = load_model_from_config(config, auto_fill=True, validate=True)
    return nlp


def _examples(nlp: Language, items: Sequence[tuple[Norms, dict[str, float]]]) -> list[Example]:
    out = []
    for norms, cats in items:
        doc = Doc(nlp.vocab, words=list(norms))
        out.append(Example.from_dict(doc, {"cats": cats}))
    return out


def train_pipe(
    nlp: Language, pipe_name: str, labels: Sequence[str], items: Sequence[tuple[Norms, dict[str, float]]],
    epochs: int, log: Callable[[str], None] | None = None,
) -> None:
    """Initialise and train one classifier of `nlp` on `items`, deterministically."""
    settings = training_settings()
    seed = int(settings["seed"])
    fix_random_seed(seed)
    examples = _examples(nlp, items)
    pipe = nlp.get_pipe(pipe_name)
    pipe.initialize(lambda: examples[:200], nlp=nlp, labels=list(labels))  # type: ignore[attr-defined]
    # Labels added at initialisation get spaCy's resize default bias (-300): every output
    # starts saturated and only memorised n-grams can lift it. Start from zero instead.
    linear = pipe.model.get_ref("output_layer")  # type: ignore[attr-defined]
    linear.set_param("b", linear.ops.alloc1f(linear.get_dim("nO")))
    optimizer = Adam(float(settings["learn_rate"]), L2=float(settings["l2"]), L2_is_weight_decay=True)
    order = random.Random(seed)
    for epoch in range(epochs):
        order.shuffle(examples)
        losses: dict[str, float] = {}
        sizes = compounding(float(settings["batch_start"]), float(settings["batch_stop"]), 1.001)
        for batch in minibatch(examples, size=sizes):
            losses[pipe_name] = losses.get(pipe_name, 0.0) + _log_loss_step(pipe, batch, optimizer)
        if log:
            log(f"  {pipe_name} epoch {epoch + 1}/{epochs}: loss {losses.get(pipe_name, 0.0):.3f}")


def _log_loss_step(pipe: Any, batch: Sequence[Example], optimizer: Adam) -> float:
    """One update with the logistic (cross-entropy) loss instead of textcat's squared error.

    With squared error on sigmoid outputs, a rare label is pushed into saturation by the
    many negatives early on and its gradient vanishes (legal threats never rose above
    0.05 even on training data); the log loss keeps a gradient of (p - y) on the logit.
    """
    docs = [eg.predicted for eg in batch]
    scores, backprop = pipe.model.begin_update(docs)
    truths, _mask = pipe._examples_to_truth(batch)
    ops = pipe.model.ops
    # The model ends in a sigmoid whose backward pass multiplies by p(1 - p): divide it out.
    gradient = (scores - truths) / (scores * (1.0 - scores) + 1e-12)
    backprop(ops.asarray(gradient, dtype="float32"))
    pipe.model.finish_update(optimizer)
    eps = 1e-7
    loss = -(truths * np.log(scores + eps) + (1 - truths) * np.log(1 - scores + eps)).sum()
    return float(loss)


def category_items(rows: Sequence[tuple[Norms, frozenset[str]]]) -> list[tuple[Norms, dict[str, float]]]:
    return [(norms, {c: float(c in cats) for c in CATEGORIES}) for norms, cats in rows]


def sentiment_items(rows: Sequence[tuple[Norms, bool]]) -> list[tuple[Norms, dict[str, float]]]:
    return [(norms, {POSITIVE: float(positive)}) for norms, positive in rows]


def fit(
    category_rows: Sequence[tuple[Norms, frozenset[str]]],
    sentiment_rows: Sequence[tuple[Norms, bool]] | None,
    thresholds: dict[str, float] | None = None,
    log: Callable[[str], None] | None = None,
) -> TriageModel:
    """Train both classifiers (sentiment skipped when `sentiment_rows` is None)."""
    settings = training_settings()
    nlp = blank_pipeline()
    train_pipe(nlp, CATEGORIES_PIPE, CATEGORIES, category_items(category_rows),
               int(settings["categories_epochs"]), log)
    if sentiment_rows is not None:
        train_pipe(nlp, SENTIMENT_PIPE, [POSITIVE], sentiment_items(sentiment_rows),
                   int(settings["sentiment_epochs"]), log)
    else:  # an untrained sentiment head still needs its label to build
        train_pipe(nlp, SENTIMENT_PIPE, [POSITIVE], sentiment_items([(["x"], True), (["y"], False)]), 0)
    return TriageModel(nlp, thresholds or dict.fromkeys(CATEGORIES, DEFAULT_THRESHOLD))


def best_threshold(scores: np.ndarray, truth: np.ndarray) -> float:
    """The grid threshold with the best F1 (ties: the higher threshold, fewer false alarms)."""
    if truth.sum() < MIN_POSITIVES:
        return DEFAULT_THRESHOLD
    best, best_f1 = DEFAULT_THRESHOLD, -1.0
    for t in GRID:
        predicted = scores >= t
        tp = float((predicted & truth).sum())
        f1 = 2 * tp / (predicted.sum() + truth.sum()) if tp else 0.0
        if f1 >= best_f1:
            best, best_f1 = float(t), f1
    return best if best_f1 > 0 else DEFAULT_THRESHOLD


def out_of_fold_thresholds(
    rows: Sequence[tuple[Norms, frozenset[str]]], groups: Sequence[str],
    log: Callable[[str], None] | None = None, *, by_source: bool = True,
) -> dict[str, float]:
    """Per-category thresholds from out-of-fold scores of category models trained on `rows`.

    Folds are `groups` (sources) when `by_source` and there are several, else
    INNER_FOLDS seeded random parts (cheaper, used inside a cross-validation fold); the hand-written group is always trained on, never scored.
    """
    from .triage_data import HANDWRITTEN

    names = sorted({g for g in groups if g != HANDWRITTEN})
    if len(names) >= 3 and by_source:
        fold_of = [names.index(g) if g != HANDWRITTEN else -1 for g in groups]
        folds = len(names)
    else:
        rng = random.Random(int(training_settings()["seed"]))
        fold_of = [rng.randrange(INNER_FOLDS) if g != HANDWRITTEN else -1 for g in groups]
        folds = INNER_FOLDS
    scores = np.zeros((len(rows), len(CATEGORIES)), dtype="float32")
    for k in range(folds):
        held = [i for i, f in enumerate(fold_of) if f == k]
        if not held:
            continue
        model = fit([rows[i] for i, f in enumerate(fold_of) if f != k], None)
        matrix = model.category_matrix(model.docs([rows[i][0] for i in held]))
        order = [model.labels.index(c) for c in CATEGORIES]
        scores[held] = matrix[:, order]
        if log:
            log(f"  threshold fold {k + 1}/{folds}: {len(held)} reviews scored")
    scored = [i for i, f in enumerate(fold_of) if f >= 0]
    truth = np.array([[c in rows[i][1] for c in CATEGORIES] for i in scored], dtype=bool)
    return {c: best_threshold(scores[scored, j], truth[:, j]) for j, c in enumerate(CATEGORIES)}


def save(model: TriageModel, folder: Path, meta: dict[str, object]) -> None:
    model.nlp.to_disk(folder)
    payload = {"thresholds": model.thresholds, **meta}
    (folder / "thresholds.json").write_text(json.dumps(payload, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def load(folder: Path) -> TriageModel:
    return TriageModel.load(folder)

