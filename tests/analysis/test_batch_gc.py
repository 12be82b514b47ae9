"""The batch command's collector settings last only as long as its loop (workstation/analysis/batch_gc.py)."""

from __future__ import annotations

import gc

import pytest

from workstation.analysis.batch_gc import BATCH_THRESHOLD, few_collections


def test_settings_are_restored_after_the_block_even_on_error() -> None:
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), few_collections():
        assert gc.get_threshold()[0] == BATCH_THRESHOLD
        assert gc.get_freeze_count() > 0  # what was alive when the batch began is left alone
        raise RuntimeError("a failing batch")
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_cycles_made_during_the_batch_are_still_collected() -> None:
    class Node:
        other: object = None

    with few_collections():
        a, b = Node(), Node()
        a.other, b.other = b, a
        del a, b
        assert gc.collect() >= 2
