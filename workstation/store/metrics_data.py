"""Reading (and the few writes) behind response-time metrics, reports, location settings,
the crisis room and the tray: plain rows in, plain data out.

- `review_fact_rows`: every review's metrics input in three flat queries (reviews,
  earliest sent reply, topics); `metrics.stored` turns them into `ReviewFacts`.
- `location_settings` / `save_location_settings`: each location's time zone, country,
  `hours_json` and review link (`metrics.stored.load_calendars` builds the calendars).
- `export_reviews`: text columns for the CSV report (metrics hold no review text).
- crisis room: `list_crises`, `crisis_detail`, `crisis_reviews`, `save_crisis_notes`,
  `save_crisis_checklist`, `set_crisis_status` re-exported, `rating_around`.
- tray: `urgent_unanswered_count`, `critical_reviews_since`, `crises_detected_since`.
- SLA targets live in the settings (`metrics.stored.load_sla_policy`).

Stored text that does not parse (dates, JSON) never raises: it reads as missing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from workstation.domain import to_iso
from workstation.store.analysis_results import set_crisis_status
from workstation.store.db import Store

CRISIS_STATUSES = ("open", "handled", "dismissed")
# Replies written in the app (composer → outbox, or "mark as replied"): the start of
# "since you started replying". Imported/platform replies predate the app.
APP_REPLY_ORIGINS = ("app", "manual")
_SEP = "\x1f"


def parse_time(value: object) -> datetime | None:
    """A stored UTC ISO text → aware datetime; anything unreadable → None (never raises)."""
    if not isinstance(value, str) or not value:
        return None
    try:
        dt = datetime.fromisoformat(value)  # Python ≥ 3.11 reads the trailing "Z"
    except ValueError:
        return None
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt


def _json(text: object, default: Any) -> Any:
    if not isinstance(text, str):
        return default
    try:
        value = json.loads(text)
    except ValueError:
        return default
    return value if isinstance(value, type(default)) else default


# -- metrics -------------------------------------------------------------------------


def first_replies(store: Store) -> dict[int, str]:
    """Review id → posted_at text of its earliest sent reply (replies without a date skipped)."""
    return dict(
        store._conn.execute(
            "SELECT review_id, min(posted_at) FROM replies "
            "WHERE state = 'sent' AND posted_at IS NOT NULL GROUP BY review_id"
        ).fetchall()
    )


def review_topics(store: Store) -> dict[int, tuple[str, ...]]:
    """Review id → its topic labels (sorted, from the triage's review_labels)."""
    # The (kind, label, review_id) index covers this scan; grouping in Python is about
    # twice as fast as group_concat over the primary key for 100k reviews.
    grouped: dict[int, list[str]] = {}
    for rid, label in store._conn.execute(
        "SELECT review_id, label FROM review_labels INDEXED BY review_labels_label "
        "WHERE kind = 'topic'"
    ):
        grouped.setdefault(rid, []).append(label)
    return {rid: tuple(sorted(labels)) for rid, labels in grouped.items()}


@dataclass(frozen=True, slots=True)
class ReviewFactRows:
    """What metrics read about every review, as stored (metrics builds its `ReviewFacts`).

    `rows`: (id, created_at, first_seen_at, stars, level, sentiment, location_id, source_id,
    status, removed_on_platform), ordered by id; the dicts name locations, platforms,
    first sent replies and topics by id.
    """

    rows: list[tuple[Any, ...]]
    first_replies: dict[int, str]
    topics: dict[int, tuple[str, ...]]
    locations: dict[int | None, str | None]
    platforms: dict[int, str]


def review_fact_rows(store: Store) -> ReviewFactRows:
    """Every review's metrics input, read in a few plain scans."""
    replies = first_replies(store)
    topics = review_topics(store)
    # Names through small dicts rather than joins: the join costs more than the lookups.
    locations: dict[int | None, str | None] = dict(
        store._conn.execute("SELECT id, name FROM locations").fetchall()
    )
    platforms: dict[int, str] = dict(store._conn.execute("SELECT id, platform FROM sources").fetchall())
    rows = store._conn.execute(
        "SELECT id, created_at, first_seen_at, stars, level, sentiment, location_id, source_id, "
        "status, removed_on_platform FROM reviews ORDER BY id"
    ).fetchall()
    return ReviewFactRows(rows, replies, topics, locations, platforms)


def first_reply_at(store: Store, *, app_only: bool = True) -> datetime | None:
    """When the first reply was posted — from the app only (default) or from anywhere.

    The dashboard's "since you started replying" pivot.
    """
    sql = "SELECT min(posted_at) FROM replies WHERE state = 'sent' AND posted_at IS NOT NULL"
    params: tuple[str, ...] = ()
    if app_only:
        sql += f" AND origin IN ({','.join('?' * len(APP_REPLY_ORIGINS))})"
        params = APP_REPLY_ORIGINS
    return parse_time(store.scalar(sql, params))


# -- locations -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LocationSettings:
    id: int
    name: str
    timezone: str | None
    country: str | None
    hours_json: str | None
    review_url: str | None


def location_settings(store: Store) -> list[LocationSettings]:
    return [
        LocationSettings(*row)
        for row in store._conn.execute(
            "SELECT id, name, timezone, country, hours_json, review_url FROM locations ORDER BY name"
        )
    ]


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def save_location_settings(
    store: Store,
    location_id: int,
    *,
    timezone: str | None,
    country: str | None,
    hours_json: str | None,
    review_url: str | None = None,
) -> bool:
    """Update one location's calendar settings and review link; False if it does not exist.

    Values are stored as given (blank → NULL); `calendar_from_json` flags what it cannot use.
    """
    with store.transaction() as conn:
        cur = conn.execute(
            "UPDATE locations SET timezone = ?, country = ?, hours_json = ?, review_url = ? "
            "WHERE id = ?",
            (
                _clean(timezone),
                (_clean(country) or "").upper() or None,
                _clean(hours_json),
                _clean(review_url),
                location_id,
            ),
        )
        return cur.rowcount > 0


# -- reports -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExportReview:
    """Text columns of one review for the CSV report (timing comes from metrics)."""

    id: int
    author: str | None
    lang: str | None
    title: str | None
    text: str
    status: str
    reply_state: str
    reply_text: str | None  # the latest sent reply


def export_reviews(store: Store) -> dict[int, ExportReview]:
    latest = dict(
        store._conn.execute(
            "SELECT review_id, text FROM replies WHERE id IN "
            "(SELECT max(id) FROM replies WHERE state = 'sent' GROUP BY review_id)"
        ).fetchall()
    )
    return {
        row[0]: ExportReview(row[0], row[1], row[2], row[3], row[4], row[5], row[6], latest.get(row[0]))
        for row in store._conn.execute(
            "SELECT id, author, lang, title, text, status, reply_state FROM reviews ORDER BY id"
        )
    }


# -- crisis room ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CrisisDetail:
    id: int
    key: str
    kind: str
    label: str
    detected_at: datetime | None
    window_start: datetime | None
    window_end: datetime | None
    count: int
    baseline_per_day: float
    review_ids: tuple[int, ...]
    evidence: tuple[str, ...]
    status: str
    notes: str
    checklist: dict[str, Any]


_CRISIS_COLUMNS = (
    "id, key, kind, label, detected_at, window_start, window_end, count, baseline_per_day, "
    "review_ids, evidence, status, notes, checklist_json"
)


def _crisis(row: Sequence[Any]) -> CrisisDetail:
    ids = [i for i in _json(row[9], []) if isinstance(i, int) and not isinstance(i, bool)]
    evidence = tuple(str(e) for e in _json(row[10], []))
    return CrisisDetail(
        row[0], row[1], row[2], row[3], parse_time(row[4]), parse_time(row[5]),
        parse_time(row[6]), int(row[7] or 0), float(row[8] or 0.0), tuple(ids), evidence,
        row[11] if row[11] in CRISIS_STATUSES else "open", row[12] or "", _json(row[13], {}),
    )  # fmt: skip


def list_crises(store: Store, statuses: Iterable[str] = CRISIS_STATUSES) -> list[CrisisDetail]:
    """Crises with the given statuses: open first, severity categories (health, legal…)
    before topics as the banner does, then the latest window first."""
    wanted = [s for s in statuses if s in CRISIS_STATUSES]
    if not wanted:
        return []
    return [
        _crisis(row)
        for row in store._conn.execute(
            f"SELECT {_CRISIS_COLUMNS} FROM crises WHERE status IN ({','.join('?' * len(wanted))}) "
            "ORDER BY status = 'open' DESC, kind = 'category' DESC, window_end DESC, id DESC",
            wanted,
        )
    ]


def crisis_detail(store: Store, crisis_id: int) -> CrisisDetail | None:
    row = store._conn.execute(
        f"SELECT {_CRISIS_COLUMNS} FROM crises WHERE id = ?", (crisis_id,)
    ).fetchone()
    return None if row is None else _crisis(row)


def save_crisis_notes(store: Store, crisis_id: int, notes: str) -> None:
    with store.transaction() as conn:
        conn.execute("UPDATE crises SET notes = ? WHERE id = ?", (notes, crisis_id))


def save_crisis_checklist(store: Store, crisis_id: int, checklist: dict[str, Any]) -> None:
    """Store the checklist state (any JSON-ready dict; the crisis room defines its keys)."""
    with store.transaction() as conn:
        conn.execute(
            "UPDATE crises SET checklist_json = ? WHERE id = ?",
            (json.dumps(checklist, ensure_ascii=False, sort_keys=True), crisis_id),
        )


def change_crisis_status(store: Store, crisis_id: int, status: str) -> None:
    """open | handled | dismissed (anything else raises ValueError)."""
    if status not in CRISIS_STATUSES:
        raise ValueError(f"unknown crisis status {status!r}")
    set_crisis_status(store, crisis_id, status)


@dataclass(frozen=True, slots=True)
class CrisisReview:
    id: int
    created_at: datetime | None
    first_seen_at: datetime | None
    stars: int | None
    author: str | None
    platform: str
    location: str | None
    text: str
    level: str | None
    reply_state: str
    replied_at: datetime | None


def crisis_reviews(store: Store, review_ids: Sequence[int]) -> list[CrisisReview]:
    """The reviews behind a crisis, oldest first (ids that no longer exist are skipped)."""
    out: list[CrisisReview] = []
    ids = [int(i) for i in review_ids]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        out += [
            CrisisReview(
                r[0], parse_time(r[1]), parse_time(r[2]), r[3], r[4], r[5], r[6],
                r[7], r[8], r[9], parse_time(r[10]),
            )
            for r in store._conn.execute(
                "SELECT r.id, r.created_at, r.first_seen_at, r.stars, r.author, s.platform, l.name, "
                "coalesce(r.title || ' — ', '') || r.text, r.level, r.reply_state, "
                "(SELECT min(posted_at) FROM replies p WHERE p.review_id = r.id AND p.state = 'sent') "
                "FROM reviews r JOIN sources s ON s.id = r.source_id "
                f"LEFT JOIN locations l ON l.id = r.location_id WHERE r.id IN ({marks})",
                chunk,
            )
        ]
    far = datetime.max.replace(tzinfo=UTC)
    out.sort(key=lambda r: (r.created_at or r.first_seen_at or far, r.id))
    return out


@dataclass(frozen=True, slots=True)
class RatingWindow:
    count: int
    average: float | None


def rating_around(
    store: Store, start: datetime, end: datetime, *, days: int = 30
) -> tuple[RatingWindow, RatingWindow, RatingWindow]:
    """Average rating `days` before `start`, during [start, end), and `days` after `end`
    (the post-crisis "rating recovery")."""
    spans = (
        (start - timedelta(days=days), start),
        (start, end),
        (end, end + timedelta(days=days)),
    )
    out = []
    for lo, hi in spans:
        n, avg = store._conn.execute(
            "SELECT count(stars), avg(stars) FROM reviews WHERE created_at >= ? AND created_at < ?",
            (to_iso(lo), to_iso(hi)),
        ).fetchone()
        out.append(RatingWindow(int(n or 0), None if avg is None else float(avg)))
    return out[0], out[1], out[2]


# -- tray ----------------------------------------------------------------------------


def urgent_unanswered_count(store: Store) -> int:
    """The inbox's "Urgent" view count: open, unanswered, critical or high urgency."""
    return int(
        store.scalar(
            "SELECT count(*) FROM reviews WHERE status = 'open' AND reply_state != 'sent' "
            "AND removed_on_platform = 0 AND level IN ('critical', 'high')"
        )
    )


@dataclass(frozen=True, slots=True)
class AlertReview:
    id: int
    first_seen_at: datetime | None
    stars: int | None
    level: str | None
    snippet: str


def critical_reviews_since(
    store: Store, since: datetime | None, *, levels: Sequence[str] = ("critical",)
) -> list[AlertReview]:
    """Unanswered open reviews at the given levels first seen after `since` (all if None)."""
    wanted = [str(v) for v in levels] or ["critical"]
    rows = store._conn.execute(
        "SELECT id, first_seen_at, stars, level, substr(coalesce(title || ' — ', '') || text, 1, 140) "
        "FROM reviews WHERE status = 'open' AND reply_state != 'sent' AND removed_on_platform = 0 "
        f"AND level IN ({','.join('?' * len(wanted))}) AND first_seen_at > ? ORDER BY first_seen_at, id",
        (*wanted, to_iso(since) if since else ""),
    ).fetchall()
    return [AlertReview(r[0], parse_time(r[1]), r[2], r[3], " ".join(r[4].split())) for r in rows]


def crises_detected_since(store: Store, since: datetime | None) -> list[CrisisDetail]:
    """Open crises detected after `since` (all open ones if None)."""
    return [
        _crisis(row)
        for row in store._conn.execute(
            f"SELECT {_CRISIS_COLUMNS} FROM crises WHERE status = 'open' AND detected_at > ? "
            "ORDER BY detected_at, id",
            (to_iso(since) if since else "",),
        )
    ]


# -- SLA policy ----------------------------------------------------------------------

def save_deadlines(store: Store, deadlines: Mapping[int, datetime | None]) -> None:
    """Store each review's reply deadline (None: no deadline, e.g. replied or no reply needed)."""
    with store.transaction() as conn:
        conn.execute("UPDATE reviews SET due_at = NULL WHERE due_at IS NOT NULL")
        conn.executemany(
            "UPDATE reviews SET due_at = ? WHERE id = ?",
            [(to_iso(due), review_id) for review_id, due in deadlines.items() if due is not None],
        )
