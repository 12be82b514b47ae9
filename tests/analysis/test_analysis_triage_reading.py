"""Round 13 (issue 17): `--architecture ensemble-ordered` trains round 12's ensemble on each
review's folded words in reading order (duplicates kept), then the rule markers; a model folder
says so in thresholds.json ("category_reading": "ordered") and the analyzer then reads the
categories classifier's input, sentences included, the same way. Without it everything reads
as before: each word once, sorted, and the shipped model says nothing of the kind."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from tests.bench_modules import load_bench
from training.triage_fit import category_reading, fit, pipeline_config, save
from workstation.analysis import Analyzer
from workstation.analysis.analyzer import _sentence_words, _words
from workstation.analysis.model import AnalysisInput
from workstation.analysis.triage import THRESHOLDS_FILE, TriageModel, triage_dir

BENCH = Path(__file__).resolve().parents[2] / "bench" / "triage_cv.py"
TEXT = "The food was bad, really bad.\nThey charged us twice and the manager laughed at us."
ROWS = [
    (["they", "charged", "us", "twice", "__lex-2", "__fraud_billing_hit"], frozenset({"fraud_billing"})),
    (["great", "food", "great", "staff", "__lex+2"], frozenset()),
] * 3


def test_the_ordered_reading_keeps_reading_order_and_duplicates(rules_analyzer: Analyzer) -> None:
    doc = rules_analyzer._tokenizer(TEXT)
    words = _words(doc)
    assert words.count("bad") == 2 and words.count("us") == 2
    ordered, signals = rules_analyzer.blend_inputs(TEXT, "en", "ordered")
    plain, same_signals = rules_analyzer.blend_inputs(TEXT, "en")
    markers = plain[len(set(words)):]
    assert markers and all(m.startswith("__") for m in markers)
    assert ordered == words + markers
    # Without the option: each word once, sorted, then the same markers, as before.
    assert plain == sorted(set(words)) + markers
    assert rules_analyzer.model_features(TEXT, "en") == plain
    assert signals == same_signals  # the rules saw the same either way
    assert rules_analyzer.blend_inputs("   ", "en", "ordered")[0] == rules_analyzer.blend_inputs("   ", "en")[0] == []


def test_ordered_sentences_are_their_words_in_reading_order(rules_analyzer: Analyzer) -> None:
    doc = rules_analyzer._tokenizer(TEXT)
    ordered, plain = _sentence_words(doc, ordered=True), _sentence_words(doc)
    assert [span for span, _w in ordered] == [span for span, _w in plain]
    for (s, e), words in ordered:
        assert words == _words(doc[s:e])
    assert [words for _span, words in plain] == [sorted(set(words)) for _span, words in ordered]


def test_only_ensemble_ordered_reads_in_order() -> None:
    assert category_reading("ensemble-ordered") == "ordered"
    assert category_reading("ensemble") == category_reading("bow") == "sorted"
    assert pipeline_config("ensemble-ordered") == pipeline_config("ensemble")


def test_an_ordered_model_says_so_and_is_read_back_so(tmp_path: Path) -> None:
    model = fit(ROWS, None, architecture="ensemble-ordered")
    assert model.reading == "ordered"
    save(model, tmp_path / "ordered", {})
    raw = json.loads((tmp_path / "ordered" / THRESHOLDS_FILE).read_text(encoding="utf-8"))
    assert raw["category_reading"] == "ordered"
    assert TriageModel.load(tmp_path / "ordered").reading == "ordered"
    plain = fit(ROWS, None)
    assert plain.reading == "sorted"
    save(plain, tmp_path / "plain", {})
    assert "category_reading" not in json.loads((tmp_path / "plain" / THRESHOLDS_FILE).read_text(encoding="utf-8"))
    with pytest.raises(ValueError, match="one of sorted, ordered"):
        TriageModel(model.nlp, {}, reading="shuffled")  # type: ignore[arg-type]


def test_the_shipped_model_reads_sorted() -> None:
    raw = json.loads((triage_dir() / THRESHOLDS_FILE).read_text(encoding="utf-8"))
    assert "category_reading" not in raw
    assert TriageModel.load().reading == "sorted"


class _Spy(TriageModel):
    """Records what each classifier was given."""

    calls: list[tuple[list[list[str]], list[list[str]] | None]]

    def score(self, norm_lists, category_lists=None):  # type: ignore[no-untyped-def]
        self.calls.append(([list(n) for n in norm_lists], None if category_lists is None else [list(c) for c in category_lists]))
        return super().score(norm_lists, category_lists)


def _spy(model: TriageModel) -> _Spy:
    spy = _Spy(model.nlp, model.thresholds, model.blend, reading=model.reading)
    spy.calls = []
    return spy


def test_the_analyzer_gives_an_ordered_model_the_words_in_order(rules_analyzer: Analyzer) -> None:
    ordered = _spy(fit(ROWS, None, architecture="ensemble-ordered"))
    analyzer = Analyzer(triage=ordered, decider="model")
    one = analyzer.analyze(TEXT, lang="en")
    [many] = list(analyzer.analyze_many([AnalysisInput(TEXT, lang="en")]))
    assert one == many
    sorted_features = rules_analyzer.blend_inputs(TEXT, "en")[0]
    in_order = rules_analyzer.blend_inputs(TEXT, "en", "ordered")[0]
    assert ordered.calls == [([sorted_features], [in_order])] * 2
    # Its scores are those of the ordered input (sentiment still reads the sorted one).
    [scores] = ordered.score([sorted_features], [in_order])
    assert [scores.categories[c] for c in ordered.labels] == [
        float(v) for v in ordered.category_matrix(ordered.docs([in_order]))[0]]
    assert scores.positive == float(ordered.positive(ordered.docs([sorted_features]))[0])
    plain = _spy(fit(ROWS, None))
    Analyzer(triage=plain, decider="model").analyze(TEXT, lang="en")
    assert plain.calls == [([sorted_features], None)]


def _bench() -> ModuleType:
    return load_bench(BENCH, "triage_cv_reading_under_test")


def test_the_bench_takes_the_ordered_ensemble() -> None:
    bench = _bench()
    assert bench.architecture(["x", "--architecture", "ensemble-ordered"]) == "ensemble-ordered"
    assert bench.architecture(["x"]) == "bow"
