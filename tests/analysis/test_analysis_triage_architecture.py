"""Round 12 (issue 17): `--architecture ensemble` builds the categories classifier as spaCy's
TextCatEnsemble (the shipped bag of words + a small CNN) and nothing else; without the option
every script builds exactly triage.cfg, and an ensemble build never defaults to resources/."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
from spacy.util import load_config

from tests.bench_modules import load_bench
from training.training_args import parse_training_args
from training.triage_data import CATEGORIES
from training.triage_fit import CONFIG, DEFAULT_ARCHITECTURE, fit, pipeline_config

BENCH = Path(__file__).resolve().parents[2] / "bench" / "triage_cv.py"


def test_the_default_is_triage_cfg_as_it_is() -> None:
    assert DEFAULT_ARCHITECTURE == "bow"
    assert pipeline_config() == load_config(CONFIG)
    assert (
        pipeline_config()["components"]["categories"]["model"]["@architectures"]
        == "spacy.TextCatBOW.v3"
    )


def test_the_ensemble_replaces_the_categories_model_only() -> None:
    bow, ensemble = pipeline_config("bow"), pipeline_config("ensemble")
    model = ensemble["components"]["categories"]["model"]
    assert model["@architectures"] == "spacy.TextCatEnsemble.v2"
    # Its bag of words is the shipped one (same features, same hashing).
    bag = {k: v for k, v in model["linear_model"].items() if k != "nO"}
    assert bag == bow["components"]["categories"]["model"]
    embed, encode = model["tok2vec"]["embed"], model["tok2vec"]["encode"]
    assert embed["attrs"] == ["LOWER", "PREFIX", "SUFFIX", "SHAPE"] and embed["width"] == 64
    assert embed["rows"] == [5000, 1000, 2500, 500] and not embed["include_static_vectors"]
    assert (encode["width"], encode["depth"]) == (64, 2)
    # Sentiment, training settings and everything else untouched.
    for key in ("nlp", "training"):
        assert ensemble[key] == bow[key]
    assert ensemble["components"]["sentiment"] == bow["components"]["sentiment"]
    with pytest.raises(ValueError, match="one of bow, ensemble"):
        pipeline_config("cnn")  # type: ignore[arg-type]


def test_an_ensemble_model_trains_and_scores_through_the_doc_path() -> None:
    rows = [
        (["arnaque", "vol", "__lex-2"], frozenset({CATEGORIES[0]})),
        (["bon", "super", "__lex+2"], frozenset()),
    ] * 3
    model = fit(rows, None, architecture="ensemble")
    assert (
        model.nlp.config["components"]["categories"]["model"]["@architectures"]
        == "spacy.TextCatEnsemble.v2"
    )
    assert model._category_layers is None  # the bag-of-words shortcut does not apply
    scores = model.category_matrix_of([["arnaque", "vol"], ["bon"]])
    assert scores.shape == (2, len(CATEGORIES))
    assert scores[0, 0] > scores[1, 0]
    assert (
        fit(rows, None).nlp.config["components"]["categories"]["model"]["@architectures"]
        == "spacy.TextCatBOW.v3"
    )


def test_an_ensemble_build_needs_its_own_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "severity-train.jsonl").write_text("", encoding="utf-8")
    shipped = tmp_path / "resources" / "triage"
    data = ["--data", str(tmp_path)]
    assert parse_training_args("t", [*data, "--architecture", "ensemble"], shipped) is None
    assert "--out" in capsys.readouterr().out
    args = parse_training_args(
        "t", [*data, "--architecture", "ensemble", "--out", str(tmp_path / "e")], shipped
    )
    assert args is not None and args.architecture == "ensemble" and args.out == tmp_path / "e"
    args = parse_training_args("t", data, shipped)
    assert args is not None and args.architecture == "bow" and args.out == shipped


def _bench() -> ModuleType:
    return load_bench(BENCH, "triage_cv_architecture_under_test")


def test_the_bench_option_defaults_to_the_shipped_architecture() -> None:
    bench = _bench()
    assert bench.architecture(["x", "--categories-only"]) == "bow"
    assert bench.architecture(["x", "--architecture", "ensemble"]) == "ensemble"
    with pytest.raises(ValueError, match="one of bow, ensemble"):
        bench.architecture(["x", "--architecture"])


def test_the_sentences_mode_reads_a_built_model_folder(tmp_path: Path) -> None:
    """`--sentences-only --triage-model DIR` scores a `train_triage --out DIR` build, not the
    shipped model (round 17gl: a retrained build measured before anything is shipped)."""
    bench = _bench()
    assert bench.triage_model_dir(["x", "--sentences-only"]) is None
    shipped = Path(__file__).resolve().parents[2] / "resources" / "triage"
    assert (
        bench.triage_model_dir(["x", "--sentences-only", "--triage-model", str(shipped)]) == shipped
    )
    for argv in (
        ["x", "--triage-model"],
        ["x", "--triage-model", "--sentences-only"],
        ["x", "--triage-model", str(tmp_path)],
    ):
        with pytest.raises(ValueError, match="--triage-model"):
            bench.triage_model_dir(argv)
