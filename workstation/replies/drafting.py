"""The three drafts offered for a review: the best composed reply and two variants.

A situation the owner named explicitly (suspected fake review, review bombing, crisis…)
needs a deliberate stance that building blocks do not take: its template comes first.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .complaints import Points, review_points
from .compose import compose
from .model import ReplyProfile, ReviewInput, Suggestion, Template
from .point_choice import choose_points
from .suggester import enrich, suggest
from .vocabulary import SITUATIONS

_POSTED_COMPARED = 200  # posted replies whose wording the drafts steer away from
_TITLES = {
    "en": ("Reply to every point", "Same, other wording", "Shorter version"),
    "fr": ("Réponse à chaque point", "Même réponse, autre formulation", "Version plus courte"),
}


def draft_suggestions(
    review: ReviewInput,
    templates: Iterable[Template] = (),
    *,
    profile: ReplyProfile | None = None,
    recent_ids: Sequence[str] = (),
    previous_replies: Sequence[str] = (),
    answer: Sequence[str] | None = None,
) -> list[Suggestion]:
    """Three drafts for `review`, best first; each says which points it `addresses`.

    Args:
        previous_replies: replies already posted, most recent first; every sentence takes
            the wording they use least, so readers do not see the same reply twice.
        answer: the complaint ids the owner chose to answer, instead of those found
            (`points_found`); an empty list answers no specific complaint.

    Raises:
        UnknownPoint: `answer` names a point no building block answers.
    """
    rich = enrich(review)
    found = review_points(rich)
    points = found if answer is None else choose_points(found, answer)
    lang = rich.lang if rich.lang in _TITLES else "en"
    titles = _TITLES[lang]
    avoid = "\n".join(previous_replies[:_POSTED_COMPARED])
    picked = [compose(rich, profile, variant=0, avoid=avoid, points=points)]
    # More tries than drafts: under a short limit (Google Play) several variants can shorten to
    # the same brief text.
    for variant, compact in ((1, False), (2, True), (3, False), (4, True), (5, False), (6, True), (7, False)):
        if len(picked) == 3:
            break
        candidate = compose(rich, profile, variant=variant, compact=compact, avoid=avoid, points=points)
        if candidate.text not in {p.text for p in picked}:
            picked.append(candidate)
    out = [
        Suggestion(
            template_id=f"{lang}.composed.{n}",
            title=titles[n],
            text=composed.text,
            score=float(3 - n),
            addresses=composed.addresses,
        )
        for n, composed in enumerate(picked[:3])
    ]
    if set(rich.categories) & SITUATIONS:
        stance = [
            s
            for s in suggest(rich, templates, recent_ids=recent_ids, profile=profile)
            if any(c in SITUATIONS for c in _categories_of(s.template_id, templates))
        ]
        out = stance[:1] + out[: 3 - len(stance[:1])]
    return out


def points_found(review: ReviewInput) -> Points:
    """The points the drafts answer unless the owner chooses others: complaints most serious
    first, and the praised topics."""
    return review_points(enrich(review))


def _categories_of(template_id: str, templates: Iterable[Template]) -> tuple[str, ...]:
    return next((t.categories for t in templates if t.id == template_id), ())
