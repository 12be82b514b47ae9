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
        assert set(f) == {"code", "severity", "blocks_sending", "label", "message", "start", "end"}
        assert f["severity"] in {"block", "warn", "hint"}
        # Warnings say plainly that the reply can still be sent; only blocks stop it.
        assert f["blocks_sending"] is (f["severity"] == "block")
    assert any("Démenti" in f["message"] for f in out)
    labels = {f["severity"]: f["label"] for f in out}
    assert labels["warn"] == "À vérifier (vous pouvez quand même envoyer)"


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
    assert out[0]["template_id"] == "fr.composed.0" and "delivery" in out[0]["addresses"]
    assert all(
        set(s) == {"template_id", "title", "text", "addresses"} and "Zoé" in s["text"] for s in out
    )


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


def test_batch_suggest_writes_one_line_per_review_and_names_bad_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "reviews.jsonl"
    source.write_text(
        '{"id": "a", "text": "Cold pizza and a rude waiter", "stars": 1}\n'
        "not json\n"
        '{"text": "no id"}\n'
        "\n"
        '{"id": 7, "text": "Super accueil, merci !", "stars": 5, "author": "Zoé"}\n'
        '{"id": "a", "text": "same id again"}\n',
        encoding="utf-8",
    )
    out = tmp_path / "drafts.jsonl"
    assert run_suggest(["--in", str(source), "--out", str(out)]) == 1
    captured = capsys.readouterr()
    assert json.loads(captured.out) == {"written": 2, "bad_lines": 3, "out": str(out)}
    assert "reviews.jsonl:2" in captured.err and "reviews.jsonl:3" in captured.err
    assert "reviews.jsonl:6" in captured.err
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == ["a", 7]
    first = lines[0]["suggestions"]
    assert len(first) == 3 and {"staff_behaviour", "food"} <= set(first[0]["addresses"])
    assert "Zoé" in lines[1]["suggestions"][0]["text"]


@pytest.mark.parametrize(
    "args",
    [
        ["--in", "x.jsonl"],
        ["--review-file", "r.json", "--out", "o.jsonl"],
        ["--in", "/nonexistent.jsonl", "--out", "o"],
    ],
)
def test_batch_suggest_bad_usage_exits_2(
    args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "r.json").write_text('{"text": "ok"}', encoding="utf-8")
    args = [
        str(tmp_path / a) if a.endswith((".json", ".jsonl")) and not a.startswith("/") else a
        for a in args
    ]
    assert run_suggest(args) == 2
    assert capsys.readouterr().err


def test_auto_preview_shows_what_a_rule_would_post(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from workstation.replies.cli import run_auto_preview

    source = tmp_path / "past.jsonl"
    source.write_text(
        '{"id": "1", "text": "Parfait, merci !", "stars": 5, "date": "2026-06-01T10:00:00+00:00"}\n'
        '{"id": "2", "text": "Froid et cher.", "stars": 2, "date": "2026-06-01T11:00:00+00:00"}\n'
        '{"id": "3", "text": "", "stars": 4, "date": "2026-06-01T12:00:00"}\n'
        "{broken\n",
        encoding="utf-8",
    )
    assert run_auto_preview(["--in", str(source), "--delay", "15"]) == 1
    captured = capsys.readouterr()
    out = json.loads(captured.out)
    assert "past.jsonl:4" in captured.err
    assert out["automatic_share"] == round(2 / 3, 3)
    by_id = {d["id"]: d for d in out["decisions"]}
    assert by_id["1"]["automatic"] and by_id["1"]["post_at"] == "2026-06-01T10:15:00+00:00"
    assert not by_id["2"]["automatic"] and by_id["2"]["text"] is None
    assert by_id["3"]["automatic"]
