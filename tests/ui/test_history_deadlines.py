"""Deadlines on history: an old review found in an imported file is neither "due in 24 hours"
nor overdue, and within Critical the most pressing deadline comes first."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from workstation.domain import ReviewRecord
from workstation.metrics.deadlines import refresh_deadlines
from workstation.store import ReviewFilter, Store, import_records
from workstation.store.queries import search_ids
from workstation.ui.inbox_model import COLUMNS, InboxModel

IMPORTED = datetime(2026, 11, 23, 9, tzinfo=UTC)  # a Monday: the day the owner imports the file


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "history.sqlite3")
    records = [
        ReviewRecord("Two months old and never answered.", 1, "Old", IMPORTED - timedelta(days=60), "old"),
        ReviewRecord("Published yesterday, imported today.", 1, "Fresh", IMPORTED - timedelta(days=1), "fresh"),
    ]
    import_records(s, records, platform_hint="yelp", now=IMPORTED)
    yield s
    s.close()


def _id(store: Store, external_id: str) -> int:
    return int(store.scalar("SELECT id FROM reviews WHERE external_id = ?", (external_id,)))


def test_an_old_imported_review_has_no_deadline_and_says_so(qapp, store: Store) -> None:  # type: ignore[no-untyped-def]
    assert refresh_deadlines(store, now=IMPORTED + timedelta(hours=1)) == 1  # only the fresh one
    old, fresh = _id(store, "old"), _id(store, "fresh")
    assert store.scalar("SELECT due_at FROM reviews WHERE id = ?", (old,)) is None
    assert store.scalar("SELECT due_at FROM reviews WHERE id = ?", (fresh,)) is not None
    assert search_ids(store, ReviewFilter(view="due")) == [fresh]  # the Due view is not flooded by history

    model = InboxModel(store)
    model.set_filter(ReviewFilter(view="all"))
    due_column = COLUMNS.index("due")
    texts = {model.review_id(r): model.index(r, due_column).data() for r in range(model.rowCount())}
    assert texts[old] == "older review: no deadline"
    assert texts[fresh].startswith(("due in", "overdue by"))


def test_within_critical_an_overdue_review_sorts_first(store: Store) -> None:
    refresh_deadlines(store, now=IMPORTED)
    early, late = _id(store, "fresh"), _id(store, "old")
    # Both critical; the higher urgency score belongs to the one due later.
    with store.transaction() as conn:
        conn.execute("UPDATE reviews SET level = 'critical', urgency = 0.6, due_at = ? WHERE id = ?",
                     ((IMPORTED - timedelta(hours=4)).isoformat(), early))
        conn.execute("UPDATE reviews SET level = 'critical', urgency = 0.9, due_at = ? WHERE id = ?",
                     ((IMPORTED + timedelta(hours=13)).isoformat(), late))
    assert search_ids(store, ReviewFilter(view="urgent")) == [early, late]
    with store.transaction() as conn:
        conn.execute("UPDATE reviews SET level = 'high' WHERE id = ?", (early,))
    assert search_ids(store, ReviewFilter(view="urgent")) == [late, early]  # critical before high
