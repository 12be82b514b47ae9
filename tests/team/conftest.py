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


@pytest.fixture(autouse=True)
def refusals_have_kinds(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every conflict a team test makes the mirror record carries a known refusal kind, so a
    French window can word it (`ui/conflict_reasons.py`): the team tests' refusal cases, all of
    them, check it at each test's end."""
    from workstation.store import team_outbound
    from workstation.store.errors import Refusal
    from workstation.store.refusals import KINDS

    recorded: list[tuple[str, Refusal | None]] = []
    keep = team_outbound.record_conflict

    def recording(store, review_id, text, message, *, refusal=None, now=None):  # type: ignore[no-untyped-def]
        recorded.append((message, refusal))
        keep(store, review_id, text, message, refusal=refusal, now=now)

    monkeypatch.setattr(team_outbound, "record_conflict", recording)
    yield
    without_kind = [message for message, refusal in recorded if refusal is None or refusal.kind not in KINDS]
    assert without_kind == [], "conflicts recorded without a refusal kind"
