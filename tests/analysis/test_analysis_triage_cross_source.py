"""Round 15 (issue 17x), `--cross-source-words`: the categories classifier of a fit trains only on
the words found in the real labelled reviews of at least two distinct sources of that fit. A
word of one source is dropped, a word of two is kept, rule markers are always kept, hand-written
rows and evidence quotes count for no source and are filtered by the same words; a dropped word
adds nothing at inference (it was never trained on, so its hashed weights stay zero)."""

from __future__ import annotations

import numpy as np

from training.triage_data import CATEGORIES, HANDWRITTEN
from training.triage_fit import (
    CROSS_SOURCE_MIN,
    cross_source_rows,
    cross_source_vocabulary,
    fit,
    out_of_fold_categories,
)

FRAUD, HEALTH = frozenset({"fraud_billing"}), frozenset({"health_safety"})
ROWS = [
    (["arnaque", "colis", "__fraud_billing_hit"], FRAUD),  # source a
    (["arnaque", "remboursement", "__lex-1"], FRAUD),  # source b
    (["vomi", "remboursement"], HEALTH),  # source b
    (["colis", "vomi", "serveur"], frozenset()),  # source c
    (["serveur", "arnaque", "intoxication", "__health_safety_hit"], HEALTH),  # hand-written
    (["intoxication", "serveur", "colis"], HEALTH),  # hand-written
    (["intoxication", "remboursement", "arnaque"], FRAUD),  # an evidence quote
]
SOURCES = ["a", "b", "b", "c", HANDWRITTEN, HANDWRITTEN, None]


def test_only_words_of_two_real_sources_are_kept() -> None:
    assert CROSS_SOURCE_MIN == 2
    vocabulary = cross_source_vocabulary([norms for norms, _c in ROWS], SOURCES)
    # arnaque a+b, colis a+c, vomi b+c: kept. remboursement (b twice: one source), serveur (c and
    # hand-written), intoxication (hand-written and a quote only): dropped. No marker is a word.
    assert vocabulary == {"arnaque", "colis", "vomi"}
    filtered = cross_source_rows(ROWS, SOURCES)
    assert [norms for norms, _c in filtered] == [
        ["arnaque", "colis", "__fraud_billing_hit"],
        ["arnaque", "__lex-1"],
        ["vomi"],
        ["colis", "vomi"],
        ["arnaque", "__health_safety_hit"],  # hand-written rows filtered by the same words
        ["colis"],
        ["arnaque"],  # and the evidence quote too
    ]
    assert [cats for _n, cats in filtered] == [cats for _n, cats in ROWS]


def test_a_dropped_word_adds_nothing_at_inference() -> None:
    rows = [(["prix", "facture", "__fraud_billing_hit"], FRAUD), (["prix", "escroc"], FRAUD),
            (["facture", "plat"], frozenset()), (["plat", "prix"], frozenset()),
            (["escroc", "escroc2"], FRAUD)]
    model = fit(rows, None, word_sources=["a", "a", "b", "b", None])
    # "escroc" is only in source a's reviews (and a quote): never trained on, it moves no score.
    with_dropped = model.category_matrix(model.docs([["prix", "escroc", "escroc2"], ["plat", "escroc"]]))
    without = model.category_matrix(model.docs([["prix"], ["plat"]]))
    assert np.array_equal(with_dropped, without)
    assert np.array_equal(model.category_matrix_of([["prix", "escroc"], ["plat", "escroc"]]), without)
    # ...while the same fit without the option learns it.
    plain = fit(rows, None)
    assert not np.array_equal(plain.category_matrix(plain.docs([["prix", "escroc"]])),
                              plain.category_matrix(plain.docs([["prix"]])))


def test_out_of_fold_models_filter_with_their_own_sources() -> None:
    rows = [(norms, cats) for (norms, cats), s in zip(ROWS, SOURCES, strict=True) if s is not None]
    groups = [s for s in SOURCES if s is not None]
    fold_of = [{"a": 0, "b": 1, "c": 2}.get(g, -1) for g in groups]
    scores = out_of_fold_categories(rows, fold_of, [(1, ROWS[-1][0], ROWS[-1][1])], groups=groups)
    assert scores.shape == (len(rows), len(CATEGORIES))
    assert np.isnan(scores[[i for i, f in enumerate(fold_of) if f < 0]]).all()
    assert not np.isnan(scores[[i for i, f in enumerate(fold_of) if f >= 0]]).any()
