"""Train the shipped triage models: `python -m training.train_triage [--out resources/triage]`.

Reads ../shared/data (see triage_data.py), trains the category and sentiment classifiers
of triage.cfg on everything, chooses each category's threshold on out-of-fold scores of
a cross-validation grouped by source, and writes the pipeline + thresholds.json. Seeded:
two runs on the same data write the same model. CI never runs this (it needs ../shared).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from training.triage_data import DATA_DIR, load_corpus  # noqa: E402
from training.triage_fit import fit, out_of_fold_thresholds, save, training_settings  # noqa: E402
from workstation.analysis.analyzer import Analyzer  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA_DIR)
    parser.add_argument("--out", type=Path, default=REPO / "resources" / "triage")
    args = parser.parse_args(argv)
    if not (args.data / "severity-train.jsonl").exists():
        print(f"error: {args.data} has no severity-train.jsonl (needs ../shared beside the repo)")
        return 2
    t0 = time.perf_counter()
    corpus = load_corpus(args.data)
    words = Analyzer(rules_decide=True).model_features
    category_rows = [(words(lab.review.text, lab.review.lang), lab.categories) for lab in corpus.labelled]
    groups = [lab.review.source for lab in corpus.labelled]
    sentiment_rows = [(words(r.text, r.lang), positive) for r, positive in corpus.rated()]
    print(f"{len(category_rows)} labelled reviews, {len(sentiment_rows)} rated reviews")
    thresholds = out_of_fold_thresholds(category_rows, groups, log=print)
    print("thresholds:", thresholds)
    model = fit(category_rows, sentiment_rows, thresholds, log=print)
    args.out.mkdir(parents=True, exist_ok=True)
    save(model, args.out, {
        "labelled_reviews": len(category_rows),
        "rated_reviews": len(sentiment_rows),
        "seed": int(training_settings()["seed"]),
    })
    print(f"written to {args.out} in {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
