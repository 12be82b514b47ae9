"""Imports and syncs against a shared server: each review stored once, changes versioned once,
and one syncer per source at a time (a killed one releases its turn)."""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.team.cluster import Cluster
from tests.team.workers import T0, open_store, review, wait_for
from workstation.domain import ReplyRecord, ReviewRecord
from workstation.error_kinds import refusal_of
from workstation.store.errors import StoreError
from workstation.store.postgres import reviews as team_reviews
from workstation.store.postgres.connection import PgStore
from workstation.store.postgres.locks import SyncBusy, source_sync_lock
from workstation.store.postgres.reviews import (
    PartlyStoredError,
    import_records,
    ingest_in_transaction,
    ingest_page,
)

REPO = Path(__file__).resolve().parents[2]


def _worker(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "tests.team.workers", *args], cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_reimporting_changes_nothing_and_an_edit_is_versioned(pg_url: str) -> None:
    with open_store(pg_url) as store:
        first = import_records(store, [review(i) for i in range(10)], now=T0)
        assert (first.imported, first.updated, first.unchanged) == (10, 0, 0)
        again = import_records(store, [review(i) for i in range(10)], now=T0)
        assert (again.imported, again.updated, again.unchanged) == (0, 0, 10)
        edited = dataclasses.replace(review(3), text="Edited: cold croissants")
        changed = import_records(store, [edited, review(4)], now=T0)
        assert (changed.updated, changed.unchanged) == (1, 1)
        assert store.scalar("SELECT text FROM review_versions") == review(3).text
        assert store.scalar("SELECT text FROM reviews WHERE external_id = 'r00003'") == "Edited: cold croissants"
        gone = import_records(store, [dataclasses.replace(review(5), removed=True)], now=T0)
        assert gone.removed == 1
        assert store.scalar("SELECT count(*) FROM reviews") == 10
        assert store.scalar("SELECT count(DISTINCT source_id) FROM reviews") == 1


def test_a_platform_reply_is_recorded_once_and_its_edit_versioned(pg_url: str) -> None:
    with open_store(pg_url) as store:
        with_reply = dataclasses.replace(review(1), reply=ReplyRecord(text="Thank you!"))
        assert import_records(store, [with_reply, with_reply], now=T0).replies == 1
        assert import_records(store, [with_reply], now=T0).replies == 0
        edited = dataclasses.replace(review(1), reply=ReplyRecord(text="Thank you, see you soon!"))
        assert import_records(store, [edited], now=T0).replies == 1
        assert store.scalar("SELECT count(*) FROM replies") == 1
        assert store.scalar("SELECT count(*) FROM reply_versions") == 1
        assert store.scalar("SELECT reply_state FROM reviews") == "sent"


@pytest.mark.parametrize(("command", "sources"), [("import", 1), ("import-split", 2)], ids=["in batches", "in parts"])
def test_two_desktops_importing_overlapping_files_at_once_store_each_review_once(
    pg_url: str, tmp_path: Path, command: str, sources: int
) -> None:
    """Batches of 50 on one platform, or each file at once on two platforms, stored in parts."""
    go = tmp_path / "go"
    workers = [_worker(command, pg_url, "0", "800", str(go)), _worker(command, pg_url, "400", "1234", str(go))]
    go.touch()
    for worker in workers:
        _out, err = worker.communicate(timeout=120)
        assert worker.returncode == 0, err.decode()
    with open_store(pg_url) as store:
        assert store.scalar("SELECT count(*) FROM reviews") == 1234
        assert store.scalar("SELECT count(DISTINCT (source_id, external_id)) FROM reviews") == 1234
        assert store.scalar("SELECT count(*) FROM review_versions") == 0
        assert store.scalar("SELECT count(*) FROM sources") == sources


def _two_platforms(first: int, last: int) -> list[ReviewRecord]:
    return [review(i) if i % 3 else dataclasses.replace(review(i), platform="trustpilot") for i in range(first, last)]


def test_a_large_file_stored_in_parts_counts_and_stores_as_one_transaction_would(pg_url: str) -> None:
    records = _two_platforms(0, 60)
    records.append(dataclasses.replace(review(7), text="The same review later in the file"))  # the later row wins
    records[10] = dataclasses.replace(records[10], reply=ReplyRecord(text="Thank you!"))
    with open_store(pg_url) as store:
        first = import_records(store, records, now=T0, split_from=2, default_location="Lyon")
        assert (first.imported, first.updated, first.unchanged, first.replies) == (60, 0, 1, 1)
        assert first.new_ids == sorted(first.new_ids) and len(set(first.new_ids)) == 60
        assert store.scalar("SELECT count(*) FROM reviews") == 60
        assert store.scalar("SELECT count(*) FROM sources") == 2
        assert store.scalar("SELECT count(*) FROM reviews WHERE location_id IS NULL") == 0
        assert store.scalar("SELECT text FROM reviews WHERE external_id = 'r00007'") == "The same review later in the file"
        again = import_records(store, records, now=T0, split_from=2)
        assert (again.imported, again.updated, again.unchanged) == (0, 0, 61)
        edited = [dataclasses.replace(r, text="Edited") if r.external_id in ("r00001", "r00059") else r
                  for r in records]
        changed = import_records(store, edited, now=T0, split_from=2)
        assert (changed.updated, changed.unchanged, sorted(changed.changed_ids) == changed.changed_ids) == (2, 59, True)
        assert store.scalar("SELECT count(*) FROM review_versions") == 2


