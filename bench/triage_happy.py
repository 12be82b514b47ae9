"""Issue 17's third target on reviews nobody labelled: "no review at 4–5★ shown as critical
unless its text reports a real incident".

The pool: every 4–5★ review of ../shared/data that no triage label file names (not
severity-train.jsonl, not training/labels_17*.jsonl — training or test), about 16,700 reviews,
analysed by the shipped analyzer as the app runs it. "Shown critical" is counted two ways:
- **urgency Critical**: the level the window shows ("Urgency: Critical", the red row); on a
  4–5★ review it also needs a negative text (`analysis/urgency.py`);
- **a critical reason**: a critical category (health & safety, legal threat, discrimination
  or harassment, minors) listed among the reasons, whatever the level (what bench/triage_fresh.py
  counts as "4–5★ shown critical").
`training/labels_17hi.jsonl` holds the labels of every review shown with a critical reason on
2026-12-05 (136) plus 84 random others of the same pool (48 with seed 20261209, 36 with seed
20261210), shuffled together and labelled by helpers from the text alone by
../shared/data/SEVERITY_GUIDE.md (stars hidden, nothing said about why they were drawn). A
review shown critical that the file does not name is listed to be read (a newer analyzer flags
others). The random controls estimate how many real critical incidents the happy reviews hold
that the analyzer does not show.

Never trained on: no training reads labels_17hi.jsonl.

Run: .venv/bin/python bench/triage_happy.py   (about a minute)
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from triage_fresh import TEST_SETS  # type: ignore[import-not-found]

from training.triage_data import (
    CRITICAL,
    DATA_DIR,
    HERE,
    LABEL_FILES,
    OWN_LABELS,
    Review,
    load_corpus,
    load_offset_labels,
)
from workstation.analysis.analyzer import Analyzer

HAPPY_LABELS = HERE / "labels_17hi.jsonl"


def never_labelled_happy(reviews: dict[str, Review]) -> list[Review]:
    """4–5★ reviews that no triage label file (training or test) names, in id order."""
    named: set[str] = set()
    with (DATA_DIR / "severity-train.jsonl").open(encoding="utf-8") as fh:
        named |= {json.loads(line)["id"] for line in fh if line.strip()}
    for path in {*LABEL_FILES.values(), *OWN_LABELS, *TEST_SETS.values()}:
        named |= {json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    return sorted((r for r in reviews.values() if (r.stars or 0) >= 4 and r.id not in named), key=lambda r: r.id)


def main() -> int:
    if not (DATA_DIR / "reviews-dev.csv").exists():
        print(f"SKIP: {DATA_DIR} not found (needs ../shared beside the repo)")
        return 0
    corpus = load_corpus(own_labels=())
    pool = never_labelled_happy(corpus.reviews)
    labels = {lab.review.id: lab.categories for lab in load_offset_labels(HAPPY_LABELS, corpus.reviews, set())}
    analyzer = Analyzer()
    per_source: Counter[str] = Counter()
    reason_per_source: Counter[str] = Counter()
    level_per_source: Counter[str] = Counter()
    reasons: dict[str, frozenset[str]] = {}
    at_critical: set[str] = set()
    for review in pool:
        per_source[review.source] += 1
        analysis = analyzer.analyze(review.text, stars=review.stars, lang=review.lang)
        critical = frozenset(analysis.categories) & CRITICAL
        if critical:
            reasons[review.id] = critical
            reason_per_source[review.source] += 1
        if analysis.level == "critical":
            at_critical.add(review.id)
            level_per_source[review.source] += 1
    print(f"4-5 star reviews never labelled for triage: {len(pool)}")
    print(f"    {'source':<34} {'reviews':>7} {'urgency Critical':>17} {'a critical reason':>18}")
    for source in sorted(per_source):
        print(f"    {source:<34} {per_source[source]:>7} {level_per_source[source]:>17} "
              f"{reason_per_source[source]:>18}")
    for name, shown in (("urgency Critical", at_critical), ("a critical reason", set(reasons))):
        real = [rid for rid in shown if labels.get(rid, frozenset()) & CRITICAL]
        unfounded = sorted(rid for rid in shown if rid in labels and not labels[rid] & CRITICAL)
        unread = sorted(rid for rid in shown if rid not in labels)
        print(f"{name}: {len(shown)} of {len(pool)} ({len(shown) / max(1, len(pool)):.2%}); their text reports "
              f"a critical incident: {len(real)}; does not: {len(unfounded)} "
              f"({len(unfounded) / max(1, len(pool)):.2%} of the pool); not labelled yet: {len(unread)}")
        for rid in unfounded if name == "urgency Critical" else ():
            print(f"    no incident: {rid} ({', '.join(sorted(reasons.get(rid, ())))})")
        for rid in unread:
            print(f"    to read: {rid} ({', '.join(sorted(reasons.get(rid, ())))})")
    pool_ids = {r.id for r in pool}
    controls = [rid for rid in labels if rid not in reasons and rid in pool_ids]
    missed = [rid for rid in controls if labels[rid] & CRITICAL]
    print(f"random controls with no critical reason: {len(controls)}, of which labelled critical: {len(missed)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
