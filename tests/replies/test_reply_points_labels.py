"""The labels of what real reviews complain about (`training/reply_points.jsonl`, read by
bench/reply_points.py): ids and labels only, the parts apart, and the bench's counting."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from training.external_data import text_sha1

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import reply_points


def test_the_label_file_holds_ids_and_labels_only_in_disjoint_parts() -> None:
    rows = reply_points.read_labels()
    assert len(rows) == len({row["id"] for row in rows}) == 10434
    sizes = {part: sum(row["part"] == part for row in rows) for part in reply_points.PARTS}
    assert sizes == {"P1": 166, "P2": 134, "P3": 150, "P4": 150, "P5": 150, "P6": 150, "P7": 150, "P8": 150, "P9": 150, "P10": 150, "P11": 150, "P12": 150, "P13": 150, "P14": 150, "P15": 150, "P16": 150, "P17": 150, "P18": 150, "P19": 150, "P20": 150, "P21": 150, "P22": 150, "P23": 150, "P24": 150, "P25": 150, "P26": 150, "P27": 150, "P28": 150, "P29": 150, "P30": 150, "P31": 149, "P32": 135, "P33": 135, "P34": 135, "P35": 135, "P36": 135, "P37": 135, "P38": 135, "P39": 135, "P40": 135, "P41": 135, "P42": 135, "P43": 135, "P44": 135, "P45": 135, "P46": 135, "P47": 135, "P48": 135, "P49": 135, "P50": 135, "P51": 135, "P52": 135, "P53": 135, "P54": 135, "P55": 135, "P56": 135, "P57": 135, "P58": 121, "P59": 120, "P60": 120, "P61": 120, "P62": 155, "P63": 120, "P64": 120, "P65": 120, "P66": 120, "P67": 109, "P68": 105, "P69": 105, "P70": 105, "P71": 105, "P72": 105, "P73": 105, "P74": 105, "P75": 105, "P76": 105, "P77": 105}
    for row in rows:
        assert set(row) == {"id", "part", "complaints", "praised"}  # no review text is stored here
        assert set(row["complaints"]) <= reply_points.COMPLAINT_IDS  # type: ignore[arg-type]
        assert set(row["praised"]) <= reply_points.PRAISED_IDS  # type: ignore[arg-type]


def test_the_bench_counts_false_missed_and_apologised_praise() -> None:
    score = reply_points.Score()
    # The draft apologises for the food (praised) and the bill, misses the wait; "staff" and
    # "staff_behaviour" count as one, as do "fraud_billing" and "money".
    score.add(["food", "fraud_billing", "staff_behaviour"], ["money", "staff", "waiting_time"], ["food"])
    score.add([], [], ["staff"])
    assert (score.reviews, score.right, score.said, score.labelled) == (2, 2, 3, 3)
    assert (score.with_false, score.praised_apologised) == (1, 1)
    assert (score.fully_answered, score.complaining) == (0, 1)
    assert score.false_by == {"food": 1} and score.missed_by == {"waiting_time": 1}
    assert "precision 0.667 (2/3), recall 0.667 (2/3)" in score.line()


def test_the_composers_room_is_the_labellers_product_defect() -> None:
    # The labellers' brief has no room id: a hotel room's faults are product_defect (18p5).
    score = reply_points.Score()
    score.add(["room"], ["product_defect"], [])
    assert (score.right, score.said, score.labelled) == (1, 1, 1)


def test_the_written_sets_labels_name_each_written_review_once() -> None:
    rows = reply_points.read_labels(reply_points.WRITTEN_LABELS)
    for name in reply_points.WRITTEN_SETS:
        labelled = [row for row in rows if row["set"] == name]
        assert sorted(str(row["id"]) for row in labelled) == sorted(reply_points.written_reviews(name))
    for row in rows:
        assert set(row) == {"id", "set", "complaints", "praised"}
        assert set(row["complaints"]) <= reply_points.COMPLAINT_IDS  # type: ignore[arg-type]
        assert set(row["praised"]) <= reply_points.PRAISED_IDS  # type: ignore[arg-type]


def test_the_external_sets_labels_hold_no_text_and_fit_their_cache() -> None:
    for name, (cache, labels) in reply_points.EXTERNAL_SETS.items():
        rows = reply_points.read_labels(labels)
        assert len(rows) == len({row["id"] for row in rows}) >= 100
        for row in rows:
            assert set(row) == {"id", "sha1", "complaints", "praised"}  # no review text is stored here
            assert len(str(row["sha1"])) == 12
            assert set(row["complaints"]) <= reply_points.COMPLAINT_IDS  # type: ignore[arg-type]
            assert set(row["praised"]) <= reply_points.PRAISED_IDS  # type: ignore[arg-type]
        if not cache.exists():
            pytest.skip(f"needs the local cache of external reviews ({cache} not found)")
        assert sorted(str(row["id"]) for row in rows) == sorted(reply_points.external_reviews(name))


def test_an_external_cache_whose_text_changed_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache, labels = tmp_path / "reviews.jsonl", tmp_path / "labels.jsonl"
    text = "Nobody answers the phone and the order never came."
    labels.write_text(json.dumps({"id": "x-1", "sha1": text_sha1(text), "complaints": ["service"], "praised": []}) + "\n")
    row = {"ext_id": "x-1", "source": "shop-en-x", "lang": "en", "stars": 1, "text": text}
    cache.write_text(json.dumps(row) + "\n", encoding="utf-8")
    monkeypatch.setitem(reply_points.EXTERNAL_SETS, "x", (cache, labels))
    assert list(reply_points.external_reviews("x")) == ["x-1"]
    cache.write_text(json.dumps({**row, "text": text.replace("never", "finally")}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not the one labelled"):
        reply_points.external_reviews("x")


def test_the_second_reading_names_each_review_of_the_doubly_read_sets_once_with_labels_only() -> None:
    second = reply_points.read_labels(reply_points.SECOND_LABELS)
    first = {str(row["id"]): row for row in reply_points.read_labels()}
    doubly_read = {part for parts in reply_points.AGREEMENT_SETS.values() for part in parts}
    assert doubly_read == {"P27", "P28", "P59", "P60", "P61"}
    assert sorted(str(row["id"]) for row in second) == sorted(i for i, row in first.items() if row["part"] in doubly_read)
    for row in second:
        assert set(row) == {"id", "part", "labeller", "complaints", "praised"}  # no review text
        assert row["part"] == first[str(row["id"])]["part"]
        assert set(row["complaints"]) <= reply_points.COMPLAINT_IDS  # type: ignore[arg-type]
        assert set(row["praised"]) <= reply_points.PRAISED_IDS  # type: ignore[arg-type]
