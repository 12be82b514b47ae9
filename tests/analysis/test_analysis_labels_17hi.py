"""The happy-review labels (`training/labels_17hi.jsonl`, read by bench/triage_happy.py): ids,
categories and offsets only, never trained on, no review shared with another label file; and
the bench's pool. The checks against the reviews need ../shared beside the repo and are skipped
clearly without it."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from training.triage_data import (
    CATEGORIES,
    DATA_DIR,
    LABEL_FILES,
    OWN_LABELS,
    load_corpus,
    load_offset_labels,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import triage_fresh
import triage_happy


def _ids(path: Path) -> set[str]:
    return {json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def test_the_file_holds_ids_categories_and_offsets_only_and_is_never_trained_on() -> None:
    rows = [json.loads(line) for line in triage_happy.HAPPY_LABELS.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len({row["id"] for row in rows}) == 220
    for row in rows:
        assert set(row) == {"id", "categories", "evidence"}  # no review text is stored here
        assert set(row["categories"]) <= set(CATEGORIES)
        assert set(row["evidence"]) == set(row["categories"])
    assert triage_happy.HAPPY_LABELS not in (*LABEL_FILES.values(), *OWN_LABELS, *triage_fresh.TEST_SETS.values())
    for other in (*LABEL_FILES.values(), *triage_fresh.TEST_SETS.values()):
        assert not _ids(triage_happy.HAPPY_LABELS) & _ids(other)


@pytest.mark.skipif(not (DATA_DIR / "severity-train.jsonl").exists(),
                    reason=f"needs ../shared/data beside the repo ({DATA_DIR} not found)")
def test_every_labelled_review_is_a_happy_review_of_the_never_labelled_pool() -> None:
    corpus = load_corpus(own_labels=())
    pool = {review.id for review in triage_happy.never_labelled_happy(corpus.reviews)}
    labelled = load_offset_labels(triage_happy.HAPPY_LABELS, corpus.reviews, set())  # checks the offsets
    assert all(lab.review.id in pool and (lab.review.stars or 0) >= 4 for lab in labelled)
    assert not pool & {lab.review.id for lab in corpus.labelled}  # severity-train is not in the pool
