"""The three drafts offered for a review: the best composed reply and two variants.

A situation the owner named explicitly (suspected fake review, review bombing, crisis…)
needs a deliberate stance that building blocks do not take: its template comes first.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .compose import compose
from .model import ReplyProfile, ReviewInput, Suggestion, Template
from .suggester import enrich, suggest
from .vocabulary import SITUATIONS

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
) -> list[Suggestion]:
    """Three drafts for `review`, best first; each says which points it `addresses`."""
    rich = enrich(review)
    lang = rich.lang if rich.lang in _TITLES else "en"
    titles = _TITLES[lang]
    out: list[Suggestion] = []
    seen: set[str] = set()
    for n, (variant, compact) in enumerate(((0, False), (1, False), (2, True))):
        composed = compose(rich, profile, variant=variant, compact=compact)
        if composed.text in seen:
            composed = compose(rich, profile, variant=variant + 1)
        seen.add(composed.text)
        out.append(
            Suggestion(
                template_id=f"{lang}.composed.{variant}",
                title=titles[n],
                text=composed.text,
                score=float(3 - n),
                addresses=composed.addresses,
            )
        )
    if set(rich.categories) & SITUATIONS:
        stance = [
            s
            for s in suggest(rich, templates, recent_ids=recent_ids, profile=profile)
            if any(c in SITUATIONS for c in _categories_of(s.template_id, templates))
        ]
        out = stance[:1] + out[: 3 - len(stance[:1])]
    return out


def _categories_of(template_id: str, templates: Iterable[Template]) -> tuple[str, ...]:
    return next((t.categories for t in templates if t.id == template_id), ())
