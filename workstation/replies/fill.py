"""Placeholder values for a review: first name from the author, topic label, profile data."""

from __future__ import annotations

import re

from .model import ReplyProfile, ReviewInput, Template
from .placeholders import clean_value, render
from .vocabulary import TOPIC_LABELS

_NAME_PART = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*\Z", re.UNICODE)
# Display names platforms give anonymous reviewers: never greet them by that.
_ANONYMOUS = re.compile(
    r"\b(anonym\w*|a google user|google user|utilisateur|customer|client|guest|user|"
    r"invité|verified|vérifié|owner)\b",
    re.IGNORECASE,
)


def first_name(author: str | None) -> str | None:
    """The first word of a display name when it looks like a given name, else None."""
    cleaned = clean_value(author)
    if not cleaned or _ANONYMOUS.search(cleaned) or "@" in cleaned:
        return None
    first = cleaned.split()[0].strip('.,;:!?"()')
    if not (2 <= len(first) <= 30) or not _NAME_PART.match(first):
        return None
    if first.isupper() or first.islower():
        first = "-".join(part.capitalize() for part in first.split("-"))
    return first


def placeholder_values(
    review: ReviewInput, profile: ReplyProfile | None, lang: str
) -> dict[str, str | None]:
    profile = profile or ReplyProfile()
    topic = None
    for t in review.topics:
        topic = TOPIC_LABELS.get(lang, TOPIC_LABELS["en"]).get(t)
        if topic:
            break
    return {
        "first_name": first_name(review.author),
        "business": review.business or profile.business,
        "location": review.location or profile.location,
        "topic": topic,
        "contact": profile.contact,
        "signature": profile.signature,
    }


def fill(template: Template, review: ReviewInput, profile: ReplyProfile | None = None) -> str:
    """The template's text for this review (missing values visible as "[label]")."""
    return render(
        template.body, placeholder_values(review, profile, template.lang), template.lang
    ).text
