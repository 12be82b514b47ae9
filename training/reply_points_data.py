"""The reply-point labels and how a draft's points are scored against them (issue 18).

`training/reply_points.jsonl` holds, for real reviews of ../shared/data, the complaints a good reply
must answer and the topics praised, labelled by reading (bench/reply_points.py tells how). Read by
the bench, by `training/train_reply_points.py` (the learned reply points) and by their tests.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from training.external_data import reply_point_sets

REPO = Path(__file__).resolve().parents[1]
LABELS = REPO / "training" / "reply_points.jsonl"
# A second, independent reading of P27 and P28 (300 reviews; two new labellers, a brief rewritten from
# bench/reply_points.py's docstring, 2026-12-06), and of P59-P61 (360 reviews; six new labellers,
# training/reply_points_brief.md, 2026-12-07, neither reading seen by the other): how far two people
# agree on what a reply must answer.
SECOND_LABELS = REPO / "training" / "reply_points_second.jsonl"
DATA_FILES = (REPO.parent / "shared" / "data" / "reviews-dev.csv", REPO.parent / "shared" / "data" / "reviews-more.csv")
PARTS = ("P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "P10", "P11", "P12", "P13", "P14", "P15", "P16", "P17", "P18", "P19", "P20", "P21", "P22", "P23", "P24", "P25", "P26", "P27", "P28", "P29", "P30", "P31", "P32", "P33", "P34", "P35", "P36", "P37", "P38", "P39", "P40", "P41", "P42", "P43", "P44", "P45", "P46", "P47", "P48", "P49", "P50", "P51", "P52", "P53", "P54", "P55", "P56", "P57", "P58", "P59", "P60", "P61", "P62", "P63", "P64", "P65", "P66", "P67", "P68", "P69", "P70", "P71", "P72", "P73", "P74", "P75", "P76", "P77")
COMPLAINT_IDS = frozenset({
    "health_safety", "minors_safety", "money", "discrimination", "staff_behaviour", "staff", "legal_threat",
    "escalation", "waiting_time", "food", "service", "cleanliness", "delivery", "booking", "product_defect",
    "app_crash", "login", "price",
})
PRAISED_IDS = frozenset(
    {"staff", "food", "service", "cleanliness", "delivery", "price", "room", "location", "ambience", "product", "app"}
)
# The reply assistant's ids (and the labels') on one scale. The composer's "other" (18rest: criticism no point
# names, acknowledged as such) stands for the labellers' catch-all "service", as a dining room's noise does.
SAME = {"hygiene": "health_safety", "fraud_billing": "money", "billing": "money", "staff_behaviour": "staff",
        "room": "product_defect", "noise": "service", "other": "service"}
# A praised topic label -> the complaint id that would apologise for it.
PRAISED_AS = {"staff": "staff", "food": "food", "service": "service", "cleanliness": "cleanliness",
              "delivery": "delivery", "price": "price", "product": "product_defect", "app": "app_crash"}


@dataclass
class Score:
    """Counts over a set of reviews."""

    reviews: int = 0
    right: int = 0
    said: int = 0
    labelled: int = 0
    with_false: int = 0
    praised_apologised: int = 0
    complaining: int = 0  # reviews with at least one labelled complaint
    fully_answered: int = 0  # ...whose every labelled complaint the draft answers (issue 18's target)
    false_by: Counter[str] = field(default_factory=Counter)
    missed_by: Counter[str] = field(default_factory=Counter)

    def add(self, got: Iterable[str], complaints: Iterable[str], praised: Iterable[str]) -> None:
        said, gold = {SAME.get(c, c) for c in got}, {SAME.get(c, c) for c in complaints}
        liked = {PRAISED_AS[p] for p in praised if p in PRAISED_AS} - gold
        self.reviews += 1
        self.right += len(said & gold)
        self.said += len(said)
        self.labelled += len(gold)
        self.with_false += bool(said - gold)
        self.praised_apologised += bool(said & liked)
        self.complaining += bool(gold)
        self.fully_answered += bool(gold) and gold <= said
        self.false_by.update(said - gold)
        self.missed_by.update(gold - said)

    def line(self) -> str:
        precision = self.right / self.said if self.said else 0.0
        recall = self.right / self.labelled if self.labelled else 0.0
        return (
            f"{self.reviews} reviews: complaint precision {precision:.3f} ({self.right}/{self.said}), recall "
            f"{recall:.3f} ({self.right}/{self.labelled}); reviews with a complaint they did not make "
            f"{self.with_false}; reviews whose praise is apologised for {self.praised_apologised}; "
            f"complaining reviews answered in full {self.fully_answered}/{self.complaining}"
        )


# Written reviews of other trades (bench/written/: ours, so their texts are in the repository), labelled
# with the same ids by helpers who saw no code (docs/reply-composer.md): gen1 to gen5 are the
# outside check's kinds of business (restaurants, cafés, bars, bakeries, hotels, fast food, ordering
# apps, banks), care1 care businesses. No model or list was built from them before they were measured
# (gen2's writers were shown example gripe phrases: it measures nothing that reads them). gen6 was
# written and labelled in session k, after round 28 of the triage was frozen.
WRITTEN_LABELS = REPO / "training" / "reply_points_written.jsonl"
WRITTEN_SETS = ("gen1", "gen2", "gen3", "gen4", "gen5", "gen6", "care1")


# Real reviews of other trades kept outside the repository (no licence is stated by their sources):
# the texts in a local cache beside it, the labels here with a fingerprint of each text
# (training/external_data.py lists them; training/labels_17n.md tells how they were made).
EXTERNAL_SETS: dict[str, tuple[Path, Path]] = reply_point_sets()


def external_reviews(name: str) -> dict[str, dict[str, object]]:
    """The cached texts of an external set by id, each checked against the fingerprint its label
    keeps: a cache whose text changed or lacks a labelled review is refused (ValueError naming the
    label line), never scored."""
    from training.external_data import load_external, refuse_changed_texts

    cache, labels = EXTERNAL_SETS[name]
    reviews = load_external(cache)
    refuse_changed_texts(reviews, labels, missing_ok=False)
    return {
        rid: {"ext_id": rid, "source": r.source, "lang": r.lang, "stars": r.stars, "text": r.text}
        for rid, r in reviews.items()
    }


def written_reviews(name: str) -> dict[str, dict[str, object]]:
    """The texts of a written set by id (bench/written/NAME.jsonl: ext_id, source, lang, stars, text)."""
    path = REPO / "bench" / "written" / f"{name}.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {str(row["ext_id"]): row for row in rows}


def read_labels(path: Path = LABELS) -> list[dict[str, object]]:
    """Every labelled review: {"id", "part", "complaints", "praised"}."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]



def parts_arg(text: str) -> list[str]:
    """The parts named as "P1-P20" or "P1,P3" (the training script's --parts, the bench's --part)."""
    out: list[str] = []
    for piece in text.split(","):
        if "-" in piece:
            lo, hi = (int(p.strip().lstrip("P")) for p in piece.split("-"))
            out += [f"P{i}" for i in range(lo, hi + 1)]
        else:
            out.append(piece.strip())
    return out


def data_present() -> bool:
    """Whether ../shared/data's review files are beside the repo (benches and training skip without)."""
    return all(path.exists() for path in DATA_FILES)


def review_rows() -> dict[str, dict[str, str]]:
    """The rows of ../shared/data's review files by id (text, stars, lang, source…)."""
    rows: dict[str, dict[str, str]] = {}
    for path in DATA_FILES:
        with path.open(encoding="utf-8") as fh:
            rows.update({row["id"]: row for row in csv.DictReader(fh)})
    return rows
