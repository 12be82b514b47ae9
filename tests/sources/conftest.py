"""Fixtures for connector tests: loopback fakes and recorded (never slept) retries."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine, Iterator
from typing import Any, TypeVar

import pytest

from tests.fakes.google_business import FakeGoogleBusiness
from workstation.sources.base import ReviewPage
from workstation.sources.loopback import LoopbackServer
from workstation.sources.retry import RetryPolicy, recording_policy

T = TypeVar("T")


def run(coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coro)


async def collect(pages: Any) -> list[ReviewPage]:
    return [page async for page in pages]


@pytest.fixture
def retry() -> tuple[RetryPolicy, list[float]]:
    return recording_policy(attempts=4)


@pytest.fixture
def gbp() -> Iterator[tuple[FakeGoogleBusiness, LoopbackServer]]:
    fake = FakeGoogleBusiness()
    with fake.serve() as server:
        yield fake, server


@pytest.fixture(scope="session")
def play_fake_key() -> Any:
    # RSA generation costs ~0.1 s: share one key pair across the session.
    from cryptography.hazmat.primitives.asymmetric import rsa

    return rsa.generate_private_key(public_exponent=65537, key_size=2048)
