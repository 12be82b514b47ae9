"""Pick the three best templates for a review: language, stars, categories, topics.

Rotation: templates recently used for the same location/platform (ids passed in by
the caller, who persists them) sink below every fresh candidate. Ties are broken by a
hash of review text and template id, so equal candidates vary from review to review
instead of always producing the same reply.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence
from dataclasses import replace

from .fill import placeholder_values
from .keywords import guess_categories, guess_stars, guess_topics
from .langguess import guess_language, model_language
from .limits import limit_for, normalise_platform
from .model import LANGS, Kind, ReplyProfile, ReviewInput, Suggestion, Template
from .placeholders import render

_RECENT_PENALTY = 1000.0


def kind_for_stars(stars: int | None) -> Kind:
    if stars is None:
        return Kind.NEUTRAL
    if stars >= 4:
        return Kind.POSITIVE
    if stars == 3:
        return Kind.MIXED
    return Kind.NEGATIVE


def enrich(review: ReviewInput) -> ReviewInput:
    """Fill in language, categories, topics (and a rough rating) the caller did not give."""
    lang = review.lang if review.lang in LANGS else None
    if lang is None:
        guessed = guess_language(review.text, min_hits=2) or model_language(review.text)
        lang = guessed if guessed in LANGS else "en"
    stars = review.stars if isinstance(review.stars, int) and 1 <= review.stars <= 5 else None
    if stars is None:
        stars = guess_stars(review.text)
    # The keyword fallback stands in for a triage that was not run, never for one that found
    # nothing: its bare words ("directeur", "wheelchair", "court") would have a five-star
    # review's draft apologise for an escalation, discrimination or a legal threat.
    categories = review.categories if review.read else review.categories or guess_categories(review.text)
    topics = review.topics if review.read else review.topics or guess_topics(review.text)
    return replace(review, lang=lang, stars=stars, categories=categories, topics=topics)


def _score(t: Template, review: ReviewInput, kind: Kind) -> float | None:
    """Fit of a template to an (enriched) review; None when it must not be offered."""
    wanted = set(review.categories)
    own_cats = set(t.categories)
    if own_cats and not own_cats & wanted:
        return None  # a legal-threat reply to a plain review would be absurd
    if not t.auto and not own_cats & wanted:
        return None
    if t.topics and not set(t.topics) & set(review.topics):
        return None
    if t.platforms and normalise_platform(review.platform) not in t.platforms:
        return None
    stars = review.stars
    if stars is not None and not t.stars[0] <= stars <= t.stars[1]:
        return None
    if t.kinds and kind is not Kind.NEUTRAL and kind not in t.kinds:
        return None
    score = 0.0
    score += 10.0 * len(own_cats & wanted)
    # Best topic match only, in review order (the first one is what the reviewer talked about
    # most); a template written for one topic beats a catch-all listing many.
    ranks = [rank for rank, topic in enumerate(review.topics[:4]) if topic in t.topics]
    if ranks:
        score += 4.0 - 0.5 * ranks[0] + 2.0 / len(t.topics)
    if kind in t.kinds:
        score += 2.0
    elif kind is Kind.NEUTRAL and Kind.MIXED in t.kinds:
        score += 1.0  # no rating and no clue: balanced wording is the safe default
    if t.platforms:
        score += 3.0  # written for this platform's format (e.g. Play's 350 characters)
    if not t.categories and not t.topics:
        score += 0.5  # generic templates are a fine fallback, specific ones win
    return score


def suggest(
    review: ReviewInput,
    templates: Iterable[Template],
    *,
    recent_ids: Sequence[str] = (),
    profile: ReplyProfile | None = None,
    k: int = 3,
) -> list[Suggestion]:
    """Top `k` templates for `review`, filled in.

    Args:
        recent_ids: template ids used lately for the same location/platform, most recent
            first; they are only offered when nothing fresh fits.
    """
    rich = enrich(review)
    lang = rich.lang or "en"
    kind = kind_for_stars(rich.stars)
    pool = [t for t in templates if t.enabled and t.lang == lang]
    if not pool:
        pool = [t for t in templates if t.enabled and t.lang == "en"]
        lang = "en"
    recent: dict[str, int] = {}
    for i, tid in enumerate(recent_ids):
        recent.setdefault(tid, i)  # an id listed twice counts at its most recent use
    limit = limit_for(rich.platform)
    values = placeholder_values(rich, profile, lang)
    salt = rich.text.encode("utf-8", "replace")
    scored: list[tuple[float, int, Template, str, tuple[str, ...]]] = []
    for t in pool:
        s = _score(t, rich, kind)
        if s is None:
            continue
        rendered = render(t.body, values, t.lang)
        if limit is not None and limit.measure(rendered.text) > limit.max:
            # Too long would be blocked at posting: worse than reusing a recent template.
            s -= 10 * _RECENT_PENALTY
        if t.id in recent:
            # More recent use, bigger penalty; all recent ones stay below fresh ones.
            s -= _RECENT_PENALTY * (1 + 1 / (1 + recent[t.id]))
        tie = zlib.crc32(salt + t.id.encode("utf-8"))
        scored.append((s, tie, t, rendered.text, rendered.missing))
    scored.sort(key=lambda x: (-x[0], x[1]))
    return [
        Suggestion(template_id=t.id, title=t.title, text=text, score=s, missing=missing)
        for s, _tie, t, text, missing in scored[:k]
    ]
