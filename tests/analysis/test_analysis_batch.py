"""Near-duplicate texts and review-bombing bursts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from workstation.analysis import BatchItem, batch_flags, near_duplicates, review_bombing

T0 = datetime(2026, 10, 1, tzinfo=UTC)
BASE = "This restaurant is a total scam, the food made us sick and the staff laughed at us"


def test_near_duplicates_found_despite_small_edits() -> None:
    items = [
        BatchItem("a", BASE),
        BatchItem("b", BASE.upper() + "!!!"),
        BatchItem("c", BASE.replace("total", "complete") + " tonight"),
        BatchItem("d", "Lovely terrace, the risotto was creamy and the wine list is great value"),
        BatchItem("e", "Great!"),
        BatchItem("f", "Great!"),
    ]
    dups = near_duplicates(items)
    assert dups["a"] == {"b", "c"}
    assert "d" not in dups
    assert "e" not in dups  # short texts repeat naturally


def _burst(first_timers: bool) -> list[BatchItem]:
    items = [
        BatchItem(f"h{i}", f"review {i}", stars=4 + i % 2, created_at=T0 + timedelta(days=i), author_review_count=20)
        for i in range(60)
    ]
    items += [
        BatchItem(f"low{i}", f"bad {i}", stars=1 + i % 2, created_at=T0 + timedelta(days=7 * i + 1), author_review_count=9)
        for i in range(8)
    ]
    burst_at = T0 + timedelta(days=61)
    items += [
        BatchItem(f"b{i}", f"awful place number {i}", stars=1, created_at=burst_at + timedelta(hours=i),
                  author_review_count=1 if first_timers else 30)
        for i in range(7)
    ]
    return items


def test_review_bombing_burst_of_first_timers() -> None:
    flagged = review_bombing(_burst(first_timers=True))
    assert flagged == {f"b{i}" for i in range(7)}
    flags = batch_flags(_burst(first_timers=True))
    assert flags["b0"] == ("review_bombing",)
    assert "h1" not in flags


def test_no_bombing_when_reviewers_are_established() -> None:
    assert review_bombing(_burst(first_timers=False)) == set()


def test_no_bombing_without_a_burst() -> None:
    items = [BatchItem(f"x{i}", "bad", stars=1, created_at=T0 + timedelta(days=3 * i)) for i in range(30)]
    assert review_bombing(items) == set()
    assert review_bombing([]) == set()
