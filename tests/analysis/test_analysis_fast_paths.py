"""The analysis's shortcuts give exactly what the plain spaCy calls give.

Scoring builds the classifiers' bag of words without a Doc, and the token Matcher runs
only around its anchor words: both must agree with the straightforward path to the bit
(same probabilities, same hits in the same order), or stored analyses would change
without an ANALYSIS_VERSION bump. bench/analysis_fingerprint.py checks the same on real
reviews.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from spacy.attrs import NORM
from spacy.tokens import Doc

from workstation.analysis import Analyzer
from workstation.analysis.analyzer import SENTENCE_ENDS, _sentence_words
from workstation.analysis.blend import sentiment_features, sigmoid
from workstation.analysis.resources import ResourceError
from workstation.analysis.rules import RuleSet
from workstation.analysis.text import make_tokenizer
from workstation.analysis.triage import TriageModel, _bag

FEATURE_LISTS = [
    ["food", "poisoning", "sick", "__lex-2", "__health_safety_hit"],
    [],  # an empty review among others
    ["great", "great", "staff"],  # repeated words are counted, as in a Doc
    ["agent", "noun", "PERSON", "ORTH", "rude"],  # spaCy symbols have their own ids, not hashes
    ["déçu", "😡", "l'hôtel"],
]

FILLER = "We came for lunch on a sunny day and sat outside on the terrace for a while. "
MATCHER_TEXTS = [
    "The manager told me to shut up.",  # anchor near the start
    FILLER * 6 + "The waiter Paul was great.",  # anchor near the end of a long review
    "Thanks to Julie! " + FILLER * 5 + "and the chef Marc came to say hello, then the manager Anne.",
    "Ils m'ont dit de dégager. " + FILLER * 3 + "Le serveur Thomas était adorable. " + FILLER * 3,
    "Found a hair in my soup " + FILLER + "and another hair in the salad, the manager shrugged.",
    "manager manager manager manager",
]


@pytest.fixture(scope="module")
def model() -> TriageModel:
    return TriageModel.load()


def test_scores_equal_the_doc_path(model: TriageModel) -> None:
    fast = model.score(FEATURE_LISTS)
    docs = model.docs(FEATURE_LISTS)
    cats, pos = model.category_matrix(docs), model.positive(docs)
    for scores, row, positive in zip(fast, cats, pos, strict=True):
        assert [scores.categories[label] for label in model.labels] == [float(v) for v in row]
        assert scores.positive == float(positive)


def test_a_batch_without_words_scores_zero_as_spacy_does(model: TriageModel) -> None:
    [scores] = model.score([[]])
    assert set(scores.categories.values()) == {0.0}
    assert scores.positive == float(model.positive(model.docs([[]]))[0])


def test_windowed_token_matcher_equals_the_whole_doc() -> None:
    tokenizer = make_tokenizer()
    rules = RuleSet(tokenizer)
    assert rules._longest is not None, "the shipped patterns are bounded: windows apply"
    ran = 0
    for text in MATCHER_TEXTS:
        doc = tokenizer(text)
        ids = doc.to_array(NORM).tolist()
        whole = list(rules._tokens(doc))
        assert rules._token_matches(doc, ids) == whole, text
        ran += bool(whole)
    assert ran >= 4, "the texts must exercise the patterns"


def test_analysis_reads_arrays_like_tokens(analyzer: Analyzer) -> None:
    """The array pass keeps the old per-token reading: newlines, spaces, offsets, norms."""
    text = "  Très DÉÇU\n\nthe  waiter Paul   was RUDE!!  \u0301 ok"
    read = analyzer._read(text, None)
    expected = [t.norm_ if not t.is_space else "\n" for t in read.doc if not t.is_space or "\n" in t.text]
    assert [f for f in read.features if not f.startswith("__")] == sorted({n for n in expected if n and n != "\n"})
    senti = analyzer._sentiment(read.lang, expected,
                                [t.text for t in read.doc if not t.is_space or "\n" in t.text],
                                [t.idx for t in read.doc if not t.is_space or "\n" in t.text], text)
    assert senti == read.senti
    assert np.isfinite(read.senti.score)


SENTENCE_TEXTS = [
    "",
    "   \n\n  ",
    "!!! ...",
    "Food poisoning after the buffet. My son was sick all night!! Never again…",
    "  - the waiter was rude ;  the manager laughed\n\n\nwe left?! ok",
    "Très déçu: l'hôtel était sale... Le personnel? Aucune réaction!\nÀ éviter",
    FILLER * 3 + "\n" + "😡😡 NO REFUND" + " . " * 3,
]


def _plain_sentence_words(doc: Doc) -> list[tuple[tuple[int, int], list[str]]]:
    """The Token-object version `_sentence_words` replaced (the reference it must equal)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for i, tok in enumerate(doc):
        if tok.norm_ in SENTENCE_ENDS or (tok.is_space and "\n" in tok.text):
            if any(not t.is_space for t in doc[start : i + 1]):
                spans.append((start, i + 1))
            start = i + 1
    if any(not t.is_space for t in doc[start:]):
        spans.append((start, len(doc)))
    trimmed = []
    for s, e in spans:
        while s < e and (doc[s].is_space or doc[s].is_punct):
            s += 1
        while e > s and (doc[e - 1].is_space or doc[e - 1].is_punct):
            e -= 1
        if s < e:
            trimmed.append((s, e))
    return [((s, e), sorted({t.norm_ for t in doc[s:e] if not t.is_space and t.norm_}))
            for s, e in trimmed or [(0, len(doc))]]


