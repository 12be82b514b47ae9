"""The external test sets' labels (`training/labels_17x.jsonl`, `labels_17y.jsonl`, read by bench/triage_external.py):
ids, a fingerprint of the text, categories and offsets only — the review texts stay in a local
cache outside the repository —, never trained on; and the bench refuses a cache whose text is not
the one labelled. The check against the cache is skipped clearly without it."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from training.external_data import load_external, text_sha1
from training.triage_data import CATEGORIES, LABEL_FILES, OWN_LABELS

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import triage_external
import triage_fresh


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# Every external set's size, so a truncated or swapped label file shows (17m: the fetch of
# session l that the library's search budget cut short).
SIZES = {"17x": 1323, "17y": 781, "17z": 846, "17w": 787, "17n": 802, "17q": 780, "17s": 716, "17m": 163, "17k": 373, "17v": 565, "17j": 157, "17c": 55, "17a": 488, "17b": 404, "17d": 389, "17e": 473}


def test_every_external_set_has_its_size() -> None:
    assert set(SIZES) == set(triage_external.EXTERNAL_SETS)


@pytest.mark.parametrize("name", sorted(triage_external.EXTERNAL_SETS))
def test_the_file_holds_no_text_and_is_never_trained_on(name: str) -> None:
    labels = triage_external.EXTERNAL_SETS[name][1]
    rows = _rows(labels)
    assert len(rows) == len({row["id"] for row in rows}) == SIZES[name]
    for row in rows:
        assert set(row) == {"id", "sha1", "categories", "evidence"}  # no review text is stored here
        assert len(row["sha1"]) == 12
        assert set(row["categories"]) <= set(CATEGORIES)
        assert set(row["evidence"]) <= set(row["categories"])
        assert not row["id"].startswith(("dev-", "more-"))  # not a review of ../shared/data
    assert labels not in (*LABEL_FILES.values(), *OWN_LABELS, *triage_fresh.TEST_SETS.values())


def _cache(folder: Path, text: str) -> Path:
    path = folder / "reviews.jsonl"
    item = {"ext_id": "bank-x-1", "source": "bank-x", "lang": "en", "stars": 1, "text": text}
    path.write_text(json.dumps(item) + "\n", encoding="utf-8")
    return path


def test_a_cache_whose_text_was_not_the_one_labelled_is_refused(tmp_path: Path) -> None:
    labels = tmp_path / "labels.jsonl"
    text = "They charged me twice and refused the refund."
    labels.write_text(json.dumps({"id": "bank-x-1", "sha1": text_sha1(text),
                                  "categories": ["fraud_billing"], "evidence": {"fraud_billing": [5, 24]}}) + "\n")
    same = load_external(_cache(tmp_path, text))
    [(review, categories)] = triage_external.labelled_rows(same, labels)
    assert categories == {"fraud_billing"} and review.text[5:24] == "charged me twice an"
    other = load_external(_cache(tmp_path, text.replace("twice", "once")))
    with pytest.raises(ValueError, match="not the one labelled"):
        triage_external.labelled_rows(other, labels)


@pytest.mark.parametrize("name", sorted(triage_external.EXTERNAL_SETS))
def test_every_label_fits_its_cached_review(name: str) -> None:
    cache, labels = triage_external.EXTERNAL_SETS[name]
    if not cache.exists():
        pytest.skip(f"needs the local cache of external reviews ({cache} not found)")
    reviews = load_external(cache)
    assert len(triage_external.labelled_rows(reviews, labels)) == len(_rows(labels))


@pytest.mark.parametrize("name", sorted(triage_external.WRITTEN_SETS))
def test_the_written_sets_fit_their_labels_and_are_never_trained_on(name: str) -> None:
    texts, labels = triage_external.WRITTEN_SETS[name]
    rows = _rows(labels)
    assert len(triage_external.labelled_rows(load_external(texts), labels)) == len(rows) == 220
    assert labels not in (*LABEL_FILES.values(), *OWN_LABELS, *triage_fresh.TEST_SETS.values())
