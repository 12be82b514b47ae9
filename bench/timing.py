"""The one way benchmarks here time a call: the best of several runs, on a chosen clock."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any


def best(fn: Callable[[], Any], runs: int, clock: Callable[[], float] = time.perf_counter) -> float:
    """The least time `fn()` took over `runs` calls (the least disturbed by other work).

    `clock=time.process_time` counts this process's CPU time only, which a busy machine
    distorts less than wall time."""
    times = []
    for _ in range(runs):
        start = clock()
        fn()
        times.append(clock() - start)
    return min(times)
