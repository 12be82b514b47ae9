"""The analysis's shortcuts give exactly what the plain spaCy calls give.

Scoring builds the classifiers' bag of words without a Doc, and the token Matcher runs
only around its anchor words: both must agree with the straightforward path to the bit
(same probabilities, same hits in the same order), or stored analyses would change
without an ANALYSIS_VERSION bump. bench/analysis_fingerprint.py checks the same on real
reviews.
"""

from __future__ import annotations

import numpy as np
import pytest
from spacy.attrs import NORM

from workstation.analysis import Analyzer
from workstation.analysis.rules import RuleSet
from workstation.analysis.text import make_tokenizer
from workstation.analysis.triage import TriageModel

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
