"""The complaints a bare review text makes, as the drafts read them: the shared helper of the
point tests (room, service, food, price, price mentions, broken equipment, incomplete order)."""

from __future__ import annotations

from workstation.replies.complaints import review_points
from workstation.replies.model import ReviewInput


def complaints_of(text: str, stars: int, lang: str = "en", topics: tuple[str, ...] = ()) -> tuple[str, ...]:
    """`review_points(...).complaints` of `text` with no triage beyond the given `topics`."""
    return review_points(ReviewInput(text=text, stars=stars, lang=lang, topics=topics, read=True)).complaints
