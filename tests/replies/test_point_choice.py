"""The owner chooses the points a draft answers: `draft_suggestions(answer=…)`, `reply suggest --answer`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workstation.display_names import display_name
from workstation.replies.blocks import load_blocks, load_harm
from workstation.replies.cli import run_suggest
from workstation.replies.complaints import Points, covered_by
from workstation.replies.compose import label
from workstation.replies.drafting import draft_suggestions, points_found
from workstation.replies.model import ReviewInput
from workstation.replies.point_choice import (
    CHOOSABLE,
    UnknownPoint,
    choose_points,
    points_offered,
)

# Issue 18's example: four complaints in one French review, signed by a first name.
MARIE = ReviewInput(
    text="45 minutes d'attente, pizzas froides, serveur désagréable et malade toute la nuit.",
    stars=1, lang="fr", author="Marie", platform="google", id="marie",
)
HAPPY = ReviewInput(text="Super pizza, service rapide !", stars=5, lang="fr", platform="google", id="happy")


def _said(text: str, lang: str, point: str) -> bool:
    """Whether `text` holds one of the apologies the building blocks have for `point`
    (their first words: a sentence may carry a placeholder further on)."""
    harm = load_harm(lang).issues.values() if point == "health_safety" else ()
    return any(sorry[:30] in text for blocks in (load_blocks(lang).issues[point], *harm) for sorry in blocks.sorry)


def test_choose_points_orders_by_seriousness_and_lets_a_category_answer_its_topic() -> None:
    found = Points(complaints=("waiting_time",), praised=("food", "service"))
    chosen = choose_points(found, ["food", "hygiene", "health_safety", "waiting_time"])
    assert chosen.complaints == ("health_safety", "waiting_time", "food")  # hygiene: health answers it
    assert chosen.praised == ("service",)  # food is now a complaint, not thanked
    assert choose_points(found, []).complaints == ()


def test_an_unknown_point_is_refused_by_name() -> None:
    with pytest.raises(UnknownPoint, match="wait"):
        choose_points(Points((), ()), ["wait"])
    assert "billing" not in CHOOSABLE and "staff" not in CHOOSABLE  # their categories say the same


def test_the_points_found_are_the_default_choice() -> None:
    found = points_found(MARIE)
    assert {"health_safety", "waiting_time", "food"} <= set(found.complaints)
    default = draft_suggestions(MARIE)
    assert draft_suggestions(MARIE, answer=None) == default
    assert draft_suggestions(MARIE, answer=found.complaints) == default


def test_a_point_left_out_is_neither_answered_nor_apologised_for() -> None:
    found = points_found(MARIE).complaints
    assert _said(draft_suggestions(MARIE)[0].text, "fr", "health_safety")
    chosen = [p for p in found if p != "health_safety"]
    drafts = draft_suggestions(MARIE, answer=chosen)
    assert "health_safety" not in drafts[0].addresses and "waiting_time" in drafts[0].addresses
    for draft in drafts:
        assert not _said(draft.text, "fr", "health_safety"), draft.text
    assert "Marie" in drafts[0].text.split("\n", 1)[0]  # still greeted by name


def test_a_point_added_is_answered_even_on_a_five_star_review() -> None:
    assert points_found(HAPPY).complaints == ()
    assert not _said(draft_suggestions(HAPPY)[0].text, "fr", "cleanliness")
    first = draft_suggestions(HAPPY, answer=["cleanliness"])[0]
    assert first.addresses == ("cleanliness",)
    assert _said(first.text, "fr", "cleanliness"), first.text


def test_no_point_at_all_gives_a_general_apology_to_a_low_rating() -> None:
    first = draft_suggestions(MARIE, answer=[])[0]
    assert first.addresses == ()
    assert any(sorry[:30] in first.text for sorry in load_blocks("fr").frame["sorry_generic"]), first.text


def _review_file(tmp_path: Path) -> str:
    path = tmp_path / "review.json"
    path.write_text(json.dumps({"text": MARIE.text, "stars": 1, "author": "Marie"}), encoding="utf-8")
    return str(path)


def test_cli_answer_drafts_for_the_points_given(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_suggest(["--review-file", _review_file(tmp_path), "--answer", "food, waiting_time"]) == 0
    first = json.loads(capsys.readouterr().out)[0]
    assert first["addresses"] == ["waiting_time", "food"]
    assert run_suggest(["--review-file", _review_file(tmp_path), "--answer", ""]) == 0
    assert json.loads(capsys.readouterr().out)[0]["addresses"] == []


def test_cli_answer_refuses_an_unknown_point_in_one_plain_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_suggest(["--review-file", _review_file(tmp_path), "--answer", "food,wait"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    err = captured.err.strip().splitlines()
    assert len(err) == 1 and "wait" in err[0] and "waiting_time" in err[0]


def test_cli_answer_is_for_one_review_not_a_batch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "1", "text": "Cold food", "stars": 1}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert run_suggest(["--in", str(source), "--out", str(out), "--answer", "food"]) == 2
    assert "--review-file" in capsys.readouterr().err
    assert not out.exists()


def test_app_points_are_offered_for_a_review_of_an_app_or_to_an_online_business() -> None:
    assert "app_crash" not in points_offered("google", None) and "login" not in points_offered("google", "restaurant")
    assert {"app_crash", "login"} <= set(points_offered("google_play", None))
    assert {"app_crash", "login"} <= set(points_offered("Google", "online"))
    assert "food" in points_offered("google", None)


def test_a_point_has_the_name_the_detail_pane_gives_its_reason_or_topic() -> None:
    assert label("health_safety", "en") == display_name("category", "health_safety", "en") == "Health & safety"
    assert label("service", "fr") == display_name("topic", "customer_service", "fr")
    assert label("escalation", "en") == display_name("category", "escalation_threat", "en")
    assert label("hygiene", "fr") == "Hygiène"
    assert covered_by(["health_safety", "food"]) == {"hygiene"}


def test_cli_answer_takes_any_case_and_every_point_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_suggest(["--review-file", _review_file(tmp_path), "--answer", "Food, BILLING,staff"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["addresses"] == ["billing", "staff", "food"]


def test_many_points_under_google_plays_limit_give_three_whole_drafts() -> None:
    review = ReviewInput(text="Appli nulle", stars=1, lang="fr", platform="google_play", id="x")
    drafts = draft_suggestions(review, answer=list(CHOOSABLE))
    assert len({d.text for d in drafts}) == 3
    assert all(len(d.text) <= 350 and d.text.rstrip().endswith((".", "!", "?")) for d in drafts)
