"""A review with complaints is also thanked for what it praised (issue 18, 18mixed).

"Good food, quick service, the room was noisy" was met with "thank you for this balanced
feedback" and the apology: nothing of the praise. In a blind comparison on real 3-4-star reviews a
judge preferred the draft that thanks for the praise first in 47 of 53 pairs. These tests pin when
the thanks come: three stars or more, something praised, never beside harm, and never at the cost
of a complaint when the platform's limit is short.
"""

from __future__ import annotations

from workstation.replies.blocks import load_blocks
from workstation.replies.compose import compose
from workstation.replies.model import ReviewInput


def _review(text: str, stars: int, lang: str = "en", platform: str | None = None) -> ReviewInput:
    return ReviewInput(id="m", text=text, stars=stars, lang=lang, read=True, platform=platform)


def _thanks_food(text: str) -> bool:
    return any(s in text for s in load_blocks("en").praise["food"])


def test_praise_is_thanked_before_the_complaint_is_answered() -> None:
    composed = compose(_review("Delicious food. The wait was far too long.", 4))
    assert "waiting_time" in composed.addresses
    assert _thanks_food(composed.text)
    # The thanks come before the apology.
    thanks_at = min(composed.text.find(s) for s in load_blocks("en").praise["food"] if s in composed.text)
    assert thanks_at < composed.text.find("sorry") or "sorry" not in composed.text


def test_a_low_rating_or_harm_gets_no_thanks_for_praise() -> None:
    assert not _thanks_food(compose(_review("Delicious food. The wait was far too long.", 2)).text)
    harm = compose(_review("Delicious food, but I got food poisoning and was sick all night.", 3))
    assert "health_safety" in harm.addresses and not _thanks_food(harm.text)


def test_the_thanks_never_cost_a_complaint_on_a_short_platform() -> None:
    text = "Delicious food. The wait was far too long and the prices are too high."
    short = compose(_review(text, 3, platform="google_play"))  # 350 characters
    assert {"waiting_time", "price"} <= set(short.addresses)
    assert not _thanks_food(short.text)
