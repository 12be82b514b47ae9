"""Fixtures for sync/outbox tests: a store, and a loopback Google Business fake with
120 reviews and a source pointing at it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fakes.google_business import FakeGoogleBusiness
from tests.sync.helpers import T0, Gbp, add_gbp_source
from workstation.store.db import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "workstation.sqlite3") as s:  # the name the CLI opens in --data-dir
        yield s


@pytest.fixture
def gbp(store: Store) -> Iterator[Gbp]:
    fake = FakeGoogleBusiness()
    parent = fake.add_location("111", "222", "Boulangerie du Port")
    fake.populate(parent, 120, start=T0)
    with fake.serve() as server:
        sid, token = add_gbp_source(store, fake, server.url)
        yield Gbp(fake, server, store, sid, parent, token)
