"""Keeping reply calls within each platform's rate limit: a minimum gap per platform.

Figures from ../shared/specs/PLATFORMS.md, with head-room: Google Business Profile
300 requests/min per project, App Store Connect ~3,600/hour per key, Trustpilot 833
per 5 minutes. Google Play allows 2,000 replies/day, far above a shop's needs, so the
gap there only avoids bursts. A source may override it with its `send_interval` setting
(seconds). Clock and sleep are injected so tests never wait.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field

MIN_INTERVAL_S: dict[str, float] = {
    "google_business": 0.25,  # 240/min, under the 300/min project quota
    "google_play": 0.5,
    "app_store": 1.2,  # 3,000/hour, under ~3,600
    "trustpilot": 0.4,  # 750 per 5 min, under 833
    "demo": 0.05,
}
DEFAULT_INTERVAL_S = 1.0


def interval_for(platform: str, settings: Mapping[str, str] | None = None) -> float:
    """The gap between two reply calls for a source, honouring its `send_interval` setting."""
    raw = (settings or {}).get("send_interval")
    if raw is not None:
        try:
            value = float(raw)
        except ValueError:
            value = -1.0
        if 0.0 <= value <= 3600.0:
            return value
    return MIN_INTERVAL_S.get(platform, DEFAULT_INTERVAL_S)


@dataclass
class Pacer:
    """Waits so that two calls on the same key are at least `interval` seconds apart."""

    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    _last: dict[str, float] = field(default_factory=dict)

    async def wait(self, key: str, interval: float) -> None:
        last = self._last.get(key)
        if last is not None:
            delay = last + interval - self.clock()
            if delay > 0:
                await self.sleep(delay)
        self._last[key] = self.clock()
