"""Training choices of the triage models that need no data from ../shared: positives of rare
categories weigh more, critical thresholds favour recall, the hand-written rare examples are
well formed and only ever trained on, and the held-out blind sets are not; a build without
some sources (`--exclude-sources`) keeps nothing of them and never defaults to resources/;
labels of our own stored as offsets (labels_17h.jsonl) become training-only quotes, and a
file that does not fit the data is refused; a build with external reviews (`--external`) needs
its own folder and the cache's two files.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest

from training.training_args import parse_training_args
from training.triage_blend import CRITICAL_BETA, best_threshold, threshold_beta
from training.triage_data import (
    CATEGORIES,
    CRITICAL,
    HANDWRITTEN,
    HELD_OUT_SENTENCE_SETS,
    LABELS_17H,
    OWN_LABELS,
    RARE,
    TRAINING_SENTENCE_SETS,
    Corpus,
    Labelled,
    Review,
    evidence_quotes,
    load_offset_labels,
    load_sentences,
    without_sources,
)
from training.triage_fit import positive_weights


def _items(positives: dict[str, int], n: int) -> list[tuple[list[str], dict[str, float]]]:
    return [([f"w{i}"], {c: float(i < k) for c, k in positives.items()}) for i in range(n)]


def test_a_rarer_label_weighs_more_up_to_the_cap() -> None:
    items = _items({"common": 50, "rare": 4, "none": 0}, 100)
    w = positive_weights(["common", "rare", "none"], items, power=0.5, cap=4.0)
    assert w[0] == pytest.approx(1.0)  # 50 positives, 50 negatives: ratio 1
    assert w[1] == pytest.approx(4.0)  # sqrt(96 / 4) ≈ 4.9, capped
    assert w[2] == pytest.approx(1.0)  # no positive: nothing to weigh
    assert np.all(positive_weights(["common", "rare"], items, power=0.0, cap=4.0) == 1.0)


def test_critical_thresholds_trade_precision_for_recall() -> None:
    # 10 positives: 6 score high, 4 score in the middle among 8 negatives.
    scores = np.array([0.9] * 6 + [0.4] * 4 + [0.4] * 8 + [0.1] * 82)
    truth = np.array([True] * 10 + [False] * 90)
    f1_threshold = best_threshold(scores, truth)
    f2_threshold = best_threshold(scores, truth, CRITICAL_BETA)
    assert f1_threshold > 0.4 >= f2_threshold
    assert {c for c in CATEGORIES if threshold_beta(c) > 1.0} == CRITICAL


def test_rare_examples_follow_the_guide_format() -> None:
    rows = [json.loads(line) for line in RARE.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 100
    assert {r["lang"] for r in rows} == {"en", "fr"}
    assert all(set(r["categories"]) <= set(CATEGORIES) and r["text"].strip() for r in rows)
    counts = {c: sum(c in r["categories"] for r in rows) for c in CRITICAL}
    assert min(counts.values()) >= 10, counts
    assert sum(not r["categories"] for r in rows) >= 10  # look-alike negatives too


def test_blind_sets_are_never_trained_on() -> None:
    assert {"blind5_", "blind6_", "blind7_", "blind8_"} <= set(HELD_OUT_SENTENCE_SETS)
    assert not set(HELD_OUT_SENTENCE_SETS) & set(TRAINING_SENTENCE_SETS)
    trained = {text for infix in TRAINING_SENTENCE_SETS for lang in ("en", "fr") for _c, text in load_sentences(infix, lang)}
    rare = {json.loads(line)["text"] for line in RARE.read_text(encoding="utf-8").splitlines() if line.strip()}
    for infix in ("blind5_", "blind6_", "blind7_", "blind8_"):
        for lang in ("en", "fr"):
            blind = {text for _c, text in load_sentences(infix, lang)}
            assert len(blind) >= 40 and not blind & (trained | rare)



@pytest.mark.parametrize("infix", ["blind6_", "blind7_", "blind8_"])
def test_blind_review_sets_hold_realistic_reviews_of_every_kind(infix: str) -> None:
    """Blind sets 6 to 8 are whole reviews (several sentences on one line), with critical,
    non-critical and look-alike rows in each language, so they measure more than the
    short-sentence sets."""
    for lang in ("en", "fr"):
        rows = load_sentences(infix, lang)
        # (a few texting-style reviews run their sentences together without stops)
        several = sum(len(re.findall(r"[.!?](?:\s|$)", text)) >= 2 for _c, text in rows)
        assert several >= 0.9 * len(rows), (several, len(rows))
        assert sum(bool(c & CRITICAL) for c, _t in rows) >= 12
        assert sum(bool(c) and not c & CRITICAL for c, _t in rows) >= 12
        assert sum(not c for c, _t in rows) >= 10

def _corpus() -> Corpus:
    reviews = {
        rid: Review(rid, "en", stars, "text", source)
        for rid, stars, source in (("a1", 1, "shop-a"), ("a2", 5, "shop-a"), ("b1", 2, "shop-b"), ("c1", 4, "shop-c"))
    }
    hand = Review("hand-0001", "en", None, "handwritten", HANDWRITTEN)
    labelled = [
        Labelled(reviews["a1"], frozenset({"fraud_billing"}), {"fraud_billing": "charged twice"}),
        Labelled(reviews["b1"], frozenset({"staff_behaviour"}), {"staff_behaviour": "rude"}),
        Labelled(reviews["c1"], frozenset(), {}),
        Labelled(hand, frozenset({"health_safety"}), {}),
    ]
    return Corpus(reviews, labelled)


def test_excluded_sources_leave_no_label_quote_or_rating_behind() -> None:
    kept = without_sources(_corpus(), frozenset({"shop-a", "shop-b"}))
    assert kept.sources() == ["shop-c"]
    assert [lab.review.id for lab in kept.labelled] == ["c1", "hand-0001"]  # hand-written stay
    assert evidence_quotes(kept.labelled) == []
    assert [r.id for r, _positive in kept.rated()] == ["c1"]
    assert without_sources(_corpus(), frozenset()).labelled == _corpus().labelled


def test_an_unknown_excluded_source_is_refused_not_ignored() -> None:
    with pytest.raises(ValueError, match="shop-x"):
        without_sources(_corpus(), frozenset({"shop-a", "shop-x"}))


def test_a_held_out_build_needs_its_own_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "severity-train.jsonl").write_text("", encoding="utf-8")
    shipped = tmp_path / "resources" / "triage"
    data = ["--data", str(tmp_path)]
    assert parse_training_args("t", [*data, "--exclude-sources", "shop-a"], shipped) is None
    assert "--out" in capsys.readouterr().out
    args = parse_training_args("t", [*data, "--exclude-sources", "shop-a, shop-b", "--out", str(tmp_path / "b")], shipped)
    assert args is not None and args.exclude_sources == {"shop-a", "shop-b"} and args.out == tmp_path / "b"
    args = parse_training_args("t", data, shipped)
    assert args is not None and args.exclude_sources == frozenset() and args.out == shipped
    assert not args.own_labels


def test_a_build_with_the_round_6_labels_needs_its_own_folder(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    # Round 6 measured labels_17h.jsonl in grouped CV and did not keep it: the shipped
    # training leaves it out, and a build with it must not overwrite resources/ by default.
    assert LABELS_17H not in OWN_LABELS
    (tmp_path / "severity-train.jsonl").write_text("", encoding="utf-8")
    shipped = tmp_path / "resources" / "triage"
    assert parse_training_args("t", ["--data", str(tmp_path), "--own-labels"], shipped) is None
    assert "--out" in capsys.readouterr().out
    args = parse_training_args("t", ["--data", str(tmp_path), "--own-labels", "--out", str(tmp_path / "o")], shipped)
    assert args is not None and args.own_labels and args.out == tmp_path / "o"


def test_a_build_with_external_reviews_needs_its_own_folder_and_their_files(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Round 23 (--external) measured 17x's dev half as training data and did not keep it.
    (tmp_path / "severity-train.jsonl").write_text("", encoding="utf-8")
    shipped = tmp_path / "resources" / "triage"
    cache = tmp_path / "cache"
    cache.mkdir()
    data = ["--data", str(tmp_path), "--external", str(cache)]
    assert parse_training_args("t", data, shipped) is None
    assert "--out" in capsys.readouterr().out
    assert parse_training_args("t", [*data, "--out", str(tmp_path / "o")], shipped) is None
    assert "no reviews.jsonl and labels.jsonl in" in capsys.readouterr().out
    for name in ("reviews.jsonl", "labels.jsonl"):
        (cache / name).write_text("", encoding="utf-8")
    args = parse_training_args("t", [*data, "--out", str(tmp_path / "o")], shipped)
    assert args is not None and args.external == (cache,) and args.out == tmp_path / "o"


def _offset_file(tmp_path: Path, rows: list[dict[str, object]]) -> Path:
    path = tmp_path / "labels.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def test_offset_labels_become_training_only_quotes_of_their_source(tmp_path: Path) -> None:
    reviews = {"r1": Review("r1", "en", 2, "Nice view. They charged me twice and kept the deposit.", "shop"),
               "r2": Review("r2", "fr", 1, "Attente trop longue.", "bank")}
    path = _offset_file(tmp_path, [
        {"id": "r1", "categories": ["fraud_billing"], "evidence": {"fraud_billing": [11, 32]}},
        {"id": "r2", "categories": [], "evidence": {}},
    ])
    labelled = load_offset_labels(path, reviews, known=set())
    assert [lab.training_only for lab in labelled] == [True, True]
    assert labelled[0].evidence == {"fraud_billing": "They charged me twice"}
    quotes = evidence_quotes(labelled)
    assert [(r.source, r.lang, r.text, cats) for r, cats in quotes] == [
        ("shop", "en", "They charged me twice", frozenset({"fraud_billing"}))]


@pytest.mark.parametrize("row, known", [
    ({"id": "nope", "categories": [], "evidence": {}}, set()),  # not a review of the data
    ({"id": "r1", "categories": [], "evidence": {}}, {"r1"}),  # already in severity-train
    ({"id": "r1", "categories": ["fraud_billing"], "evidence": {"fraud_billing": [5, 99]}}, set()),  # past the text
    ({"id": "r1", "categories": [], "evidence": {"fraud_billing": [0, 4]}}, set()),  # evidence without category
])
def test_offset_labels_that_do_not_fit_the_data_are_refused(tmp_path: Path, row: dict[str, object],
                                                            known: set[str]) -> None:
    reviews = {"r1": Review("r1", "en", 2, "They charged me twice.", "shop")}
    with pytest.raises(ValueError):
        load_offset_labels(_offset_file(tmp_path, [row]), reviews, known)


def test_labels_17h_hold_ids_categories_and_offsets_only() -> None:
    rows = [json.loads(line) for line in LABELS_17H.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) == len({row["id"] for row in rows}) == 363
    for row in rows:
        assert set(row) == {"id", "categories", "evidence"}  # no review text is ever stored here
        assert set(row["categories"]) <= set(CATEGORIES) and set(row["evidence"]) == set(row["categories"])
        assert all(len(span) == 2 and 0 <= span[0] < span[1] for span in row["evidence"].values())
