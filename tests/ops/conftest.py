"""Ops fixtures: a fresh store and a fast deterministic analyzer that counts its calls."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from workstation.store import Store

from .helpers import CountingAnalyzer


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "ops.sqlite3") as s:
        yield s


@pytest.fixture
def analyzer() -> CountingAnalyzer:
    return CountingAnalyzer()
