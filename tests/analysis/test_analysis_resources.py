"""Resource loading: a broken file fails at start with its name in the error."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from workstation.analysis import Analyzer, ResourceError
from workstation.analysis.resources import resources_dir


@pytest.fixture
def res(tmp_path: Path) -> Path:
    target = tmp_path / "analysis"
    shutil.copytree(resources_dir(), target)
    return target


def test_resources_dir_is_in_repo() -> None:
    folder = resources_dir()
    assert folder.name == "analysis" and folder.parent.name == "resources"
    assert (folder / "categories.json").is_file()


def test_copy_loads(res: Path) -> None:
    assert Analyzer(res).analyze("Got food poisoning").categories == ("health_safety",)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("categories.json", "{not json"),
        ("topics.json", "[1, 2]"),
        ("modifiers.json", '{"negation_window": 3}'),
        ("langid.json", "{}"),
        ("flags.json", '{"patterns": [[{"NORM": {"BOGUS": 1}}]]}'),
        ("sentiment_en.txt", "good\n"),
        ("sentiment_fr.txt", "bon pas-un-nombre\n"),
    ],
)
def test_corrupt_file_is_named(res: Path, name: str, content: str) -> None:
    (res / name).write_text(content, encoding="utf-8")
    with pytest.raises(ResourceError) as info:
        Analyzer(res)
    assert name in str(info.value)
    assert info.value.path == res / name


def test_missing_file_is_named(res: Path) -> None:
    (res / "topics.json").unlink()
    with pytest.raises(ResourceError, match=r"topics\.json"):
        Analyzer(res)


def test_unknown_word_set_is_named(res: Path) -> None:
    path = res / "categories.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["categories"]["staff_behaviour"]["patterns"]["en"] = [[{"NORM": {"IN": "@nope"}}]]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ResourceError, match="@nope"):
        Analyzer(res)


def test_rules_come_from_the_files(res: Path) -> None:
    path = res / "categories.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["categories"]["legal_threat"]["phrases"]["en"].append("notary of doom")
    path.write_text(json.dumps(data), encoding="utf-8")
    result = Analyzer(res).analyze("Terrible. The notary of doom will hear of this.")
    assert "legal_threat" in result.categories
