"""The operations layer without Qt: each use case does its job and says what it changed."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest

from workstation.domain import ReviewRecord
from workstation.ops.changes import CancelToken, OpChanges
from workstation.ops.imports import import_files
from workstation.ops.process import process_new_reviews
from workstation.ops.replies import queue_reply, save_draft
from workstation.ops.reviews import find_reviews
from workstation.ops.triage import set_status, undo
from workstation.sources.base import RemoteReply, ReviewPage
from workstation.store import Store, drafts, queries
from workstation.store.outbox import OutboxError
from workstation.store.sync_state import add_source, save_page

from .helpers import NOW, CountingAnalyzer, reviews_csv

DAY = (NOW - timedelta(days=1)).date().isoformat()
ROWS = [
    (1, "The soup was cold and the waiter rude", DAY, "Ann"),
    (5, "Lovely café, perfect croissants", DAY, "Bea"),
    (4, "Good coffee", DAY, "Cem"),
    (2, "Cold fries again", DAY, "Dov"),
    (5, "Great staff", DAY, "Eli"),
]


def imported(store: Store, tmp_path: Path, analyzer: CountingAnalyzer, bad_rows: int = 0):  # type: ignore[no-untyped-def]
    path = reviews_csv(tmp_path / "reviews.csv", ROWS, bad_rows)
    return import_files(store, [path], analyzer=analyzer, now=NOW)


def test_import_triages_with_deadlines_and_reports_rejected_rows(
    store: Store, tmp_path: Path, analyzer: CountingAnalyzer
) -> None:
    outcome = imported(store, tmp_path, analyzer, bad_rows=1)
    assert (outcome.total("imported"), outcome.rejected, outcome.unreadable) == (5, 1, False)
    assert outcome.problem_lines()[0].startswith(f"{tmp_path / 'reviews.csv'}:7: ")
    assert outcome.processed is not None and outcome.processed.analysed == 5
    assert outcome.changes.reviews and outcome.changes.counts and outcome.changes.labels
    found = {f.row.author: f for f in find_reviews(store)}
    assert found["Ann"].row.level == "high" and found["Bea"].row.level == "low"
    assert all(f.row.due_at for f in found.values())  # every unanswered review has a reply deadline
    assert found["Ann"].reasons[0].evidence == "cold" and found["Ann"].categories == ("food_safety",)


def test_unreadable_file_is_reported_and_the_others_still_import(
    store: Store, tmp_path: Path, analyzer: CountingAnalyzer
) -> None:
    junk = tmp_path / "photo.csv"
    junk.write_bytes(bytes(range(256)) * 20)
    good = reviews_csv(tmp_path / "good.csv", ROWS[:2])
    outcome = import_files(store, [junk, good], analyzer=analyzer, now=NOW)
    assert outcome.unreadable and outcome.total("imported") == 2
    assert outcome.problem_lines()[0].startswith(f"{junk}: ")


def test_processing_stops_between_batches_and_the_next_run_resumes(
    store: Store, tmp_path: Path, analyzer: CountingAnalyzer
) -> None:
    path = reviews_csv(tmp_path / "r.csv", ROWS)
    import_files(store, [path], process=False)
    token = CancelToken()
    analyzer.on_batch = token.cancel  # asked to stop while the first batch runs
    first = process_new_reviews(store, analyzer=analyzer, cancelled=token, now=NOW, batch_size=2)
    assert first.cancelled and first.analysed == 2 and len(analyzer.analysed) == 2
    assert first.changes.reviews  # the finished batch is stored and shown

    analyzer.on_batch = None
    second = process_new_reviews(store, analyzer=analyzer, now=NOW, batch_size=2)
    assert not second.cancelled and second.analysed == 3  # resumed: the first two are not redone
    assert len(analyzer.analysed) == 5 and len(set(analyzer.analysed)) == 5
    assert sum(n for _, n in second.labels["category"]) == 2


def test_cancelled_before_starting_does_nothing(store: Store, analyzer: CountingAnalyzer) -> None:
    token = CancelToken()
    token.cancel()
    result = process_new_reviews(store, analyzer=analyzer, cancelled=token, now=NOW)
    assert result.cancelled and result.changes.empty and analyzer.analysed == []


def test_search_is_accent_insensitive_and_filters_combine(
    store: Store, tmp_path: Path, analyzer: CountingAnalyzer
) -> None:
    imported(store, tmp_path, analyzer)
    assert [f.row.author for f in find_reviews(store, search="cafe")] == ["Bea"]
    assert {f.row.author for f in find_reviews(store, levels=["high"])} == {"Ann", "Dov"}
    assert {f.row.author for f in find_reviews(store, search="cold", levels=["low"])} == set()
    row = find_reviews(store, search="soup")[0].to_json()
    assert {"text", "author", "stars", "lang", "level", "categories", "reasons", "due_at", "reply_state"} <= set(row)
    with pytest.raises(ValueError, match="unknown level"):
        find_reviews(store, levels=["urgent"])


def _manual_review(store: Store, tmp_path: Path, analyzer: CountingAnalyzer) -> int:
    imported(store, tmp_path, analyzer)
    return find_reviews(store, search="soup")[0].row.id


def test_queue_reply_checks_the_platform_before_writing(
    store: Store, tmp_path: Path, analyzer: CountingAnalyzer
) -> None:
    review_id = _manual_review(store, tmp_path, analyzer)  # imported from a file: no reply API
    save_draft(store, review_id, "Sorry, we will do better.")
    with pytest.raises(OutboxError, match="cannot be posted"):
        queue_reply(store, review_id, "Sorry, we will do better.")
    draft = drafts.current_draft(store, review_id)
    assert draft is not None and draft.state == "draft"  # nothing lost, nothing queued


def _api_review(store: Store) -> int:
    source_id = add_source(store, platform="google_play", name="App")
    save_page(store, source_id, [ReviewRecord(external_id="gp:1", text="Crashes", stars=1, created_at=NOW)],
              cursor=None, now=NOW)
    return find_reviews(store)[0].row.id


def test_queue_reply_turns_the_draft_into_the_outbox_row_in_one_step(store: Store) -> None:
    review_id = _api_review(store)
    save_draft(store, review_id, "Sorry!")
    queued = queue_reply(store, review_id, "Sorry, the soup is on us next time.")
    assert queued.reply.action == "post"
    assert queued.changes == OpChanges(reviews=True, counts=True, outbox=True, drafts=True,
                                       review_ids=frozenset({review_id}))
    assert drafts.current_draft(store, review_id) is None
    assert queries.view_counts(store)["outbox"] == 1


def test_a_failure_while_queueing_keeps_the_draft(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from workstation.store import outbox

    review_id = _api_review(store)
    save_draft(store, review_id, "Sorry!")

    def broken(*_a: object) -> int:
        raise OSError("disk unplugged")

    monkeypatch.setattr(outbox, "_new_row", broken)
    with pytest.raises(OSError):
        queue_reply(store, review_id, "Sorry!")
    draft = drafts.current_draft(store, review_id)
    assert draft is not None and draft.text == "Sorry!"
    assert queries.view_counts(store)["outbox"] == 0


def test_triage_and_undo_say_which_reviews_changed(
    store: Store, tmp_path: Path, analyzer: CountingAnalyzer
) -> None:
    review_id = _manual_review(store, tmp_path, analyzer)
    change, changes = set_status(store, [review_id], "archived")
    assert changes.review_ids == {review_id} and changes.counts
    assert queries.view_counts(store)["archived"] == 1
    assert undo(store, change).review_ids == {review_id}
    assert queries.view_counts(store)["archived"] == 0


def test_change_sets_combine() -> None:
    a = OpChanges(reviews=True, review_ids=frozenset({1}))
    b = OpChanges(outbox=True)
    c = OpChanges(reviews=True)  # "possibly many reviews"
    assert (a | b) == OpChanges(reviews=True, outbox=True, review_ids=frozenset({1}))
    assert (a | c).review_ids == frozenset()
    assert OpChanges().empty and not b.empty


class _StubConnector:
    """Yields one canned page (a loopback fake would add nothing here)."""

    platform = "google_play"

    def __init__(self, records: list[ReviewRecord]) -> None:
        self.records = records

    async def fetch(self, cursor: str | None) -> AsyncIterator[ReviewPage]:
        yield ReviewPage(self.records, '{"v": 1}')

    async def aclose(self) -> None:
        pass


def test_sync_leaves_new_reviews_triaged(store: Store, analyzer: CountingAnalyzer) -> None:
    from workstation.ops.sync import sync_sources

    add_source(store, platform="google_play", name="App")
    records = [ReviewRecord(external_id=f"gp:{i}", text=f"Cold app {i}", stars=1 + i % 5, created_at=NOW)
               for i in range(4)]
    outcome = asyncio.run(sync_sources(store, connector_factory=lambda _source: _StubConnector(records),  # type: ignore[arg-type,return-value]
                                       analyzer=analyzer, now=lambda: NOW))
    assert outcome.ok and outcome.changed == 4
    assert outcome.processed is not None and outcome.processed.analysed == 4
    assert outcome.changes.reviews and outcome.changes.sources and outcome.changes.labels
    assert all(f.row.level and f.row.due_at for f in find_reviews(store))


def test_a_draft_beside_a_queued_reply_updates_it_instead_of_posting_twice(store: Store) -> None:
    from workstation.ops.replies import queue_draft
    from workstation.store.outbox import pending_items

    review_id = _api_review(store)
    first = queue_reply(store, review_id, "Sorry!")
    save_draft(store, review_id, "Sorry, the app is fixed in 2.1.")  # edited while waiting in the outbox
    again = queue_draft(store, review_id)
    assert again is not None and again.reply.reply_id == first.reply.reply_id
    items = pending_items(store)
    assert [(i.action, i.text) for i in items] == [("post", "Sorry, the app is fixed in 2.1.")]
    assert drafts.current_draft(store, review_id) is None


class _PostingConnector(_StubConnector):
    """Accepts every reply (the platform side of `send_outbox`)."""

    def __init__(self) -> None:
        super().__init__([])
        self.posted: list[tuple[str, str]] = []

    async def get_reply(self, review_external_id: str) -> None:
        return None

    async def post_reply(self, review_external_id: str, text: str) -> RemoteReply:
        self.posted.append((review_external_id, text))
        return RemoteReply(review_external_id, text, posted_at=NOW, external_id="r-1")


def test_send_outbox_posts_once_and_says_the_outbox_changed(store: Store) -> None:
    from workstation.ops.outbox import send_outbox

    review_id = _api_review(store)
    queue_reply(store, review_id, "Sorry, fixed in 2.1.")
    connector = _PostingConnector()
    sent = asyncio.run(send_outbox(store, connector_factory=lambda _s: connector, now=lambda: NOW))  # type: ignore[arg-type,return-value]
    assert sent.ok and (sent.result.sent, sent.result.failed) == (1, 0)
    assert sent.changes.outbox and sent.changes.counts
    assert connector.posted == [("gp:1", "Sorry, fixed in 2.1.")]
    again = asyncio.run(send_outbox(store, connector_factory=lambda _s: connector, now=lambda: NOW))  # type: ignore[arg-type,return-value]
    assert again.result.sent == 0 and again.changes.empty and len(connector.posted) == 1
    assert queries.view_counts(store)["replied"] == 1


def test_metrics_and_csv_report_without_qt(store: Store, tmp_path: Path, analyzer: CountingAnalyzer) -> None:
    from workstation.ops.metrics import measure, metrics_document
    from workstation.ops.reports import write_report

    imported(store, tmp_path, analyzer)
    document = metrics_document(measure(store, now=NOW))
    assert document["counts"]["reviews"] == 5
    written = write_report(store, tmp_path / "report.csv", fmt="csv", lang="fr", zone=NOW.tzinfo, now=NOW)  # type: ignore[arg-type]
    assert [p.name for p in written] == ["report.csv"]
    assert sorted(p.name for p in tmp_path.glob("report*")) == ["report.csv"]  # nothing else written
    assert "Ann" in written[0].read_text(encoding="utf-8-sig")
