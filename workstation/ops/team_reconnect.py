"""The loop that keeps a background thread on the team server: run a session, and when the
server goes away wait a little and connect again, until asked to stop.

Shared by the presence keeper (ops/team_presence_keeper.py) and the window's listener
(ui/team_link.py). The server being away is not an error (logged at info, by its kind only:
the message may name the host); anything else ends the thread with its trace in the log
rather than killing it silently."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from workstation.store.errors import StoreError


def keep_reconnecting(session: Callable[[], None], *, stop: threading.Event, connected: threading.Event,
                      wait_seconds: float, log: logging.Logger, what: str) -> None:
    """Run `session` again and again (it returns when `stop` is set or raises when the server
    goes away); `connected` is cleared after each session, which sets it once connected."""
    while not stop.is_set():
        try:
            session()
        except StoreError as exc:  # the server is away: try again a little later
            log.info("%s: %s", what, type(exc).__name__)
        except Exception:  # pragma: no cover - never let the thread die silently
            log.exception("%s stopped", what)
            return
        finally:
            connected.clear()
        stop.wait(wait_seconds)
