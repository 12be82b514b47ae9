"""Presence on a team server: "Camille is answering this review", so two people do not draft
the same reply.

A desktop that shows a review's reply view *marks* it (one row per desktop: it answers one
review at a time) and beats a heartbeat every `HEARTBEAT` while it stays there; leaving the
review *unmarks* it. A row whose heartbeat stopped for `EXPIRES_AFTER` (a killed desktop, a
lost network) no longer counts and is purged by the next mark. Every mark, heartbeat and
unmark goes out on its own NOTIFY channel (in the writing transaction, so only once
committed), carrying the row, so the other desktops keep their view without polling; a
desktop that starts reads `answering` once.

Times are the desktops' UTC clocks (as every stored time here): clocks kept by NTP differ by
far less than `EXPIRES_AFTER`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

import psycopg

from workstation.domain import from_iso, to_iso
from workstation.store.postgres.connection import PgStore
from workstation.store.postgres.drafts import Conn, NoSuchReview
from workstation.store.postgres.notify import ChangeListener

CHANNEL = "workstation_presence"
HEARTBEAT = timedelta(seconds=30)
#: Three missed heartbeats: a desktop that stopped beating has left.
EXPIRES_AFTER = 3 * HEARTBEAT


@dataclass(frozen=True)
class Presence:
    """One desktop's reply view; `review_id` None in a notification means "left its review"."""

    origin: str  # the desktop (member@host:pid): one person may have two
    member: str
    review_id: int | None
    since: datetime
    heartbeat_at: datetime

    def alive_at(self, now: datetime) -> bool:
        return self.review_id is not None and now - self.heartbeat_at < EXPIRES_AFTER


def _stamp(moment: datetime) -> str:
    stamp = to_iso(moment)
    assert stamp is not None
    return stamp


def _row(row: tuple[str, str, int | None, str, str]) -> Presence:
    origin, member, review_id, since, beat = row
    since_at, beat_at = from_iso(since), from_iso(beat)
    assert since_at is not None and beat_at is not None
    return Presence(origin, member, review_id, since_at, beat_at)


def encode(presence: Presence) -> str:
    return json.dumps({"origin": presence.origin, "member": presence.member, "review_id": presence.review_id,
                       "since": _stamp(presence.since), "heartbeat_at": _stamp(presence.heartbeat_at)})


def decode(text: str) -> Presence | None:
    """The presence a notification carries; None for one this version cannot read."""
    try:
        data = json.loads(text)
        review_id = data["review_id"]
        return _row((str(data["origin"]), str(data["member"]), None if review_id is None else int(review_id),
                     str(data["since"]), str(data["heartbeat_at"])))
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def _notify(conn: Conn, presence: Presence) -> None:
    conn.execute("SELECT pg_notify(%s, %s)", (CHANNEL, encode(presence)))


def mark(store: PgStore, review_id: int, *, member: str, origin: str, now: datetime) -> Presence:
    """`member`'s desktop `origin` is answering `review_id` (again: a heartbeat, `since` kept;
    another review: `since` starts over). Raises NoSuchReview."""
    stamp = _stamp(now)
    with store.transaction() as conn:
        conn.execute("DELETE FROM presence WHERE heartbeat_at <= %s", (_stamp(now - EXPIRES_AFTER),))
        try:
            row = conn.execute(
                "INSERT INTO presence (origin, member, review_id, since, heartbeat_at) VALUES (%s, %s, %s, %s, %s) "
                "ON CONFLICT (origin) DO UPDATE SET member = excluded.member, review_id = excluded.review_id, "
                "since = CASE WHEN presence.review_id = excluded.review_id THEN presence.since "
                "ELSE excluded.since END, heartbeat_at = excluded.heartbeat_at "
                "RETURNING origin, member, review_id, since, heartbeat_at",
                (origin, member.strip(), review_id, stamp, stamp)).fetchone()
        except psycopg.errors.ForeignKeyViolation:
            raise NoSuchReview(f"Review {review_id} does not exist on the team server.") from None
        assert row is not None
        presence = _row(row)
        _notify(conn, presence)
    return presence


def unmark(store: PgStore, *, origin: str, now: datetime, review_id: int | None = None) -> bool:
    """Desktop `origin` left its review (only if it is `review_id`, when given); False if it had none."""
    with store.transaction() as conn:
        query = "DELETE FROM presence WHERE origin = %s"
        params: tuple[object, ...] = (origin,)
        if review_id is not None:
            query += " AND review_id = %s"
            params = (origin, review_id)
        row = conn.execute(query + " RETURNING member, since", params).fetchone()
        if row is None:
            return False
        since = from_iso(row[1])
        assert since is not None
        _notify(conn, Presence(origin, row[0], None, since, now))
    return True


def answering(store: PgStore, review_id: int, *, now: datetime) -> list[Presence]:
    """The desktops answering `review_id` now (heartbeat not expired), longest first."""
    with store.connection() as conn:
        rows = conn.execute(
            "SELECT origin, member, review_id, since, heartbeat_at FROM presence "
            "WHERE review_id = %s AND heartbeat_at > %s ORDER BY since, origin",
            (review_id, _stamp(now - EXPIRES_AFTER))).fetchall()
    return [p for p in map(_row, rows) if p.alive_at(now)]


def everyone(store: PgStore, *, now: datetime) -> list[Presence]:
    """Every desktop answering a review now (what a desktop reads once when it starts)."""
    with store.connection() as conn:
        rows = conn.execute(
            "SELECT origin, member, review_id, since, heartbeat_at FROM presence WHERE heartbeat_at > %s "
            "ORDER BY review_id, since, origin", (_stamp(now - EXPIRES_AFTER),)).fetchall()
    return [p for p in map(_row, rows) if p.alive_at(now)]


class PresenceListener(ChangeListener):
    """The presence notifications (`wait()` returns their payloads; `decode` reads them)."""

    def __init__(self, store: PgStore) -> None:
        super().__init__(store, channel=CHANNEL)
