"""Fitting the triage models: build the spaCy pipeline from triage.cfg, train each classifier
with a seeded, fixed-order loop, and choose per-category thresholds and fit the blend with
the rules (triage_blend.py) from out-of-fold scores, folds grouped by source.

Shared by `train_triage.py` (the shipped model) and `bench/triage_cv.py` (grouped
cross-validation): both go through exactly the same code. `architecture` "ensemble" (round 12
of issue 17, a measurement option) builds the categories classifier from triage_ensemble.cfg
instead: the same bag of words plus a small CNN; "bow" (the default) is triage.cfg as it is.
"ensemble-ordered" (round 13) is the same ensemble, trained on rows the analyzer read in reading
order (`category_reading`: the caller reads them so), and its TriageModel says "ordered".
`cross_source_words` (round 15, a measurement option) trains the categories classifier of each
fit only on the words found in the real labelled reviews of at least CROSS_SOURCE_MIN distinct
sources of that fit (`cross_source_vocabulary`); rule markers are always kept. The model keeps
that vocabulary (`TriageModel.category_words`, saved as category_words.json) and reads only it at
inference: a dropped word's hashed weights are not its own (each feature hashes to 2 of 262,144
buckets shared with every other string), so without it a dropped word still moved the scores of
about one held-out review in six by more than 0.01 (up to 0.46) through trained words' buckets.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import compounding, fix_random_seed, load_config, load_model_from_config, minibatch
from thinc.api import Adam, Config, Optimizer

from workstation.analysis.blend import Blend, RuleSignals
from workstation.analysis.triage import (
    CATEGORIES_PIPE,
    CATEGORY_WORDS_FILE,
    DEFAULT_CATEGORY_READING,
    MARKER_PREFIX,
    POSITIVE,
    SENTIMENT_PIPE,
    CategoryReading,
    TriageModel,
)

from .fr_category_vectors import PerLanguage, out_of_fold_language_logits
from .triage_blend import (
    DEFAULT_THRESHOLD,
    best_threshold,
    choose_vector_shrink,
    fit_blend,
    shrink_vector_weight,
    threshold_beta,
)
from .triage_data import CATEGORIES, HANDWRITTEN, Review
from .word_vectors import SourceCounts, out_of_fold_vector_logits

CONFIG = Path(__file__).resolve().parent / "triage.cfg"
# Round 12: the categories model of an "ensemble" pipeline (the rest is CONFIG's).
ENSEMBLE_CONFIG = Path(__file__).resolve().parent / "triage_ensemble.cfg"
# Round 13: "ensemble-ordered", the same ensemble reading each review's words in reading order.
Architecture = Literal["bow", "ensemble", "ensemble-ordered"]
ARCHITECTURES: tuple[Architecture, ...] = ("bow", "ensemble", "ensemble-ordered")
DEFAULT_ARCHITECTURE: Architecture = "bow"

Norms = Sequence[str]
# Round 15: a word is trained on only if the real labelled reviews of this many distinct
# training sources hold it (fixed, not tuned). Features starting with MARKER are rule markers.
CROSS_SOURCE_MIN = 2
MARKER = MARKER_PREFIX
# An evidence quote as an extra training row: (source of its review, norms, categories).
Quote = tuple[str, Norms, frozenset[str]]


def training_settings() -> dict[str, float]:
    return dict(load_config(CONFIG)["training"])


def quote_rows(
    quotes: Sequence[tuple[Review, frozenset[str]]], read: Callable[[str, str | None], Norms],
) -> list[Quote]:
    """Evidence quotes as training-only rows, if triage.cfg asks for them (else none)."""
    if not training_settings().get("evidence_quotes", False):
        return []
    return [(review.source, read(review.text, review.lang), cats) for review, cats in quotes]


def cross_source_vocabulary(rows: Sequence[Norms], sources: Sequence[str | None]) -> frozenset[str]:
    """The words (markers aside) of `rows` found in rows of at least CROSS_SOURCE_MIN distinct
    sources. A row whose source is None or HANDWRITTEN (a hand-written sentence, an evidence
    quote) counts for no source: only real labelled reviews make the vocabulary."""
    seen: dict[str, set[str]] = {}
    for norms, source in zip(rows, sources, strict=True):
        if source is None or source == HANDWRITTEN:
            continue
        for word in norms:
            if not word.startswith(MARKER):
                seen.setdefault(word, set()).add(source)
    return frozenset(w for w, found in seen.items() if len(found) >= CROSS_SOURCE_MIN)


def cross_source_rows(
    rows: Sequence[tuple[Norms, frozenset[str]]], sources: Sequence[str | None],
) -> tuple[list[tuple[Norms, frozenset[str]]], frozenset[str]]:
    """Every row (real review, quote or hand-written) keeping only its markers and the words of
    `cross_source_vocabulary(rows, sources)`: round 15's categories training rows, and that
    vocabulary."""
    vocabulary = cross_source_vocabulary([norms for norms, _c in rows], sources)
    return [([w for w in norms if w.startswith(MARKER) or w in vocabulary], cats) for norms, cats in rows], vocabulary


def category_reading(architecture: Architecture) -> CategoryReading:
    """How the analyzer must read the categories classifier's rows for `architecture`: in
    reading order for "ensemble-ordered" (round 13), else each word once, sorted."""
    return "ordered" if architecture == "ensemble-ordered" else DEFAULT_CATEGORY_READING


def pipeline_config(architecture: Architecture = DEFAULT_ARCHITECTURE) -> Config:
    """triage.cfg, its categories model replaced by triage_ensemble.cfg's for "ensemble" and
    "ensemble-ordered" (replaced whole: merging would leave the bag of words' keys in the
    ensemble's block)."""
    if architecture not in ARCHITECTURES:
        raise ValueError(f"architecture {architecture!r}: one of {', '.join(ARCHITECTURES)}")
    config = load_config(CONFIG)
    if architecture in ("ensemble", "ensemble-ordered"):
        ensemble = load_config(ENSEMBLE_CONFIG)["components"]["categories"]["model"]
        config["components"]["categories"]["model"] = ensemble
    return config


def blank_pipeline(architecture: Architecture = DEFAULT_ARCHITECTURE) -> Language:
    """The untrained two-classifier pipeline described by triage.cfg (see `pipeline_config`)."""
    config = pipeline_config(architecture)
    fix_random_seed(int(config["training"]["seed"]))
    nlp = load_model_from_config(config, auto_fill=True, validate=True)
    return nlp


def _examples(nlp: Language, items: Sequence[tuple[Norms, dict[str, float]]]) -> list[Example]:
    out = []
    for norms, cats in items:
        doc = Doc(nlp.vocab, words=list(norms))
        out.append(Example.from_dict(doc, {"cats": cats}))
    return out


def positive_weights(
    labels: Sequence[str], items: Sequence[tuple[Norms, dict[str, float]]], power: float, cap: float,
) -> np.ndarray:
    """Weight of a positive example per label: (negatives / positives) ** power, at most `cap`,
    at least 1. With power 0 every example weighs 1 (plain log loss)."""
    weights = []
    for label in labels:
        positives = sum(1 for _n, cats in items if cats.get(label, 0.0) >= 0.5)
        ratio = (len(items) - positives) / positives if positives else 1.0
        weights.append(min(max(ratio**power, 1.0), cap))
    return np.asarray(weights, dtype="float32")


def train_pipe(
    nlp: Language, pipe_name: str, labels: Sequence[str], items: Sequence[tuple[Norms, dict[str, float]]],
    epochs: int, log: Callable[[str], None] | None = None, weight_power: float = 0.0,
) -> None:
    """Initialise and train one classifier of `nlp` on `items`, deterministically.

    `weight_power` > 0 weighs each label's positives up (see `positive_weights`): the rare
    critical categories otherwise stay below the 0.5 that sentence-level evidence needs."""
    settings = training_settings()
    seed = int(settings["seed"])
    fix_random_seed(seed)
    examples = _examples(nlp, items)
    pipe = nlp.get_pipe(pipe_name)
    pipe.initialize(lambda: examples[:200], nlp=nlp, labels=list(labels))  # type: ignore[attr-defined]
    label_order = list(pipe.labels)  # type: ignore[attr-defined]
    weights = positive_weights(label_order, items, weight_power, float(settings.get("positive_weight_max", 1.0)))
    # Labels added at initialisation get spaCy's resize default bias (-300): every output
    # starts saturated and only memorised n-grams can lift it. Start from zero instead.
    # (In the ensemble this is its bag of words' layer, saturated the same way.)
    linear = pipe.model.get_ref("output_layer")  # type: ignore[attr-defined]
    linear.set_param("b", linear.ops.alloc1f(linear.get_dim("nO")))
    optimizer = Adam(float(settings["learn_rate"]), L2=float(settings["l2"]), L2_is_weight_decay=True)
    order = random.Random(seed)
    for epoch in range(epochs):
        order.shuffle(examples)
        losses: dict[str, float] = {}
        sizes = compounding(float(settings["batch_start"]), float(settings["batch_stop"]), 1.001)
        for batch in minibatch(examples, size=sizes):
            losses[pipe_name] = losses.get(pipe_name, 0.0) + _log_loss_step(pipe, batch, optimizer, weights)
        if log:
            log(f"  {pipe_name} epoch {epoch + 1}/{epochs}: loss {losses.get(pipe_name, 0.0):.3f}")


def _log_loss_step(pipe: Any, batch: Sequence[Example], optimizer: Optimizer, positive_weight: np.ndarray) -> float:
    """One update with the logistic (cross-entropy) loss instead of textcat's squared error,
    each label's positives weighted by `positive_weight`.

    With squared error on sigmoid outputs, a rare label is pushed into saturation by the
    many negatives early on and its gradient vanishes (legal threats never rose above
    0.05 even on training data); the log loss keeps a gradient of (p - y) on the logit.
    """
    docs = [eg.predicted for eg in batch]
    scores, backprop = pipe.model.begin_update(docs)
    truths, _mask = pipe._examples_to_truth(batch)
    ops = pipe.model.ops
    weight = 1.0 + truths * (positive_weight[None, :] - 1.0)
    # The model ends in a sigmoid whose backward pass multiplies by p(1 - p): divide it out.
    gradient = weight * (scores - truths) / (scores * (1.0 - scores) + 1e-12)
    backprop(ops.asarray(gradient, dtype="float32"))
    pipe.model.finish_update(optimizer)
    eps = 1e-7
    loss = -(weight * (truths * np.log(scores + eps) + (1 - truths) * np.log(1 - scores + eps))).sum()
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
    blend: Blend | None = None,
    architecture: Architecture = DEFAULT_ARCHITECTURE,
    word_sources: Sequence[str | None] | None = None,
) -> TriageModel:
    """Train both classifiers (sentiment skipped when `sentiment_rows` is None); `architecture`
    is the categories classifier's (`pipeline_config`; "ensemble-ordered" expects
    `category_rows` read in reading order and gives an "ordered" TriageModel).
    `word_sources` (round 15, parallel to `category_rows`: the source of each real labelled
    review, None for an evidence quote): the categories classifier trains on the cross-source
    words only (`cross_source_rows`) and the model reads only them (`category_words`); the
    sentiment classifier is untouched."""
    category_words = None
    if word_sources is not None:
        category_rows, category_words = cross_source_rows(category_rows, word_sources)
    settings = training_settings()
    nlp = blank_pipeline(architecture)
    train_pipe(nlp, CATEGORIES_PIPE, CATEGORIES, category_items(category_rows),
               int(settings["categories_epochs"]), log, float(settings.get("positive_weight_power", 0.0)))
    if sentiment_rows is not None:
        train_pipe(nlp, SENTIMENT_PIPE, [POSITIVE], sentiment_items(sentiment_rows),
                   int(settings["sentiment_epochs"]), log)
    else:  # an untrained sentiment head still needs its label to build
        train_pipe(nlp, SENTIMENT_PIPE, [POSITIVE], sentiment_items([(["x"], True), (["y"], False)]), 0)
    return TriageModel(nlp, thresholds or dict.fromkeys(CATEGORIES, DEFAULT_THRESHOLD), blend,
                       reading=category_reading(architecture), category_words=category_words)


