"""A draft's closing lines never say the same thing twice ("See you soon for another great time
with us. Thanks again, and see you soon!" was one positive draft in eight), and a complaint
draft never ends by thanking an angry reviewer for their "candour" (it read as sarcasm); a
three-star review that only praises is thanked, not apologised to."""

from __future__ import annotations

import re

import pytest

from workstation.replies.drafting import draft_suggestions
from workstation.replies.model import ReplyProfile, ReviewInput

ECHO_WORDS = ("soon", "again", "heartfelt", "bientôt", "revoir", "chaleureu")


@pytest.mark.parametrize(
    ("lang", "text", "business"),
    [
        ("en", "Lovely croissants and friendly staff, will be back!", None),
        ("en", "", "The Corner Bakery"),
        ("fr", "Super accueil, croissants délicieux, on reviendra !", "Maison Dupont"),
        ("fr", "", None),
    ],
)
def test_positive_drafts_do_not_repeat_their_goodbye(lang: str, text: str, business: str | None) -> None:
    profile = ReplyProfile(signature="Sam", business=business)
    for n in range(150):
        review = ReviewInput(id=f"r{n}", text=text, stars=5, lang=lang, author="Chloé")
        for draft in draft_suggestions(review, profile=profile):
            lowered = draft.text.lower()
            assert not [w for w in ECHO_WORDS if lowered.count(w) > 1], draft.text


@pytest.mark.parametrize(("lang", "text"), [("en", "Rude staff and a cold meal."), ("fr", "Personnel désagréable et plat froid.")])
def test_complaint_drafts_never_thank_for_candour(lang: str, text: str) -> None:
    for n in range(60):
        review = ReviewInput(id=f"r{n}", text=text, stars=1, lang=lang)
        for draft in draft_suggestions(review, profile=ReplyProfile(signature="Sam")):
            assert "candid" not in draft.text and "franchise" not in draft.text


@pytest.mark.parametrize(
    ("lang", "text"),
    [("fr", "la nourriture est délicieuse / le nettoyage c'est bien"), ("en", "The food was delicious and the staff friendly.")],
)
def test_a_three_star_review_that_only_praises_is_thanked_not_apologised_to(lang: str, text: str) -> None:
    """An audit found "Nous regrettons sincèrement que votre visite se soit mal passée." sent to a
    three-star review that only praised the food and the cleaning."""
    for n in range(40):
        review = ReviewInput(id=f"r{n}", text=text, stars=3, lang=lang)
        first = draft_suggestions(review, profile=ReplyProfile(signature="Sam"))[0].text
        assert not re.search(r"sorry|apolog|regret|désolé|excuses|meilleures conditions|much better", first, re.I), first
