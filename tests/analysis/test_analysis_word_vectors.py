"""Self-trained word vectors (round 9, issue 17v): training/word_vectors.py on a tiny
hand-written corpus, the runtime reader (workstation/analysis/word_vectors.py), the blend's
optional vector input, and the analyzer unchanged when no vectors are used (the default)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from training.word_vectors import SourceCounts, build_vectors, fit_regression
from workstation.analysis import Analyzer
from workstation.analysis.analyzer import DEFAULT_VECTORS
from workstation.analysis.blend import (
    CATEGORY_FEATURES,
    VECTOR_FEATURE,
    Blend,
    RuleSignals,
    category_features,
    sigmoid,
)
from workstation.analysis.resources import ResourceError
from workstation.analysis.triage import TriageModel
from workstation.analysis.word_vectors import VectorInput, VectorRegression, WordVectors

# Pets share their contexts (feed, pet, walk), vehicles theirs (drive, park, wash): a pet
# never appears near a vehicle's words.
PETS = ("cat", "dog", "puppy", "kitten")
VEHICLES = ("car", "truck", "van", "bus")
PET_CONTEXTS = ("feed", "pet", "brush", "love")
VEHICLE_CONTEXTS = ("drive", "park", "wash", "repair")


def _corpus() -> list[list[str]]:
    sentences = []
    for animals, verbs, ends in ((PETS, PET_CONTEXTS, ("softly", "daily")), (VEHICLES, VEHICLE_CONTEXTS, ("slowly", "weekly"))):
        for animal in animals:
            for verb in verbs:
                for end in ends:
                    sentences.append(["i", verb, "the", animal, end])
    return sentences


def _cosine(vectors: WordVectors, a: str, b: str) -> float:
    va, vb = vectors.vector(a), vectors.vector(b)
    assert va is not None and vb is not None
    return float(va @ vb / (np.linalg.norm(va) * np.linalg.norm(vb)))


def test_words_sharing_contexts_are_closer() -> None:
    vectors = build_vectors(_corpus(), dimension=6, min_count=2)
    assert vectors.matrix.dtype == np.float16
    assert np.all(np.isfinite(vectors.matrix.astype("float64")))
    for pet in PETS[1:]:
        for vehicle in VEHICLES:
            assert _cosine(vectors, "cat", pet) > _cosine(vectors, "cat", vehicle)
            assert _cosine(vectors, "car", vehicle) > _cosine(vectors, "car", pet)


def test_same_input_gives_identical_bytes() -> None:
    first = build_vectors(_corpus(), dimension=6, min_count=2)
    second = build_vectors(_corpus(), dimension=6, min_count=2)
    assert first.words == second.words
    assert first.matrix.tobytes() == second.matrix.tobytes()


def test_min_count_drops_rare_words() -> None:
    vectors = build_vectors([*_corpus(), ["i", "wash", "the", "zeppelin", "weekly"]], dimension=6, min_count=2)
    assert "zeppelin" not in vectors
    assert "car" in vectors


def test_vectors_without_a_source_never_count_its_texts() -> None:
    """Counts per source add up: leaving a source out gives the vectors of the others' texts alone."""
    pets = [s for s in _corpus() if s[3] in PETS]
    vehicles = [s for s in _corpus() if s[3] in VEHICLES]
    counts = SourceCounts([("pets", pets), ("vehicles", vehicles), ("more-pets", pets[:10])])
    without = counts.vectors(excluded={"vehicles"})
    alone = build_vectors([*pets[:10], *pets])
    assert "car" not in without
    assert without.words == alone.words
    assert without.matrix.tobytes() == alone.matrix.tobytes()


def test_mean_reads_known_words_once_and_skips_markers(tmp_path: Path) -> None:
    vectors = build_vectors(_corpus(), dimension=6, min_count=2)
    vectors.save(tmp_path)
    loaded = WordVectors.load(tmp_path)
    assert loaded is not None
    assert loaded.words == vectors.words and loaded.matrix.tobytes() == vectors.matrix.tobytes()
    expected = (vectors.matrix[vectors.words.index("cat")].astype("float64")
                + vectors.matrix[vectors.words.index("car")].astype("float64")) / 2
    assert np.array_equal(loaded.mean(["cat", "car", "cat", "__health_safety_hit", "unknownword"]), expected)
    assert not loaded.mean(["unknownword"]).any()
    assert np.isclose(np.linalg.norm(loaded.features(["cat", "car"])), np.sqrt(loaded.dimension))
    assert WordVectors.load(tmp_path / "none") is None


def test_regression_learns_a_category_carried_by_neighbours() -> None:
    """Trained on 'cat' and 'dog' as health reviews, the regression scores 'kitten' — never
    labelled — above 'truck'."""
    vectors = build_vectors(_corpus(), dimension=6, min_count=2)
    rows = [(["i", "feed", "the", pet], frozenset({"health_safety"})) for pet in ("cat", "dog")]
    rows += [(["i", "drive", "the", v], frozenset()) for v in ("car", "bus")]
    model = VectorInput(vectors, fit_regression(vectors, rows))
    assert model.logits(["kitten"])["health_safety"] > model.logits(["truck"])["health_safety"]
    matrix = model.sentence_logits([["kitten"], ["truck"]])
    j = model.regression.labels.index("health_safety")
    assert matrix[0, j] == pytest.approx(model.logits(["kitten"])["health_safety"])


