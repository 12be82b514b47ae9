"""Reputation-crisis detection: negative reviews about one topic or category rising
well above the business's own baseline within a short window.

Pure function over already-analysed reviews, so the store/UI can call it after each
analysis batch. Example: 6 "food poisoning" reviews in 24 h against a baseline of
0.2/day raises a `health_safety` alert with those reviews and their shared evidence.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from .model import Analysis
from .normalize import fold

NEGATIVE_BELOW = -0.05  # a review counts for a topic when that topic's sentiment is below this
MIN_COUNT = 3  # never alert on fewer reviews than this in the window
RATE_FACTOR = 4.0  # window count must exceed RATE_FACTOR × expected count from the baseline
BASELINE_FLOOR_PER_DAY = 0.1  # a new business with no history is not infinitely sensitive
BASELINE_DAYS = 90


@dataclass(frozen=True, slots=True)
class CrisisAlert:
    """One spike: `key` is "category:<name>" or "topic:<name>"."""

    key: str
    window_start: datetime
    window_end: datetime
    count: int
    baseline_per_day: float
    review_ids: tuple[str, ...]
    shared_evidence: tuple[str, ...]  # most frequent evidence texts (folded), most common first

    @property
    def kind(self) -> str:
        return self.key.split(":", 1)[0]

    @property
    def name(self) -> str:
        return self.key.split(":", 1)[1]


def _utc(dt: datetime) -> datetime:
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


def _keys(analysis: Analysis) -> set[str]:
    keys = {f"category:{c}" for c in analysis.categories if analysis.sentiment < 0.3}
    keys.update(f"topic:{t.topic}" for t in analysis.topics if t.sentiment < NEGATIVE_BELOW)
    return keys


def detect_crises(
    reviews: Iterable[tuple[str, datetime | None, Analysis]],
    *,
    window: timedelta = timedelta(hours=24),
    now: datetime | None = None,
    only_recent: timedelta | None = None,
) -> list[CrisisAlert]:
    """Alerts for every key whose busiest window beats its baseline.

    `reviews` are (review id, created_at, analysis); rows without a date are ignored.
    With `only_recent`, only windows ending within that span before `now` are reported
    (the banner wants current crises, the history view all of them).
    """
    events: dict[str, list[tuple[datetime, str, Analysis]]] = {}
    first_seen: datetime | None = None
    for review_id, created_at, analysis in reviews:
        if created_at is None:
            continue
        when = _utc(created_at)
        first_seen = when if first_seen is None or when < first_seen else first_seen
        for key in _keys(analysis):
            events.setdefault(key, []).append((when, str(review_id), analysis))
    alerts: list[CrisisAlert] = []
    window_days = window.total_seconds() / 86400.0
    ref_now = _utc(now) if now else None
    for key, items in events.items():
        items.sort(key=lambda e: e[0])
        best: tuple[int, int, float] | None = None  # (lo, hi, baseline)
        lo = 0
        for hi in range(len(items)):
            while items[hi][0] - items[lo][0] > window:
                lo += 1
            count = hi - lo + 1
            if count < MIN_COUNT:
                continue
            end = items[hi][0]
            if only_recent is not None and ref_now is not None and ref_now - end > only_recent:
                continue
            start = items[lo][0]
            history_from = max(start - timedelta(days=BASELINE_DAYS), first_seen or start)
            span_days = max((start - history_from).total_seconds() / 86400.0, 1.0)
            before = sum(1 for e in items[:lo] if e[0] >= history_from)
            baseline = max(before / span_days, BASELINE_FLOOR_PER_DAY)
            if count > RATE_FACTOR * baseline * window_days and (best is None or count > best[1] - best[0] + 1):
                best = (lo, hi, baseline)
        if best is None:
            continue
        lo, hi, baseline = best
        chosen = items[lo : hi + 1]
        name = key.split(":", 1)[1]
        texts: Counter[str] = Counter()
        for _when, _rid, analysis in chosen:
            seen = {fold(e.text) for e in analysis.evidence if key.startswith("category:") and e.category == name}
            texts.update(seen)
        shared = tuple(t for t, c in texts.most_common(5) if c >= 2)
        alerts.append(
            CrisisAlert(
                key=key,
                window_start=chosen[0][0],
                window_end=chosen[-1][0],
                count=len(chosen),
                baseline_per_day=round(baseline, 4),
                review_ids=tuple(rid for _w, rid, _a in chosen),
                shared_evidence=shared,
            )
        )
    alerts.sort(key=lambda a: (-a.count, a.key))
    return alerts
