"""Helpers for sync/outbox tests: fixed clock, never-sleeping retries and pacing, and a
loopback Google Business fake with a source pointing at it (static token in the keychain)."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

from tests.fakes.google_business import FakeGoogleBusiness
from workstation.sources.credentials import store_secrets
from workstation.sources.loopback import LoopbackServer
from workstation.sources.retry import recording_policy
from workstation.store.db import Store
from workstation.store.sync_state import add_source
from workstation.sync.connectors import ConnectorFactory, default_connector_factory
from workstation.sync.pacing import Pacer

T = TypeVar("T")
T0 = datetime(2026, 11, 1, tzinfo=UTC)
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def run(coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coro)


def clock() -> datetime:
    return NOW


def no_wait_pacer() -> Pacer:
    """A pacer whose waits are recorded, never slept."""
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    pacer = Pacer(sleep=sleep)
    pacer.waits = waits  # type: ignore[attr-defined]
    return pacer


def factory() -> ConnectorFactory:
    return default_connector_factory(retry=recording_policy(attempts=3)[0])


@dataclass
class Gbp:
    fake: FakeGoogleBusiness
    server: LoopbackServer
    store: Store
    source_id: int
    parent: str
    token: str

    def names(self) -> list[str]:
        return sorted(self.fake.reviews)

    def review_id(self, name: str) -> int:
        return int(self.store.scalar("SELECT id FROM reviews WHERE external_id = ?", (name,)))

    def puts(self) -> int:
        return sum(self.fake.reply_puts.values())


def add_gbp_source(store: Store, fake: FakeGoogleBusiness, url: str, name: str = "Bakery") -> tuple[int, str]:
    token = fake.issue_token()

    def save(key: str) -> None:
        store_secrets(key, {"access_token": token})

    sid = add_source(store, platform="google_business", name=name, base_url=url, settings={"reread_days": "0"},
                     sync_interval_min=60, save_secret=save)
    return sid, token
