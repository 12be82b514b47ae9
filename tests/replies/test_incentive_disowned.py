"""A reward said *not* to be for a review is no incentive (issue 18, a false block listed in
docs/reply-check-model.md since the rounds 19–20 fixes): "we've refunded you in full, not just
to get a better review". Look-alikes written here, with the real offences beside them that
must still block (a reward for one rating "not for another" is still a deal), classifier on."""

from __future__ import annotations

import pytest

from .evaluation import blocking_codes as _blocks


@pytest.mark.parametrize(("draft", "lang"), [
    ("We've refunded you in full, not just to get a better review, but because it was the right thing to do.",
     "en"),
    ("We have refunded you in full, and not to get a better review: it was our mistake.", "en"),
    ("We refunded you in full - not in exchange for a better review, simply because it was our fault.", "en"),
    ("The voucher is yours, not for a kinder rating, just our way of saying sorry.", "en"),
    ("Nous vous avons remboursé intégralement, pas pour obtenir un meilleur avis, mais parce que c'était "
     "notre erreur.", "fr"),
    ("Le dessert vous est offert, et pas contre une meilleure note : c'est notre façon de nous excuser.", "fr"),
    ("On vous a remboursé, non pour avoir un bon avis, mais parce que c'était normal.", "fr"),
])
def test_a_reward_said_not_to_be_for_a_review_is_not_an_incentive(draft: str, lang: str) -> None:
    assert "review_incentive" not in _blocks(draft, lang)


@pytest.mark.parametrize(("draft", "lang"), [
    ("Update your review and we will refund you in full.", "en"),
    ("We will refund you in full - not a bad deal for a better review, right?", "en"),
    ("Not just a refund: a better review gets you a free dinner too.", "en"),
    ("A free dessert for 5 stars, not for 4 stars.", "en"),
    ("Free coffee for a five-star review, not for a three-star one.", "en"),
    ("Pas de souci : changez votre note et le prochain repas est offert.", "fr"),
    ("Un café offert pour 5 étoiles, pas pour 3 étoiles.", "fr"),
    ("Remontez votre note à 5 étoiles et on vous rembourse, pas avant.", "fr"),
])
def test_a_reward_tied_to_a_rating_still_blocks(draft: str, lang: str) -> None:
    assert "review_incentive" in _blocks(draft, lang)
