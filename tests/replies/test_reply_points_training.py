"""How the learned reply points are trained (`training/train_reply_points.py`): the thresholds it
chooses, the composer's points it simulates, and a deterministic tiny training run."""

from __future__ import annotations

import pytest

from training.reply_points_data import parts_arg
from training.train_reply_points import (
    Drafted,
    OutOfFold,
    Review,
    choose_thresholds,
    fold_of,
    score,
    train,
    with_learned,
)
from workstation.replies.point_model import PointModel, model_input


def _review(rid: str, complaints: tuple[str, ...], praised: tuple[str, ...] = (), source: str = "s") -> Review:
    return Review(
        id=rid, source=source, stars=2, lang="en", input=model_input(rid, 2, "en"),
        gold=frozenset(c for c in complaints if c != "health_safety"), complaints=complaints, praised=praised,
    )


def test_parts_are_named_as_ranges_or_lists() -> None:
    assert parts_arg("P1-P3") == ["P1", "P2", "P3"]
    assert parts_arg("P2,P5-P6") == ["P2", "P5", "P6"]


def test_the_composer_with_the_model_adds_points_as_review_points_does() -> None:
    probs = OutOfFold({"food": 0.9, "service": 0.7, "money": 0.95})
    thresholds = {"food": 0.5, "service": 0.6, "money": 0.9}
    drafted = Drafted(complaints=("waiting_time",), praised=("food",))
    assert with_learned(drafted, 2, probs, thresholds) == {"waiting_time", "service", "billing"}
    # Noise is the labellers' service: said once. A happy review's lone gripe stays a thank-you.
    assert with_learned(Drafted(("noise",), ()), 2, probs, thresholds) == {"noise", "food", "billing"}
    assert with_learned(Drafted((), ()), 4, probs, thresholds) == set()
    assert with_learned(Drafted(("price",), ()), 5, probs, thresholds) == {"price", "food", "service", "billing"}


def test_the_mirror_reads_the_toneless_clauses_as_the_composer_does() -> None:
    # 18clause: a topic named with no word of tone is a complaint when its clause, read alone,
    # reaches the clause threshold; never a praised topic; and a learned service names the catch-all.
    clauses = (("Lit un petit peu dur", ("room",)), ("Le petit déjeuner", ("food",)))
    drafted = Drafted(complaints=("other",), praised=(), clauses=clauses)
    sure, unsure = {"product_defect": 0.9, "food": 0.1}, {"food": 0.2}
    assert with_learned(drafted, 4, OutOfFold({}, (sure, unsure)), {}) == {"other", "room"}
    assert with_learned(drafted, 4, OutOfFold({"service": 0.9}, (sure, unsure)), {"service": 0.5}) == {"room", "service"}
    praised_room = Drafted(complaints=(), praised=("room",), clauses=clauses)
    assert with_learned(praised_room, 4, OutOfFold({}, (sure, unsure)), {}) == set()


def test_a_threshold_is_kept_only_where_it_answers_more_than_it_wrongs() -> None:
    # Service at 0.7 or more completes three reviews and wrongs none; between 0.5 and 0.7 it
    # wrongs three; food is never right.
    reviews = [_review(f"r{i}", ("service",)) for i in range(3)] + [_review(f"w{i}", ("price",)) for i in range(3)]
    drafted = {r.id: Drafted(("price",) if r.id.startswith("w") else (), ()) for r in reviews}
    probs = {r.id: OutOfFold({"service": 0.8 if r.id.startswith("r") else 0.6, "food": 0.9}) for r in reviews}
    chosen = choose_thresholds(reviews, drafted, probs)
    assert chosen == {"service": 0.65}  # the lowest grid value that leaves the wrong ones out
    before, after = score(reviews, drafted, probs, {}), score(reviews, drafted, probs, chosen)
    assert (before.fully_answered, after.fully_answered) == (3, 6)
    assert after.with_false == before.with_false == 0


def test_folds_follow_the_review_id_or_the_source() -> None:
    a, b = _review("dev-en-1", ("food",), source="x"), _review("dev-en-1", ("food",), source="y")
    assert fold_of(a, "id", 5, ["x", "y"]) == fold_of(b, "id", 5, ["x", "y"])
    assert (fold_of(a, "source", 5, ["x", "y"]), fold_of(b, "source", 5, ["x", "y"])) == (0, 1)


@pytest.mark.timeout(120)
def test_training_is_deterministic_and_learns_a_word() -> None:
    reviews = [
        _review(f"cold soup number {i}", ("food",)) if i % 2 else _review(f"rude waiter number {i}", ("staff",))
        for i in range(40)
    ]
    first, second = (PointModel(train(reviews), {}) for _ in range(2))
    inputs = [model_input("cold soup", 2, "en"), model_input("rude waiter", 2, "en")]
    p1, p2 = first.probabilities(inputs), second.probabilities(inputs)
    assert p1 == p2
    assert p1[0]["food"] > 0.5 > p1[0]["staff"] and p1[1]["staff"] > 0.5 > p1[1]["food"]
