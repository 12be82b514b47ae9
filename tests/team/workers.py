"""Child processes for the team-mode concurrency tests (each is another "desktop").

    python -m tests.team.workers import URL FIRST LAST GO_FILE   # reviews FIRST..LAST-1, 50 per transaction
    python -m tests.team.workers import-split URL FIRST LAST GO_FILE  # the same as one file, stored in parts
    python -m tests.team.workers hold-sync-lock URL SOURCE_ID READY_FILE
    python -m tests.team.workers queue URL AUTHOR GO_FILE               # a reply to every review
    python -m tests.team.workers send URL NAME TASKS DRAIN_SECONDS      # TASKS senders in one process

Workers wait for GO_FILE to exist so that they really run at the same time.
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from workstation.domain import ReviewRecord
from workstation.store.location import PostgresLocation, parse_store_url
from workstation.store.postgres.connection import PgStore

T0 = datetime(2026, 11, 1, tzinfo=UTC)


def review(i: int) -> ReviewRecord:
    return ReviewRecord(text=f"Review number {i}: the croissants", stars=1 + i % 5, author=f"Author {i}",
                        created_at=T0 + timedelta(minutes=i), external_id=f"r{i:05d}", platform="google_business")


def open_store(url: str) -> PgStore:
    where = parse_store_url(url)
    assert isinstance(where, PostgresLocation)
    return PgStore(where)


def wait_for(path: Path, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        if time.monotonic() > deadline:
            raise SystemExit(f"{path} never appeared")
        time.sleep(0.01)


def import_range(url: str, first: int, last: int, go: Path) -> None:
    from workstation.store.postgres.reviews import import_records

    with open_store(url) as store:
        wait_for(go)
        for start in range(first, last, 50):
            import_records(store, [review(i) for i in range(start, min(start + 50, last))], now=T0)


def import_split(url: str, first: int, last: int, go: Path) -> None:
    """One file of reviews FIRST..LAST-1 on two platforms, stored in key-range parts side by side."""
    import dataclasses

    from workstation.store.postgres.reviews import import_records

    records = [review(i) if i % 3 else dataclasses.replace(review(i), platform="trustpilot")
               for i in range(first, last)]
    with open_store(url) as store:
        wait_for(go)
        import_records(store, records, now=T0, split_from=2)


def hold_sync_lock(url: str, source_id: int, ready: Path) -> None:
    from workstation.store.postgres.locks import source_sync_lock

    with open_store(url) as store, source_sync_lock(store, source_id):
        ready.touch()
        time.sleep(600)  # until killed


def queue_all(url: str, author: str, go: Path) -> None:
    """Queue `author`'s reply to every review; print how many were queued and refused."""
    import json

    from workstation.store.postgres.outbox import ReplyConflict, queue_reply

    queued = conflicts = 0
    with open_store(url) as store:
        ids = [int(r) for r in store.scalar("SELECT array_agg(id ORDER BY id) FROM reviews")]
        wait_for(go)
        for review_id in ids:
            try:
                queue_reply(store, review_id, f"Thank you from {author}!", author=author, now=T0)
                queued += 1
            except ReplyConflict:
                conflicts += 1
    print(json.dumps({"queued": queued, "conflicts": conflicts}), flush=True)


def send(url: str, name: str, tasks: int, drain_for: float) -> None:
    """`tasks` senders (coroutines, one connection each) in this process; prints their totals."""
    import asyncio
    import json

    from workstation.sources.retry import recording_policy
    from workstation.sync.connectors import default_connector_factory
    from workstation.sync.pacing import Pacer
    from workstation.sync.team_sender import send_team_outbox

    async def no_sleep(_seconds: float) -> None:
        return None

    async def all_senders(store: PgStore) -> list[int]:
        factory = default_connector_factory(retry=recording_policy(attempts=3)[0])
        results = await asyncio.gather(*(
            send_team_outbox(store, sender=f"{name}-{i}", connector_factory=factory, pacer=Pacer(sleep=no_sleep),
                             now=lambda: T0, drain_for=drain_for, poll_seconds=0.05)
            for i in range(tasks)))
        return [r.sent for r in results]

    with open_store(url) as store:
        print(json.dumps({"sent": sum(asyncio.run(all_senders(store)))}), flush=True)


def main(argv: list[str]) -> int:
    command, url, *rest = argv
    if command == "import":
        import_range(url, int(rest[0]), int(rest[1]), Path(rest[2]))
    elif command == "import-split":
        import_split(url, int(rest[0]), int(rest[1]), Path(rest[2]))
    elif command == "hold-sync-lock":
        hold_sync_lock(url, int(rest[0]), Path(rest[1]))
    elif command == "queue":
        queue_all(url, rest[0], Path(rest[1]))
    elif command == "send":
        send(url, rest[0], int(rest[1]), float(rest[2]))
    else:
        raise SystemExit(f"unknown command {command}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
