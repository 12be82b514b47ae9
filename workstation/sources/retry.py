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
