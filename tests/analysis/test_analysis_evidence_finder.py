"""The learned evidence finder ("blend+ev", evidence_finder.py) and how it is trained.

No data from ../shared: sentence labels come from hand-made quotes, the add thresholds from
hand-made scores, and the analyzer's wiring is checked with a finder trained in the test on
a few sentences and a blend that decides nothing (so every category shown is the rules'
critical verdict or the finder's own addition, with the finder's sentence as evidence).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from training.evidence_finder import (
    ADD_PRECISION,
    MIN_ADDED,
    SentenceReview,
    choose_add_thresholds,
    read_review,
    train_finder,
)
from training.triage_data import CATEGORIES, HANDWRITTEN, Labelled, Review
from workstation.analysis import Analyzer
from workstation.analysis.analyzer import DEFAULT_DECIDER
from workstation.analysis.blend import CATEGORY_FEATURES, Blend, RuleSignals
from workstation.analysis.evidence_finder import EvidenceFinder
from workstation.analysis.resources import ResourceError
from workstation.analysis.triage import TriageModel

# No rule points at these words: whatever is shown for them is the finder's doing.
LIFT = "The zipline harness snapped halfway."


def _labelled(text: str, categories: dict[str, str], source: str = "somewhere") -> Labelled:
    return Labelled(Review("r1", "en", 1, text, source), frozenset(categories), categories)


def test_sentences_take_the_categories_of_the_quotes_inside_them(rules_analyzer: Analyzer) -> None:
    text = "Great view. The waiter SCREAMED at us. They charged my card twice for one night."
    review = read_review(rules_analyzer, _labelled(text, {
        "staff_behaviour": "the waiter screamed at us",  # found case-insensitively
        "fraud_billing": "charged my card twice",
    }), None)
    assert review.sentence_labels == [frozenset(), {"staff_behaviour"}, {"fraud_billing"}]
    assert len(review.sentences) == 3 and "view" in review.sentences[0]


def test_a_review_whose_quote_cannot_be_placed_gives_no_sentence_labels(rules_analyzer: Analyzer) -> None:
    review = read_review(rules_analyzer, _labelled("Rude staff. Never again.", {"staff_behaviour": "not in it"}), None)
    assert review.sentence_labels is None
    handwritten = read_review(rules_analyzer, _labelled("Rude staff. Never again.", {}, HANDWRITTEN), None)
    assert len(handwritten.sentences) == 1 and handwritten.sentence_labels == [frozenset()]


def _scored(scores: list[float], truth: list[bool], *, located: bool = False, lexicon: float = -0.5) -> tuple[
    np.ndarray, list[SentenceReview]
]:
    j = CATEGORIES.index("health_safety")
    matrix = np.zeros((len(scores), len(CATEGORIES)))
    matrix[:, j] = scores
    signals = RuleSignals(frozenset(), frozenset({"health_safety"} if located else set()), frozenset(), lexicon)
    reviews = [SentenceReview("s", frozenset({"health_safety"} if t else set()), [["x"]], [frozenset()], signals)
               for t in truth]
    return matrix, reviews


def test_add_threshold_is_the_lowest_score_whose_additions_are_precise_enough() -> None:
    # Above 0.8: 8 right of 8; 0.6–0.8: 2 right, 6 wrong; below: wrong.
    scores = [0.9] * 8 + [0.7] * 8 + [0.2] * 20
    truth = [True] * 8 + [True] * 2 + [False] * 6 + [False] * 20
    matrix, reviews = _scored(scores, truth)
    thresholds = choose_add_thresholds(matrix, reviews)
    assert 0.7 < thresholds["health_safety"] <= 0.9
    assert ADD_PRECISION > 10 / 16  # adding the 0.7 band would fall below the target


def test_no_threshold_when_additions_are_too_few_or_never_precise() -> None:
    few = _scored([0.9] * (MIN_ADDED - 1) + [0.1] * 10, [True] * (MIN_ADDED - 1) + [False] * 10)
    assert "health_safety" not in choose_add_thresholds(*few)
    noisy = _scored([0.9] * 20, [True, False] * 10)
    assert "health_safety" not in choose_add_thresholds(*noisy)
    # Reviews the rules already point at, or positive ones, are not the finder's to add.
    located = _scored([0.9] * 10, [True] * 10, located=True)
    positive = _scored([0.9] * 10, [True] * 10, lexicon=0.6)
    assert choose_add_thresholds(*located) == {} and choose_add_thresholds(*positive) == {}


@pytest.fixture(scope="module")
def finder(rules_analyzer: Analyzer) -> EvidenceFinder:
    rows = [
        (LIFT, {"health_safety"}), ("My son's zipline harness snapped.", {"health_safety"}),
        ("The harness snapped halfway down.", {"health_safety"}), ("The room was quiet.", set()),
        ("Breakfast was fine.", set()), ("The zipline was slow.", set()), ("Nice pool and friendly staff.", set()),
    ]
    reviews = [read_review(rules_analyzer, Labelled(Review(f"h{i}", "en", None, text, HANDWRITTEN),
                                                    frozenset(cats), {}), None)
               for i, (text, cats) in enumerate(rows * 4)]
    return train_finder(reviews, [], {"health_safety": 0.5})


def _silent_analyzer(finder: EvidenceFinder) -> Analyzer:
    shipped = TriageModel.load()
    weights = np.array([-10.0 if name == "bias" else 0.0 for name in CATEGORY_FEATURES])
    silent = Blend(dict.fromkeys(CATEGORIES, weights), dict.fromkeys(CATEGORIES, 0.5), {})
    return Analyzer(triage=TriageModel(shipped.nlp, shipped.thresholds, silent), decider="blend+ev", finder=finder)


def test_the_finder_adds_a_category_with_its_sentence_as_evidence(finder: EvidenceFinder) -> None:
    engine = _silent_analyzer(finder)
    text = f"Awful stay. {LIFT} Nobody cared."
    result = engine.analyze(text, lang="en")
    assert result.categories == ("health_safety",)
    assert [(ev.category, ev.text) for ev in result.evidence] == [("health_safety", LIFT.rstrip("."))]
    # No add threshold for the category: nothing is added, however high the sentence scores.
    finder.add_thresholds.pop("health_safety")
    try:
        assert _silent_analyzer(finder).analyze(text, lang="en").categories == ()
    finally:
        finder.add_thresholds["health_safety"] = 0.5


def test_the_finder_adds_nothing_to_a_positive_review(finder: EvidenceFinder) -> None:
    text = f"Wonderful hotel, lovely staff, perfect breakfast, we loved it! {LIFT}"
    assert _silent_analyzer(finder).analyze(text, lang="en").categories == ()


def test_finder_round_trips(finder: EvidenceFinder, tmp_path: Path) -> None:
    finder.save(tmp_path, {"seed": 17})
    loaded = EvidenceFinder.load(tmp_path)
    assert loaded.add_thresholds == finder.add_thresholds and loaded.labels == finder.labels
    sentence = [[*sorted({"the", "zipline", "harness", "snapped", "halfway"}), "__lex+0"]]
    assert np.allclose(loaded.matrix(sentence), finder.matrix(sentence))


def test_blend_ev_is_not_the_default_and_a_missing_finder_is_a_resource_error(tmp_path: Path) -> None:
    assert DEFAULT_DECIDER == "blend+rc"
    with pytest.raises(ResourceError, match="evidence finder"):
        EvidenceFinder.load(tmp_path / "missing")
