"""An ensemble of reply-check models (issue 18, helper 18ens): `train_reply_check.py --seeds`
trains one model per seed in OUT/seedN with ensemble.json listing them; the app reads such a
folder and averages its members' probabilities; a broken member leaves the rules alone."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import pytest
import spacy

from training import train_reply_check as script
from training.reply_check_data import Example
from workstation.replies.checks import learned

SENTENCES = ["Come back for a free coffee if you change your rating.", "Thank you, see you soon.",
             "You made this up."]


def _tiny() -> list[Example]:
    rows = [("Thank you for your visit, see you soon.", "ok"), ("We hope to welcome you again.", "ok"),
            ("Come back and get a free dessert.", "incentive"), ("Post a new review for a discount.", "incentive"),
            ("Your review is a lie.", "accusation"), ("You are lying about this.", "accusation")]
    return [Example(text, label, "en", "written") for text, label in rows] * 4


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """An ensemble of seeds 18 and 19, and a plain run (the config's seed, 18)."""
    root = tmp_path_factory.mktemp("ensemble")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(script, "dataset", lambda **_kwargs: _tiny())
        assert script.main(["--seeds", "18,19", "--out", str(root / "E")]) == 0
        assert script.main(["--out", str(root / "plain")]) == 0
    return root / "E", root / "plain"


def test_the_ensemble_folder_holds_one_model_per_seed(trained: tuple[Path, Path]) -> None:
    ensemble, _plain = trained
    assert json.loads((ensemble / "ensemble.json").read_text(encoding="utf-8")) == {"members": ["seed18", "seed19"]}
    assert (ensemble / "seed18" / "config.cfg").is_file() and (ensemble / "seed19" / "config.cfg").is_file()
    meta = json.loads((ensemble / "training.json").read_text(encoding="utf-8"))
    assert meta["seeds"] == [18, 19] and "seed" not in meta
    assert set(meta["members_cross_validation"]) == {"18", "19"}
    assert learned.ReplyCheckModel.load(ensemble / "seed19").thresholds  # a member alone is a model folder
    assert set(json.loads((ensemble / "thresholds.json").read_text(encoding="utf-8"))["thresholds"]) == {
        "incentive", "accusation"}


def test_a_member_is_the_model_a_single_run_with_its_seed_writes(trained: tuple[Path, Path]) -> None:
    ensemble, plain = trained
    member = learned.ReplyCheckModel(spacy.load(ensemble / "seed18"), {})
    assert member.probabilities(SENTENCES) == learned.ReplyCheckModel.load(plain).probabilities(SENTENCES)


def test_the_ensemble_reads_the_mean_of_its_members(trained: tuple[Path, Path]) -> None:
    ensemble, _plain = trained
    model = learned.ReplyCheckModel.load(ensemble)
    assert len(model.members) == 2
    members = [learned.ReplyCheckModel(spacy.load(ensemble / name), {}).probabilities(SENTENCES)
               for name in ("seed18", "seed19")]
    assert members[0] != members[1]
    got = model.probabilities(SENTENCES)
    for sentence, a, b in zip(got, *members, strict=True):
        assert list(sentence) == list(a) == list(b)
        for label in sentence:
            assert sentence[label] == pytest.approx((a[label] + b[label]) / 2, abs=1e-9)
    assert model.probabilities(SENTENCES) == got  # the sentence cache answers the second time
    thresholds = json.loads((ensemble / "thresholds.json").read_text(encoding="utf-8"))["thresholds"]
    assert model.thresholds["incentive"] == thresholds["incentive"]


def test_a_single_model_folder_still_loads(trained: tuple[Path, Path]) -> None:
    _ensemble, plain = trained
    model = learned.ReplyCheckModel.load(plain)
    assert len(model.members) == 1 and model.labels == ("ok", "incentive", "accusation")


def test_an_ensemble_with_a_broken_member_leaves_the_rules_alone(
    trained: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    broken = tmp_path / "broken"
    shutil.copytree(trained[0], broken)
    (broken / "seed19" / "config.cfg").write_text("not a config", encoding="utf-8")
    with pytest.raises(Exception):  # noqa: B017 - spaCy raises several kinds; any is fine here
        learned.use_model(broken)  # a bench is told, never falls back silently
    saved = learned._SHIPPED.state()
    monkeypatch.setattr(learned, "model_dir", lambda: broken)
    try:
        learned._SHIPPED.restore(())  # load again, from the broken folder
        with caplog.at_level(logging.ERROR, logger=learned.__name__):
            assert learned.shipped_model() is None
            assert learned.shipped_model() is None
        assert sum("rules alone" in r.getMessage() for r in caplog.records) == 1
    finally:
        learned._SHIPPED.restore(saved)
        learned.scored.cache_clear()
        learned.verdicts.cache_clear()


def test_members_with_different_labels_are_refused(trained: tuple[Path, Path], tmp_path: Path) -> None:
    ensemble, _plain = trained
    other = spacy.blank("en")
    pipe = other.add_pipe("textcat", name=learned.PIPE)
    for label in ("ok", "accusation", "incentive"):  # the same labels in another order
        pipe.add_label(label)
    other.initialize()
    with pytest.raises(ValueError, match="different labels"):
        learned.ReplyCheckModel([spacy.load(ensemble / "seed18"), other], {})
