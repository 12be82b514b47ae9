"""The shipped triage models (resources/triage): they load, stay small, and give the answers
documented in docs/triage-model.md on fixed sentences; categories always come with evidence.

CI never retrains: these tests pin the shipped files. After retraining
(`python -m training.train_triage`), re-check the documented answers.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workstation.analysis import ANALYSIS_VERSION, Analyzer, ResourceError
from workstation.analysis.analyzer import DEFAULT_DECIDER
from workstation.analysis.triage import THRESHOLDS_FILE, TriageModel, triage_dir

MAX_MODEL_MB = 25
CATEGORIES = {
    "health_safety", "legal_threat", "discrimination_harassment", "minors_safety",
    "fraud_billing", "escalation_threat", "staff_behaviour",
}

# (text, categories the model must report, sentiment sign) — also listed in the model card.
DOCUMENTED = [
    ("I got food poisoning after eating the chicken here and was sick all night.", {"health_safety"}, -1),
    ("They charged my card twice and still refuse to refund me.", {"fraud_billing"}, -1),
    ("The manager shouted at us and insulted my wife.", {"staff_behaviour"}, -1),
    ("Lovely dinner, the chocolate cake is to die for!", set(), 1),
    ("Nous avons tous été malades après le repas, intoxication alimentaire, honteux.", {"health_safety"}, -1),
    ("I will contact my lawyer and report you to the health inspector.", {"legal_threat", "health_safety"}, -1),
    ("Je vais porter plainte et saisir la DGCCRF.", {"legal_threat"}, -1),
    ("Horrible service. I'm posting the video on YouTube tonight.", {"escalation_threat"}, -1),
    ("Killer burgers and sick fries, loved it.", set(), 1),
    ("Prélevé deux fois et toujours pas remboursé, c'est une arnaque.", {"fraud_billing"}, -1),
    ("Le vendeur a été insultant et méprisant avec moi.", {"staff_behaviour"}, -1),
    ("Séjour parfait, personnel adorable, je recommande !", set(), 1),
]


@pytest.fixture(scope="module")
def model() -> TriageModel:
    return TriageModel.load()


def test_shipped_model_is_small_and_complete(model: TriageModel) -> None:
    size = sum(p.stat().st_size for p in triage_dir().rglob("*") if p.is_file())
    assert size <= MAX_MODEL_MB * 1024 * 1024
    assert set(model.labels) == CATEGORIES
    assert set(model.thresholds) == CATEGORIES
    assert all(0.0 < t < 1.0 for t in model.thresholds.values())


# Where the blend's documented answer differs from the model's (a known miss, in the model card).
BLEND_DIFFERS = {
    "Horrible service. I'm posting the video on YouTube tonight.": {"staff_behaviour"},
}


@pytest.mark.parametrize(("text", "categories", "sign"), DOCUMENTED)
def test_documented_answers(model_analyzer: Analyzer, text: str, categories: set[str], sign: int) -> None:
    result = model_analyzer.analyze(text)
    assert set(result.categories) == categories, result
    assert result.sentiment * sign > 0.3, result.sentiment


@pytest.mark.parametrize("engine", ["blend_analyzer", "analyzer"])
@pytest.mark.parametrize(("text", "categories", "sign"), DOCUMENTED)
def test_documented_answers_of_the_blend(
    engine: str, text: str, categories: set[str], sign: int, request: pytest.FixtureRequest
) -> None:
    """The blend, alone and as the default "blend+rc" (the same answers on these sentences)."""
    result = request.getfixturevalue(engine).analyze(text)
    assert set(result.categories) == BLEND_DIFFERS.get(text, categories), result
    assert result.sentiment * sign > 0.3, result.sentiment


@pytest.mark.parametrize("engine", ["analyzer", "model_analyzer", "blend_analyzer"])
def test_every_category_shown_has_evidence_words(engine: str, request: pytest.FixtureRequest) -> None:
    analyzer: Analyzer = request.getfixturevalue(engine)
    for text, _categories, _sign in DOCUMENTED:
        result = analyzer.analyze(text)
        assert set(result.categories) == {ev.category for ev in result.evidence}
        for ev in result.evidence:
            assert text[ev.start : ev.end] == ev.text and ev.text.strip()


def test_a_category_the_rules_cannot_point_at_gets_the_model_s_sentence(model: TriageModel) -> None:
    # Every threshold at zero: the model "decides" every category for any text; only those
    # whose evidence can be located (rules, or a sentence scoring well enough) are shown.
    eager = TriageModel(model.nlp, dict.fromkeys(model.labels, 0.0001))
    analyzer = Analyzer(triage=eager, rules_decide=False)
    text = "Nice room. Breakfast was fine."
    result = analyzer.analyze(text)
    assert set(result.categories) == {ev.category for ev in result.evidence}
    assert all(ev.text in ("Nice room", "Breakfast was fine") for ev in result.evidence)


@pytest.mark.parametrize("engine", ["analyzer", "model_analyzer", "blend_analyzer"])
def test_analyze_many_matches_analyze(engine: str, request: pytest.FixtureRequest) -> None:
    from workstation.analysis import AnalysisInput

    analyzer: Analyzer = request.getfixturevalue(engine)
    texts = [t for t, _c, _s in DOCUMENTED] * 70  # more than one model batch
    many = list(analyzer.analyze_many(AnalysisInput(t) for t in texts))
    assert [a.categories for a in many[: len(DOCUMENTED)]] == [analyzer.analyze(t).categories for t, _c, _s in DOCUMENTED]
    assert len(many) == len(texts)


def test_the_blend_with_the_rules_critical_verdicts_decides_by_default() -> None:
    """"blend+rc" is the first decider to beat the rules on both critical recall and micro F1
    in grouped cross-validation (docs/triage-model.md); the analysis version was bumped with it."""
    assert DEFAULT_DECIDER == "blend+rc"
    assert ANALYSIS_VERSION >= 4
    analyzer = Analyzer()
    assert analyzer.decider == "blend+rc"
    assert analyzer.analyze("Got food poisoning").categories == ("health_safety",)


def test_the_shipped_model_carries_its_blend(model: TriageModel) -> None:
    assert model.blend is not None
    assert set(model.blend.category_weights) == CATEGORIES
    assert set(model.blend.sentiment_weights) == {"en", "fr"}
    assert all(0.0 < t < 1.0 for t in model.blend.thresholds.values())


def test_broken_model_folder_is_named(tmp_path: Path) -> None:
    (tmp_path / THRESHOLDS_FILE).write_text(json.dumps({"thresholds": {}}), encoding="utf-8")
    with pytest.raises(ResourceError) as info:
        TriageModel.load(tmp_path)
    assert info.value.path == tmp_path


def test_languages_the_model_does_not_know_keep_the_lexicon(model_analyzer: Analyzer, rules_analyzer: Analyzer) -> None:
    for text, lang in [("<p>השירות היה נורא</p>", None), ("Der Service war schrecklich.", "de")]:
        result = model_analyzer.analyze(text, stars=2, lang=lang)
        assert result.lang == "other"
        assert result.sentiment == rules_analyzer.analyze(text, stars=2, lang=lang).sentiment
