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

Why separately: a full training takes about 40 minutes on the shared machine; this is the
sentiment half only. Models are trained on about half the sources here, so the figures are
pessimistic for sources that have a sibling of the same kind in the other fold.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from analysis_quality import roc_auc  # noqa: E402

from training import pros_cons  # noqa: E402
from training.train_triage import SENTIMENT_FOLDS  # noqa: E402
from training.triage_blend import fit_sentiment  # noqa: E402
from training.triage_data import DATA_DIR, load_corpus  # noqa: E402
from training.triage_fit import out_of_fold_positive, source_folds  # noqa: E402
from workstation.analysis.analyzer import Analyzer  # noqa: E402
from workstation.analysis.blend import Blend  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA_DIR)
    parser.add_argument("--out", type=Path, default=REPO / "resources" / "triage")
    parser.add_argument("--measure", action="store_true", help="print the figures, write nothing")
    parser.add_argument("--pros-cons-model", choices=pros_cons.MODEL_INPUTS, default="none",
                        help="what the model reads of a pros / cons review's parts (issue 17s; needs --measure)")
    parser.add_argument("--pros-cons-blend", action="store_true",
                        help="the blend weighs the parts' lexicon and length too (issue 17s; needs --measure)")
    args = parser.parse_args(argv)
    reading_parts = args.pros_cons_model != "none" or args.pros_cons_blend
    if reading_parts and not args.measure:
        parser.error("the pros / cons options measure only (not kept): add --measure")
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
    pooled: dict[str, list[int]] = defaultdict(list)
    for source in sorted(fold_of_source):
        idx = [i for i, g in enumerate(groups) if g == source]
        pooled[langs[idx[0]]].extend(idx)
        print(f"  {source:<30} {langs[idx[0]]} fold {fold_of_source[source]} n={len(idx):>5}  " + _aucs(idx, positive, blended, lexicon, truth))
    for lang, idx in sorted(pooled.items()):
        print(f"  {'all ' + lang:<30} {lang}        n={len(idx):>5}  " + _aucs(idx, positive, blended, lexicon, truth))

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


def _aucs(idx: list[int], positive: np.ndarray, blended: np.ndarray, lexicon: np.ndarray, truth: np.ndarray) -> str:
    y = [bool(truth[i]) for i in idx]
    cells = [roc_auc([float(scores[i]) for i in idx], y) for scores in (positive, blended, lexicon)]
    return " | ".join(f"{c:.3f}" for c in cells)


if __name__ == "__main__":
    raise SystemExit(main())
