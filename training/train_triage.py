"""Train the shipped triage models: `python -m training.train_triage [--out resources/triage]`.

`--exclude-sources a,b --out DIR` trains as if those sources did not exist (a held-out build
for honest measurement on them, e.g. `bench/replies.py --triage-model DIR`; never shipped).
`--architecture ensemble --out DIR` trains the categories classifier as bag of words + CNN
(round 12, training/triage_ensemble.cfg; measured, e.g. `bench/analysis_speed.py`);
`--architecture ensemble-ordered` the same ensemble reading the reviews' words in reading order
(round 13: its thresholds.json says "category_reading": "ordered", which the analyzer follows).
`--cross-source-words --out DIR` trains the categories classifier (every out-of-fold model and the
final one) only on words of the real labelled reviews of at least 2 of its training sources, rule
markers kept (round 15; thresholds.json says "cross_source_words": true, and category_words.json
lists those words: the model reads only them, since a dropped word would still move the scores
through the hashed weights it shares with trained words).

Reads ../shared/data (see triage_data.py), trains the category and sentiment classifiers
of triage.cfg on everything, chooses each category's threshold and fits the blend with the
rules on out-of-fold scores (categories: one fold per source; sentiment: sources packed in
SENTIMENT_FOLDS folds), and writes the pipeline + thresholds.json + blend.json. Seeded:
two runs on the same data write the same model. CI never runs this (it needs ../shared).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# The sentiment blend needs out-of-fold scores of 24k reviews: two folds of sources (each
# model trained on about half) cost one extra full training instead of eight.
SENTIMENT_FOLDS = 2
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from training.training_args import load_training_corpus, parse_training_args  # noqa: E402
from training.triage_data import HANDWRITTEN, evidence_quotes  # noqa: E402
from training.triage_fit import (  # noqa: E402
    DEFAULT_ARCHITECTURE,
    category_reading,
    fit,
    fit_decisions,
    quote_rows,
    save,
    training_settings,
)
from workstation.analysis.analyzer import Analyzer  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    args = parse_training_args(__doc__ or "", argv, out_default=REPO / "resources" / "triage")
    if args is None:
        return 2
    t0 = time.perf_counter()
    corpus = load_training_corpus(args)
    if corpus is None:
        return 2
    read = Analyzer(decider="rules").blend_inputs
    # The categories rows as the categories classifier reads them (round 13); sentiment's as always.
    reading = category_reading(args.architecture)
    labelled = [read(lab.review.text, lab.review.lang, reading) for lab in corpus.labelled]
    category_rows = [(words, lab.categories) for (words, _s), lab in zip(labelled, corpus.labelled, strict=True)]
    rated_reviews = corpus.rated()
    rated = [read(r.text, r.lang) for r, _positive in rated_reviews]
    sentiment_rows = [(words, positive) for (words, _s), (_r, positive) in zip(rated, rated_reviews, strict=True)]
    quotes = quote_rows(evidence_quotes(corpus.labelled), lambda text, lang: read(text, lang, reading)[0])
    print(f"{len(category_rows)} labelled reviews, {len(quotes)} evidence quotes, {len(sentiment_rows)} rated reviews")
    # External reviews (--external) are trained on in every fold and never scored, like the
    # hand-written group: the thresholds and the blend stay chosen on ../shared's sources.
    def fold_group(source: str) -> str:
        return HANDWRITTEN if source in args.external_sources else source

    thresholds, blend = fit_decisions(
        category_rows, [fold_group(lab.review.source) for lab in corpus.labelled], [s for _w, s in labelled],
        sentiment_rows, [fold_group(r.source) for r, _p in rated_reviews], [r.lang for r, _p in rated_reviews],
        [s.lexicon for _w, s in rated], category_folds=None, sentiment_folds=SENTIMENT_FOLDS, quotes=quotes, log=print,
        architecture=args.architecture, cross_source_words=args.cross_source_words,
    )
    print("thresholds:", thresholds)
    print("blend:", blend.to_json())
    word_sources = ([lab.review.source for lab in corpus.labelled] + [None] * len(quotes)
                    if args.cross_source_words else None)
    model = fit([*category_rows, *((n, c) for _g, n, c in quotes)], sentiment_rows, thresholds, log=print, blend=blend,
                architecture=args.architecture, word_sources=word_sources)
    args.out.mkdir(parents=True, exist_ok=True)
    save(model, args.out, {
        "labelled_reviews": len(category_rows),
        "evidence_quotes": len(quotes),
        "rated_reviews": len(sentiment_rows),
        "seed": int(training_settings()["seed"]),
        # Only a held-out build says so: the shipped thresholds.json stays byte for byte.
        **({"excluded_sources": sorted(args.exclude_sources)} if args.exclude_sources else {}),
        **({"architecture": args.architecture} if args.architecture != DEFAULT_ARCHITECTURE else {}),
        **({"cross_source_words": True} if args.cross_source_words else {}),
        **({"external_sources": sorted(args.external_sources)} if args.external_sources else {}),
    })
    print(f"written to {args.out} in {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