@pytest.mark.parametrize("text", SENTENCE_TEXTS)
def test_sentences_from_arrays_equal_the_token_version(text: str) -> None:
    doc = make_tokenizer()(text)
    assert _sentence_words(doc) == _plain_sentence_words(doc)


def test_sentence_matrix_without_docs_equals_the_doc_path(model: TriageModel) -> None:
    docs = model.docs(FEATURE_LISTS)
    assert np.array_equal(model.category_matrix_of(FEATURE_LISTS), model.category_matrix(docs))
    assert model.category_matrix_of([]).shape == (0, len(model.labels))


def test_blended_sentiment_in_floats_equals_the_numpy_formula(model: TriageModel) -> None:
    blend = model.blend
    assert blend is not None
    for lang, weights in blend.sentiment_weights.items():
        for positive in (0.0, 1e-7, 0.03125, 0.3, 0.5, 0.77, 0.999, 1.0):
            for lexicon in (-1.0, -0.41, 0.0, 0.2, 0.93):
                expected = float(2.0 * sigmoid(weights @ sentiment_features(positive, lexicon)) - 1.0)
                # Equal up to the last bits: numpy's dot product may fuse or reorder the three
                # products (numpy 2.4 does on this machine), the plain-float path never does.
                assert blend.sentiment(lang, positive, lexicon) == pytest.approx(expected, rel=0, abs=1e-12)


def test_lexemes_compute_every_attribute_the_patterns_test() -> None:
    """The tokenizer computes only LEXEME_ATTRS; a pattern testing another is refused."""
    tokenizer = make_tokenizer()
    doc = tokenizer("Paul 42 !  \n\n ok")
    assert [(t.is_title, t.like_num, t.is_punct, t.is_space) for t in doc] == [
        (True, False, False, False), (False, True, False, False), (False, False, True, False),
        (False, False, False, True), (False, False, False, False)]
    assert [t.norm_ for t in tokenizer("DÉÇU Hôtel")] == ["decu", "hotel"]
    rules = RuleSet(tokenizer)
    with pytest.raises(ResourceError, match="SHAPE"):
        rules._add_patterns(Path("flags.json"), "flag|any|x|pattern", [[{"SHAPE": "Xxxx"}]], {})


def test_bag_equals_what_spacy_extracts_from_docs(model: TriageModel) -> None:
    """The bag built without Docs is extract_ngrams' output, array for array and type for type."""
    extract = next(layer for layer in model._categories.model.walk()  # type: ignore[attr-defined]
                   if layer.name == "extract_ngrams")
    for lists in (FEATURE_LISTS, [["b", "a", "b", "a", "c"], ["x"]], [[]], []):
        expected = extract.predict(model.docs(lists)) if lists else None
        got = _bag(lists)
        if expected is None:
            assert [a.shape[0] for a in got] == [0, 0, 0]
            continue
        for mine, theirs in zip(got, expected, strict=True):
            assert mine.dtype == theirs.dtype and np.array_equal(mine, theirs)
