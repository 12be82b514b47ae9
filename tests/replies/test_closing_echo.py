"""A draft's closing lines never say the same thing twice ("See you soon for another great time
with us. Thanks again, and see you soon!" was one positive draft in eight), and a complaint
draft never ends by thanking an angry reviewer for their "candour" (it read as sarcasm)."""

from __future__ import annotations

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
