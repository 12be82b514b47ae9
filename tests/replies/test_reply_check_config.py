"""`train_reply_check.py --config PATH` (issue 18, helper 18reg): a variant pipeline trains
without editing the shipped config; without the option the script reads reply_check.cfg as
before; training.json says which config a model was trained with. The measured candidates
R1 and R2 differ from the shipped config only as their header says."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.util import load_config

from training import train_reply_check as script
from training.reply_check_data import Example

TRAINING = Path(script.__file__).resolve().parent
R1, R2 = TRAINING / "reply_check_r1.cfg", TRAINING / "reply_check_r2.cfg"


def test_without_the_option_the_script_reads_the_shipped_config() -> None:
    assert script.CONFIG == TRAINING / "reply_check.cfg"
    assert script.settings() == script.settings(script.CONFIG)
    assert script.settings()["epochs"] == 10 and script.settings()["seed"] == 18
    assert script.config_name(script.CONFIG) == "training/reply_check.cfg"


def test_r1_is_the_shipped_config_with_four_epochs() -> None:
    shipped, r1 = load_config(script.CONFIG), load_config(R1)
    assert r1["training"] == {**shipped["training"], "epochs": 4}
    for key in ("nlp", "components"):
        assert r1[key] == shipped[key]


def test_r2_is_the_shipped_cnn_alone_with_four_epochs() -> None:
    shipped, r2 = load_config(script.CONFIG), load_config(R2)
    assert r2["training"] == {**shipped["training"], "epochs": 4}
    assert r2["nlp"] == shipped["nlp"]
    model = r2["components"]["reply_check"]["model"]
    assert model["@architectures"] == "spacy.TextCatCNN.v2" and model["exclusive_classes"] is True
    assert "linear_model" not in model
    assert model["tok2vec"] == shipped["components"]["reply_check"]["model"]["tok2vec"]


def _tiny() -> list[Example]:
    rows = [("Thank you for your visit, see you soon.", "ok"), ("We hope to welcome you again.", "ok"),
            ("Come back and get a free dessert.", "incentive"), ("Post a new review for a discount.", "incentive"),
            ("Your review is a lie.", "accusation"), ("You are lying about this.", "accusation")]
    return [Example(text, label, "en", "written") for text, label in rows] * 4


def test_a_variant_config_trains_and_training_json_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(script, "dataset", lambda **_kwargs: _tiny())
    out = tmp_path / "r2"
    assert script.main(["--config", str(R2), "--out", str(out)]) == 0
    meta = json.loads((out / "training.json").read_text(encoding="utf-8"))
    assert meta["config"] == "training/reply_check_r2.cfg"
    assert meta["seed"] == 18
    written = load_config(out / "config.cfg")
    assert written["components"]["reply_check"]["model"]["@architectures"] == "spacy.TextCatCNN.v2"
    assert "config: training/reply_check_r2.cfg" in capsys.readouterr().out


def test_a_missing_config_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        script.main(["--config", str(tmp_path / "none.cfg"), "--out", str(tmp_path / "out")])
    assert not (tmp_path / "out").exists()
