"""The drafting's generous complaint finder: grounded in the review's words, silent on praise,
and the same `addresses` whichever way a review reaches the composer (window, `reply suggest`,
batch)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workstation.replies.complaint_cues import complaint_cues
from workstation.replies.complaints import review_points
from workstation.replies.drafting import draft_suggestions
from workstation.replies.model import ReviewInput
from workstation.replies.stored_inputs import stored_labels
from workstation.replies.triage import with_triage

# Complaints written for these tests (no data row is copied into the repository).
CASES = [
    ("Colis jamais reçu, et au téléphone on m'a raccroché au nez.", 1, "fr",
     {"fraud_billing", "staff_behaviour"}),
    ("The fish was not fresh and we found a hair in the rice.", 2, "en", {"health_safety"}),
    ("Je vais écrire au siège et en parler sur les réseaux sociaux.", 1, "fr", {"escalation"}),
    ("They charged me $40 twice and the manager laughed at me.", 1, "en",
     {"fraud_billing", "staff_behaviour"}),
    ("Mon fils est tombé du toboggan, personne ne surveillait, c'est dangereux pour les enfants.",
     2, "fr", {"minors_safety", "health_safety"}),
]


@pytest.mark.parametrize(("text", "stars", "lang", "wanted"), CASES)
def test_cues_find_the_complaint_and_quote_the_review(
    text: str, stars: int, lang: str, wanted: set[str]
) -> None:
    cues = complaint_cues(text, stars)
    assert wanted <= {c.category for c in cues}
    assert all(c.quote and c.quote in text for c in cues)  # grounded in the review's own words
    points = review_points(ReviewInput(text=text, stars=stars, lang=lang))
    assert wanted <= set(points.complaints)


@pytest.mark.parametrize("stars", [4, 5, None])
def test_praise_or_an_unknown_rating_gets_no_extra_complaint(stars: int | None) -> None:
    text = "Refund was quick and the staff were lovely, thank you!"
    assert complaint_cues(text, stars) == ()


def test_a_hazard_named_to_say_it_was_absent_is_not_a_complaint() -> None:
    assert not complaint_cues("Slow service, but no one got sick and no hair in the food.", 2)
    assert not complaint_cues("Attente trop longue, mais pas de cheveux dans l'assiette.", 3)


def test_three_stars_needs_an_attitude_word_not_just_a_staff_mention() -> None:
    assert not complaint_cues("The waiter barely looked at us.", 3)
    assert {c.category for c in complaint_cues("The waiter barely looked at us.", 2)} == {
        "staff_behaviour"
    }
    assert {c.category for c in complaint_cues("The waiter was rude to us.", 3)} == {
        "staff_behaviour"
    }


def test_window_command_line_and_batch_draft_the_same_addresses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The window drafts from the stored triage, `reply suggest` and its batch mode from a fresh
    one: the same review must list the same complaints in all three."""
    from workstation.analysis.analyzer import Analyzer
    from workstation.replies.cli import run_suggest

    review = {"id": "r1", "text": CASES[0][0], "stars": 1, "lang": "fr", "author": "Camille"}
    stored = Analyzer().analyze(review["text"], stars=1, lang="fr").to_json()
    categories, topics = stored_labels(stored)
    window = draft_suggestions(
        ReviewInput(text=review["text"], stars=1, lang="fr", author="Camille", id="r1",
                    categories=categories, topics=topics)
    )
    bare = ReviewInput(text=review["text"], stars=1, lang="fr", author="Camille", id="r1")
    direct = draft_suggestions(with_triage(bare))
    (tmp_path / "r.json").write_text(json.dumps(review), encoding="utf-8")
    assert run_suggest(["--review-file", str(tmp_path / "r.json")]) == 0
    single = json.loads(capsys.readouterr().out)
    (tmp_path / "in.jsonl").write_text(json.dumps(review) + "\n", encoding="utf-8")
    assert run_suggest(["--in", str(tmp_path / "in.jsonl"), "--out", str(tmp_path / "o.jsonl")]) == 0
    batch = json.loads((tmp_path / "o.jsonl").read_text(encoding="utf-8"))["suggestions"]
    expected = [list(s.addresses) for s in window]
    assert {"fraud_billing", "staff_behaviour"} <= set(expected[0])
    assert [list(s.addresses) for s in direct] == expected
    assert [s["addresses"] for s in single] == expected
    assert [s["addresses"] for s in batch] == expected


def test_staff_praised_or_only_slow_is_not_how_the_customer_was_treated() -> None:
    assert not complaint_cues("The waiter was lovely. The food was cold.", 2)
    assert not complaint_cues("Le personnel était lent.", 1)
    assert {c.category for c in complaint_cues("Le personnel était lent et désagréable.", 1)} == {
        "staff_behaviour"
    }


def test_a_price_opinion_or_a_forgotten_order_is_not_a_money_or_attitude_complaint() -> None:
    # The severity guide: "expensive" is an opinion, not a money problem; forgetting an order
    # is not how a customer was treated. The draft still answers the price and the wait.
    assert not complaint_cues("Bon repas mais 45 euros pour deux plats, un peu cher.", 3)
    assert not complaint_cues("Nice food, but $30 for a burger is a lot.", 3)
    assert not complaint_cues("The staff forgot our order twice.", 2)
    assert {c.category for c in complaint_cues("89 euros débités et jamais remboursés.", 1)} == {
        "fraud_billing"
    }
