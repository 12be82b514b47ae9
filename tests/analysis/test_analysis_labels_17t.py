"""Round 7 of issue 17: the incident-targeted draw (`training/sample_targeted.py`), the label
file written from it by reading (`training/labels_17t.jsonl`: ids, categories and offsets
only), and the choice of label files (`--own-labels 17h|17t|17h,17t`). The check of the file
against the reviews needs ../shared beside the repo and is skipped clearly without it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from training.sample_targeted import MODEL_HIGH, Candidate, draw
from training.training_args import parse_training_args
from training.triage_data import (
    CATEGORIES,
    DATA_DIR,
    LABELS_17H,
    LABELS_17T,
    OWN_LABELS,
    Review,
    load_corpus,
    load_offset_labels,
    own_label_files,
)


def _rows(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_labels_17t_hold_ids_categories_and_offsets_only() -> None:
    rows = _rows(LABELS_17T)
    assert len(rows) == len({row["id"] for row in rows}) == 280
    for row in rows:
        assert set(row) == {"id", "categories", "evidence"}  # no review text is ever stored here
        categories, evidence = row["categories"], row["evidence"]
        assert isinstance(categories, list) and isinstance(evidence, dict)
        assert set(categories) <= set(CATEGORIES) and set(evidence) == set(categories)
        assert all(len(span) == 2 and 0 <= span[0] < span[1] for span in evidence.values())


@pytest.mark.skipif(not (DATA_DIR / "severity-train.jsonl").exists(),
                    reason=f"needs ../shared/data beside the repo ({DATA_DIR} not found)")
def test_labels_17t_fit_the_reviews_and_overlap_no_other_labels() -> None:
    corpus = load_corpus(own_labels=())
    severity_train = {lab.review.id for lab in corpus.labelled if lab.review.source != "handwritten"}
    round_6 = {str(row["id"]) for row in _rows(LABELS_17H)}
    ids = {str(row["id"]) for row in _rows(LABELS_17T)}
    assert not ids & severity_train and not ids & round_6
    # Refuses an unknown or repeated id (the known ones included) and a span outside its text.
    labelled = load_offset_labels(LABELS_17T, corpus.reviews, severity_train | round_6)
    assert len(labelled) == 280 and all(lab.training_only for lab in labelled)
    assert all(quote.strip() == quote and quote for lab in labelled for quote in lab.evidence.values())
    assert {lab.review.source for lab in labelled} == set(corpus.sources()) - {"handwritten"}


def test_label_files_are_chosen_by_name_and_a_typo_is_refused() -> None:
    assert own_label_files(None) == OWN_LABELS
    assert LABELS_17T not in OWN_LABELS and LABELS_17H not in OWN_LABELS  # both measured, neither kept
    assert own_label_files("17t") == (*OWN_LABELS, LABELS_17T)
    assert own_label_files("17h, 17t") == (*OWN_LABELS, LABELS_17H, LABELS_17T)
    with pytest.raises(ValueError, match="17x"):
        own_label_files("17t,17x")


def test_the_training_option_names_its_files_and_keeps_round_6_as_its_default(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "severity-train.jsonl").write_text("", encoding="utf-8")
    shipped, out = tmp_path / "resources" / "triage", ["--out", str(tmp_path / "o")]
    data = ["--data", str(tmp_path)]
    args = parse_training_args("t", [*data, "--own-labels", *out], shipped)
    assert args is not None and own_label_files(args.own_labels) == (*OWN_LABELS, LABELS_17H)
    args = parse_training_args("t", [*data, "--own-labels", "17t", *out], shipped)
    assert args is not None and own_label_files(args.own_labels) == (*OWN_LABELS, LABELS_17T)
    assert parse_training_args("t", [*data, "--own-labels", "17t"], shipped) is None  # never into resources/
    assert parse_training_args("t", [*data, "--own-labels", "nope", *out], shipped) is None
    assert "nope" in capsys.readouterr().out


def _candidate(rid: str, source: str, stars: int, rule: bool, model: float) -> Candidate:
    return Candidate(Review(rid, "en", stars, "text", source), rule, model)


def test_the_targeted_draw_takes_half_pointed_half_highest_unpointed_low_stars_first() -> None:
    pool = [
        *(_candidate(f"a-hit-{i}", "a", 2, True, 0.1) for i in range(6)),  # a rule points at a critical category
        _candidate("a-model", "a", 1, False, MODEL_HIGH),  # the model alone points at one
        _candidate("a-hit-5star", "a", 5, True, 0.9),  # pointed but 4–5★: only to top up
        *(_candidate(f"a-quiet-{i}", "a", 3, False, i / 100) for i in range(10)),
        _candidate("a-quiet-5star", "a", 5, False, 0.45),  # high but 4–5★: after every 1–3★
        _candidate("b-hit", "b", 1, True, 0.0),
        _candidate("b-quiet-5star", "b", 4, False, 0.2),
        _candidate("b-quiet", "b", 2, False, 0.05),
    ]
    sample = draw(pool, per_source=6, pointed=3, seed=5)
    assert draw(pool, per_source=6, pointed=3, seed=5) == sample  # seeded, deterministic
    by_source = {s: [(c.review.id, half) for c, half in sample if c.review.source == s] for s in ("a", "b")}
    pointed_a = [rid for rid, half in by_source["a"] if half == "pointed"]
    assert len(pointed_a) == 3 and "a-hit-5star" not in pointed_a
    assert all(rid.startswith(("a-hit-", "a-model")) for rid in pointed_a)
    unpointed_a = [rid for rid, half in by_source["a"] if half == "unpointed"]
    # No critical rule marker; highest model probability first, 1–3★ before 4–5★.
    ranked = [rid for rid in ("a-model", "a-quiet-9", "a-quiet-8", "a-quiet-7") if rid not in pointed_a]
    assert sorted(unpointed_a) == sorted(ranked[:3])  # the sample itself is shuffled for reading
    # A source short of pointed reviews takes more unpointed ones, as its pool allows.
    assert sorted(by_source["b"]) == [("b-hit", "pointed"), ("b-quiet", "unpointed"), ("b-quiet-5star", "unpointed")]
