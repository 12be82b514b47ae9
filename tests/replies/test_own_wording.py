"""The app's own reply sentences are not read by the classifier (issue 18, 18fb20), and only
they: an owner's sentence that starts or ends like a block, or fills a placeholder with
something else than its kind, is still judged. The rules read every sentence either way."""

from __future__ import annotations

import re

import pytest

from workstation.replies.checks import learned
from workstation.replies.checks.own_wording import block_sentences, is_own_sentence

from .evaluation import blocked

FILLED = {
    "first_name": "Marie-Claire", "signature": "Julien", "business": "Le Petit Zinc",
    "location": "Lyon 2", "contact": "bonjour@petitzinc.example", "list": "the wait and the bill",
    "item": "the onion soup", "topic": "the terrace",
}


def _app_sentences() -> list[str]:
    return [re.sub(r"\{(\w+)\}", lambda m: FILLED[m.group(1)], s) for s in block_sentences()]


def test_every_sentence_of_the_app_wording_is_recognised() -> None:
    sentences = _app_sentences()
    assert len(sentences) > 1_500
    assert [s for s in sentences if not is_own_sentence(s)] == []


@pytest.mark.parametrize("sentence", [
    # a block with something added
    "We regret that the meals let you down during your stay, which you clearly made up.",
    # a bare placeholder ("{signature}") must not let any short sentence through
    "You are a liar",
    "Menteur",
    # a name placeholder filled with an insult
    "Merci espèce de menteur !",
    "Merci Marie espèce de menteur !",
    # a contact placeholder filled with a threat
    "Contactez-nous à notre avocat.",
    "The police will hear about your review.",
])
def test_an_owners_sentence_is_not_the_app_wording(sentence: str) -> None:
    assert not is_own_sentence(sentence)


def test_the_classifier_does_not_read_the_app_sentences_of_a_draft() -> None:
    if learned.shipped_model() is None:
        pytest.skip("no shipped reply-check model")
    draft = "We regret that the meals let you down during your stay. Frankly, you made it all up."
    read = [s.text for s, _ in learned.scored(draft)]
    assert read == ["Frankly, you made it all up."]


def test_the_rules_still_read_the_app_sentences() -> None:
    # A block sentence with a hostile filling of {list} is no longer the classifier's, but the
    # rules block it as they would anywhere.
    draft = "We're also sorry about the wait and your lies."
    assert "personal_attack" in blocked(draft, "en", model=False)
