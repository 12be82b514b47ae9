"""Urgency score and level: how soon a human should look at a review.

Combines text sentiment, star rating (when present), the worst severity category,
recency and how public the platform is. Plain arithmetic, so the UI can explain it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import UTC, datetime

from .rules import CategoryInfo

# Platforms whose reviews are public and ranked by search engines weigh fully;
# unknown/manual sources a little less.
PUBLIC_PLATFORMS = frozenset(
    {"google", "google_business", "google_play", "app_store", "trustpilot", "tripadvisor", "yelp", "facebook"}
)
RECENCY_HALF_LIFE_DAYS = 14.0
CRITICAL_MAX_AGE_DAYS = 30.0
LEVEL_THRESHOLDS = (("critical", 0.8), ("high", 0.5), ("normal", 0.2))


def _age_days(created_at: datetime | None, now: datetime | None) -> float | None:
    if created_at is None:
        return None
    ref = now or datetime.now(UTC)
    if created_at.tzinfo is None:  # naive times are taken as UTC rather than rejected
        created_at = created_at.replace(tzinfo=UTC)
    if ref.tzinfo is None:
        ref = ref.replace(tzinfo=UTC)
    return max(0.0, (ref - created_at).total_seconds() / 86400.0)


def urgency_and_level(
    sentiment: float,
    stars: int | None,
    categories: Sequence[CategoryInfo],
    created_at: datetime | None = None,
    now: datetime | None = None,
    platform: str | None = None,
) -> tuple[float, str]:
    negativity = max(0.0, -sentiment)
    if stars is not None and 1 <= stars <= 5:
        negativity = 0.5 * negativity + 0.5 * (5 - stars) / 4.0
    severity = max((c.severity for c in categories), default=0.0)
    base = min(1.0, 0.55 * negativity + 0.45 * severity + 0.15 * negativity * severity)
    age = _age_days(created_at, now)
    recency = 0.85 if age is None else 0.6 + 0.4 * math.exp(-age * math.log(2) / RECENCY_HALF_LIFE_DAYS)
    visibility = 1.0 if (platform or "").lower() in PUBLIC_PLATFORMS else 0.9
    urgency = round(max(0.0, min(1.0, base * recency * visibility)), 4)
    critical_category = any(c.critical for c in categories)
    still_fresh = age is None or age <= CRITICAL_MAX_AGE_DAYS
    if critical_category and still_fresh and (sentiment < 0.3 or (stars is not None and stars <= 3)):
        return max(urgency, 0.8), "critical"
    for level, threshold in LEVEL_THRESHOLDS:
        if urgency >= threshold:
            return urgency, level
    return urgency, "low"
