"""Triage quality on real reviews labelled after the freeze: the analyzer's engines on the
1,200 reviews of `training/labels_17f.jsonl`.

Those reviews were drawn at random (seed 20261205, no analyzer involved) from
../shared/data's reviews that nobody had labelled (not severity-train.jsonl, labels_17h,
labels_17t): 160 random 1–2★ reviews of each source that has them (3★ where too few), and 30
random 4–5★ reviews of each of the eight sources. Five helpers labelled them from the text
alone (stars hidden) by ../shared/data/SEVERITY_GUIDE.md, with an evidence quote per category,
on 2026-12-05 — after every shipped rule and model was frozen. They are a TEST set: no
training reads them (`LABEL_FILES` does not name them) and nothing is tuned on them.

Unlike the grouped cross-validation (bench/triage_cv.py) these reviews come from the training
sources, so the figure says how the shipped analyzer does on new reviews of known kinds of
business — still the closest thing here to the outside check's unseen reviews.

Prints, per engine (rules, model, blend, blend+rc): critical-review recall and precision,
micro F1 over the seven categories, per-category P/R, and the 4–5★ reviews shown critical that
are not labelled critical.

A second test set, `training/labels_17f2.jsonl` (`--set 17f2`), was drawn and labelled the same
way after round 19's rule was written (seed 20261207: 760 reviews, 130 random 1–2★ — 3★ where
too few — of each of the four sources with any left, 30 random 4–5★ of each source; four
helpers): 34 critical reviews.

A third, `training/labels_17f3.jsonl` (`--set 17f3`), after round 20's rule (seed 20261208: every
1–2★ review nobody had labelled — the last of them, in four sources —, up to 150 random 3★ of
each source, 30 random 4–5★ of each source; 1,097 reviews, five helpers): 58 critical reviews.
It uses up the unlabelled low-star reviews of ../shared/data.

A fourth, `training/labels_17f4.jsonl` (`--set 17f4`), after round 33's rule 33b (session v): every French
3★ review nobody had labelled — 347, all of Booking's Disneyland hotels —, four helpers: 27 critical reviews.
It uses up the unlabelled 3★ French reviews; only 4–5★ ones are left.

A fifth, `training/labels_17f5.jsonl` (`--set 17f5`), after round 34's rule (session w): every English 3★
review nobody had labelled for severity — 190, all of Trustpilot's food brands (each already read for its reply
points) —, labelled blind with the new-source set 17a by five helpers.

Run: .venv/bin/python bench/triage_fresh.py [--set 17f|17f2|17f3|17f4|17f5] [--triage-model DIR]
[--engines blend+rc,rules] (`--triage-model DIR`: a folder written by `training.train_triage
--out DIR` instead of resources/triage.)  About 20 s per engine.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from training.triage_data import (
    CATEGORIES,
    CRITICAL,
    DATA_DIR,
    HERE,
    Review,
    load_corpus,
    load_offset_labels,
)
from workstation.analysis.analyzer import Analyzer
from workstation.analysis.triage import TriageModel

FRESH = HERE / "labels_17f.jsonl"
#: Every test set labelled after a freeze, by name (never trained on).
TEST_SETS = {name: HERE / f"labels_{name}.jsonl" for name in ("17f", "17f2", "17f3", "17f4", "17f5")}
ENGINES = ("rules", "model", "blend", "blend+rc")


def fresh_labels(reviews: dict[str, Review], path: Path = FRESH) -> list[tuple[Review, frozenset[str]]]:
    """The test set's reviews with their labelled categories, in file order (read, and checked
    against the reviews, as every label file of ours is: `load_offset_labels`)."""
    return [(lab.review, lab.categories) for lab in load_offset_labels(path, reviews, set())]


def measure(analyzer: Analyzer, rows: list[tuple[Review, frozenset[str]]]) -> Counter[str]:
    """Counts of one engine: per category tp/fp/fn, critical reviews, happy false alarms."""
    counts: Counter[str] = Counter()
    for review, truth in rows:
        shown = set(analyzer.analyze(review.text, stars=review.stars, lang=review.lang).categories)
        for category in CATEGORIES:
            counts[f"{category} tp"] += category in shown and category in truth
            counts[f"{category} fp"] += category in shown and category not in truth
            counts[f"{category} fn"] += category in truth and category not in shown
        labelled, flagged = bool(truth & CRITICAL), bool(shown & CRITICAL)
        counts["critical tp"] += labelled and flagged
        counts["critical fp"] += flagged and not labelled
        counts["critical fn"] += labelled and not flagged
        counts["happy false critical"] += flagged and not labelled and (review.stars or 0) >= 4
    return counts


def _ratio(num: int, den: int) -> str:
    return f"{num / den:.2f}" if den else "–"


def report(engine: str, counts: Counter[str]) -> None:
    tp, fp, fn = (sum(counts[f"{c} {k}"] for c in CATEGORIES) for k in ("tp", "fp", "fn"))
    ctp, cfp, cfn = counts["critical tp"], counts["critical fp"], counts["critical fn"]
    micro = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0
    print(f"{engine}: critical found {ctp} of {ctp + cfn} (R {_ratio(ctp, ctp + cfn)}), "
          f"false {cfp} (P {_ratio(ctp, ctp + cfp)}); micro F1 {micro:.4f}; "
          f"4-5 stars shown critical, not labelled critical: {counts['happy false critical']}")
    for c in CATEGORIES:
        t, f, n = counts[f"{c} tp"], counts[f"{c} fp"], counts[f"{c} fn"]
        print(f"    {c:<26} labelled {t + n:>4}  found {t:>4}  false {f:>4}  "
              f"P {_ratio(t, t + f):>4}  R {_ratio(t, t + n):>4}")


def parse_engines(parser: argparse.ArgumentParser, text: str) -> list[str]:
    """The engines named in `text` ("blend+rc,rules"); an unknown one is the parser's error."""
    engines = [e.strip() for e in text.split(",") if e.strip()]
    unknown = set(engines) - set(ENGINES)
    if unknown:
        parser.error(f"unknown engines {sorted(unknown)}; known: {', '.join(ENGINES)}")
    return engines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triage-model", type=Path, default=None, metavar="DIR")
    parser.add_argument("--engines", default=",".join(ENGINES))
    parser.add_argument("--set", choices=sorted(TEST_SETS), default="17f", help="which test set (default 17f)")
    args = parser.parse_args(argv)
    if not (DATA_DIR / "reviews-dev.csv").exists():
        print(f"SKIP: {DATA_DIR} not found (needs ../shared beside the repo)")
        return 0
    engines = parse_engines(parser, args.engines)
    rows = fresh_labels(load_corpus().reviews, TEST_SETS[args.set])
    triage = TriageModel.load(args.triage_model)
    print(f"test set {args.set}: {len(rows)} reviews labelled after the freeze; "
          f"models: {args.triage_model or 'resources/triage'}")
    for engine in engines:
        report(engine, measure(Analyzer(triage=triage, decider=engine), rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
