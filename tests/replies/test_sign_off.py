"""A reply signed after its last full stop is not read by the classifier as blaming the people
it names (issue 18, 18fb22b: real French hotel replies "… Avec toute notre gratitude, Marion &
l'équipe, Le Martin Boutique Hotel" warned); a last sentence that says something of someone is
still read."""

from __future__ import annotations

import pytest

from workstation.replies.checks import learned
from workstation.replies.checks.sign_off import is_sign_off


@pytest.mark.parametrize("sentence", [
    "Avec toute notre gratitude, Marion & l'équipe, Le Martin Boutique Hotel",
    "À bientôt, Marion & l'équipe du Martin Boutique Hôtel",
    "L'équipe du Martin Hôtel",
    "Marion & Emmanuel ainsi que toute l'équipe du Martin Hôtel !",
    "Kind regards, Tom and the whole team",
    "Cordialement, Julie",
])
def test_a_signature_is_a_sign_off(sentence: str) -> None:
    assert is_sign_off(sentence)


@pytest.mark.parametrize("sentence", [
    "Riveting.",  # a lone word: sarcasm as often as a name (18fb22)
    "Patel.",
    "Blame Kevin.",
    "Kevin forgot your order.",
    "Thanks, Kevin the idiot",
    "Regards, Tom (who messed up)",
    "Kevin & Sarah, who forgot your order",
    "Merci à Julie qui a tout oublié",
])
def test_a_sentence_about_someone_is_no_sign_off(sentence: str) -> None:
    assert not is_sign_off(sentence)


def test_the_classifier_skips_a_last_sentence_that_signs() -> None:
    if learned.shipped_model() is None:
        pytest.skip("no shipped reply-check model")
    draft = "Merci pour votre visite ! À bientôt, Marion & l'équipe du Martin Hôtel"
    assert [s.text for s, _ in learned.scored(draft)] == ["Merci pour votre visite !"]
    blame = "Merci pour votre visite ! Kevin & Sarah, who forgot your order"
    assert len(learned.scored(blame)) == 2
