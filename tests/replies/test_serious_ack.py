"""A review reporting harm is not thanked for "feedback that helps us get better" (`ack_serious`)."""

from __future__ import annotations

import pytest

from workstation.replies.blocks import load_blocks
from workstation.replies.drafting import draft_suggestions
from workstation.replies.model import ReviewInput

# The thanks that frame a review as useful feedback: `ack`'s two and `thanks_mixed`'s (3★ and up).
HELPFUL = {
    "en": ("helps us get better", "your feedback matters", "useful", "helps us improve"),
    "fr": ("nous aide à nous améliorer", "compte pour nous", "utile", "nous aide à progresser"),
}
HARM = {
    "en": "My son ended up in hospital after the brunch, the whole family was sick.",
    "fr": "Mon fils a fini à l'hôpital après le brunch, toute la famille a été malade.",
}
WAIT = {"en": "We waited an hour and the pizzas were cold.", "fr": "Une heure d'attente et des pizzas froides."}


def _drafts(text: str, lang: str, stars: int) -> list[str]:
    return [draft for n in range(40) for draft in
            (s.text for s in draft_suggestions(ReviewInput(text=text, stars=stars, lang=lang, id=f"r{n}")))]


@pytest.mark.parametrize("stars", [1, 2, 3, 4, 5])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_harm_is_never_thanked_as_helpful_feedback_and_other_complaints_still_can_be(lang: str, stars: int) -> None:
    assert set(load_blocks(lang).frame["ack_serious"]) < set(load_blocks(lang).frame["ack"])  # no new sentence
    harm = _drafts(HARM[lang], lang, stars)
    assert not [d for d in harm if any(phrase in d for phrase in HELPFUL[lang])]
    wait = _drafts(WAIT[lang], lang, stars)
    assert [d for d in wait if any(phrase in d for phrase in HELPFUL[lang])]  # the rule is about harm only
