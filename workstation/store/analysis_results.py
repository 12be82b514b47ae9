"""Storing triage results: the columns the inbox sorts on, labels it filters on, crises.

The store knows nothing of the analysis engine: it takes plain `AnalysisRow`s and
returns plain `PendingReview`s, so the dependency goes one way (analysis → store).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from workstation.domain import from_iso, to_iso, utcnow
from workstation.store.db import Store


@dataclass(frozen=True)
class PendingReview:
    """A review whose stored analysis is missing or from another analysis version."""

    id: int
    text: str
    title: str | None
    stars: int | None
    lang: str | None
    created_at: datetime | None
    platform: str
    author: str | None


@dataclass(frozen=True)
class AnalysisRow:
    review_id: int
    lang: str
    sentiment: float
    urgency: float
    level: str
    analysis_json: str
    version: int
    labels: Sequence[tuple[str, str, float | None]] = field(default_factory=tuple)  # (kind, label, sentiment)


def count_pending(store: Store, version: int) -> int:
    return int(store.scalar(
        "SELECT count(*) FROM reviews WHERE analysis_version IS NULL OR analysis_version != ?", (version,)
    ))


def pending_reviews(store: Store, version: int, limit: int = 500) -> list[PendingReview]:
    """The next reviews to analyse, newest first (the ones a user looks at first)."""
    rows = store._conn.execute(
        "SELECT r.id, r.text, r.title, r.stars, r.lang, r.created_at, s.platform, r.author "
        "FROM reviews r JOIN sources s ON s.id = r.source_id "
        "WHERE r.analysis_version IS NULL OR r.analysis_version != ? "
        "ORDER BY r.created_at DESC, r.id DESC LIMIT ?",
        (version, limit),
    ).fetchall()
    return [PendingReview(r[0], r[1], r[2], r[3], r[4], from_iso(r[5]), r[6], r[7]) for r in rows]


def update_params(rows: Sequence[AnalysisRow]) -> list[tuple[object, ...]]:
    """(lang, sentiment, urgency, level, analysis_json, version, review id) per row, for both
    stores' UPDATE: only "en"/"fr" are stored as a language the inbox understands."""
    return [(r.lang if r.lang in ("en", "fr") else None, r.sentiment, r.urgency, r.level, r.analysis_json,
             r.version, r.review_id) for r in rows]


def save_analysis(store: Store, rows: Sequence[AnalysisRow]) -> None:
    """Write a batch of results in one transaction (labels replaced, not merged)."""
    if not rows:
        return
    with store.transaction() as conn:
        conn.executemany(
            "UPDATE reviews SET lang = coalesce(lang, ?), sentiment = ?, urgency = ?, level = ?, "
            "analysis_json = ?, analysis_version = ? WHERE id = ?",
            update_params(rows),
        )
        ids = [r.review_id for r in rows]
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            conn.execute(f"DELETE FROM review_labels WHERE review_id IN ({','.join('?' * len(chunk))})", chunk)
        conn.executemany(
            "INSERT OR REPLACE INTO review_labels (review_id, kind, label, sentiment) VALUES (?, ?, ?, ?)",
            [(r.review_id, kind, label, sentiment) for r in rows for kind, label, sentiment in r.labels],
        )


def add_flags(store: Store, flags: Mapping[int, Sequence[str]]) -> None:
    """Batch-level flags (review bombing, near duplicates) found across many reviews."""
    with store.transaction() as conn:
        conn.executemany(
            "INSERT OR IGNORE INTO review_labels (review_id, kind, label, sentiment) VALUES (?, 'flag', ?, NULL)",
            [(review_id, flag) for review_id, names in flags.items() for flag in names],
        )


@dataclass(frozen=True)
class AnalysedReview:
    id: int
    created_at: datetime | None
    text: str
    stars: int | None
    analysis_json: str


def recent_analyses(store: Store, since: datetime) -> list[AnalysedReview]:
    """Analysed reviews published since `since` (for batch checks and crisis detection)."""
    rows = store._conn.execute(
        "SELECT id, created_at, text, stars, analysis_json FROM reviews "
        "WHERE created_at >= ? AND analysis_json IS NOT NULL",
        (to_iso(since),),
    ).fetchall()
    return [AnalysedReview(r[0], from_iso(r[1]), r[2], r[3], r[4]) for r in rows]


def label_values(store: Store, kind: str) -> list[tuple[str, int]]:
    """Labels of a kind with their number of reviews, most used first (for filters)."""
    return [
        (r[0], r[1])
        for r in store._conn.execute(
            "SELECT label, count(*) FROM review_labels WHERE kind = ? GROUP BY label ORDER BY 2 DESC, 1", (kind,)
        )
    ]


@dataclass(frozen=True)
class CrisisRow:
    key: str
    kind: str
    label: str
    window_start: datetime
    window_end: datetime
    count: int
    baseline_per_day: float
    review_ids: Sequence[int]
    evidence: Sequence[str]
    status: str = "open"
    id: int | None = None


def save_crises(store: Store, crises: Sequence[CrisisRow], *, now: datetime | None = None) -> int:
    """Insert new crises, update the count/reviews of known ones; returns how many are new.

    `now` stamps a new crisis as detected (the analysis run's clock, so notifications that
    compare it with their own last check agree with it)."""
    stamp = to_iso(now or utcnow())
    new = 0
    with store.transaction() as conn:
        for c in crises:
            cur = conn.execute(
                "UPDATE crises SET window_end = ?, count = ?, review_ids = ?, evidence = ? WHERE key = ?",
                (to_iso(c.window_end), c.count, json.dumps(list(c.review_ids)), json.dumps(list(c.evidence)),
                 c.key),
            )
            if cur.rowcount == 0:
                conn.execute(
                    "INSERT INTO crises (key, kind, label, detected_at, window_start, window_end, count, "
                    "baseline_per_day, review_ids, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (c.key, c.kind, c.label, stamp, to_iso(c.window_start), to_iso(c.window_end), c.count,
                     c.baseline_per_day, json.dumps(list(c.review_ids)), json.dumps(list(c.evidence))),
                )
                new += 1
    return new


def open_crises(store: Store) -> list[CrisisRow]:
    return [
        CrisisRow(r[1], r[2], r[3], from_iso(r[4]) or utcnow(), from_iso(r[5]) or utcnow(), r[6], r[7],
                  json.loads(r[8]), json.loads(r[9]), r[10], r[0])
        for r in store._conn.execute(
            "SELECT id, key, kind, label, window_start, window_end, count, baseline_per_day, review_ids, "
            "evidence, status FROM crises WHERE status = 'open' "
            # Severity categories (health, legal…) before topics; then the latest spike.
            "ORDER BY kind = 'category' DESC, window_end DESC"
        )
    ]


def set_crisis_status(store: Store, crisis_id: int, status: str) -> None:
    with store.transaction() as conn:
        conn.execute("UPDATE crises SET status = ? WHERE id = ?", (status, crisis_id))
