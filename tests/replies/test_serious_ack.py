"""A review reporting harm is not thanked for "feedback that helps us get better" (`ack_serious`)."""

from __future__ import annotations

import pytest

from workstation.replies.blocks import load_blocks
from workstation.replies.drafting import draft_suggestions
from workstation.replies.model import ReviewInput

HELPFUL = {"en": ("helps us get better", "your feedback matters"), "fr": ("nous aide à nous améliorer", "compte pour nous")}
HARM = {
    "en": "My son ended up in hospital after the brunch, the whole family was sick.",
    "fr": "Mon fils a fini à l'hôpital après le brunch, toute la famille a été malade.",
}
WAIT = {"en": "We waited an hour and the pizzas were cold.", "fr": "Une heure d'attente et des pizzas froides."}


def _openings(text: str, lang: str) -> list[str]:
    return [draft for n in range(40)
            for draft in (s.text for s in draft_suggestions(ReviewInput(text=text, stars=1, lang=lang, id=f"r{n}")))]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_harm_is_never_thanked_as_helpful_feedback_and_other_complaints_still_can_be(lang: str) -> None:
    assert set(load_blocks(lang).frame["ack_serious"]) < set(load_blocks(lang).frame["ack"])  # no new sentence
    harm = _openings(HARM[lang], lang)
    assert not [d for d in harm if any(phrase in d for phrase in HELPFUL[lang])]
    wait = _openings(WAIT[lang], lang)
    assert [d for d in wait if any(phrase in d for phrase in HELPFUL[lang])]  # the rule is about harm only
