"""Keeping one desktop's presence in step with the team server, on a thread of its own.

The window's reply view tells its `PresenceBoard` which review it shows; this keeper, on a
background thread, marks it on the server at once and beats every `HEARTBEAT` while it is
shown, unmarks it when the view closes, loads the team's presence on (re)connection and
feeds the board with the presence notifications. The window only ever reads the board from
memory. The server being away is not an error: the keeper waits and connects again, and the
board keeps what it knew (silent desktops expire by the board's own clock). Qt-free, so it is
tested against a real server without a window.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from datetime import datetime

from workstation.domain import utcnow
from workstation.ops.team_presence import (
    HEARTBEAT,
    PresenceBoard,
    TeamPresence,
    mark_answering,
    stop_answering,
)
from workstation.ops.team_reconnect import keep_reconnecting
from workstation.store.postgres import presence as store_presence
from workstation.store.postgres.connection import PgStore
from workstation.store.postgres.drafts import NoSuchReview

log = logging.getLogger(__name__)

WAIT_SECONDS = 0.5  # how long a listen waits before the keeper looks at the shown review again
RECONNECT_SECONDS = 10.0


class PresenceKeeper:
    """`start()` runs the thread; `stop()` unmarks this desktop (when it can) and ends it.
    A newly shown review is marked within `WAIT_SECONDS`."""

    def __init__(self, open_server: Callable[[], PgStore], board: PresenceBoard, *,
                 clock: Callable[[], datetime] = utcnow, heartbeat: float = HEARTBEAT.total_seconds()) -> None:
        self._open_server = open_server
        self.board = board
        self._clock = clock
        self._heartbeat = heartbeat
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.connected = threading.Event()  # set while the keeper holds the server (tests wait on it)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="team-presence", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        keep_reconnecting(self._session, stop=self._stop, connected=self.connected,
                          wait_seconds=RECONNECT_SECONDS, log=log, what="team presence")

    def _session(self) -> None:
        server = self._open_server()
        try:
            with TeamPresence(server) as listener:
                self.board.load(store_presence.everyone(server, now=self._clock()))
                self.connected.set()
                marked: int | None = None
                last_beat = 0.0
                while not self._stop.is_set():
                    shown = self.board.shown
                    now = self._clock()
                    due = now.timestamp() - last_beat >= self._heartbeat
                    if shown is not None and (shown != marked or due):
                        with contextlib.suppress(NoSuchReview):  # not on the server (yet): nobody to tell
                            mark_answering(server, shown, member=self.board.member, origin=self.board.origin,
                                           now=now)
                        marked, last_beat = shown, now.timestamp()
                    elif shown is None and marked is not None:
                        stop_answering(server, origin=self.board.origin, now=now)
                        marked = None
                    for presence in listener.wait(WAIT_SECONDS):
                        self.board.apply(presence)
                if marked is not None:  # the window closes: leave the review for the others at once
                    stop_answering(server, origin=self.board.origin, now=self._clock())
        finally:
            close = getattr(server, "close", None)
            if close is not None:
                close()
