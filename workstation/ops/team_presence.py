"""Presence on a team server: who is answering which review, so two people do not draft the
same reply (store side: `store/postgres/presence.py`).

The window's reply view takes a `PresenceProvider`: it says which review this desktop shows
and asks who else is answering it. `PresenceBoard` is the Qt-free provider of a team desktop:
it reads the server once (`load`), then is kept current by the presence notifications
(`apply`, fed from a worker holding a `TeamPresence`), and forgets a desktop whose
heartbeat stopped, by its own clock, without asking the server. Every clock is injected.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Protocol

from workstation.domain import utcnow
from workstation.store.postgres import presence as store_presence
from workstation.store.postgres.connection import PgStore
from workstation.store.postgres.presence import EXPIRES_AFTER, HEARTBEAT, Presence

__all__ = ["EXPIRES_AFTER", "HEARTBEAT", "Presence", "PresenceBoard", "PresenceProvider", "TeamPresence",
           "mark_answering", "stop_answering", "who_is_answering"]


def mark_answering(store: PgStore, review_id: int, *, member: str, origin: str,
                   now: datetime | None = None) -> Presence:
    """This desktop shows `review_id`'s reply view (call again every HEARTBEAT while it does).
    Raises NoSuchReview."""
    return store_presence.mark(store, review_id, member=member, origin=origin, now=now or utcnow())


def stop_answering(store: PgStore, *, origin: str, review_id: int | None = None,
                   now: datetime | None = None) -> bool:
    """This desktop left its review (only `review_id`, when given); False when it showed none."""
    return store_presence.unmark(store, origin=origin, review_id=review_id, now=now or utcnow())


def who_is_answering(store: PgStore, review_id: int, *, now: datetime | None = None,
                     exclude_origin: str | None = None, exclude_member: str | None = None) -> list[Presence]:
    """The other desktops answering `review_id` now, longest first (without this desktop or person)."""
    found = store_presence.answering(store, review_id, now=now or utcnow())
    return [p for p in found if p.origin != exclude_origin and (exclude_member is None or p.member != exclude_member)]


class TeamPresence:
    """Subscribe to the presence notifications: `wait(timeout)` returns the presences received
    (`review_id` None: that desktop left its review)."""

    def __init__(self, store: PgStore) -> None:
        self._listener = store_presence.PresenceListener(store)

    def wait(self, timeout: float, *, stop_after: int | None = None) -> list[Presence]:
        decoded = (store_presence.decode(t) for t in self._listener.wait(timeout, stop_after=stop_after))
        return [p for p in decoded if p is not None]

    def close(self) -> None:
        self._listener.close()

    def __enter__(self) -> TeamPresence:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class PresenceProvider(Protocol):
    """What the reply view needs; called on the window's thread, so it must answer from memory."""

    def others_answering(self, review_id: int) -> Sequence[Presence]:
        """Other people's desktops answering `review_id` now, longest first."""
        ...

    def showing(self, review_id: int | None) -> None:
        """This desktop now shows `review_id`'s reply view (None: none); the provider tells the server."""
        ...


class PresenceBoard:
    """The team's presence as one desktop knows it (thread-safe: fed by a worker, read by the window).

    `showing` only records the review; `on_showing` (if given) is told, so the desktop's
    worker marks it on the server and keeps its heartbeat.
    """

    def __init__(self, *, origin: str, member: str, clock: Callable[[], datetime] = utcnow,
                 on_showing: Callable[[int | None], None] | None = None) -> None:
        self.origin = origin
        self.member = member
        self._clock = clock
        self._on_showing = on_showing
        self._lock = threading.Lock()
        self._by_origin: dict[str, Presence] = {}
        self.shown: int | None = None

    def load(self, current: Iterable[Presence]) -> None:
        """Replace what is known with the server's list (at start, after a reconnection)."""
        with self._lock:
            self._by_origin = {p.origin: p for p in current}

    def apply(self, presence: Presence) -> None:
        """One notification: a desktop marked, beat or left its review."""
        with self._lock:
            if presence.review_id is None:
                self._by_origin.pop(presence.origin, None)
            else:
                self._by_origin[presence.origin] = presence

    def others_answering(self, review_id: int) -> list[Presence]:
        now = self._clock()
        with self._lock:
            found = [p for p in self._by_origin.values()
                     if p.review_id == review_id and p.alive_at(now) and p.origin != self.origin
                     and p.member != self.member]
        return sorted(found, key=lambda p: (p.since, p.origin))

    def showing(self, review_id: int | None) -> None:
        self.shown = review_id
        if self._on_showing is not None:
            self._on_showing(review_id)
