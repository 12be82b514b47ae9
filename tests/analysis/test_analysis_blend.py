"""The blend (workstation/analysis/blend.py): rules and model weighed per category and language.

Hand-made weights isolate the wiring from the shipped weights: a blend that only trusts the
rules' decision must decide exactly what the rules decide, one that only trusts the model
what the model decides; evidence is always required; the shipped blend file round-trips.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from training.triage_blend import best_threshold, fit_blend, fit_logistic
from workstation.analysis import Analyzer
from workstation.analysis.blend import (
    CATEGORY_FEATURES,
    SENTIMENT_FEATURES,
    Blend,
    RuleSignals,
    category_features,
    sigmoid,
)
from workstation.analysis.triage import TriageModel

CATEGORIES = (
    "health_safety", "legal_threat", "discrimination_harassment", "minors_safety",
    "fraud_billing", "escalation_threat", "staff_behaviour",
)
TEXTS = [
    "I got food poisoning after eating the chicken here and was sick all night.",
    "They charged my card twice and still refuse to refund me.",
    "The manager shouted at us and insulted my wife.",
    "Lovely dinner, the chocolate cake is to die for!",
    "Nobody got sick, the kitchen looked spotless.",
    "Je vais porter plainte et saisir la DGCCRF.",
    "Prélevé deux fois et toujours pas remboursé, c'est une arnaque.",
    "Séjour parfait, personnel adorable, je recommande !",
]


def _weights(**named: float) -> np.ndarray:
    return np.array([named.get(name, 0.0) for name in CATEGORY_FEATURES])


def _blend(weights: np.ndarray, sentiment: np.ndarray | None = None) -> Blend:
    senti = sentiment if sentiment is not None else np.array([0.0, 1.0, 0.0])
    return Blend(dict.fromkeys(CATEGORIES, weights), dict.fromkeys(CATEGORIES, 0.5), {"en": senti, "fr": senti})


@pytest.fixture(scope="module")
def shipped() -> TriageModel:
    return TriageModel.load()


def _with_blend(model: TriageModel, blend: Blend) -> Analyzer:
    return Analyzer(triage=TriageModel(model.nlp, model.thresholds, blend), decider="blend")


def test_a_blend_trusting_only_the_rules_decides_like_the_rules(shipped: TriageModel, rules_analyzer: Analyzer) -> None:
    analyzer = _with_blend(shipped, _blend(_weights(bias=-5.0, rules_decide=10.0)))
    for text in TEXTS:
        assert set(analyzer.analyze(text).categories) == set(rules_analyzer.analyze(text).categories), text


def test_a_blend_trusting_only_the_model_decides_like_the_model(shipped: TriageModel) -> None:
    # Blended probability = the model's, thresholds = the model's: same decisions, same evidence.
    blend = Blend(dict.fromkeys(CATEGORIES, _weights(model_logit=1.0)), dict(shipped.thresholds),
                  {"en": np.array([0.0, 1.0, 0.0]), "fr": np.array([0.0, 1.0, 0.0])})
    analyzer = _with_blend(shipped, blend)
    model_only = Analyzer(triage=shipped, decider="model")
    for text in TEXTS:
        ours, theirs = analyzer.analyze(text), model_only.analyze(text)
        assert ours.categories == theirs.categories and ours.evidence == theirs.evidence, text
        assert ours.sentiment == pytest.approx(theirs.sentiment, abs=1e-3)


def test_a_decided_category_without_evidence_is_not_shown(shipped: TriageModel) -> None:
    eager = _with_blend(shipped, _blend(_weights(bias=10.0)))  # decides every category for any text
    text = "Nice room. Breakfast was fine."
    result = eager.analyze(text)
    assert set(result.categories) == {ev.category for ev in result.evidence}
    assert all(ev.text in ("Nice room", "Breakfast was fine") for ev in result.evidence)


def test_blend_sentiment_weighs_model_and_lexicon_and_keeps_the_lexicon_elsewhere() -> None:
    blend = _blend(_weights(), sentiment=np.array([0.0, 0.0, 4.0]))  # lexicon only
    assert blend.sentiment("en", 0.99, -0.5) < 0 < blend.sentiment("fr", 0.01, 0.5)
    assert blend.sentiment("other", 0.99, -0.25) == -0.25
    assert blend.sentiment("en", 0.5, 0.0) == pytest.approx(0.0)


def test_negated_rule_hits_are_a_signal_of_their_own(rules_analyzer: Analyzer) -> None:
    _words, signals = rules_analyzer.blend_inputs("Nobody got sick, the kitchen looked spotless.", "en")
    hit_words, hit = rules_analyzer.blend_inputs("We all got sick after the meal.", "en")
    assert "health_safety" in hit.decide and "health_safety" in hit.locate
    assert "health_safety" not in signals.decide
    assert "__health_safety_hit" in hit_words
    x = category_features(0.5, "health_safety", hit)
    assert x[CATEGORY_FEATURES.index("rules_decide")] == 1.0
    assert x[CATEGORY_FEATURES.index("model_logit")] == pytest.approx(0.0)


def test_blend_file_round_trips_and_refuses_other_features(tmp_path: Path) -> None:
    blend = _blend(_weights(bias=-1.0, rules_locate=2.5))
    blend.save(tmp_path)
    again = Blend.load(tmp_path)
    assert again is not None and again.to_json() == blend.to_json()
    raw = blend.to_json()
    raw["sentiment_features"] = [*SENTIMENT_FEATURES, "stars"]
    with pytest.raises(ValueError, match="features"):
        Blend.from_json(raw)
    assert Blend.load(tmp_path / "nothing") is None


def test_the_stacker_learns_which_signal_to_trust() -> None:
    # Synthetic out-of-fold data: the rules are right, the model is noise.
    rng = np.random.default_rng(17)
    n = 400
    truth = rng.random((n, len(CATEGORIES))) < 0.2
    signals = [
        RuleSignals(frozenset(c for j, c in enumerate(CATEGORIES) if truth[i, j]),
                    frozenset(c for j, c in enumerate(CATEGORIES) if truth[i, j]), frozenset(), 0.0)
        for i in range(n)
    ]
    probabilities = rng.random((n, len(CATEGORIES)))
    positive = rng.random(n)
    lexicon = rng.normal(size=n)
    is_positive = lexicon > 0  # the lexicon is right about sentiment, the model is noise
    blend = fit_blend(probabilities, signals, truth, positive, lexicon, ["en"] * (n // 2) + ["fr"] * (n // 2), is_positive)
    for c in CATEGORIES:
        w = dict(zip(CATEGORY_FEATURES, blend.category_weights[c], strict=True))
        assert w["rules_decide"] + w["rules_locate"] > 5 * abs(w["model_logit"])
    for lang in ("en", "fr"):
        _bias, model_logit, lex = blend.sentiment_weights[lang]
        assert lex > 5 * abs(model_logit)


def test_logistic_fit_and_threshold() -> None:
    x = np.column_stack([np.ones(6), [-2.0, -1.0, -0.5, 0.5, 1.0, 2.0]])
    y = np.array([0, 0, 1, 0, 1, 1], dtype=float)
    w = fit_logistic(x, y, l2=0.1)
    assert w[1] > 0
    assert np.all(np.diff(sigmoid(x @ w)) > 0)
    # Separable scores: any threshold in (0.2, 0.8] is perfect; ties go to the higher one.
    scores = np.array([0.2] * 5 + [0.8] * 5)
    assert best_threshold(scores, scores > 0.5) == pytest.approx(0.8)
    assert best_threshold(np.zeros(3), np.zeros(3, dtype=bool)) == 0.5  # too few positives: default


def test_fast_decision_matches_the_stacker_formula() -> None:
    rng = np.random.default_rng(3)
    blend = Blend({c: rng.normal(size=len(CATEGORY_FEATURES)) for c in CATEGORIES},
                  {c: float(rng.uniform(0.05, 0.95)) for c in CATEGORIES}, {})
    for _ in range(300):
        chosen = [frozenset(c for c in CATEGORIES if rng.random() < 0.3) for _k in range(3)]
        signals = RuleSignals(chosen[0], chosen[1], chosen[2], float(rng.uniform(-1, 1)))
        probabilities = {c: float(rng.choice([0.0, 1.0, rng.random()])) for c in CATEGORIES}
        slow = [c for c in CATEGORIES
                if blend.category_probability(c, probabilities[c], signals) >= blend.thresholds[c]]
        assert blend.decided(probabilities, signals) == slow


def test_blend_plus_rules_critical_keeps_every_critical_rule_verdict(
    shipped: TriageModel, rules_analyzer: Analyzer
) -> None:
    # A blend that decides nothing: "blend+rc" then shows exactly the rules' critical categories.
    silent = TriageModel(shipped.nlp, shipped.thresholds, _blend(_weights(bias=-10.0)))
    union = Analyzer(triage=silent, decider="blend+rc")
    for text in TEXTS:
        rules_critical = {c for c in rules_analyzer.analyze(text).categories
                          if rules_analyzer.categories[c].critical}
        result = union.analyze(text)
        assert set(result.categories) == rules_critical, text
        assert set(result.categories) == {ev.category for ev in result.evidence}
    assert "health_safety" in union.analyze(TEXTS[0]).categories
