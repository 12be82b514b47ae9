"""Generalisation of the checks to held-out phrasing (a regression floor, not a target)."""

from __future__ import annotations

import pytest

from .evaluation import evaluate_holdout


def test_holdout_recall_and_false_positives(capsys: pytest.CaptureFixture[str]) -> None:
    hits, positives, false_flags, runs, misses = evaluate_holdout()
    with capsys.disabled():
        print(
            f"\nheld-out: recall {hits}/{positives} = {hits / positives:.3f}; "
            f"false flags {false_flags}/{runs} check runs on clean replies"
        )
    assert hits / positives >= 0.85, "\n".join(misses)
    assert false_flags == 0
