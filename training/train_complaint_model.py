"""Train the composer's learned complaint model: `python -m training.train_complaint_model --out DIR`.

The evidence finder's sentence classifier (training/evidence_finder.py: each sentence of a
labelled real review, positive for a category when the review's evidence quote for it lies
in it; each evidence quote alone; each hand-written example) trained on every labelled
review, for the reply composer (workstation/replies/complaint_model.py). No add thresholds
are fitted here: the composer's rule (per-category thresholds, star limit) was chosen by
grouped cross-validation over the development sources (bench/complaint_model_cv.py) and is
written in complaint_model.py. `--exclude-sources a,b,c` trains as if those sources did not
exist (a measurement build: `bench/replies.py --complaint-model DIR` refuses any other than
one trained without exactly its held-out sources); the folder's `add_thresholds.json`
records them. Seeded (triage.cfg): two runs write the same model.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from training.evidence_finder import train_finder, training_inputs  # noqa: E402
from training.training_args import load_training_corpus, parse_training_args  # noqa: E402
from training.triage_fit import training_settings  # noqa: E402
from workstation.analysis.analyzer import Analyzer  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    args = parse_training_args(__doc__ or "", argv, out_default=None)
    if args is None:
        return 2
    t0 = time.perf_counter()
    corpus = load_training_corpus(args)
    if corpus is None:
        return 2
    rules = Analyzer(decider="rules")
    reviews, quotes = training_inputs(rules, corpus.labelled, with_signals=False)
    finder = train_finder(reviews, quotes, log=print)
    args.out.mkdir(parents=True, exist_ok=True)
    finder.save(args.out, {
        "seed": int(training_settings()["seed"]), "labelled_reviews": len(reviews), "evidence_quotes": len(quotes),
        "excluded_sources": sorted(args.exclude_sources),
        "purpose": "reply composer's learned complaint model (workstation/replies/complaint_model.py)",
    })
    print(f"written to {args.out} in {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
