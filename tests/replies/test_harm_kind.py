"""Health & safety answered by what happened: an injury, an illness after a meal, an allergic
reaction or pests, read from the review's words (workstation/replies/harm_kind.py), worded by
resources/compose/harm/<lang>.toml, where the kind of business words that harm apart. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from workstation.replies.blocks import HARM_KINDS, load_blocks, load_harm
from workstation.replies.checker import check_draft
from workstation.replies.checks.learned import CATEGORIES
from workstation.replies.complaints import Points
from workstation.replies.compose import compose
from workstation.replies.french import insert_nouns
from workstation.replies.harm_kind import harm_kind
from workstation.replies.model import ReplyProfile, ReviewInput


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Slipped on the wet floor by the door and broke my wrist.", "injury"),
        ("Ma fille s'est brûlé la main avec le plat, on a fini aux urgences.", "injury"),
        ("My son has a severe peanut allergy and his dessert had nuts in it.", "allergy"),
        ("Nous avons été malades toute la nuit après le repas, intoxication alimentaire.", "illness"),
        ("Woke up covered in bites: bed bugs in the mattress seam.", "pests"),
        ("Un cafard est sorti de sous la banquette.", "pests"),
    ],
)
def test_the_harm_is_read_from_the_review(text: str, kind: str) -> None:
    assert harm_kind(text, "restaurant") == kind


@pytest.mark.parametrize(
    "text",
    [
        "The chicken sandwich was burnt and cold.",  # a burnt dish, nobody burned
        "Je suis tombé sur une serveuse adorable.",  # came across, nobody fell
        "Bon gastro, un peu cher.",  # a gastronomic restaurant, not gastroenteritis
        "I got burned to the tune of $40.",  # overcharged, not hurt
    ],
)
def test_words_in_another_sense_are_no_harm(text: str) -> None:
    assert harm_kind(text, "restaurant") is None


def test_only_the_kinds_of_business_that_word_a_harm_apart_use_it() -> None:
    fall = "I slipped on the stairs and sprained my ankle."
    assert harm_kind(fall, "shop") == "injury"
    assert harm_kind("I was sick all night after the meal.", "shop") is None
    assert harm_kind(fall, "online") is None
    assert harm_kind(fall, "care") is None  # a care practice's harm is a care error, its own wording


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_harm_sentence_passes_the_check(lang: str) -> None:
    harm = load_harm(lang)
    base = load_blocks(lang)
    sentences = list(harm.close)
    for kind in HARM_KINDS:
        blocks = harm.issues[kind]
        sentences += [*blocks.sorry, *blocks.fix, *blocks.short_fix]
        sentences += [insert_nouns(base.frame["brief_sorry"][0], "list", [n], base.conjunction)
                      for n in (blocks.noun, blocks.short_noun)]
    # What a sentence says (not what a whole reply lacks, such as thanks).
    wording = {c.code for c in CATEGORIES.values()} | {"personal_attack", "sarcasm"}
    for stars in (1, 5):
        flagged = [(s, codes) for s in sentences
                   if (codes := {f.code for f in check_draft(s, lang=lang, review=ReviewInput(stars=stars, lang=lang))}
                       & wording)]
        assert not flagged


def test_a_fall_is_answered_as_an_injury_with_a_close_that_fits() -> None:
    review = ReviewInput(text="Slipped on the wet floor in the lobby and fractured my wrist.", stars=1,
                         lang="en", id="fall-1")
    harm = load_harm("en")
    draft = compose(review, ReplyProfile(kind="hotel"), points=Points(("health_safety",), ()))
    assert any(s in draft.text for s in harm.issues["injury"].sorry)
    assert not any(s in draft.text for s in load_blocks("en", "hotel").issues["health_safety"].fix)
    assert any(c in draft.text for c in harm.close)
    assert "welcome you back" not in draft.text
    # An online shop words no injury apart: its own health & safety block answers.
    online = compose(review, ReplyProfile(kind="online"), points=Points(("health_safety",), ()))
    assert any(s in online.text for s in load_blocks("en", "online").issues["health_safety"].sorry)
