"""Categories and topics from the app's analysis engine for reviews given without them.

The window reads the triage stored with each review; the command line drafts bare JSON
reviews, so it runs the same engine here (the process's shared one) rather than the reply
assistant's small keyword fallback, which misses most complaints.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .complaints import ALIASES, TOPIC_ALIASES
from .model import ReviewInput

if TYPE_CHECKING:
    from workstation.analysis.model import Analysis


def with_triage(review: ReviewInput) -> ReviewInput:
    """`review` with the engine's categories and topics when it came with none."""
    if review.categories or review.topics or not review.text.strip():
        return review
    from workstation.analysis.shared import SharedAnalyzer

    return with_reading(review, SharedAnalyzer().analyze(review.text, stars=review.stars, lang=review.lang))


def with_reading(review: ReviewInput, result: Analysis) -> ReviewInput:
    """`review` with the categories and topics of the engine's `result` in the reply
    assistant's ids, topics in the order the reviewer mentions them (what the window reads
    from a stored triage; the benches draft the same way)."""
    topics = [hit.topic for hit in sorted(result.topics, key=lambda hit: hit.start)]
    return replace(
        review,
        categories=tuple(dict.fromkeys(ALIASES.get(c, c) for c in result.categories)),
        topics=tuple(dict.fromkeys(TOPIC_ALIASES.get(t, t) for t in topics)),
        read=True,
    )
