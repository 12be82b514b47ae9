"""An optional model the drafts read: loaded once on first use, shared by every thread.

The learned reply points, the reply check's classifier and the complaint model are optional: a
broken install must leave drafting and checking working, with the problem logged once. Each keeps
one `LoadedOnce`. The first caller loads under a lock, so a background preload and a first draft
never read the files twice; a failure is logged once and remembered as None ("work without it").
Benches and tests swap the value with `use` and put the earlier state back with `restore`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class LoadedOnce(Generic[T]):
    """`load()`'s result, computed on the first `get`; None when it raised (logged once)."""

    def __init__(self, load: Callable[[], T], logger: logging.Logger, failure: str) -> None:
        self._load = load
        self._logger = logger
        self._failure = failure  # what the log says when the model cannot be read
        self._lock = threading.Lock()
        self._value: list[T | None] = []  # empty: not loaded yet; [None]: unreadable

    def get(self) -> T | None:
        with self._lock:
            if not self._value:
                try:
                    self._value.append(self._load())
                except Exception:  # a broken install must leave the drafts and checks working
                    self._logger.exception(self._failure)
                    self._value.append(None)
            return self._value[0]

    def use(self, value: T | None) -> None:
        """From now on `get` returns `value` (None: work without the model)."""
        with self._lock:
            self._value[:] = [value]

    def state(self) -> tuple[T | None, ...]:
        """What `get` would return without loading: () when nothing is loaded yet."""
        with self._lock:
            return tuple(self._value)

    def restore(self, state: tuple[T | None, ...]) -> None:
        """Put back a `state()` (`()`: load again on the next `get`)."""
        with self._lock:
            self._value[:] = list(state)

    def preload(self, thread_name: str) -> threading.Thread:
        """Load on a background thread, so the first draft or check a user opens does not wait."""
        thread = threading.Thread(target=self.get, name=thread_name, daemon=True)
        thread.start()
        return thread
