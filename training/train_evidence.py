"""Train the learned evidence finder: `python -m training.train_evidence [--out DIR]`.

Reads ../shared/data (triage_data.py), reads every labelled review sentence by sentence,
chooses the add thresholds on out-of-fold scores (one fold per source) and trains the
finder on everything (training/evidence_finder.py). Seeded (triage.cfg): two runs write the
same model. None is shipped: in grouped cross-validation (bench/triage_cv.py) the
"blend+ev" decider that uses it did not beat "blend+rc" (docs/triage-model.md, round 3), so
`--out` has no default under resources/.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from training.evidence_finder import fit_finder, training_inputs  # noqa: E402
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
    reviews, quotes = training_inputs(rules, corpus.labelled, with_signals=True)
    finder, meta = fit_finder(reviews, quotes, None, log=print)
    print("add thresholds:", finder.add_thresholds)
    args.out.mkdir(parents=True, exist_ok=True)
    finder.save(args.out, {**meta, "seed": int(training_settings()["seed"]), "labelled_reviews": len(reviews),
                           "evidence_quotes": len(quotes)})
    print(f"written to {args.out} in {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
