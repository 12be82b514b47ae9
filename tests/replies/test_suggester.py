"""Suggestions: fit to language, stars, categories, topics, platform; rotation; fallbacks."""

from __future__ import annotations

import csv
import itertools
from pathlib import Path

import pytest

from workstation.replies.library import load_library
from workstation.replies.model import Kind, ReplyProfile, ReviewInput, Template
from workstation.replies.suggester import enrich, suggest

LIB = load_library().templates
BY_ID = {t.id: t for t in LIB}


def _ids(review: ReviewInput, **kw: object) -> list[str]:
    return [s.template_id for s in suggest(review, LIB, **kw)]  # type: ignore[arg-type]


def test_three_suggestions_in_the_review_language_and_star_range() -> None:
    for lang, stars in [("en", 5), ("fr", 5), ("en", 1), ("fr", 1), ("fr", 3)]:
        ids = _ids(ReviewInput(text="…", stars=stars, lang=lang))
        assert len(ids) == 3
        for tid in ids:
            t = BY_ID[tid]
            assert t.lang == lang and t.stars[0] <= stars <= t.stars[1]


def test_categories_win_over_generic_templates() -> None:
    review = ReviewInput(text="I will sue you", stars=1, lang="en", categories=("legal_threat",))
    assert _ids(review)[0] == "en.category.legal-threat"
    review = ReviewInput(
        text="…", stars=2, lang="fr", categories=("minors_safety",), topics=("service",)
    )
    assert _ids(review)[0] == "fr.category.minors-safety"


def test_category_templates_never_offered_to_a_plain_review() -> None:
    for stars in range(1, 6):
        for tid in _ids(ReviewInput(text="fine", stars=stars, lang="en")):
            assert not BY_ID[tid].categories


def test_specific_topic_template_first() -> None:
    review = ReviewInput(text="…", stars=1, lang="en", topics=("delivery", "food"))
    assert _ids(review)[0] == "en.topic.delivery"


def test_situations_only_when_asked() -> None:
    plain = _ids(ReviewInput(text="…", stars=1, lang="fr"))
    assert not any("situation" in tid for tid in plain)
    asked = _ids(ReviewInput(text="…", stars=1, lang="fr", categories=("suspected_fake",)))
    assert asked[0] == "fr.situation.suspected-fake"


def test_app_platform_gets_short_templates() -> None:
    review = ReviewInput(text="App crashes on start", stars=1, lang="en", platform="google_play")
    suggestions = suggest(review, LIB, profile=ReplyProfile(contact="help@app.example"))
    assert suggestions[0].template_id == "en.topic.app-crash"
    assert all(len(s.text) <= 350 for s in suggestions[:2])
    restaurant = _ids(ReviewInput(text="…", stars=1, lang="en", platform="google_business"))
    assert not any(BY_ID[t].platforms for t in restaurant)


def test_rotation_avoids_recently_used_templates() -> None:
    review = ReviewInput(text="Lovely evening", stars=5, lang="en", author="Ann")
    first = _ids(review)
    second = _ids(review, recent_ids=first)
    assert not set(first) & set(second)
    # Consecutive reviews of one location never get the same top suggestion.
    recent: list[str] = []
    tops = []
    for n in range(8):
        top = _ids(ReviewInput(text=f"Great {n}", stars=5, lang="fr"), recent_ids=recent)[0]
        tops.append(top)
        recent = [top, *recent][:5]
    assert all(a != b for a, b in itertools.pairwise(tops))


def test_recent_templates_still_offered_when_nothing_else_fits() -> None:
    only = [t for t in LIB if t.id.startswith("en.positive.")][:2]
    ids = [
        s.template_id
        for s in suggest(
            ReviewInput(text="x", stars=5, lang="en"), only, recent_ids=[only[0].id, only[1].id]
        )
    ]
    assert ids == [only[1].id, only[0].id]  # the least recent first


def test_filled_text_and_missing_placeholders() -> None:
    review = ReviewInput(
        text="Super", stars=5, lang="fr", author="Zoé Martin", business="Chez Léon", location="Lyon"
    )
    (s, *_) = suggest(review, LIB, profile=ReplyProfile(signature="Léa", contact="a@b.example"))
    assert "{" not in s.text and "[" not in s.text
    bare = suggest(ReviewInput(text="Super", stars=5, lang="fr"), LIB)[0]
    assert bare.missing and all(f"[{name}]" not in bare.text for name in ("first_name",))
    assert "[signature]" in bare.text


def test_keyword_fallback_on_a_bare_review() -> None:
    rich = enrich(ReviewInput(text="Livraison en retard et colis abîmé, je veux un remboursement"))
    assert rich.lang == "fr" and "delivery" in rich.topics and "billing" in rich.topics
    ids = _ids(ReviewInput(text="The waiter was rude and we waited an hour. Awful."))
    assert BY_ID[ids[0]].lang == "en"
    assert Kind.NEGATIVE in BY_ID[ids[0]].kinds
    poisoned = _ids(ReviewInput(text="Got food poisoning after dinner", stars=1))
    assert poisoned[0] == "en.category.health-safety"


@pytest.mark.parametrize("lang", [None, "de", "zz", ""])
def test_unknown_language_falls_back_without_crash(lang: str | None) -> None:
    assert len(_ids(ReviewInput(text="Sehr gut, danke!", stars=5, lang=lang))) == 3


def test_no_templates_or_disabled_ones() -> None:
    assert suggest(ReviewInput(text="x", stars=5), []) == []
    off = [Template(id="a", lang="en", body="Thanks", enabled=False)]
    assert suggest(ReviewInput(text="x", stars=5), off) == []


def test_real_reviews_get_suggestions_in_their_language(dev_reviews_csv: Path) -> None:
    with dev_reviews_csv.open(encoding="utf-8") as fh:
        rows = [r for _, r in zip(range(300), csv.DictReader(fh), strict=False)]
    for row in rows:
        stars = int(row["stars"]) if row["stars"].isdigit() else None
        review = ReviewInput(text=row["text"], stars=stars, lang=row["lang"])
        out = suggest(review, LIB)
        assert len(out) == 3
        assert all(s.template_id.startswith(row["lang"] + ".") for s in out)
