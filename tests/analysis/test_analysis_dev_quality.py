"""Sentiment AUC on the real review sample in ../shared (skipped when absent)."""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

import pytest

from workstation.analysis import Analyzer

BENCH = Path(__file__).resolve().parents[2] / "bench" / "analysis_quality.py"


def _roc_auc() -> object:
    spec = importlib.util.spec_from_file_location("analysis_quality", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.roc_auc


def test_roc_auc_helper() -> None:
    auc = _roc_auc()
    assert auc([0.9, 0.8, 0.1, 0.2], [True, True, False, False]) == 1.0  # type: ignore[operator]
    assert auc([0.5, 0.5], [True, False]) == 0.5  # type: ignore[operator]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "target"), [("en", 0.93), ("fr", 0.94)])
def test_auc_on_dev_reviews(analyzer: Analyzer, dev_reviews_csv: Path, lang: str, target: float) -> None:
    auc = _roc_auc()
    with dev_reviews_csv.open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["lang"] == lang and r["stars"] in {"1", "2", "4", "5"}]
    scores = [-analyzer.analyze(r["text"]).sentiment for r in rows]
    labels = [r["stars"] in {"1", "2"} for r in rows]
    assert auc(scores, labels) >= target  # type: ignore[operator]
