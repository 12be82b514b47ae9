"""This computer's store says what went wrong with a stable kind and the values it names
(`store/refusals.py`), beside its English message (unchanged: the command line prints it),
so the window can say it in its own language: one case per family (a real sqlite3 error
mapped by the store, the outbox, automatic replies, sources), and a static check that no
error the local store raises for the user goes without a kind."""

from __future__ import annotations

import ast
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.error_kind_checks import assert_kind
from workstation.domain import ReviewRecord
from workstation.ops import auto_replies as auto
from workstation.store import NewerDatabaseError, Store, StoreError, import_records
from workstation.store.auto_replies import AutoRuleError, RuleRow
from workstation.store.errors import _KNOWN as SQLITE_ERRORS
from workstation.store.outbox import OutboxError, queue_reply
from workstation.store.refusals import KINDS
from workstation.store.schema import SCHEMA_VERSION
from workstation.store.sync_state import DuplicateSourceError, add_source

T0 = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[2] / "workstation"
# Modules of this computer's store whose errors reach the user (tests/team/test_team_refusal_kinds.py
# checks, with the team store's, that every kind is raised somewhere and listed).
LOCAL_MODULES = ("store/db.py", "store/errors.py", "store/outbox.py", "store/auto_replies.py", "store/sync_state.py",
                 "ops/auto_replies.py", "sync/reply_queue.py")
ERROR_CLASSES = {"StoreError", "NewerDatabaseError", "CorruptDatabaseError", "OutboxError", "AutoRuleError",
                 "DuplicateSourceError"}


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "db.sqlite3")
    yield s
    s.close()


def _review(store: Store) -> int:
    import_records(store, [ReviewRecord(text="Bien", stars=5, author="Ann", created_at=T0, external_id="r1")],
                   platform_hint="google")
    return int(store.scalar("SELECT id FROM reviews"))



def test_a_full_disk_says_so_with_its_kind(store: Store) -> None:
    store._conn.execute(f"PRAGMA max_page_count = {store.scalar('PRAGMA page_count') + 2}")
    big = [ReviewRecord(text="x" * 5000 + str(i), stars=4, author="Ann", created_at=T0, external_id=f"b{i}")
           for i in range(200)]
    with pytest.raises(StoreError) as raised:
        import_records(store, big, platform_hint="google")
    assert_kind(raised.value, "disk_full")
    assert str(raised.value) == "The disk is full: free some space, nothing was lost."


def test_a_database_locked_by_another_program_says_so(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    Store(path).close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with Store(path) as store:
            store._conn.execute("PRAGMA busy_timeout = 0")  # no waiting in a test
            with pytest.raises(StoreError) as raised, store.transaction():
                pass
    finally:
        other.rollback()
        other.close()
    assert_kind(raised.value, "database_busy")
    assert str(raised.value) == "The database is busy in another program or window; try again."


def test_a_read_only_database_says_so(tmp_path: Path) -> None:
    path = tmp_path / "ro.sqlite3"
    Store(path).close()
    with Store(path, read_only=True) as ro, pytest.raises(StoreError) as raised:
        _review(ro)
    assert_kind(raised.value, "database_read_only")
    assert str(raised.value) == "The database file is read-only: check its permissions."


def test_a_newer_database_names_both_schemas(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    with pytest.raises(NewerDatabaseError) as raised:
        Store(path)
    assert_kind(raised.value, "newer_database", schema=str(SCHEMA_VERSION + 5), known=str(SCHEMA_VERSION))


def test_an_empty_reply_or_a_missing_review_is_refused_with_its_kind(store: Store) -> None:
    review_id = _review(store)
    with pytest.raises(OutboxError) as raised:
        queue_reply(store, review_id, "   ", now=T0)
    assert_kind(raised.value, "empty_text")
    assert str(raised.value) == "The reply text is empty."
    with pytest.raises(OutboxError) as raised:
        queue_reply(store, review_id + 100, "Merci !", now=T0)
    assert_kind(raised.value, "no_such_review", review=str(review_id + 100))
    assert str(raised.value) == f"Review {review_id + 100} does not exist."


def test_a_rule_without_a_name_is_refused_with_its_kind(store: Store) -> None:
    with pytest.raises(AutoRuleError) as raised:
        auto.save_rule(store, RuleRow(None, "  "), now=T0)
    assert_kind(raised.value, "rule_needs_name")
    assert str(raised.value) == "A rule needs a name."


def test_a_source_named_twice_names_the_first_one(store: Store) -> None:
    first = add_source(store, platform="google", name="Lyon", now=T0)
    with pytest.raises(DuplicateSourceError) as raised:
        add_source(store, platform="google", name="Lyon", now=T0)
    assert_kind(raised.value, "duplicate_source", platform="google", name="Lyon", source=str(first))
    assert str(raised.value) == f"A google source named 'Lyon' already exists (id {first})."


@pytest.mark.parametrize("module", LOCAL_MODULES)
def test_no_error_for_the_user_is_raised_without_a_kind(module: str) -> None:
    """`raise OutboxError("…")` (or returning one) would reach a French window in English:
    every one goes through `refused(…)` (sqlite3's own errors through the table in errors.py)."""
    bare = []
    for node in ast.walk(ast.parse((ROOT / module).read_text(encoding="utf-8"))):
        value = node.exc if isinstance(node, ast.Raise) else node.value if isinstance(node, ast.Return) else None
        if isinstance(value, ast.BoolOp):  # `known_error(exc) or CorruptDatabaseError(…)`
            value = value.values[-1]
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id in ERROR_CLASSES:
            bare.append(f"{module}:{node.lineno}")
    assert bare == []


def test_every_sqlite_error_the_store_maps_has_a_listed_kind() -> None:
    assert {kind for _needle, kind, _message in SQLITE_ERRORS} <= set(KINDS)
    assert all(not KINDS[kind] for _needle, kind, _message in SQLITE_ERRORS)  # their sentences name nothing
