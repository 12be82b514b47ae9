"""Incident-targeted sample of real reviews for helper 17t to label by reading (issue 17, round 7).

Round 6 (`sample_for_labelling.py`) drew 1–3★ reviews at random: only 20 of 363 were critical.
This draw goes where critical incidents (health & safety, legal threat, discrimination /
harassment, minors) are likelier, with a design fixed before any measurement (never tuned on
cross-validation results):

- **Pool**: every review of `../shared/data/reviews-dev.csv` / `reviews-more.csv` of the 8
  sources, with words in it, that is neither in `severity-train.jsonl` nor in
  `training/labels_17h.jsonl`. Any star rating may be drawn, 1–3★ first.
- Each pool review is read once by the **shipped analyzer** (`resources/triage`): its rule
  markers (the same `__<category>_hit|gated|neg` features the model reads) and the shipped
  model's probability for each critical category.
- Per source, `PER_SOURCE` = 35 reviews (8 × 35 = 280):
  - **half "pointed"** (`POINTED` = 18): reviews where the analyzer points at a critical
    category — any rule marker of a critical category (a gated or negated hit included) or a
    model probability ≥ `MODEL_HIGH` (0.5) for one. A seeded random draw among the 1–3★ ones,
    topped up from the 4–5★ ones if a source has too few;
  - **half "unpointed"** (the rest, 17 or more): reviews with **no** rule marker of any critical
    category, highest shipped-model critical probability (the maximum over the four critical
    categories) first, 1–3★ before 4–5★ — the incidents the rules miss, i.e. the recall gap.
    Ties break on the id. A source short of pointed reviews takes more unpointed ones.
- The ids are shuffled across sources with the seed, so a reading batch mixes sources and
  halves; `--show` prints id, language and text only (stars and the half are hidden, so the
  reader does not know why a review was drawn).

Nothing is written into the repository; the labels are written by hand into
`training/labels_17t.jsonl` (ids, categories, offsets) after reading.

    .venv/bin/python -m training.sample_targeted --ids            # the ids, in reading order
    .venv/bin/python -m training.sample_targeted --show 0 40      # texts 0..39, no stars
    .venv/bin/python -m training.sample_targeted --summary        # counts per source and half
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from dataclasses import dataclass

from training.triage_data import CRITICAL, DATA_DIR, HANDWRITTEN, LABELS_17H, Review, load_corpus

SEED = 1717
PER_SOURCE = 35
POINTED = 18
MODEL_HIGH = 0.5
LOW_STARS = (1, 2, 3)


@dataclass(frozen=True, slots=True)
class Candidate:
    review: Review
    rule_marker: bool  # any rule marker (hit, gated or negated) of a critical category
    model_max: float  # the shipped model's highest probability over the critical categories

    @property
    def pointed(self) -> bool:
        return self.rule_marker or self.model_max >= MODEL_HIGH

    @property
    def low_stars(self) -> bool:
        return self.review.stars in LOW_STARS


def already_labelled() -> set[str]:
    """Ids in severity-train.jsonl and in labels_17h.jsonl (never drawn again)."""
    ids: set[str] = set()
    for path in (DATA_DIR / "severity-train.jsonl", LABELS_17H):
        with path.open(encoding="utf-8") as fh:
            ids.update(json.loads(line)["id"] for line in fh if line.strip())
    return ids


def candidates() -> list[Candidate]:
    """Every pool review with what the shipped analyzer sees in it, in id order."""
    # Imported here: loading the analyzer is only needed for drawing, not for --help.
    from workstation.analysis.analyzer import Analyzer

    corpus = load_corpus(own_labels=())
    taken = already_labelled()
    analyzer = Analyzer()
    model = analyzer.model
    pool = sorted(
        (r for r in corpus.reviews.values() if r.source != HANDWRITTEN and r.id not in taken and r.text.strip()),
        key=lambda r: r.id,
    )
    features = [analyzer.model_features(r.text, r.lang) for r in pool]
    critical_columns = [model.labels.index(c) for c in sorted(CRITICAL)]
    matrix = model.category_matrix_of(features)
    markers = {f"__{c}_{kind}" for c in CRITICAL for kind in ("hit", "gated", "neg")}
    return [
        Candidate(r, bool(markers.intersection(f)), float(row[critical_columns].max()))
        for r, f, row in zip(pool, features, matrix, strict=True)
    ]


def draw(
    pool: list[Candidate], per_source: int = PER_SOURCE, pointed: int = POINTED, seed: int = SEED,
) -> list[tuple[Candidate, str]]:
    """The sample as designed above, each with the half that drew it ("pointed" or
    "unpointed"), shuffled across sources."""
    rng = random.Random(seed)
    chosen: list[tuple[Candidate, str]] = []
    for source in sorted({c.review.source for c in pool}):
        mine = [c for c in pool if c.review.source == source]
        hits = [c for c in mine if c.pointed]
        picked: list[Candidate] = []
        for low in (True, False):
            group = [c for c in hits if c.low_stars == low]
            picked.extend(rng.sample(group, min(pointed - len(picked), len(group))))
        rest = sorted(
            (c for c in mine if not c.rule_marker and c not in picked),
            key=lambda c: (not c.low_stars, -c.model_max, c.review.id),
        )
        chosen.extend((c, "pointed") for c in picked)
        chosen.extend((c, "unpointed") for c in rest[: per_source - len(picked)])
    rng.shuffle(chosen)
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ids", action="store_true", help="print the sampled ids")
    parser.add_argument("--show", nargs=2, type=int, metavar=("START", "STOP"), help="print texts of a batch")
    parser.add_argument("--summary", action="store_true", help="counts per source, half and star band")
    args = parser.parse_args()
    sample = draw(candidates())
    if args.ids:
        print("\n".join(c.review.id for c, _half in sample))
    if args.summary:
        counts = Counter((c.review.source, half, c.low_stars) for c, half in sample)
        for (source, half, low), n in sorted(counts.items()):
            print(f"{source:32} {half:9} {'1-3' if low else '4-5'}★ {n}")
        print(f"total {len(sample)}")
    if args.show:
        start, stop = args.show
        for number in range(start, min(stop, len(sample))):
            review = sample[number][0].review
            print(f"#{number} {review.id} [{review.lang}]\n{review.text}\n")


if __name__ == "__main__":
    main()
