"""Store: migrations, uniqueness, versions, replies, FTS, statuses, errors."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from workstation.domain import ReplyRecord, ReviewRecord, TriageStatus
from workstation.store import (
    NewerDatabaseError,
    ReviewFilter,
    Store,
    StoreError,
    import_records,
    queries,
    settings,
    triage,
)
from workstation.store.schema import SCHEMA_VERSION

T0 = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


def rec(text: str, ext: str | None = "r1", **kw: object) -> ReviewRecord:
    base: dict[str, object] = {"text": text, "stars": 4, "author": "Ann", "created_at": T0, "external_id": ext}
    base.update(kw)
    return ReviewRecord(**base)  # type: ignore[arg-type]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "db.sqlite3")
    yield s
    s.close()


def test_new_database_is_migrated_and_in_wal(store: Store) -> None:
    assert store.scalar("PRAGMA user_version") == SCHEMA_VERSION
    assert store.scalar("PRAGMA journal_mode") == "wal"
    assert store.integrity_ok()


def test_newer_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    with pytest.raises(NewerDatabaseError, match="newer version"):
        Store(path)


def test_garbage_file_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError):
        Store(path)


def test_reimport_adds_nothing_and_changes_are_versioned(store: Store) -> None:
    first = import_records(store, [rec("Great bread"), rec("Nice staff", "r2")], platform_hint="google")
    assert (first.imported, first.updated, first.unchanged) == (2, 0, 0)
    again = import_records(store, [rec("Great bread"), rec("Nice staff", "r2")], platform_hint="google")
    assert (again.imported, again.updated, again.unchanged) == (0, 0, 2)
    changed = import_records(store, [rec("Great bread, but cold coffee", stars=3)], platform_hint="google")
    assert (changed.imported, changed.updated) == (0, 1)
    rid = store.scalar("SELECT id FROM reviews WHERE external_id = 'r1'")
    detail = queries.review_detail(store, rid)
    assert detail is not None
    assert detail.text == "Great bread, but cold coffee" and detail.stars == 3
    assert [v.text for v in detail.versions] == ["Great bread"]


def test_rows_without_id_are_keyed_by_author_and_date(store: Store) -> None:
    import_records(store, [rec("Bon pain", None)], platform_hint="yelp")
    result = import_records(store, [rec("Bon pain, bon accueil", None)], platform_hint="yelp")
    assert (result.imported, result.updated) == (0, 1)
    assert store.scalar("SELECT count(*) FROM reviews") == 1


def test_existing_replies_are_kept_and_versioned(store: Store) -> None:
    posted = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
    import_records(store, [rec("Slow app", reply=ReplyRecord("Sorry, fixed in 2.1", posted))], platform_hint="play")
    assert store.scalar("SELECT reply_state FROM reviews") == "sent"
    assert store.scalar("SELECT posted_at FROM replies") == "2026-11-21T09:00:00Z"
    import_records(store, [rec("Slow app", reply=ReplyRecord("Sorry, fixed in 2.1", posted))], platform_hint="play")
    assert store.scalar("SELECT count(*) FROM replies") == 1
    import_records(store, [rec("Slow app", reply=ReplyRecord("Fixed in 2.2", posted))], platform_hint="play")
    assert store.scalar("SELECT count(*) FROM replies") == 1
    assert store.scalar("SELECT text FROM replies") == "Fixed in 2.2"
    assert store.scalar("SELECT text FROM reply_versions") == "Sorry, fixed in 2.1"
    assert queries.count(store, ReviewFilter(view="replied")) == 1
    assert queries.count(store, ReviewFilter(view="needs_reply")) == 0


def test_search_is_accent_insensitive_and_prefix(store: Store) -> None:
    import_records(store, [rec("Mon fils a fini à l'hôpital", "a"), rec("Très bon café", "b")], platform_hint="google")
    assert len(queries.search_ids(store, ReviewFilter(view="all", search="hopital"))) == 1
    assert len(queries.search_ids(store, ReviewFilter(view="all", search="cafe"))) == 1
    assert len(queries.search_ids(store, ReviewFilter(view="all", search="caf"))) == 1
    assert queries.search_ids(store, ReviewFilter(view="all", search='"); DROP TABLE reviews; --')) == []


def test_filters_combine(store: Store) -> None:
    import_records(
        store,
        [rec("a", "1", stars=1, lang="fr"), rec("b", "2", stars=5, lang="en"), rec("c", "3", stars=1, lang="en",
         created_at=datetime(2025, 1, 1, tzinfo=UTC))],
        platform_hint="google",
    )
    f = ReviewFilter(view="all", stars=(1,))
    assert queries.count(store, f) == 2
    assert queries.count(store, f.with_(lang="en")) == 1
    assert queries.count(store, f.with_(date_from=datetime(2026, 1, 1).date())) == 1
    assert ReviewFilter.from_json(f.with_(date_from=datetime(2026, 1, 1).date()).to_json()) == f.with_(
        date_from=datetime(2026, 1, 1).date()
    )


def test_status_change_and_undo_persist(store: Store, tmp_path: Path) -> None:
    import_records(store, [rec("x", "1"), rec("y", "2")], platform_hint="google")
    ids = queries.search_ids(store, ReviewFilter(view="needs_reply"))
    change = triage.set_status(store, ids[:1], TriageStatus.ARCHIVED)
    assert queries.count(store, ReviewFilter(view="archived")) == 1
    reopened = Store(tmp_path / "db.sqlite3")
    assert queries.count(reopened, ReviewFilter(view="archived")) == 1
    reopened.close()
    triage.restore_statuses(store, change)
    assert queries.count(store, ReviewFilter(view="archived")) == 0
    assert queries.count(store, ReviewFilter(view="needs_reply")) == 2


def test_failed_import_leaves_database_unchanged(store: Store) -> None:
    import_records(store, [rec("x", "1")], platform_hint="google")
    bad = [rec("y", "2"), rec("z", "3", stars=9)]  # violates the stars CHECK mid-batch
    with pytest.raises(sqlite3.IntegrityError):
        import_records(store, bad, platform_hint="google")
    assert store.scalar("SELECT count(*) FROM reviews") == 1
    assert store.integrity_ok()


def test_read_only_database_gives_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "ro.sqlite3"
    Store(path).close()
    ro = Store(path, read_only=True)
    with pytest.raises(StoreError, match="read-only"):
        import_records(ro, [rec("x")], platform_hint="google")
    ro.close()


def test_settings_and_saved_views(store: Store) -> None:
    settings.set_setting(store, "business_name", "Maison Dupont")
    assert settings.get_setting(store, "business_name") == "Maison Dupont"
    settings.save_view(store, "Angry FR", ReviewFilter(view="all", stars=(1, 2), lang="fr"))
    [(name, f)] = settings.saved_views(store)
    assert name == "Angry FR" and f.stars == (1, 2)


def test_first_page_is_a_prefix_of_the_full_list(store: Store) -> None:
    from datetime import timedelta

    records = [
        rec(f"croissant {'bon' if i % 3 else 'mauvais'} {i}", f"c{i}", stars=1 + i % 5,
            created_at=T0 - timedelta(minutes=(i * 7919) % 5000))
        for i in range(1500)
    ]
    import_records(store, records, platform_hint="google")
    assert queries._estimated_matches(store, "croissant") == 1500  # takes the date-index walk
    for f in (
        ReviewFilter(view="all", search="croissant"),
        ReviewFilter(view="all", search="croissant", stars=(1, 2)),
        ReviewFilter(view="all", search="croissant", sort="oldest"),
        ReviewFilter(view="all", search="mauvais"),
        ReviewFilter(view="needs_reply", stars=(5,)),
    ):
        full = queries.search_ids(store, f)
        assert queries.search_ids(store, f, limit=100) == full[:100]


def test_migration_from_v1_keeps_data_and_takes_a_backup(tmp_path: Path) -> None:
    from workstation.store.schema import MIGRATIONS

    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    for statement in MIGRATIONS[1]:
        conn.execute(statement)
    conn.execute("INSERT INTO sources (platform, name, created_at) VALUES ('yelp', 'Yelp', 'x')")
    conn.execute("INSERT INTO reviews (source_id, external_id, text, first_seen_at, last_seen_at) "
                 "VALUES (1, 'a', 'Très bon', 'x', 'x')")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    store = Store(path)
    assert store.version == SCHEMA_VERSION
    assert store.scalar("SELECT text FROM reviews") == "Très bon"
    assert store.scalar("SELECT count(*) FROM review_labels") == 0
    store.close()
    backup = tmp_path / "old.sqlite3.v1.bak"
    assert backup.exists()
    assert sqlite3.connect(backup).execute("PRAGMA user_version").fetchone()[0] == 1


def test_full_disk_gives_a_clear_message_and_loses_nothing(store: Store) -> None:
    import_records(store, [rec("kept", "k")], platform_hint="google")
    pages = store.scalar("PRAGMA page_count")
    store._conn.execute(f"PRAGMA max_page_count = {pages + 2}")  # the disk fills up after 2 more pages
    big = [rec("x" * 5000 + str(i), f"b{i}") for i in range(200)]
    with pytest.raises(StoreError, match="disk is full"):
        import_records(store, big, platform_hint="google")
    assert store.scalar("SELECT count(*) FROM reviews") == 1
    assert store.integrity_ok()


def test_sidebar_counts_agree_with_each_view(store: Store) -> None:
    from datetime import timedelta

    import_records(store, [rec(f"r{i}", f"k{i}", stars=1 + i % 5,
                               created_at=T0 - timedelta(hours=i)) for i in range(40)], platform_hint="google")
    ids = queries.search_ids(store, ReviewFilter(view="all"))
    triage.set_status(store, ids[:5], TriageStatus.ARCHIVED)
    triage.set_status(store, ids[5:8], TriageStatus.NO_REPLY_NEEDED)
    store._conn.execute("UPDATE reviews SET level = 'critical', due_at = '2026-11-21T09:00:00Z' WHERE id % 3 = 0")
    store._conn.execute("UPDATE reviews SET reply_state = 'queued' WHERE id % 7 = 0")
    store._conn.execute("UPDATE reviews SET removed_on_platform = 1 WHERE id = 12")
    counts = queries.view_counts(store)
    assert counts == {view: queries.count(store, ReviewFilter(view=view)) for view in queries.VIEWS}
