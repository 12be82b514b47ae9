"""A review the triage engine has read is drafted from that reading: when it found no category,
the reply assistant's small keyword fallback must not invent one (a five-star thank-you once
apologised for an "escalation" because it named the bank's "directeur"). The fallback still
serves reviews given without any triage (a bare `reply suggest` input)."""

from __future__ import annotations

import json

import pytest

from workstation.analysis.model import Analysis
from workstation.replies.drafting import draft_suggestions
from workstation.replies.model import ReviewInput
from workstation.replies.stored_inputs import stored_labels
from workstation.replies.triage import with_reading

SEVERITY = {"health_safety", "legal_threat", "discrimination", "fraud_billing", "escalation",
            "staff_behaviour", "minors_safety"}

# Written for these tests: happy reviews whose words the keyword fallback reads as complaints.
HAPPY = [
    ("fr", "Un grand merci au directeur d'agence, M. Fabre, qui s'est occupé de la succession de mon père "
           "avec beaucoup d'humanité. Un court rendez-vous et tout était réglé."),
    ("en", "My dad is in a wheelchair and the manager personally helped us to our table. Wonderful evening, "
           "thank you all."),
    ("fr", "Personnel adorable, aucune plainte à formuler, et le responsable nous a offert le café. Merci !"),
]
NOTHING_FOUND = Analysis(lang="en", sentiment=0.8, urgency=0.0, level="low")


def _first(review: ReviewInput) -> set[str]:
    return set(draft_suggestions(review)[0].addresses)


@pytest.mark.parametrize(("lang", "text"), HAPPY)
def test_a_happy_review_read_clean_gets_no_apology_for_a_complaint(lang: str, text: str) -> None:
    bare = ReviewInput(text=text, stars=5, lang=lang, id="r1")
    # The command line's path: the engine's reading, here one that found nothing.
    assert not _first(with_reading(bare, NOTHING_FOUND)) & SEVERITY
    # The window's and the automatic replies' path: the reading stored with the review.
    labels = stored_labels(NOTHING_FOUND.to_json())
    stored = ReviewInput(text=text, stars=5, lang=lang, id="r1", categories=labels.categories,
                         topics=labels.topics, read=labels.read)
    assert not _first(stored) & SEVERITY


def test_a_review_given_without_any_triage_still_gets_the_keyword_reading() -> None:
    bare = ReviewInput(text="Facture jamais corrigée, j'ai contacté mon avocat.", stars=1, lang="fr")
    assert "legal_threat" in _first(bare)


def test_stored_labels_say_whether_there_was_a_reading() -> None:
    assert stored_labels(None) == ((), (), False)
    assert stored_labels("not json") == ((), (), False)
    assert stored_labels(NOTHING_FOUND.to_json()) == ((), (), True)
    found = json.dumps({"categories": ["escalation_threat"], "topics": [{"topic": "food", "start": 3}]})
    assert stored_labels(found) == (("escalation",), ("food",), True)
