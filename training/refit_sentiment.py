"""Refit the sentiment part of a trained blend, and measure sentiment per source on the way:
`python -m training.refit_sentiment [--out resources/triage]`.

The rated reviews' sources are packed in SENTIMENT_FOLDS folds per language (as
`train_triage.py` does); a sentiment model trained on the other fold scores each fold. On
these out-of-fold scores it prints ROC AUC (1–2★ vs 4–5★) per source and language for the
model, the lexicon and the blend, the blend's weights for a fold being fit on the *other*
fold only (cross-fitting: no fold's stars tune its own figure). It then fits the weights on
all the out-of-fold scores, exactly as a full `train_triage` run does, and writes them into
`blend.json` (the category part is kept). Deterministic (seeded like the training).

Why separately: a full training takes about 40 minutes on the shared machine; this is the
sentiment half only. Models are trained on about half the sources here, so the figures are
pessimistic for sources that have a sibling of the same kind in the other fold.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from analysis_quality import roc_auc  # noqa: E402

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
    args = parser.parse_args(argv)
    blend = Blend.load(args.out)
    if blend is None or not (args.data / "reviews-dev.csv").exists():
        print(f"error: needs a trained blend in {args.out} and ../shared/data beside the repo")
        return 2
    corpus = load_corpus(args.data)
    read = Analyzer(decider="rules").blend_inputs
    rated = corpus.rated()
    inputs = [read(r.text, r.lang) for r, _positive in rated]
    rows = [(words, positive) for (words, _s), (_r, positive) in zip(inputs, rated, strict=True)]
    groups = [r.source for r, _p in rated]
    langs = [r.lang for r, _p in rated]
    lexicon = np.array([s.lexicon for _w, s in inputs])
    truth = np.array([positive for _r, positive in rated], dtype=bool)
    fold_of_source = source_folds(groups, SENTIMENT_FOLDS, dict(zip(groups, langs, strict=True)))
    print("folds:", fold_of_source)
    fold_of = np.array([fold_of_source[g] for g in groups])
    positive = out_of_fold_positive(rows, list(fold_of), log=print)

    blended = np.zeros(len(rows))
    for k in sorted(set(fold_of_source.values())):
        other = np.flatnonzero(fold_of != k)
        weights = fit_sentiment(positive[other], lexicon[other], [langs[i] for i in other], truth[other])
        crossfit = Blend({}, {}, weights)
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

    final = Blend(blend.category_weights, blend.thresholds, fit_sentiment(positive, lexicon, langs, truth))
    final.save(args.out)
    print(f"\nsentiment weights written to {args.out}: {final.to_json()['sentiment']}")
    return 0


def _aucs(idx: list[int], positive: np.ndarray, blended: np.ndarray, lexicon: np.ndarray, truth: np.ndarray) -> str:
    y = [bool(truth[i]) for i in idx]
    cells = [roc_auc([float(scores[i]) for i in idx], y) for scores in (positive, blended, lexicon)]
    return " | ".join(f"{c:.3f}" for c in cells)


if __name__ == "__main__":
    raise SystemExit(main())