def source_folds(
    groups: Sequence[str], folds: int | None, strata: Mapping[str, str] | None = None,
) -> dict[str, int]:
    """Fold number of each source: one fold per source (`folds` None), or the sources packed
    into `folds` folds of similar size, each stratum (source → language) packed on its own so
    that every fold keeps sources of every language (else a model scoring English reviews
    may have been trained on no English at all). The hand-written group has none: it is
    always trained on and never scored (the rules were written on it)."""
    names = sorted({g for g in groups if g != HANDWRITTEN})
    if folds is None or folds >= len(names):
        return {name: k for k, name in enumerate(names)}
    sizes = Counter(g for g in groups if g != HANDWRITTEN)
    fold_of_source = {}
    for stratum in sorted({(strata or {}).get(n, "") for n in names}):
        totals = [0] * folds
        members = [n for n in names if (strata or {}).get(n, "") == stratum]
        for name in sorted(members, key=lambda n: (-sizes[n], n)):
            k = totals.index(min(totals))
            fold_of_source[name] = k
            totals[k] += sizes[name]
    return fold_of_source


def out_of_fold_categories(
    rows: Sequence[tuple[Norms, frozenset[str]]], fold_of: Sequence[int],
    quotes: Sequence[tuple[int, Norms, frozenset[str]]] = (), log: Callable[[str], None] | None = None,
    architecture: Architecture = DEFAULT_ARCHITECTURE, groups: Sequence[str] | None = None,
) -> np.ndarray:
    """Category probabilities (CATEGORIES order) of each row from a model that did not see its
    fold; NaN for rows of fold -1. `quotes` (fold, norms, categories) are training-only rows,
    left out with their review's fold. `groups` (the source of each row; round 15): each fold's
    model trains on the words of at least two of its own training sources only (`fit`)."""
    scores = np.full((len(rows), len(CATEGORIES)), np.nan)
    for k in sorted({f for f in fold_of if f >= 0}):
        held = [i for i, f in enumerate(fold_of) if f == k]
        train = [rows[i] for i, f in enumerate(fold_of) if f != k] + [(n, c) for f, n, c in quotes if f != k]
        word_sources = None if groups is None else (
            [groups[i] for i, f in enumerate(fold_of) if f != k] + [None for f, _n, _c in quotes if f != k])
        model = fit(train, None, architecture=architecture, word_sources=word_sources)
        matrix = model.category_matrix(model.docs(model.category_features([rows[i][0] for i in held])))
        scores[held] = matrix[:, [model.labels.index(c) for c in CATEGORIES]]
        if log:
            log(f"  category fold {k + 1}: {len(held)} reviews scored")
    return scores


