"""Fixtures for team mode: one PostgreSQL cluster per test session, one fresh database per test.

Skipped, with the reason, when psycopg or the PostgreSQL server binaries are missing
(`.ci/run` installs Debian's `postgresql`, so CI always runs them)."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator

import pytest

from tests.team.cluster import Cluster, ClusterUnavailable, throwaway_cluster

_numbers = itertools.count()


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    pytest.importorskip("psycopg", reason="psycopg is not installed (pip install -e '.[team]')")
    try:
        with throwaway_cluster() as cluster:
            yield cluster
    except ClusterUnavailable as exc:
        pytest.skip(f"team-mode tests need PostgreSQL: {exc}")


@pytest.fixture
def pg_url(pg_cluster: Cluster) -> str:
    """The URL (with its password, as a test may pass it) of an empty database of its own."""
    name = f"t{os.getpid()}_{next(_numbers)}"
    pg_cluster.create_database(name)
    return pg_cluster.url(name)
