"""Batch flags that need several reviews at once: near-duplicate texts and suspected
review bombing (a burst of low-star reviews, mostly from first-time reviewers).

MinHash over word-pair shingles with banding finds candidate pairs without comparing every
pair; candidates are confirmed by exact Jaccard similarity.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import numpy as np

from .normalize import fold

NEAR_DUPLICATE_JACCARD = 0.6
MIN_SHINGLES = 5  # very short texts ("Great!") repeat naturally; never call them duplicates
BANDS, ROWS = 16, 4
BOMB_WINDOW = timedelta(hours=24)
BOMB_MIN_COUNT = 5
BOMB_RATE_FACTOR = 4.0
BOMB_FIRST_TIMER_SHARE = 0.5
_WORD = re.compile(r"\w+")
_SEEDS = np.array([(i * 0x9E3779B1 + 0x7F4A7C15) & 0xFFFFFFFF for i in range(BANDS * ROWS)], dtype=np.uint64)


@dataclass(frozen=True, slots=True)
class BatchItem:
    """One review as the batch detectors need it. `author_review_count` is the number
    of reviews the author has published on the platform, when the platform says."""

    review_id: str
    text: str
    stars: int | None = None
    created_at: datetime | None = None
    author_review_count: int | None = None


def _shingles(text: str) -> set[str]:
    words = _WORD.findall(fold(text))
    return {" ".join(words[i : i + 2]) for i in range(max(0, len(words) - 1))}


def _signature(shingles: set[str]) -> list[int]:
    """MinHash: per seed, the minimum of a seeded 32-bit mix over all shingle hashes."""
    hashes = np.fromiter((zlib.crc32(s.encode("utf-8")) for s in shingles), dtype=np.uint64)
    mixed = ((hashes[:, None] ^ _SEEDS[None, :]) * np.uint64(0x01000193)) & np.uint64(0xFFFFFFFF)
    return [int(v) for v in mixed.min(axis=0)]


def near_duplicates(items: Sequence[BatchItem]) -> dict[str, set[str]]:
    """review id → ids of other reviews in the batch with near-identical text."""
    shingles = {it.review_id: _shingles(it.text) for it in items}
    buckets: dict[tuple[int, tuple[int, ...]], list[str]] = {}
    for rid, sh in shingles.items():
        if len(sh) < MIN_SHINGLES:
            continue
        sig = _signature(sh)
        for band in range(BANDS):
            buckets.setdefault((band, tuple(sig[band * ROWS : (band + 1) * ROWS])), []).append(rid)
    out: dict[str, set[str]] = {}
    checked: set[tuple[str, str]] = set()
    for ids in buckets.values():
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                pair = (a, b) if a < b else (b, a)
                if a == b or pair in checked:
                    continue
                checked.add(pair)
                sa, sb = shingles[a], shingles[b]
                if len(sa & sb) / len(sa | sb) >= NEAR_DUPLICATE_JACCARD:
                    out.setdefault(a, set()).add(b)
                    out.setdefault(b, set()).add(a)
    return out


def _utc(dt: datetime) -> datetime:
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


def review_bombing(items: Sequence[BatchItem]) -> set[str]:
    """Ids of low-star reviews inside a suspicious burst.

    A burst: ≥ BOMB_MIN_COUNT reviews of 1–2★ within BOMB_WINDOW, more than
    BOMB_RATE_FACTOR × the batch's usual low-star rate, and — when author history is
    known for most of them — at least half written by first-time reviewers.
    """
    low = sorted(
        ((_utc(it.created_at), it) for it in items if it.created_at and it.stars is not None and it.stars <= 2),
        key=lambda p: p[0],
    )
    dated = [_utc(it.created_at) for it in items if it.created_at]
    if len(low) < BOMB_MIN_COUNT or not dated:
        return set()
    span_days = max((max(dated) - min(dated)).total_seconds() / 86400.0, 1.0)
    flagged: set[str] = set()
    lo = 0
    for hi in range(len(low)):
        while low[hi][0] - low[lo][0] > BOMB_WINDOW:
            lo += 1
        burst = [it for _t, it in low[lo : hi + 1]]
        if len(burst) < BOMB_MIN_COUNT:
            continue
        outside = len(low) - len(burst)
        usual_per_window = outside / span_days * (BOMB_WINDOW.total_seconds() / 86400.0)
        if len(burst) <= BOMB_RATE_FACTOR * max(usual_per_window, 0.25):
            continue
        known = [it.author_review_count for it in burst if it.author_review_count is not None]
        if len(known) * 2 >= len(burst):
            first_timers = sum(1 for c in known if c <= 1)
            if first_timers < BOMB_FIRST_TIMER_SHARE * len(known):
                continue
        flagged.update(it.review_id for it in burst)
    return flagged


def batch_flags(items: Sequence[BatchItem]) -> dict[str, tuple[str, ...]]:
    """review id → extra flags ("near_duplicate", "review_bombing") for that review."""
    flags: dict[str, list[str]] = {}
    for rid in near_duplicates(items):
        flags.setdefault(rid, []).append("near_duplicate")
    for rid in review_bombing(items):
        flags.setdefault(rid, []).append("review_bombing")
    return {rid: tuple(f) for rid, f in flags.items()}