def out_of_fold_positive(
    rows: Sequence[tuple[Norms, bool]], fold_of: Sequence[int], log: Callable[[str], None] | None = None,
) -> np.ndarray:
    """P(positive) of each rated row from a sentiment model that did not see its fold."""
    scores = np.full(len(rows), np.nan)
    epochs = int(training_settings()["sentiment_epochs"])
    for k in sorted({f for f in fold_of if f >= 0}):
        held = [i for i, f in enumerate(fold_of) if f == k]
        nlp = blank_pipeline()
        train_pipe(nlp, SENTIMENT_PIPE, [POSITIVE], sentiment_items([rows[i] for i, f in enumerate(fold_of) if f != k]), epochs)
        model = TriageModel(nlp, {})
        scores[held] = model.positive(model.docs([rows[i][0] for i in held]))
        if log:
            log(f"  sentiment fold {k + 1}: {len(held)} reviews scored")
    return scores


def fit_decisions(
    category_rows: Sequence[tuple[Norms, frozenset[str]]], category_groups: Sequence[str],
    signals: Sequence[RuleSignals],
    sentiment_rows: Sequence[tuple[Norms, bool]], sentiment_groups: Sequence[str],
    langs: Sequence[str], lexicon: Sequence[float],
    *, category_folds: int | None, sentiment_folds: int, quotes: Sequence[Quote] = (),
    log: Callable[[str], None] | None = None, architecture: Architecture = DEFAULT_ARCHITECTURE,
    cross_source_words: bool = False,
) -> tuple[dict[str, float], Blend]:
    """The model's per-category thresholds and the blend, both from out-of-fold scores of
    models trained on these rows only (folds grouped by source: see `source_folds`)."""
    thresholds, blend, _with_vectors = fit_blends(
        category_rows, category_groups, signals, sentiment_rows, sentiment_groups, langs, lexicon,
        category_folds=category_folds, sentiment_folds=sentiment_folds, quotes=quotes, log=log,
        architecture=architecture, cross_source_words=cross_source_words,
    )
    return thresholds, blend


