"""The test set of real reviews labelled after the freeze (`training/labels_17f.jsonl`, read by
bench/triage_fresh.py): ids, categories and offsets only, never trained on, and the bench's
counting. The check of the file against the reviews needs ../shared beside the repo and is
skipped clearly without it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from training.triage_data import (
    CATEGORIES,
    DATA_DIR,
    LABEL_FILES,
    LABELS_17H,
    LABELS_17T,
    OWN_LABELS,
    Review,
    load_corpus,
    load_offset_labels,
)
from workstation.analysis.analyzer import Analyzer

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import triage_fresh


def _rows(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize(("name", "size"), [("17f", 1200), ("17f2", 760), ("17f3", 1097), ("17f4", 347), ("17f5", 190)])
def test_the_fresh_sets_hold_ids_categories_and_offsets_only_and_are_never_trained_on(name: str, size: int) -> None:
    path = triage_fresh.TEST_SETS[name]
    rows = _rows(path)
    assert len(rows) == len({row["id"] for row in rows}) == size
    for row in rows:
        assert set(row) == {"id", "categories", "evidence"}  # no review text is ever stored here
        assert set(row["categories"]) <= set(CATEGORIES)  # type: ignore[arg-type]
        assert set(row["evidence"]) == set(row["categories"])  # type: ignore[arg-type]
    assert path not in LABEL_FILES.values() and path not in OWN_LABELS


def test_the_fresh_sets_share_no_review() -> None:
    sets = [{str(row["id"]) for row in _rows(path)} for path in triage_fresh.TEST_SETS.values()]
    assert len(set().union(*sets)) == sum(len(ids) for ids in sets)


@pytest.mark.skipif(not (DATA_DIR / "severity-train.jsonl").exists(),
                    reason=f"needs ../shared/data beside the repo ({DATA_DIR} not found)")
def test_the_fresh_set_fits_the_reviews_and_overlaps_no_training_label() -> None:
    corpus = load_corpus(own_labels=())
    trained = {lab.review.id for lab in corpus.labelled if lab.review.source != "handwritten"}
    trained |= {str(row["id"]) for path in (LABELS_17H, LABELS_17T, *LABEL_FILES.values()) for row in _rows(path)}
    fresh = load_offset_labels(triage_fresh.FRESH, corpus.reviews, trained)  # refuses a known id
    assert len(fresh) == 1200
    assert sum(1 for lab in fresh if (lab.review.stars or 0) >= 4) == 240  # 30 of each source
    second = load_offset_labels(triage_fresh.TEST_SETS["17f2"], corpus.reviews, trained)
    assert len(second) == 760 and sum(1 for lab in second if (lab.review.stars or 0) >= 4) == 240
    third = load_offset_labels(triage_fresh.TEST_SETS["17f3"], corpus.reviews, trained)
    assert len(third) == 1097 and sum(1 for lab in third if (lab.review.stars or 0) >= 4) == 240
    fourth = load_offset_labels(triage_fresh.TEST_SETS["17f4"], corpus.reviews, trained)
    assert len(fourth) == 347 and {(lab.review.lang, lab.review.stars) for lab in fourth} == {("fr", 3)}
    fifth = load_offset_labels(triage_fresh.TEST_SETS["17f5"], corpus.reviews, trained)
    assert len(fifth) == 190 and {(lab.review.lang, lab.review.stars) for lab in fifth} == {("en", 3)}


def test_the_bench_counts_critical_reviews_categories_and_happy_false_alarms() -> None:
    rows = [
        (Review("a", "en", 1, "I got food poisoning after the chicken, sick all night.", "s"),
         frozenset({"health_safety"})),
        (Review("b", "en", 5, "Lovely staff, great pizza.", "s"), frozenset({"health_safety"})),
        (Review("c", "en", 2, "They charged me twice and refused a refund.", "s"), frozenset()),
    ]
    counts = triage_fresh.measure(Analyzer(decider="rules"), rows)
    assert (counts["critical tp"], counts["critical fn"], counts["critical fp"]) == (1, 1, 0)
    assert counts["fraud_billing fp"] == 1 and counts["health_safety fn"] == 1
    assert counts["happy false critical"] == 0
