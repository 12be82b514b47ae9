"""The built-in library itself: coverage of situations and our voice (checked by our own checker)."""

from __future__ import annotations

import re

import pytest

from workstation.replies.checker import check_draft
from workstation.replies.fill import fill
from workstation.replies.library import load_library
from workstation.replies.model import Kind, ReplyProfile, ReviewInput, Severity, Template
from workstation.replies.vocabulary import CATEGORIES, SITUATIONS, TOPICS

LIB = load_library().templates
PROFILE = ReplyProfile(signature="Claire, Le Bistrot", contact="contact@bistrot.example")


def _review(t: Template, stars: int) -> ReviewInput:
    return ReviewInput(
        text="…",
        stars=stars,
        lang=t.lang,
        author="Marie Dupont",
        platform=(t.platforms or ("google_business",))[0],
        topics=t.topics or ("service",),
        location="Lyon",
        business="Le Bistrot",
    )


@pytest.mark.parametrize("template", LIB, ids=lambda t: t.id)
def test_template_passes_the_pre_post_check_at_both_ends_of_its_star_range(
    template: Template,
) -> None:
    for stars in set(template.stars):
        review = _review(template, stars)
        text = fill(template, review, PROFILE)
        found = check_draft(
            text, lang=template.lang, review=review, own_contacts=[PROFILE.contact or ""]
        )
        bad = [(f.code, text[f.start : f.end]) for f in found if f.severity is not Severity.HINT]
        assert not bad, f"{template.id} at {stars}★: {bad}"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_library_covers_every_category_topic_and_situation(lang: str) -> None:
    mine = [t for t in LIB if t.lang == lang]
    assert {c for t in mine for c in t.categories} >= CATEGORIES | SITUATIONS
    assert {topic for t in mine for topic in t.topics} >= TOPICS
    positive = [t for t in mine if t.kinds == (Kind.POSITIVE,) and t.auto]
    assert len(positive) >= 10
    assert any(Kind.MIXED in t.kinds for t in mine)


def test_english_and_french_libraries_mirror_each_other() -> None:
    en = {t.id.removeprefix("en.") for t in LIB if t.lang == "en"}
    fr = {t.id.removeprefix("fr.") for t in LIB if t.lang == "fr"}
    assert en == fr


@pytest.mark.parametrize("template", [t for t in LIB if t.platforms], ids=lambda t: t.id)
def test_app_store_templates_fit_google_play(template: Template) -> None:
    text = fill(template, _review(template, template.stars[0]), PROFILE)
    assert len(text) <= 350


_THANKS = re.compile(r"thank|merci|appreciate|remerci", re.IGNORECASE)
# Apology when due; where it is not (legal threat, review bombing) an acknowledgement.
_APOLOGY = re.compile(
    r"sorry|apolog|regret|désolé|excuse|regrett|seriously|au sérieux|understand|comprenons",
    re.IGNORECASE,
)
_NEGATIVE = [t for t in LIB if Kind.NEGATIVE in t.kinds and "crisis" not in t.categories]


@pytest.mark.parametrize("template", _NEGATIVE, ids=lambda t: t.id)
def test_negative_templates_follow_our_structure(template: Template) -> None:
    """Greeting → thanks → acknowledgement/apology → action → offline contact → sign-off."""
    body = template.body
    head = body[:80]
    assert "{first_name}" in head or head.startswith(("Hello", "Bonjour"))
    thanks, apology = _THANKS.search(body), _APOLOGY.search(body)
    assert thanks and apology
    assert "{contact}" in body
    assert thanks.start() < body.index("{contact}")
    assert apology.start() < body.index("{contact}")
    if not template.platforms:  # app-store replies are too short for a signature block
        assert body.rstrip().endswith("{signature}")


_ADMISSION = re.compile(
    r"our fault|we were wrong|we admit|liab|responsib|negligen|compensat|"
    r"notre faute|nous reconnaissons|responsab|négligen|indemnis|dédommag",
    re.IGNORECASE,
)


@pytest.mark.parametrize(
    "template", [t for t in LIB if "legal_threat" in t.categories], ids=lambda t: t.id
)
def test_legal_threat_templates_neither_admit_nor_deny(template: Template) -> None:
    assert not _ADMISSION.search(template.body)
    review = _review(template, 1)
    found = check_draft(fill(template, review, PROFILE), lang=template.lang, review=review)
    assert not [f for f in found if f.code == "categorical_denial"]
