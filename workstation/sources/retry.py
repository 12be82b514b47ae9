"""Bounded retries with exponential backoff + jitter that honour Retry-After.

Built on tenacity (stamina's engine) because tenacity lets us inject the sleep
function: tests pass a recorder and never wait for real.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

Sleep = Callable[[float], Awaitable[None]]

#: The longest a queued reply is parked because a platform asked us to wait (Retry-After,
#: or our own pause after a 429/5xx). A longer request is not obeyed silently: the reply is
#: marked failed with the reason, for the user to retry when they choose.
MAX_PARK_SECONDS = 10 * 60.0
#: How long to wait after a 429 or a 5xx that did not say how long.
_DEFAULT_WAIT = {"rate_limited": 60.0, "server": 30.0}


def wait_before_next_try(kind: str, retry_after: float | None) -> float | None:
    """Seconds a failed call should wait before a later run tries again (None: no wait)."""
    return retry_after if retry_after is not None else _DEFAULT_WAIT.get(kind)


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try one call before giving up with the last error."""

    attempts: int = 5
    wait_initial: float = 0.5
    wait_max: float = 30.0
    wait_jitter: float = 1.0
    #: A Retry-After longer than this is not waited for inside a call: the error goes
    #: up with `retry_after` set so the scheduler can come back later.
    max_retry_after: float = 60.0
    sleep: Sleep = asyncio.sleep
    rng: random.Random = field(default_factory=random.Random)

    def backoff(self, attempt: int, retry_after: float | None) -> float:
        """Seconds to wait after failed attempt number `attempt` (1-based)."""
        if retry_after is not None:
            return max(0.0, retry_after)
        base = min(self.wait_max, self.wait_initial * (2 ** max(0, attempt - 1)))
        return base + self.rng.uniform(0, self.wait_jitter)


def recording_policy(attempts: int = 5) -> tuple[RetryPolicy, list[float]]:
    """A policy whose sleeps are recorded instead of waited (for tests and benches)."""
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    return RetryPolicy(attempts=attempts, sleep=sleep, rng=random.Random(0)), waits