def fit_blends(
    category_rows: Sequence[tuple[Norms, frozenset[str]]], category_groups: Sequence[str],
    signals: Sequence[RuleSignals],
    sentiment_rows: Sequence[tuple[Norms, bool]], sentiment_groups: Sequence[str],
    langs: Sequence[str], lexicon: Sequence[float],
    *, category_folds: int | None, sentiment_folds: int, quotes: Sequence[Quote] = (),
    log: Callable[[str], None] | None = None, vectors: tuple[SourceCounts, frozenset[str]] | None = None,
    per_language: PerLanguage | None = None, vector_categories: frozenset[str] | None = None,
    vector_shrink: bool = False, architecture: Architecture = DEFAULT_ARCHITECTURE,
    cross_source_words: bool = False,
) -> tuple[dict[str, float], Blend, Blend | None]:
    """`fit_decisions`, plus (with `vectors`: the counts to build word vectors from and the
    sources never to count) a second blend over the same out-of-fold model scores with the
    word-vector regression's logit as one more input (round 9), its out-of-fold logits from
    vectors and regressions that never saw the scored review's fold — texts or labels.
    `per_language` (round 10, with `vectors`): pretrained French vectors and one regression
    per language instead (fr_category_vectors.py), its rows parallel to `category_rows` and
    `quotes`.
    Round 11 (with `vectors`): `vector_categories` gives the vector logit to those categories'
    stackers only (`fit_blend`); `vector_shrink` multiplies every stacker's vector weight by the
    factor of SHRINK_GRID that source-grouped CV over these same folds prefers
    (`choose_vector_shrink`: it sees these training rows only, never a held-out source).
    `architecture`: the categories classifier's for the out-of-fold scores (round 12).
    `cross_source_words` (round 15): each out-of-fold model trains on the words of at least two
    of its own training sources (`fit`'s `word_sources`), never counting the scored fold."""
    fold_of_source = source_folds(category_groups, category_folds)
    fold_of = [fold_of_source.get(g, -1) for g in category_groups]
    quote_rows = [(fold_of_source.get(g, -1), n, c) for g, n, c in quotes]
    scores = out_of_fold_categories(category_rows, fold_of, quote_rows, log, architecture,
                                    category_groups if cross_source_words else None)
    scored = [i for i, f in enumerate(fold_of) if f >= 0]
    truth = np.array([[c in category_rows[i][1] for c in CATEGORIES] for i in scored], dtype=bool)
    thresholds = {c: best_threshold(scores[scored, j], truth[:, j], threshold_beta(c)) for j, c in enumerate(CATEGORIES)}
    sentiment_folds_of = source_folds(sentiment_groups, sentiment_folds, dict(zip(sentiment_groups, langs, strict=True)))
    sentiment_fold_of = [sentiment_folds_of.get(g, -1) for g in sentiment_groups]
    positive = out_of_fold_positive(sentiment_rows, sentiment_fold_of, log)
    rated = [i for i, f in enumerate(sentiment_fold_of) if f >= 0]
    sentiment_inputs = (
        positive[rated], np.asarray(lexicon)[rated], [langs[i] for i in rated],
        np.array([sentiment_rows[i][1] for i in rated], dtype=bool),
    )
    blend = fit_blend(scores[scored], [signals[i] for i in scored], truth, *sentiment_inputs)
    with_vectors = None
    if vectors is not None:
        counts, excluded = vectors
        if per_language is None:
            logits = out_of_fold_vector_logits(counts, excluded, category_rows, fold_of_source, category_groups,
                                               quotes, log)
        else:
            logits = out_of_fold_language_logits(
                counts, excluded, per_language.vectors, per_language.rows, fold_of_source, category_groups,
                [(g, row) for (g, _n, _c), row in zip(quotes, per_language.quotes, strict=True)], log,
                per_language.skipped)
        stacked_signals = [signals[i] for i in scored]
        with_vectors = fit_blend(scores[scored], stacked_signals, truth, *sentiment_inputs,
                                 vector_logits=logits[scored], vector_categories=vector_categories)
        if vector_shrink:
            factor, f1 = choose_vector_shrink(scores[scored], stacked_signals, truth, logits[scored],
                                              [fold_of[i] for i in scored])
            with_vectors = shrink_vector_weight(with_vectors, scores[scored], stacked_signals, truth,
                                                logits[scored], factor)
            if log:
                log(f"  vector shrink: inner micro F1 {', '.join(f'{s:g}: {v:.4f}' for s, v in f1.items())}; "
                    f"factor {factor:g}")
    return thresholds, blend, with_vectors


def save(model: TriageModel, folder: Path, meta: dict[str, object]) -> None:
    model.nlp.to_disk(folder)
    if model.blend is not None:
        model.blend.save(folder)
    # Only an "ordered" model says how it reads: the shipped thresholds.json stays byte for byte.
    reading = {"category_reading": model.reading} if model.reading != DEFAULT_CATEGORY_READING else {}
    payload = {"thresholds": model.thresholds, **reading, **meta}
    if model.category_words is not None:  # round 15; never in a shipped model
        words = json.dumps(sorted(model.category_words), ensure_ascii=False, indent=0)
        (folder / CATEGORY_WORDS_FILE).write_text(words + "\n", encoding="utf-8")
    (folder / "thresholds.json").write_text(json.dumps(payload, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def load(folder: Path) -> TriageModel:
    return TriageModel.load(folder)