def test_regression_round_trips(tmp_path: Path) -> None:
    regression = VectorRegression({"health_safety": np.array([0.5, 1.0, -2.0])})
    regression.save(tmp_path)
    loaded = VectorRegression.load(tmp_path)
    assert loaded is not None
    assert loaded.logits(np.array([1.0, 1.0])) == {"health_safety": pytest.approx(-0.5)}


def test_blend_with_a_vector_input_round_trips_and_adds_its_term() -> None:
    weights = {c: np.arange(len(CATEGORY_FEATURES) + 1, dtype="float64") / 10 for c in ("health_safety",)}
    blend = Blend(weights, {"health_safety": 0.5}, {})
    assert blend.uses_vectors
    raw = blend.to_json()
    assert raw["category_features"] == [*CATEGORY_FEATURES, VECTOR_FEATURE]
    again = Blend.from_json(raw)
    signals = RuleSignals(frozenset(), frozenset({"health_safety"}), frozenset(), -0.5)
    for vector_logit in (-3.0, 0.0, 2.5):
        p = sigmoid(weights["health_safety"] @ category_features(0.3, "health_safety", signals, vector_logit))
        assert again.category_probability("health_safety", 0.3, signals, vector_logit) == pytest.approx(float(p))
        decided = again.decided({"health_safety": 0.3}, signals, {"health_safety": vector_logit})
        assert decided == (["health_safety"] if p >= 0.5 else [])
    with pytest.raises(ValueError, match="word vectors"):
        again.decided({"health_safety": 0.3}, signals)


def test_shipped_blend_has_no_vector_input() -> None:
    model = TriageModel.load()
    assert model.blend is not None and not model.blend.uses_vectors
    assert model.vectors is None
    assert DEFAULT_VECTORS is False


def test_analyzer_without_vectors_is_unchanged_by_them(analyzer: Analyzer) -> None:
    """The default engine reads no vectors; asking for them without any shipped is an error,
    and a vector input whose weight is zero decides exactly what the shipped blend decides."""
    model = analyzer.model
    assert model.blend is not None
    with pytest.raises(ResourceError):
        Analyzer(triage=model, vectors=True).analyze("I got food poisoning here.", stars=1)
    vectors = build_vectors(_corpus(), dimension=6, min_count=2)
    # A bias of -10: no sentence reaches VECTOR_EVIDENCE_MIN, so only the decision path is compared.
    regression = VectorRegression({c: np.append(-10.0, np.zeros(vectors.dimension)) for c in model.labels})
    zero = Blend({c: np.append(w, 0.0) for c, w in model.blend.category_weights.items()},
                 model.blend.thresholds, model.blend.sentiment_weights)
    with_zero = Analyzer(triage=TriageModel(model.nlp, model.thresholds, zero, VectorInput(vectors, regression)),
                         vectors=True)
    for text in ("I got food poisoning after the chicken and was sick all night.",
                 "The manager shouted at us and insulted my wife.", "Lovely dinner, I love my dog."):
        plain, vec = analyzer.analyze(text, stars=1), with_zero.analyze(text, stars=1)
        assert vec.categories == plain.categories
        assert vec.sentiment == plain.sentiment


def _forced(model: TriageModel, vector_bias: float) -> Analyzer:
    """The shipped model with a blend that decides minors_safety for every review, and a vector
    regression whose every sentence scores sigmoid(vector_bias) for it."""
    assert model.blend is not None
    vectors = build_vectors(_corpus(), dimension=6, min_count=2)
    weights = {c: np.append(w, 0.0) for c, w in model.blend.category_weights.items()}
    weights["minors_safety"] = np.zeros(len(CATEGORY_FEATURES) + 1)
    weights["minors_safety"][0] = 20.0
    blend = Blend(weights, model.blend.thresholds, model.blend.sentiment_weights)
    regression = VectorRegression({c: np.append(vector_bias if c == "minors_safety" else -10.0,
                                                np.zeros(vectors.dimension)) for c in model.labels})
    return Analyzer(triage=TriageModel(model.nlp, model.thresholds, blend, VectorInput(vectors, regression)),
                    decider="blend", vectors=True)


def test_vector_sentence_is_evidence_only_above_its_bar(analyzer: Analyzer) -> None:
    """A decided category no rule points at, whose best sentence the model scores below the
    bar: shown with the vector regression's sentence if that reaches 0.5, else dropped."""
    text = "Lovely dinner. I feed the cat daily."
    model = analyzer.model
    sentences = analyzer.sentence_features(text, "en")
    assert max(model.category_matrix_of([f for *_span, f in sentences])[:, model.labels.index("minors_safety")]) < 0.5
    shown = _forced(model, 10.0)
    result = shown.analyze(text, stars=4, lang="en")
    assert "minors_safety" in result.categories
    assert [e.text for e in result.evidence if e.category == "minors_safety"] == ["Lovely dinner"]  # ties: the first
    assert shown.vector_evidence == {"minors_safety": 1}
    hidden = _forced(model, -1.0)
    assert "minors_safety" not in hidden.analyze(text, stars=4, lang="en").categories
    assert not hidden.vector_evidence
