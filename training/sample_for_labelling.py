"""Seeded random sample of real reviews for helper 17h to label by reading (issue 17, round 6).

Picks, per source, `--per-source` reviews rated 1–3★ (where incidents are) from
`../shared/data/reviews-dev.csv` and `reviews-more.csv` that are not already in
`severity-train.jsonl`. The draw is random (no keyword selection: the model needs incidents
worded in ways the rules do not catch), seeded, and prints only ids — or, with `--show`, the
texts of one batch for reading, stars hidden. Nothing is written into the repository.

    .venv/bin/python -m training.sample_for_labelling --ids            # the 400 ids, in order
    .venv/bin/python -m training.sample_for_labelling --show 0 40      # texts 0..39, no stars
"""

from __future__ import annotations

import argparse
import json
import random

from training.triage_data import DATA_DIR, load_corpus

SEED = 1703
PER_SOURCE = 50


def sample(per_source: int = PER_SOURCE, seed: int = SEED) -> list[str]:
    """Ids of the sample, shuffled across sources (so a batch mixes sources)."""
    corpus = load_corpus()
    with (DATA_DIR / "severity-train.jsonl").open(encoding="utf-8") as fh:
        labelled = {json.loads(line)["id"] for line in fh}
    rng = random.Random(seed)
    chosen: list[str] = []
    for source in corpus.sources():
        if source == "handwritten":
            continue
        pool = sorted(
            rid for rid, r in corpus.reviews.items()
            if r.source == source and r.stars in (1, 2, 3) and rid not in labelled
        )
        chosen.extend(rng.sample(pool, min(per_source, len(pool))))
    rng.shuffle(chosen)
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ids", action="store_true", help="print the sampled ids")
    parser.add_argument("--show", nargs=2, type=int, metavar=("START", "STOP"), help="print texts of a batch")
    args = parser.parse_args()
    ids = sample()
    if args.ids:
        print("\n".join(ids))
    if args.show:
        reviews = load_corpus().reviews
        start, stop = args.show
        for number in range(start, min(stop, len(ids))):
            review = reviews[ids[number]]
            print(f"#{number} {review.id} [{review.lang}]\n{review.text}\n")


if __name__ == "__main__":
    main()
