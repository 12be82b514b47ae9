"""Headless `reply check` / `reply suggest` entry points."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from workstation.replies.cli import run_check, run_suggest


def _out(capsys: pytest.CaptureFixture[str]) -> Any:
    return json.loads(capsys.readouterr().out)


def test_check_text_prints_findings_json(capsys: pytest.CaptureFixture[str]) -> None:
    code = run_check(
        [
            "--lang",
            "fr",
            "--platform",
            "google_play",
            "--text",
            "C'est faux, vous auriez dû lire la carte !!!",
        ]
    )
    assert code == 0
    out = _out(capsys)
    assert isinstance(out, list)
    codes = {f["code"] for f in out}
    assert {"categorical_denial", "defensive_tone", "shouting"} <= codes
    for f in out:
        assert set(f) == {"code", "severity", "message", "start", "end"}
        assert f["severity"] in {"block", "warn", "hint"}
    assert any("Démenti" in f["message"] for f in out)


def test_check_file_with_review_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("Hi Tom, we hope to see you again.", encoding="utf-8")
    review = tmp_path / "review.json"
    review.write_text(json.dumps({"text": "Awful", "stars": 1, "lang": "en"}), encoding="utf-8")
    assert (
        run_check(
            [
                "--lang",
                "en",
                "--platform",
                "trustpilot",
                "--review-file",
                str(review),
                "--file",
                str(draft),
            ]
        )
        == 0
    )
    assert [f["code"] for f in _out(capsys)] == ["missing_acknowledgement"]


def test_check_clean_draft_prints_empty_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        run_check(
            [
                "--lang",
                "en",
                "--platform",
                "yelp",
                "--text",
                "Thank you for your lovely review, Emma!",
            ]
        )
        == 0
    )
    assert _out(capsys) == []


def test_suggest_prints_top_three(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    review = tmp_path / "r.json"
    review.write_text(
        json.dumps(
            {
                "text": "Livraison très en retard, colis abîmé",
                "stars": 2,
                "lang": "fr",
                "author": "Zoé Martin",
                "platform": "google_business",
            }
        ),
        encoding="utf-8",
    )
    assert run_suggest(["--review-file", str(review)]) == 0
    out = _out(capsys)
    assert isinstance(out, list) and len(out) == 3
    assert out[0]["template_id"] == "fr.topic.delivery"
    assert all(set(s) == {"template_id", "text"} and "Zoé" in s["text"] for s in out)


def test_suggest_minimal_review(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    review = tmp_path / "r.json"
    review.write_text('{"text": "Great coffee, thanks!"}', encoding="utf-8")
    assert run_suggest(["--review-file", str(review)]) == 0
    assert len(_out(capsys)) == 3


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["--lang", "de", "--platform", "x", "--text", "hi"],
        ["--lang", "en", "--platform", "x"],
        ["--lang", "en", "--platform", "x", "--text", "a", "--file", "b"],
        ["--lang", "en", "--platform", "x", "--file", "/nonexistent/draft.txt"],
        ["--lang", "en", "--platform", "x", "--text", "a", "--review-file", "/nonexistent.json"],
    ],
)
def test_check_bad_usage_exits_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert run_check(args) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err


@pytest.mark.parametrize("content", ["not json", "[1, 2]", '"text"', ""])
def test_suggest_bad_review_file_exits_2(
    tmp_path: Path, content: str, capsys: pytest.CaptureFixture[str]
) -> None:
    review = tmp_path / "r.json"
    review.write_text(content, encoding="utf-8")
    assert run_suggest(["--review-file", str(review)]) == 2
    assert "r.json" in capsys.readouterr().err


def test_suggest_tolerates_odd_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    review = tmp_path / "r.json"
    review.write_text(
        json.dumps(
            {
                "text": 5,
                "stars": "9",
                "lang": ["x"],
                "author": None,
                "categories": "legal_threat",
                "topics": [1, "food"],
            }
        ),
        encoding="utf-8",
    )
    assert run_suggest(["--review-file", str(review)]) == 0
    assert len(_out(capsys)) == 3


def test_cli_imports_no_qt_and_no_spacy() -> None:
    code = (
        "import sys, workstation.replies.cli; "
        "bad = [m for m in ('PySide6', 'spacy', 'qasync') if m in sys.modules]; "
        "sys.exit(1 if bad else 0)"
    )
    root = Path(__file__).resolve().parents[2]
    assert subprocess.run([sys.executable, "-c", code], cwd=root, timeout=60).returncode == 0
