"""The blind rounds' replies as classifier training data (training/reply_check_data.py)."""

from __future__ import annotations

import importlib
from collections import Counter

from training import reply_check_data as data
from workstation.replies.checks.sentences import split_sentences


def test_only_rounds_4_to_94_are_read_never_the_measuring_rounds() -> None:
    assert tuple(f"blind_round{n}" for n in range(6, 97)) == data.BLIND_ROUNDS
    for measuring in ("blind_round97", "blind_round98", "blind_round99", "blind_round100"):  # rounds 95-98
        assert measuring not in data.BLIND_ROUNDS


def test_every_reading_choice_points_at_a_real_sentence_of_a_bad_reply() -> None:
    for (name, code, lang, index), item in data._located().items():
        assert name in data.BLIND_ROUNDS
        module = importlib.import_module(f"tests.replies.{name}")
        bad = next(v for k, v in vars(module).items() if k.endswith("_BAD"))
        sentences = split_sentences(bad[code][lang][index])
        assert all(0 <= i < len(sentences) for i in item["sentences"])  # type: ignore[union-attr]
        assert item.get("label", "accusation") in data.CATEGORIES


def test_every_bad_reply_is_located_or_skipped_and_a_plain_dataset_has_none() -> None:
    counts: Counter[str] = Counter()
    examples = data.blind_rounds(counts)
    assert counts["skipped"] == 858  # categorical_denial: no label unless --with-denial (C_D)
    with_denial: Counter[str] = Counter()
    data.blind_rounds(with_denial, denial=True)
    assert with_denial["skipped"] == 0  # every denial of rounds 4-94 is located (18dn, 18alld, 18all3)
    assert sum(counts.values()) == 7167  # every bad reply of rounds 4-94
    assert {e.source for e in examples} == {"blind"}
    assert all(e.source != "blind" for e in data.dataset())
    assert any(e.source == "blind" for e in data.dataset(blind=True))


def test_a_plain_blind_retrain_reads_the_shipped_models_rounds_only() -> None:
    """`--with-blind-rounds` alone reproduces the shipped model's data (rounds 4-94, 18all3; C_all
    of 18all read rounds 4-33, C_B rounds 4-14), and the shipped model's record says which it read."""
    import json
    from pathlib import Path

    assert data.rounds_through(data.SHIPPED_THROUGH) == data.BLIND_ROUNDS
    assert data.rounds_through(14) == tuple(f"blind_round{n}" for n in range(6, 17))  # C_B's
    shipped = json.loads((Path(__file__).parents[2] / "resources/reply_check/training.json").read_text())
    assert shipped["data"]["blind_rounds_through"] == data.SHIPPED_THROUGH
    counts: Counter[str] = Counter()
    data.blind_rounds(counts, through=14)
    assert sum(counts.values()) == 767  # rounds 4-14's bad replies (18c)


def test_a_plain_retrain_reads_the_shipped_models_data_and_denial_only_on_request() -> None:
    """The shipped recipe (C_alld's, 18alld: `--with-denial`; 18all3 on rounds 4-94) gives its data again (every count of
    its training.json); the "denial" label's sentences come only with `denial`."""
    import json
    from pathlib import Path

    wide = ("written_wide_en.jsonl", "written_wide_fr.jsonl")
    recipe = data.dataset(extra_written=wide, blind=True, denial=True)
    shipped = json.loads((Path(__file__).parents[2] / "resources/reply_check/training.json").read_text())
    assert shipped["data"]["with_denial"] is True
    assert dict(Counter(f"{e.lang}:{e.label}" for e in recipe)) == shipped["by_language_and_label"]
    deep = ("written_deep_en.jsonl", "written_deep_fr.jsonl")
    assert not [e for e in data.dataset(extra_written=wide + deep, blind=True) if e.label == "denial"]
    assert len([e for e in data.dataset(extra_written=wide + deep, blind=True, denial=True) if e.label == "denial"]) == 1101  # 286 before rounds 15-33's denials were located (18alld), 482 before rounds 34-94's (18all3)
