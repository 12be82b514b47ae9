"""The triage and reply-assistant subcommands through the main entry point."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from workstation.__main__ import main


def test_analyze_scores_a_csv(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_text('id,text,stars\n1,"Food poisoning after lunch, my lawyer will call you.",5\n'
                   '2,"Lovely staff, great bread",5\n', encoding="utf-8")
    assert main(["analyze", "--in", str(src), "--out", str(tmp_path / "out.csv")]) == 0
    rows = {r["id"]: r for r in csv.DictReader((tmp_path / "out.csv").open(encoding="utf-8"))}
    assert rows["1"]["level"] == "critical" and "health_safety" in rows["1"]["categories"]
    assert float(rows["1"]["sentiment"]) < 0 < float(rows["2"]["sentiment"])
    evidence = json.loads(rows["1"]["evidence"])
    assert any(e["text"].lower() == "food poisoning" for e in evidence)


def test_analyze_bad_usage_exits_2(tmp_path: Path) -> None:
    assert main(["analyze", "--in", str(tmp_path / "missing.csv"), "--out", str(tmp_path / "o.csv")]) == 2
    assert main(["analyze"]) == 2


def test_reply_suggest_detects_french_from_a_short_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    review = tmp_path / "r.json"
    review.write_text(json.dumps({"text": "Intoxication alimentaire après le brunch, mon fils à l'hôpital",
                                  "stars": 1, "author": "Camille Martin"}), encoding="utf-8")
    assert main(["reply", "suggest", "--review-file", str(review)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert len(out) == 3 and all(s["template_id"].startswith("fr.") for s in out)
    # One composed reply that answers the health complaint first.
    assert out[0]["template_id"] == "fr.composed.0" and out[0]["addresses"][0] == "health_safety"


def test_reply_check_and_unknown_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["reply", "check", "--lang", "fr", "--platform", "google_play", "--text", "C'est faux !"]) == 0
    codes = {f["code"] for f in json.loads(capsys.readouterr().out)}
    assert "categorical_denial" in codes
    assert main(["reply", "frobnicate"]) == 2
