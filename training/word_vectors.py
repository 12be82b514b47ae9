"""Word vectors from the review texts, and the per-category regression over a review's mean
vector (round 9 of issue 17: meaning that carries across vocabularies).

Deterministic, no seed-dependent sampling: tokens are the analyzer's folded word forms
(`Analyzer.sentence_tokens`: lower case, no accents, punctuation left out), sentence by
sentence; every pair of tokens at most WINDOW apart inside a sentence counts once each way;
words seen fewer than MIN_COUNT times are dropped after counting (they keep their place in
the window); the counts become PPMI with context-distribution smoothing (contexts counted to
the power ALPHA, Levy, Goldberg & Dagan 2015); a truncated SVD (a randomized SVD in numpy
from a seeded Gaussian start — scipy is not a dependency of the app —, signs fixed) gives
U·√Σ of DIMENSION columns; rows are L2-normalised and stored as float16 (`workstation/analysis/word_vectors.py` reads them).

Co-occurrence counts add up over texts, so they are counted once per source
(`SourceCounts`) and summed for any set of sources: a cross-validation fold builds its vectors
from the texts of its training sources only — the held-out source's texts are never seen —
and gets the same vectors as counting those texts from scratch.

Run: .venv/bin/python -m training.word_vectors OUT_DIR   (vectors from every text of
../shared/data reviews-dev.csv and reviews-more.csv; writes vectors.npy and vectors-vocab.txt)
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from workstation.analysis.word_vectors import VectorInput, VectorRegression, WordVectors

from .triage_blend import fit_logistic
from .triage_data import CATEGORIES, HANDWRITTEN

MIN_COUNT = 5
WINDOW = 4
ALPHA = 0.75
DIMENSION = 100
SEED = 17
# Randomized SVD: extra columns sampled, and power iterations (PPMI spectra decay slowly).
OVERSAMPLE = 10
POWER_ITERATIONS = 4
# L2 penalty of the per-category vector regression (features on the scale of 1: WordVectors.features).
VECTOR_L2 = 1.0

Sentences = Sequence[Sequence[str]]


@dataclass(frozen=True, slots=True)
class Counts:
    """Token counts and symmetric window co-occurrence counts over a fixed word index of size V:
    `keys` are row·V + column, sorted and unique, `values` their counts (a sparse matrix
    without scipy, which the app does not depend on)."""

    size: int
    frequency: np.ndarray  # (V,) int64
    keys: np.ndarray  # (nnz,) int64
    values: np.ndarray  # (nnz,) int64

    def __add__(self, other: Counts) -> Counts:
        keys, inverse = np.unique(np.concatenate([self.keys, other.keys]), return_inverse=True)
        values = np.bincount(inverse, weights=np.concatenate([self.values, other.values]), minlength=len(keys))
        return Counts(self.size, self.frequency + other.frequency, keys, values.astype("int64"))


def count(sentences: Iterable[Sequence[str]], index: dict[str, int]) -> Counts:
    """Counts of `sentences` over `index` (word → id; every word must be in it)."""
    ids: list[int] = []
    sentence_of: list[int] = []
    for number, sentence in enumerate(sentences):
        ids += [index[w] for w in sentence]
        sentence_of += [number] * len(sentence)
    size = len(index)
    tokens = np.asarray(ids, dtype="int64")
    where = np.asarray(sentence_of, dtype="int64")
    frequency = np.bincount(tokens, minlength=size).astype("int64")
    keys = [np.zeros(0, dtype="int64")]
    for distance in range(1, WINDOW + 1):
        same = where[distance:] == where[:-distance]
        left, right = tokens[:-distance][same], tokens[distance:][same]
        keys += [left * size + right, right * size + left]
    unique, counts = np.unique(np.concatenate(keys), return_counts=True)
    return Counts(size, frequency, unique, counts.astype("int64"))


def _orthonormal(y: np.ndarray) -> np.ndarray:
    """An orthonormal basis of the columns of `y` (tall, full rank) by Cholesky QR done twice
    (stable while y's condition number is far below 1e8, as after each power iteration here):
    a tenth of the time of numpy's Householder QR on 10,000 × 110. A rank-deficient `y` (a
    tiny corpus) falls back to Householder QR."""
    try:
        for _ in range(2):
            lower = np.linalg.cholesky(y.T @ y)
            y = np.linalg.solve(lower, y.T).T
    except np.linalg.LinAlgError:
        return np.linalg.qr(y)[0]
    return y


def randomized_svd(matrix: np.ndarray, k: int, seed: int = SEED) -> tuple[np.ndarray, np.ndarray]:
    """The top `k` left singular vectors and values of `matrix` (Halko, Martinsson & Tropp
    2011, with POWER_ITERATIONS re-orthonormalised power iterations), from a seeded Gaussian start."""
    rng = np.random.default_rng(seed)
    dtype = matrix.dtype
    columns = min(k + OVERSAMPLE, *matrix.shape)
    q = _orthonormal((matrix @ rng.standard_normal((matrix.shape[1], columns)).astype(dtype)).astype("float64"))
    for _ in range(POWER_ITERATIONS):
        q = _orthonormal((matrix.T @ q.astype(dtype)).astype("float64"))
        q = _orthonormal((matrix @ q.astype(dtype)).astype("float64"))
    small = (matrix.T @ q.astype(dtype)).astype("float64").T  # q.T @ matrix
    u_small, s, _vt = np.linalg.svd(small, full_matrices=False)
    return (q @ u_small)[:, :k], s[:k]


def vectors_from_counts(
    words: Sequence[str], counts: Counts, dimension: int = DIMENSION, min_count: int = MIN_COUNT,
) -> WordVectors:
    """PPMI (smoothed contexts) → truncated SVD → unit rows, over the words seen ≥ min_count times."""
    keep = np.flatnonzero(counts.frequency >= min_count)
    new_id = np.full(counts.size, -1, dtype="int64")
    new_id[keep] = np.arange(len(keep))
    rows, cols = new_id[counts.keys // counts.size], new_id[counts.keys % counts.size]
    inside = (rows >= 0) & (cols >= 0)
    rows, cols, values = rows[inside], cols[inside], counts.values[inside].astype("float64")
    n = len(keep)
    row_sums = np.bincount(rows, weights=values, minlength=n)
    smoothed = np.bincount(cols, weights=values, minlength=n) ** ALPHA
    context_p = smoothed / smoothed.sum()
    # log(P(w,c) / (P(w) · P_α(c))) with P(w,c) = #(w,c)/D and P(w) = #(w,·)/D
    pmi = np.log(values) - np.log(row_sums[rows]) - np.log(context_p[cols])
    positive = pmi > 0
    # Dense float32: with MIN_COUNT 5 the reviews give ~10,000 words (400 MB), and BLAS
    # products are far faster than sparse ones written in numpy (scipy is no dependency).
    ppmi = np.zeros((n, n), dtype="float32")
    ppmi[rows[positive], cols[positive]] = pmi[positive]
    u, s = randomized_svd(ppmi, min(dimension, n))
    # An SVD's columns are defined up to sign: make each one's largest component positive.
    signs = np.sign(u[np.abs(u).argmax(axis=0), np.arange(u.shape[1])])
    signs[signs == 0] = 1.0
    embedding = u * signs * np.sqrt(s)
    norms = np.linalg.norm(embedding, axis=1, keepdims=True)
    embedding = np.divide(embedding, norms, out=np.zeros_like(embedding), where=norms > 0)
    return WordVectors(tuple(words[int(i)] for i in keep), embedding.astype("float16"))


def build_vectors(sentences: Sentences, dimension: int = DIMENSION, min_count: int = MIN_COUNT) -> WordVectors:
    """Vectors of one corpus of tokenised sentences."""
    words = sorted({w for sentence in sentences for w in sentence})
    return vectors_from_counts(words, count(sentences, {w: i for i, w in enumerate(words)}), dimension, min_count)


class SourceCounts:
    """Counts per source over one word index, summed for any set of sources."""

    def __init__(self, texts: Iterable[tuple[str, Sentences]]) -> None:
        """`texts`: (source, the review's sentences) for every text that may be counted."""
        by_source: dict[str, list[Sequence[str]]] = {}
        for source, sentences in texts:
            by_source.setdefault(source, []).extend(sentences)
        self.words = sorted({w for sentences in by_source.values() for s in sentences for w in s})
        index = {w: i for i, w in enumerate(self.words)}
        self.sources = sorted(by_source)
        self.counts = {source: count(by_source[source], index) for source in self.sources}

    def vectors(self, excluded: Iterable[str] = ()) -> WordVectors:
        """Vectors from the texts of every source not `excluded` (summed in sorted order)."""
        left = [s for s in self.sources if s not in set(excluded)]
        total = self.counts[left[0]]
        for source in left[1:]:
            total = total + self.counts[source]
        return vectors_from_counts(self.words, total)


def fit_regression(vectors: WordVectors, rows: Sequence[tuple[Sequence[str], frozenset[str]]]) -> VectorRegression:
    """Per category, an L2 logistic regression over the rows' `WordVectors.features`."""
    x = feature_matrix(vectors, [norms for norms, _c in rows])
    return VectorRegression({
        c: fit_logistic(x, np.array([c in cats for _n, cats in rows], dtype="float64"), VECTOR_L2)
        for c in CATEGORIES
    })


def feature_matrix(vectors: WordVectors, norm_lists: Sequence[Sequence[str]]) -> np.ndarray:
    """Rows [1, features…] (the bias first, as `fit_logistic` wants)."""
    features = np.stack([vectors.features(norms) for norms in norm_lists]) if norm_lists else np.zeros((0, vectors.dimension))
    return np.hstack([np.ones((len(norm_lists), 1)), features])


def vector_input(counts: SourceCounts, excluded: Iterable[str], rows: Sequence[tuple[Sequence[str], frozenset[str]]]) -> VectorInput:
    """Vectors without the `excluded` sources' texts, and the regression fit on `rows` with them."""
    vectors = counts.vectors(excluded)
    return VectorInput(vectors, fit_regression(vectors, rows))


def fold_splits(
    groups: Sequence[str], fold_of_source: dict[str, int],
) -> Iterator[tuple[int, set[str], list[int], list[int]]]:
    """Each fold `k` of the rows whose source (`groups`) has one, as (k, its sources, the rows
    trained on, the rows scored): a fold is scored by what was fit without its sources; the
    hand-written rows, of no fold, are trained on every time and never scored."""
    fold_of = [fold_of_source.get(g, -1) if g != HANDWRITTEN else -1 for g in groups]
    for k in sorted({f for f in fold_of if f >= 0}):
        sources = {s for s, f in fold_of_source.items() if f == k}
        yield (k, sources, [i for i, f in enumerate(fold_of) if f != k],
               [i for i, f in enumerate(fold_of) if f == k])


def out_of_fold_vector_logits(
    counts: SourceCounts, excluded: Iterable[str],
    rows: Sequence[tuple[Sequence[str], frozenset[str]]], fold_of_source: dict[str, int], groups: Sequence[str],
    quotes: Sequence[tuple[str, Sequence[str], frozenset[str]]] = (), log: Callable[[str], None] | None = None,
) -> np.ndarray:
    """Vector-regression logits (n rows, CATEGORIES order) of each row from vectors and a
    regression that never saw its fold's sources (neither their texts nor their labels), as
    `triage_fit.out_of_fold_categories` does for the model; NaN for rows of no fold (the
    hand-written ones). `excluded`: sources left out of every build (the outer held-out one);
    `quotes` (source, norms, categories) are training-only rows, left out with their source."""
    excluded = set(excluded)
    logits = np.full((len(rows), len(CATEGORIES)), np.nan)
    for k, fold_sources, trained, held in fold_splits(groups, fold_of_source):
        t0 = time.perf_counter()
        train = [rows[i] for i in trained]
        train += [(n, c) for g, n, c in quotes if g not in fold_sources]
        model = vector_input(counts, excluded | fold_sources, train)
        x = feature_matrix(model.vectors, [rows[i][0] for i in held])[:, 1:]
        matrix = model.regression.logit_matrix(x)
        logits[held] = matrix[:, [model.regression.labels.index(c) for c in CATEGORIES]]
        if log:
            log(f"  vector fold {k + 1}: {len(model.vectors.words)} words, {len(held)} reviews scored, "
                f"{time.perf_counter() - t0:.0f} s")
    return logits


def main(argv: list[str]) -> int:
    from workstation.analysis.analyzer import Analyzer

    from .triage_data import DATA_DIR, load_corpus

    if len(argv) != 2:
        print(__doc__)
        return 2
    if not (DATA_DIR / "reviews-dev.csv").exists():
        print(f"SKIP: {DATA_DIR} not found (needs ../shared beside the repo)")
        return 0
    t0 = time.perf_counter()
    reader = Analyzer(decider="rules")
    corpus = load_corpus()
    sentences = [s for review in corpus.reviews.values() for s in reader.sentence_tokens(review.text)]
    t1 = time.perf_counter()
    vectors = build_vectors(sentences)
    out = Path(argv[1])
    vectors.save(out)
    print(f"{len(corpus.reviews)} texts, {sum(map(len, sentences))} tokens read in {t1 - t0:.0f} s; "
          f"{len(vectors.words)} words × {vectors.dimension} built in {time.perf_counter() - t1:.0f} s → {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