def test_a_part_failing_after_another_was_stored_says_how_many_and_a_second_import_stores_the_rest(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = [review(i) for i in range(40)]
    real = team_reviews._ingest_batch

    def upper_half_fails(conn: object, batch: dict[str, ReviewRecord], **kwargs: object) -> object:
        if any((r.external_id or "") >= "r00020" for r in batch.values()):
            raise StoreError("The team server stopped answering.")
        return real(conn, batch, **kwargs)  # type: ignore[arg-type]

    with open_store(pg_url) as store:
        monkeypatch.setattr(team_reviews, "_ingest_batch", upper_half_fails)
        with pytest.raises(PartlyStoredError) as raised:
            import_records(store, records, now=T0, split_from=2)
        assert str(raised.value) == ("20 of the file's 40 reviews were stored before this problem: The team server "
                                     "stopped answering. Import the file again to store the rest (none is stored twice).")
        refusal = refusal_of(raised.value)
        assert refusal is not None and refusal.kind == "team_import_partly_stored"
        assert store.scalar("SELECT count(*) FROM reviews") == 20
        monkeypatch.setattr(team_reviews, "_ingest_batch", real)
        rest = import_records(store, records, now=T0, split_from=2)
        assert (rest.imported, rest.unchanged) == (20, 20)
        assert store.scalar("SELECT count(*) FROM reviews") == 40


def test_a_stored_part_counts_the_reviews_it_marked_removed(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A review marked removed is stored too: the sentence counts every key of the part that went in."""
    with open_store(pg_url) as store:
        import_records(store, [review(i) for i in range(40)], now=T0)
        gone = [dataclasses.replace(review(i), removed=True) for i in range(40)]
        real = team_reviews._ingest_batch

        def upper_half_fails(conn: object, batch: dict[str, ReviewRecord], **kwargs: object) -> object:
            if any((r.external_id or "") >= "r00020" for r in batch.values()):
                raise StoreError("The team server stopped answering.")
            return real(conn, batch, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(team_reviews, "_ingest_batch", upper_half_fails)
        with pytest.raises(PartlyStoredError) as raised:
            import_records(store, gone, now=T0, split_from=2)
        assert str(raised.value).startswith("20 of the file's 40 reviews were stored before this problem")
        assert raised.value.stored.removed == 20
        assert store.scalar("SELECT count(*) FROM reviews WHERE removed_on_platform = 1") == 20


def test_a_split_import_that_stored_nothing_raises_the_problem_itself(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fails(conn: object, batch: dict[str, ReviewRecord], **kwargs: object) -> object:
        raise StoreError("The team server stopped answering.")

    with open_store(pg_url) as store:
        monkeypatch.setattr(team_reviews, "_ingest_batch", fails)
        with pytest.raises(StoreError) as raised:
            import_records(store, [review(i) for i in range(40)], now=T0, split_from=2)
        assert not isinstance(raised.value, PartlyStoredError)
        assert store.scalar("SELECT count(*) FROM reviews") == 0


def test_a_key_another_desktop_stores_during_an_import_is_skipped_not_doubled(pg_url: str) -> None:
    """Another desktop's uncommitted key, in the batch: the import waits for it, then the
    unique key decides (ON CONFLICT skips it once it is committed); the rest go in."""
    with open_store(pg_url) as store, open_store(pg_url) as other, ThreadPoolExecutor(1) as pool:
        import_records(store, [review(9)], now=T0)  # the file source exists before the race
        source_id = int(store.scalar("SELECT source_id FROM reviews"))
        with other.transaction() as conn:
            ingest_in_transaction(conn, [review(1)], source_id=source_id, default_location_id=None,
                                  stamp="2026-11-01T00:00:00Z")
            importing = pool.submit(import_records, store, [review(0), review(1), review(2)], now=T0)
            _wait_until_blocked(other)  # the import waits for this uncommitted r00001, then it commits
        result = importing.result(timeout=60)
    assert (result.imported, result.unchanged) == (2, 1)
    with open_store(pg_url) as store:
        assert store.scalar("SELECT count(*) FROM reviews") == 4
        assert store.scalar("SELECT count(*) FROM reviews WHERE external_id = 'r00001'") == 1
        assert store.scalar("SELECT count(DISTINCT review_id) FROM review_change_log") == 4


def _wait_until_blocked(store: PgStore, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not store.scalar("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                           "AND wait_event_type = 'Lock' AND query LIKE '%%INSERT INTO reviews%%'"):
        assert time.monotonic() < deadline, "the import never waited for the other desktop's key"
        time.sleep(0.01)


def test_a_sync_page_and_its_cursor_are_written_together(pg_url: str) -> None:
    with open_store(pg_url) as store:
        import_records(store, [review(0)], now=T0)
        source_id = int(store.scalar("SELECT id FROM sources"))
        result = ingest_page(store, [review(i) for i in range(5)], source_id=source_id, cursor="page-2", now=T0)
        assert (result.imported, result.unchanged) == (4, 1)
        assert store.scalar("SELECT cursor FROM sources WHERE id = %s", (source_id,)) == "page-2"


def test_one_syncer_per_source_across_desktops(pg_url: str) -> None:
    with open_store(pg_url) as one, open_store(pg_url) as other:
        with source_sync_lock(one, 7):
            with pytest.raises(SyncBusy, match="syncing this source"), source_sync_lock(other, 7):
                pass  # pragma: no cover - refused before
            with source_sync_lock(other, 8):  # another source is free
                pass
        with source_sync_lock(other, 7):  # released when the first one finished
            pass


def test_a_killed_syncer_releases_its_source(pg_cluster: Cluster, pg_url: str, tmp_path: Path) -> None:
    ready = tmp_path / "ready"
    holder = _worker("hold-sync-lock", pg_url, "7", str(ready))
    try:
        wait_for(ready, timeout=60)
        with open_store(pg_url) as store:
            with pytest.raises(SyncBusy), source_sync_lock(store, 7):
                pass  # pragma: no cover
            os.kill(holder.pid, signal.SIGKILL)
            holder.wait(timeout=30)
            # The server notices the closed connection and drops the session's locks.
            for _attempt in range(200):
                try:
                    with source_sync_lock(store, 7):
                        break
                except SyncBusy:
                    import time

                    time.sleep(0.05)
            else:
                pytest.fail("the killed syncer's lock was never released")
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()


def test_a_file_the_importer_cannot_read_keeps_its_reason_for_the_reader_s_language(
    pg_url: str, tmp_path: Path
) -> None:
    """As on this computer: the command line and the window word the reason from its code."""
    from workstation.importers.errors import reason_text
    from workstation.ops import team

    photo = tmp_path / "photo.csv"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with open_store(pg_url) as store:
        outcome = team.import_files(store, [photo], origin="test", process=False)
    (refused,) = outcome.files
    assert refused.problem and refused.problem_code
    assert reason_text(refused.problem_code, refused.problem_params, refused.problem, "fr").startswith(
        "Le fichier photo.csv utilise un encodage inconnu")


def test_a_file_stored_in_part_reports_what_was_stored_and_why_the_rest_was_not(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through the team import operation (the command line's and, file by file, the window's):
    the stored part's counts and review ids, and the problem with its kind."""
    from workstation.ops import team

    rows = "".join(f"{1 + i % 5},\"Review {i}: the croissants\",2026-11-{1 + i % 28:02d},Author {i}\n"
                   for i in range(40))
    big = tmp_path / "big.csv"
    big.write_text("rating,review,date,author\n" + rows, encoding="utf-8")
    from workstation.importers import read_file

    lowest = min(record.key() for record in read_file(big).records)
    real = team_reviews._ingest_batch

    def upper_part_fails(conn: object, batch: dict[str, ReviewRecord], **kwargs: object) -> object:
        if lowest not in batch:  # the upper key range fails; the lower one is stored
            raise StoreError("The team server stopped answering.")
        return real(conn, batch, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(team_reviews, "SPLIT_FROM", 2)
    monkeypatch.setattr(team_reviews, "_ingest_batch", upper_part_fails)
    with open_store(pg_url) as store:
        outcome = team.import_files(store, [big], origin="test", platform="google_business", process=False)
        (partly,) = outcome.files
        stored = int(store.scalar("SELECT count(*) FROM reviews"))
    assert stored == 20 and partly.imported == 20 and len(partly.review_ids) == 20
    assert partly.problem is not None and partly.problem.startswith("20 of the file's 40 reviews were stored")
    assert partly.problem_refusal is not None and partly.problem_refusal.kind == "team_import_partly_stored"
    assert outcome.changes.reviews
