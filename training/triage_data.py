"""Training data of the triage models, read from ../shared/data at run time (never copied here).

- `severity-train.jsonl`: reviews labelled with the severity categories by reading them,
  joined on `id` with `reviews-dev.csv` / `reviews-more.csv` for text, language, stars, source;
- hand-written examples (group "handwritten": always trained on, never a held-out fold):
  `training/extra_examples.jsonl` (72 short reviews written for this model: the rare
  categories and look-alike negatives from the guide's "not when" column) and the
  `training/rare_examples.jsonl` (103 more, written for round 2 of issue 17 from the guide
  alone — not from the real reviews the model missed — for health & safety, legal threats,
  discrimination/harassment and minors outside restaurants, in EN and FR, plus look-alike
  negatives), and the project's labelled test sentences
  `tests/analysis/data/severity_{,blind2_,blind3_}*.tsv` (the rules were written on them).
  `severity_blind4_*`, `severity_holdout_*`, `severity_blind5_*` to `severity_blind8_*`
  (realistic multi-sentence reviews, one per line) are left out: they stay a held-out check of
  the shipped model;
- the evidence quotes of severity-train.jsonl, as short training-only examples of their
  categories (`evidence_quotes`; left out with their review's source in cross-validation);
- optionally (`own_labels`), labels written for this project by reading more real reviews of
  the same files: `training/labels_17h.jsonl` (round 6 of issue 17: 363 random 1–3★ reviews)
  and `training/labels_17t.jsonl` (round 7: 280 reviews drawn where incidents are likelier,
  `training/sample_targeted.py`) — ids, categories and evidence as character offsets into the
  review's text; no text is stored here. They are reviews of their own source (left out with it in cross-validation) but
  marked `training_only`: the cross-validation never scores them, so its figures stay on the
  3,077 reviews of severity-train.jsonl and comparable with the documented ones;
- the star ratings of both CSV files for sentiment (1–2★ negative, 4–5★ positive, 3★ left out).
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA_DIR = HERE.parent.parent / "shared" / "data"
EXTRA = HERE / "extra_examples.jsonl"
RARE = HERE / "rare_examples.jsonl"
LABELS_17H = HERE / "labels_17h.jsonl"
LABELS_17T = HERE / "labels_17t.jsonl"
# Round 17 (17big): 2,950 real reviews drawn at random by no analyzer, labelled by six helpers.
LABELS_17BIG = HERE / "labels_17big.jsonl"
# Our label files by short name, for `--own-labels NAME[,NAME]` of the bench and training.
LABEL_FILES = {"17h": LABELS_17H, "17t": LABELS_17T, "17big": LABELS_17BIG}
# `--own-labels` with no name: round 6's file, as that option meant before round 7.
DEFAULT_EXTRA_LABELS = "17h"
# Label files of our own that the shipped training reads (rounds 6 and 7 measured
# labels_17h.jsonl and labels_17t.jsonl; the bench can add either with --own-labels).
OWN_LABELS: tuple[Path, ...] = ()
SENTENCES = HERE.parent / "tests" / "analysis" / "data"
TRAINING_SENTENCE_SETS = ("", "blind2_", "blind3_")
HELD_OUT_SENTENCE_SETS = ("blind4_", "holdout_", "blind5_", "blind6_", "blind7_", "blind8_")
CODES = {
    "H": "health_safety", "L": "legal_threat", "D": "discrimination_harassment", "F": "fraud_billing",
    "E": "escalation_threat", "S": "staff_behaviour", "M": "minors_safety",
}
HANDWRITTEN = "handwritten"
CATEGORIES = (
    "health_safety",
    "legal_threat",
    "discrimination_harassment",
    "minors_safety",
    "fraud_billing",
    "escalation_threat",
    "staff_behaviour",
)
CRITICAL = frozenset({"health_safety", "legal_threat", "discrimination_harassment", "minors_safety"})
csv.field_size_limit(10_000_000)


@dataclass(frozen=True, slots=True)
class Review:
    id: str
    lang: str
    stars: int | None
    text: str
    source: str


@dataclass(frozen=True, slots=True)
class Labelled:
    review: Review
    categories: frozenset[str]
    evidence: dict[str, str] = field(default_factory=dict)
    # Trained on, never a scored test item (labels added after the documented figures).
    training_only: bool = False


@dataclass(slots=True)
class Corpus:
    reviews: dict[str, Review]
    labelled: list[Labelled]

    def sources(self) -> list[str]:
        """Sources that can be held out (the hand-written group never is)."""
        return sorted({r.source for r in self.reviews.values()})

    def rated(self) -> list[tuple[Review, bool]]:
        """(review, is positive) for every 1–2★ / 4–5★ review, in file order."""
        return [(r, r.stars >= 4) for r in self.reviews.values() if r.stars in (1, 2, 4, 5)]


def _stars(value: str) -> int | None:
    return int(value) if value.strip().isdigit() else None


def load_corpus(
    data_dir: Path = DATA_DIR, extra: Path = EXTRA, rare: Path = RARE, own_labels: tuple[Path, ...] = OWN_LABELS,
) -> Corpus:
    reviews: dict[str, Review] = {}
    for name in ("reviews-dev.csv", "reviews-more.csv"):
        with (data_dir / name).open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                reviews[row["id"]] = Review(row["id"], row["lang"], _stars(row["stars"]), row["text"], row["source"])
    labelled = []
    with (data_dir / "severity-train.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            item = json.loads(line)
            labelled.append(Labelled(reviews[item["id"]], frozenset(item["categories"]), item.get("evidence", {})))
    for path in own_labels:
        labelled.extend(load_offset_labels(path, reviews, {lab.review.id for lab in labelled}))
    for prefix, path in (("hand", extra), ("rare", rare)):
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as fh:
            for number, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                item = json.loads(line)
                review = Review(f"{prefix}-{number:04d}", item["lang"], None, item["text"], HANDWRITTEN)
                labelled.append(Labelled(review, frozenset(item["categories"]), {}))
    for infix in TRAINING_SENTENCE_SETS:
        for lang in ("en", "fr"):
            for number, (categories, text) in enumerate(load_sentences(infix, lang), start=1):
                review = Review(f"sent-{infix}{lang}-{number:04d}", lang, None, text, HANDWRITTEN)
                labelled.append(Labelled(review, categories, {}))
    unknown = {c for lab in labelled for c in lab.categories} - set(CATEGORIES)
    if unknown:
        raise ValueError(f"unknown categories in the labels: {sorted(unknown)}")
    return Corpus(reviews, labelled)


def own_label_files(names: str | None) -> tuple[Path, ...]:
    """The label files of our own to train on: the shipped `OWN_LABELS`, plus the files named
    in `names` ("17h", "17t" or "17h,17t"; None adds nothing). Raises ValueError for an
    unknown name, listing the known ones (a typo must not silently train on nothing)."""
    if names is None:
        return OWN_LABELS
    wanted = [name.strip() for name in names.split(",") if name.strip()]
    unknown = [name for name in wanted if name not in LABEL_FILES]
    if unknown or not wanted:
        raise ValueError(f"unknown label files {unknown or [names]}; known: {', '.join(LABEL_FILES)}")
    return tuple(dict.fromkeys((*OWN_LABELS, *(LABEL_FILES[name] for name in wanted))))


def load_offset_labels(path: Path, reviews: dict[str, Review], known: set[str]) -> list[Labelled]:
    """Training-only labelled reviews from a file of {"id", "categories", "evidence":
    {category: [start, end]}} lines: the evidence becomes the quoted words of the review's
    text (so it trains exactly as severity-train's quotes do). Raises ValueError for an id
    that is not a review, is labelled twice, or an evidence span outside its text or without
    its category — a label file that does not fit the data must not train silently."""
    out: list[Labelled] = []
    seen = set(known)
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            item = json.loads(line)
            rid = item["id"]
            if rid not in reviews or rid in seen:
                raise ValueError(f"{path.name}:{number}: {rid} is {'labelled twice' if rid in seen else 'no review'}")
            seen.add(rid)
            review, categories = reviews[rid], frozenset(item["categories"])
            evidence = {}
            for category, (start, end) in item.get("evidence", {}).items():
                if category not in categories or not 0 <= start < end <= len(review.text):
                    raise ValueError(f"{path.name}:{number}: bad evidence {category} [{start}, {end}]")
                evidence[category] = review.text[start:end]
            out.append(Labelled(review, categories, evidence, training_only=True))
    return out


def without_sources(corpus: Corpus, excluded: frozenset[str]) -> Corpus:
    """The corpus as if the `excluded` sources did not exist: their labelled reviews (hence
    their evidence quotes) and their rated reviews are dropped; the hand-written group stays.
    Used to train a model that can be measured honestly on those sources (a held-out build,
    never shipped). Raises ValueError naming any source the data does not have."""
    unknown = excluded - set(corpus.sources())
    if unknown:
        raise ValueError(f"unknown sources: {', '.join(sorted(unknown))} (known: {', '.join(corpus.sources())})")
    return Corpus(
        {rid: r for rid, r in corpus.reviews.items() if r.source not in excluded},
        [lab for lab in corpus.labelled if lab.review.source not in excluded],
    )


def evidence_quotes(labelled: list[Labelled]) -> list[tuple[Review, frozenset[str]]]:
    """Each distinct evidence quote of a labelled real review as a short review of its own
    (same source and language), labelled with the categories it was quoted for. Training
    on them points the model at the words that carry a category rather than at the rest
    of the review's vocabulary."""
    quotes: dict[tuple[str, str], set[str]] = {}
    for lab in labelled:
        for category, quote in lab.evidence.items():
            if quote.strip():
                quotes.setdefault((lab.review.id, quote.strip()), set()).add(category)
    by_id = {lab.review.id: lab.review for lab in labelled}
    return [
        (Review(f"{rid}-quote-{n}", by_id[rid].lang, None, text, by_id[rid].source), frozenset(cats))
        for n, ((rid, text), cats) in enumerate(sorted(quotes.items()))
    ]


def load_sentences(infix: str, lang: str) -> list[tuple[frozenset[str], str]]:
    """(categories, text) of one hand-written set in tests/analysis/data."""
    rows = []
    for line in (SENTENCES / f"severity_{infix}{lang}.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        codes, text = line.split("\t", 1)
        rows.append((frozenset(CODES[c] for c in codes.split(",") if c != "-"), text))
    return rows
