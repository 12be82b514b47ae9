"""Round 11 (issue 17r11): the two variants of the word-vector input of the blend —
the vector logit for the critical categories' stackers only (`--vectors-critical-only`), and
round 9's input with its stacker weight shrunk by a factor chosen by source-grouped CV
(`--vector-shrink`) — and the out-of-source logits both are fit on."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

import training.word_vectors as word_vectors
from tests.bench_modules import load_bench
from training.triage_blend import SHRINK_GRID, choose_vector_shrink, fit_blend, shrink_vector_weight
from training.triage_data import CATEGORIES, CRITICAL
from training.word_vectors import SourceCounts, out_of_fold_vector_logits
from workstation.analysis.blend import CATEGORY_FEATURES, RuleSignals
from workstation.analysis.word_vectors import VectorInput, VectorRegression, WordVectors

BENCH = Path(__file__).resolve().parents[2] / "bench" / "triage_cv.py"
NO_RATED = (np.zeros(0), np.zeros(0), [], np.zeros(0, dtype=bool))


def _rows(seed: int, n: int = 240) -> tuple[np.ndarray, list[RuleSignals], np.ndarray, np.ndarray]:
    """Synthetic out-of-fold stacker rows: probabilities, rule signals, truth, vector logits."""
    rng = np.random.default_rng(seed)
    truth = rng.random((n, len(CATEGORIES))) < 0.25
    probabilities = 1 / (1 + np.exp(-(truth * 1.5 - 1.5 + rng.normal(size=truth.shape))))
    signals = [RuleSignals(frozenset(c for j, c in enumerate(CATEGORIES) if truth[i, j] and rng.random() < 0.5),
                           frozenset(), frozenset(), float(rng.normal())) for i in range(n)]
    vector_logits = truth * 2.0 - 1.0 + rng.normal(size=truth.shape)
    return probabilities, signals, truth, vector_logits


def test_critical_only_gives_the_vector_input_to_the_critical_stackers_only() -> None:
    probabilities, signals, truth, vector_logits = _rows(11)
    plain = fit_blend(probabilities, signals, truth, *NO_RATED)
    critical = fit_blend(probabilities, signals, truth, *NO_RATED, vector_logits=vector_logits,
                         vector_categories=CRITICAL)
    for c in CATEGORIES:
        if c in CRITICAL:
            assert critical.category_weights[c].shape == (len(CATEGORY_FEATURES) + 1,)
        else:  # seven inputs, fit exactly as without vectors (same pooled prior)
            assert np.array_equal(critical.category_weights[c], plain.category_weights[c])
            assert critical.thresholds[c] == plain.thresholds[c]
    decided = critical.decided(dict(zip(CATEGORIES, probabilities[0], strict=True)), signals[0],
                               {c: float(vector_logits[0, j]) for j, c in enumerate(CATEGORIES) if c in CRITICAL})
    assert set(decided) <= set(CATEGORIES)


def _bench() -> ModuleType:
    return load_bench(BENCH, "triage_cv_under_test")


def test_bench_options_pick_one_variant_and_critical_only_keeps_the_critical_regressions() -> None:
    bench = _bench()
    assert bench.vector_variant(["x", "--vectors"]) == "all"
    assert bench.vector_variant(["x", "--vectors", "--vectors-critical-only"]) == "critical-only"
    assert bench.vector_variant(["x", "--vectors", "--vector-shrink"]) == "shrink"
    assert bench.vector_variant(["x"]) == "all"
    with pytest.raises(ValueError, match="give it too"):
        bench.vector_variant(["x", "--vector-shrink"])
    with pytest.raises(ValueError, match="one per run"):
        bench.vector_variant(["x", "--vectors", "--vector-shrink", "--vectors-critical-only"])
    full = VectorInput(WordVectors(("a",), np.ones((1, 2), dtype="float16")),
                       VectorRegression({c: np.zeros(3) for c in CATEGORIES}))
    assert set(bench.critical_only(full).regression.labels) == CRITICAL


def test_shrink_factor_one_keeps_the_blend_and_zero_drops_the_vector_term() -> None:
    probabilities, signals, truth, vector_logits = _rows(12)
    blend = fit_blend(probabilities, signals, truth, *NO_RATED, vector_logits=vector_logits)
    same = shrink_vector_weight(blend, probabilities, signals, truth, vector_logits, 1.0)
    dropped = shrink_vector_weight(blend, probabilities, signals, truth, vector_logits, 0.0)
    for c in CATEGORIES:
        assert np.array_equal(same.category_weights[c], blend.category_weights[c])
        assert same.thresholds[c] == blend.thresholds[c]
        assert dropped.category_weights[c][-1] == 0.0
        assert np.array_equal(dropped.category_weights[c][:-1], blend.category_weights[c][:-1])


def test_shrink_is_chosen_on_the_stacker_rows_folds_only() -> None:
    """A vector logit that holds on two folds and is reversed on the third earns no trust
    across folds: factor 0 wins. One that holds everywhere does best at full weight (a smaller
    factor that already separates every row ties, and ties go to the smaller factor)."""
    probabilities, signals, truth, _noise = _rows(13, n=300)
    folds = [i % 3 for i in range(300)]
    sign = np.where(np.array(folds) == 2, -1.0, 1.0)[:, None]
    reversed_logits = sign * (truth * 4.0 - 2.0)
    factor, f1 = choose_vector_shrink(probabilities, signals, truth, reversed_logits, folds)
    assert set(f1) == set(SHRINK_GRID)
    assert factor == 0.0 and f1[0.0] > f1[1.0]
    factor, f1 = choose_vector_shrink(probabilities, signals, truth, truth * 4.0 - 2.0, folds)
    assert factor > 0.0 and f1[factor] == f1[1.0] == max(f1.values()) > f1[0.0]


def test_the_logits_a_stacker_is_fit_on_come_from_regressions_that_never_saw_the_row_source(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Round 9's out-of-fold vector logits, which round 11's shrink variant is fit on: each
    row's logit is the one of vectors and a regression built without its source's texts and
    labels, and without the outer held-out source."""
    built: list[tuple[set[str], list[str], VectorInput]] = []
    real = word_vectors.vector_input

    def recording(counts: SourceCounts, excluded: set[str], rows: list[tuple[list[str], frozenset[str]]]) -> VectorInput:
        model = real(counts, excluded, rows)
        built.append((set(excluded), [norms[0].split("-")[0] for norms, _c in rows], model))
        return model

    monkeypatch.setattr(word_vectors, "vector_input", recording)
    sources = ["s1", "s2", "s3", "s4"]
    counts = SourceCounts((s, [[f"{s}word", "common", "other", "more"]] * 6) for s in [*sources, "outer"])
    groups = [s for s in sources for _ in range(4)] + ["handwritten"]
    rows = [([f"{g}-{k}", f"{g}word", "common"], frozenset({"health_safety"}) if k % 2 else frozenset())
            for k, g in enumerate(groups)]
    fold_of_source = {"s1": 0, "s2": 0, "s3": 1, "s4": 2}
    logits = out_of_fold_vector_logits(counts, {"outer"}, rows, fold_of_source, groups)
    assert len(built) == 3 and np.isnan(logits[-1]).all()
    for i, source in enumerate(groups[:-1]):
        fold = fold_of_source[source]
        excluded, trained_sources, model = built[fold]  # folds are fit in order
        assert excluded == {"outer"} | {s for s, f in fold_of_source.items() if f == fold}
        assert source not in trained_sources and source not in model.vectors.words[0]
        assert f"{source}word" not in model.vectors
        expected = model.regression.logits(model.vectors.features(rows[i][0]))
        assert logits[i, CATEGORIES.index("health_safety")] == pytest.approx(expected["health_safety"])
