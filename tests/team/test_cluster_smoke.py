"""The throwaway cluster answers on loopback with password authentication."""

from __future__ import annotations

from tests.team.cluster import Cluster


def test_cluster_accepts_the_app_user(pg_cluster: Cluster, pg_url: str) -> None:
    import psycopg

    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT current_user").fetchone() == ("workstation",)
