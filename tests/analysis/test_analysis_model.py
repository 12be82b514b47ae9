"""Result types: JSON round trip and version."""

from __future__ import annotations

import pytest

from workstation.analysis import ANALYSIS_VERSION, Analysis, Analyzer


def test_round_trip(analyzer: Analyzer) -> None:
    result = analyzer.analyze("Le serveur Marc était impoli, intoxication alimentaire, j'appelle mon avocat 😡", stars=1)
    assert result.evidence and result.topics and result.flags
    again = Analysis.from_json(result.to_json())
    assert again == result
    assert again.version == ANALYSIS_VERSION
    assert "intoxication" in result.to_json()  # not escaped: readable in the DB


@pytest.mark.parametrize("bad", ["", "{}", "[]", '{"lang": "en"}', '{"lang":"en","sentiment":"x","urgency":0,"level":"low"}'])
def test_bad_json_raises_value_error(bad: str) -> None:
    with pytest.raises(ValueError):
        Analysis.from_json(bad)


def test_analyze_many_matches_analyze(analyzer: Analyzer) -> None:
    from workstation.analysis import AnalysisInput

    items = [
        AnalysisInput("Rude waiter, cold food.", stars=1, lang="en"),
        AnalysisInput("Parfait, merci !", stars=5),
        AnalysisInput(""),
    ]
    many = list(analyzer.analyze_many(items))
    assert many == [analyzer.analyze(i.text, stars=i.stars, lang=i.lang) for i in items]


def test_labels_are_exposed(analyzer: Analyzer) -> None:
    assert analyzer.categories["legal_threat"].label_fr == "Menace juridique"
    assert {"food", "service", "delivery", "app_bug", "login", "billing"} <= set(analyzer.topics)
    assert all(t.label_en and t.label_fr for t in analyzer.topics.values())
