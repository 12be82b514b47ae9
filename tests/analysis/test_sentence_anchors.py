"""Round 30 (17anchor): a category the blend decides with no rule evidence shows the model's
best sentence only among sentences holding a word of the category's domain
('sentence_anchors' in categories.json). On real reviews of new sources the model's best
"health & safety" sentence was often an app that did not work or a dish that was merely
bland; docs/triage-model.md, round 30."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from workstation.analysis import Analyzer
from workstation.analysis.resources import ResourceError, resources_dir
from workstation.analysis.rules import RuleSet

APP = "The app stopped working after the update."
ILL = "My son was sick all night."
BLAND = "The chicken tasted of nothing."


def test_health_anchors_are_the_domain_words(analyzer: Analyzer) -> None:
    rules: RuleSet = analyzer._rules
    assert rules.anchored("health_safety", ["my", "son", "was", "sick", "all", "night"])
    assert rules.anchored("health_safety", ["poulet", "pas", "cuit"])  # French, folded, prefix
    assert rules.anchored("health_safety", ["a&e"])
    assert not rules.anchored("health_safety", ["the", "app", "stopped", "working"])
    assert not rules.anchored("health_safety", ["illustrated"])  # "ill" is a whole word only
    # A category without anchors takes any sentence.
    assert rules.anchored("legal_threat", ["the", "app"])


def test_staff_and_money_anchors(analyzer: Analyzer) -> None:
    """Round 31: staff behaviour needs a person or an attitude, money a word of paying or ordering."""
    rules: RuleSet = analyzer._rules
    assert rules.anchored("staff_behaviour", ["the", "waitress", "ignored", "us"])
    assert rules.anchored("staff_behaviour", ["la", "serveuse", "etait", "desagreable"])
    assert not rules.anchored("staff_behaviour", ["this", "coffee", "is", "terrible"])
    assert rules.anchored("fraud_billing", ["they", "charged", "my", "card", "twice"])
    assert rules.anchored("fraud_billing", ["jamais", "rembourse"])
    assert not rules.anchored("fraud_billing", ["the", "app", "keeps", "crashing"])


def _spans_with_scores(analyzer: Analyzer, text: str, scores: list[float], monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The evidence `_model_spans` shows for a decided health verdict no rule points at, the
    model's sentence scores replaced by `scores` (one per sentence, in order)."""
    read = analyzer._read(text, "en")
    j = analyzer.model.labels.index("health_safety")

    def fixed(feature_lists: list[list[str]]) -> np.ndarray:
        matrix = np.zeros((len(feature_lists), len(analyzer.model.labels)))
        matrix[:, j] = scores
        return matrix

    monkeypatch.setattr(analyzer.model, "category_matrix_of", fixed)
    found = analyzer._model_spans(read.doc, read.matches, read.lang, {"health_safety"}, located={})
    return [read.doc[s:e].text for s, e in found.get("health_safety", [])]


def test_best_anchored_sentence_is_the_evidence(analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch) -> None:
    # The app sentence scores higher, but only the illness is of the category's domain.
    assert _spans_with_scores(analyzer, f"{APP} {ILL}", [0.95, 0.9], monkeypatch) == [ILL.rstrip(".")]


def test_no_anchored_sentence_no_category(analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _spans_with_scores(analyzer, f"{APP} {BLAND}", [0.95, 0.95], monkeypatch) == []


def test_anchored_sentence_still_needs_the_bar(analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _spans_with_scores(analyzer, f"{APP} {ILL}", [0.95, 0.05], monkeypatch) == []


@pytest.mark.parametrize("anchors", [["sick"], {"en": [], "fr": ["*"]}], ids=["not-by-language", "no-word"])
def test_bad_anchor_list_is_a_resource_error(tmp_path: Path, anchors: object) -> None:
    folder = tmp_path / "analysis"
    shutil.copytree(resources_dir(), folder)
    path = folder / "categories.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["categories"]["health_safety"]["sentence_anchors"] = anchors
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ResourceError, match="sentence_anchors"):
        Analyzer(resources=folder)
