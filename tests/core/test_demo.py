"""The demo inbox is varied, deterministic and shows urgent and replied reviews."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from workstation import demo
from workstation.store import ReviewFilter, Store, queries

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def test_demo_is_deterministic_and_varied() -> None:
    a, b = demo.demo_records(NOW), demo.demo_records(NOW)
    assert a == b
    assert 250 <= len(a) <= 500
    assert {r.stars for r in a} == {1, 2, 3, 4, 5}
    assert {r.lang for r in a} == {"en", "fr"}
    assert {r.platform for r in a} >= {"google_business", "google_play", "app_store", "trustpilot",
                                        "tripadvisor", "yelp"}
    assert {r.location for r in a if r.location} == set(demo.LOCATIONS)
    texts = " ".join(r.text for r in a)
    assert "Intoxication alimentaire" in texts and "lawyer" in texts and "rude" in texts


def test_build_demo_fills_a_store(tmp_path: Path) -> None:
    store = Store(tmp_path / "demo.sqlite3")
    result = demo.build_demo(store, NOW)
    assert result.imported == len(demo.demo_records(NOW))
    assert queries.count(store, ReviewFilter(view="replied")) > 20
    assert queries.count(store, ReviewFilter(view="needs_reply")) > 100
    assert len(queries.list_locations(store)) == 2
    store.close()


def test_demo_database_is_reused_the_same_day_and_rebuilt_on_demand(tmp_path: Path) -> None:
    from workstation.app import reset_demo_db

    path = reset_demo_db(str(tmp_path), force=False)
    with Store(path) as store:
        store._conn.execute("UPDATE reviews SET status = 'archived' WHERE id = 1")
    assert reset_demo_db(str(tmp_path), force=False) == path
    with Store(path) as store:
        assert store.scalar("SELECT status FROM reviews WHERE id = 1") == "archived"  # kept
        assert store.scalar("SELECT count(*) FROM sources WHERE platform = 'demo'") == 1
    reset_demo_db(str(tmp_path), force=True)
    with Store(path) as store:
        assert store.scalar("SELECT status FROM reviews WHERE id = 1") == "open"
    assert not (tmp_path / "workstation.sqlite3").exists()  # never the user's database
