"""Bad input never crashes: empty and huge drafts, any language, odd characters."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workstation.replies.checker import check_draft
from workstation.replies.library import load_library
from workstation.replies.model import ReviewInput
from workstation.replies.suggester import suggest

LIB = load_library().templates
SAMPLES = [
    "",
    "   ",
    "这家餐厅很好，服务也很棒！",
    "Отличный ресторан, спасибо!!!",
    "مطعم رائع جدا",
    "🙂🙂🙂 " * 50,
    "\x00\x01\x02 control \u202e reversed",
    "{" * 500 + "}" * 500,
    "[[[[" * 200,
    "9" * 5000,
    "a@" * 3000,
    "Sehr gut! Vielen Dank für Ihre Bewertung.",
]


def test_samples_do_not_crash() -> None:
    for text in SAMPLES:
        for lang in ("en", "fr", "zz"):
            found = check_draft(
                text,
                lang=lang,
                platform="google_play",
                review=ReviewInput(text=text, stars=1, lang=lang),
                previous_replies=SAMPLES,
            )
            for f in found:
                assert 0 <= f.start <= f.end <= len(text)
        suggest(ReviewInput(text=text, stars=None, lang=None), LIB)


def test_100_kb_draft_is_checked() -> None:
    """Correctness only: the time it takes is measured by bench/robustness.py."""
    draft = ("Thank you!! You should have called us because we care. Call 06 12 34 56 78. " * 1400)[
        :100_000
    ]
    found = check_draft(
        draft,
        lang="en",
        platform="google_play",
        review=ReviewInput(stars=1, lang="en"),
        previous_replies=[draft[:500]] * 50,
    )
    assert {"length_limit", "shouting", "defensive_tone"} <= {f.code for f in found}
    assert len(found) <= 20 * 14  # capped per check


def test_100_kb_review_suggestions() -> None:
    assert len(suggest(ReviewInput(text="terrible food " * 7000, stars=1), LIB)) == 3


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(max_size=400),
    lang=st.sampled_from(["en", "fr", "de", ""]),
    stars=st.one_of(st.none(), st.integers(-3, 9)),
    platform=st.one_of(
        st.none(), st.text(max_size=12), st.sampled_from(["google_business", "google_play"])
    ),
)
def test_any_input_never_crashes(
    text: str, lang: str, stars: int | None, platform: str | None
) -> None:
    review = ReviewInput(
        text=text, stars=stars, lang=lang or None, author=text[:20] or None, platform=platform
    )
    for f in check_draft(
        text, lang=lang, platform=platform, review=review, previous_replies=[text[::-1]]
    ):
        assert 0 <= f.start <= f.end <= len(text)
    for s in suggest(review, LIB):
        assert "{" not in s.text.replace("{{", "")


@pytest.mark.parametrize("unit", ["9", "A", "é", "!", "?", "a@", "{", "[", ".", "1 ", "Ab ", "x."])
def test_pathological_100_kb_drafts_are_handled(unit: str) -> None:
    """Long runs of one character class give well-formed results. Whether the regexes stay
    linear on them is a speed question: bench/robustness.py times these very inputs against
    ordinary text of the same length (a quadratic regex would also hit the test timeout)."""
    draft = (unit * 100_000)[:100_000]
    found = check_draft(
        draft,
        lang="fr",
        platform="google_business",
        review=ReviewInput(text=draft, stars=1, lang="en"),
        previous_replies=[draft[:999]],
    )
    assert all(0 <= f.start <= f.end <= len(draft) for f in found)
    assert len(suggest(ReviewInput(text=draft), LIB)) == 3
