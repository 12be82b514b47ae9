"""A happy review's everyday complaint ends warmly (issue 18, 18warm).

"Tout était parfait / Pas de peigne dans la chambre" on five stars: the draft answers the room, then
used to ask the guest to get in touch privately and hope to "do much better", as for an angry
one-star review. An owner ends such a reply warmly; a private conversation stays for what calls for
one whatever the rating (harm, money, how someone was treated, a threat), and for three stars or less.
"""

from __future__ import annotations

import pytest

from workstation.replies.blocks import load_blocks
from workstation.replies.compose import compose
from workstation.replies.model import ReviewInput


def _draft(text: str, stars: int, lang: str, categories: tuple[str, ...] = ()) -> str:
    review = ReviewInput(id="r", text=text, stars=stars, lang=lang, categories=categories, read=True)
    return compose(review).text


def _offers_private_talk(text: str, lang: str) -> bool:
    frame = load_blocks(lang).frame
    return any(s in text for s in (*frame["offline"], *frame["offline_contact"]))


@pytest.mark.parametrize(
    ("text", "stars", "lang"),
    [
        ("Tout était parfait, personnel adorable. / Pas de peigne dans la chambre.", 5, "fr"),
        ("Lovely stay, great breakfast. The shepherd's pie was bland though.", 4, "en"),
    ],
)
def test_an_everyday_gripe_on_a_happy_review_ends_warmly(lists_alone: None, text: str, stars: int, lang: str) -> None:
    draft = _draft(text, stars, lang)
    assert not _offers_private_talk(draft, lang)
    assert any(s in draft for s in load_blocks(lang).frame["close_positive"])


@pytest.mark.parametrize(
    ("text", "stars", "categories"),
    [
        ("Lovely stay, but we were charged twice for the room.", 4, ("fraud_billing",)),
        ("Great food, but my son got sick that night.", 4, ("health_safety",)),
        ("The shepherd's pie was bland and the room was cold.", 3, ()),
    ],
)
def test_a_private_talk_stays_where_it_is_called_for(
    lists_alone: None, text: str, stars: int, categories: tuple[str, ...]
) -> None:
    assert _offers_private_talk(_draft(text, stars, "en", categories), "en")
