"""Chaos run: sync reviews and send replies while SIGKILLing the worker at random moments.

    python bench/chaos.py --rounds 50 --reviews 2000 --replies 200

The loopback Google Business fake lives in this process (so it survives every kill and
counts every reply PUT). Each round starts a fresh worker process that syncs, queues
the target replies not queued yet and sends the outbox, and kills it with SIGKILL after
a random delay. Between rounds the platform changes a little (new and edited reviews).
A last unkilled worker finishes the job; then the counts are printed:
reviews lost / duplicated, replies posted twice / lost, `PRAGMA integrity_check`.
Exit status 0 only when all of them are zero and the check says "ok".
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

PUT_LATENCY_S = 0.004  # a little server time, so kills also land while a PUT is in flight


def reply_text(name: str) -> str:
    return f"Merci pour votre avis ({name.rsplit('/', 1)[1]}) !"


# -- worker (a child process; killed at random) -------------------------------------------

async def _work(db: Path, url: str, token: str, targets: list[str]) -> None:
    from workstation.sources.base import Credentials
    from workstation.sources.registry import make_connector
    from workstation.store.db import Store
    from workstation.store.outbox import OutboxError
    from workstation.sync import SYNC_RETRY, queue_reply, send_outbox, sync_all
    from workstation.sync.connectors import source_config

    def factory(source):  # type: ignore[no-untyped-def]
        return make_connector(source_config(source), Credentials({"access_token": token}), retry=SYNC_RETRY)

    with Store(db) as store:
        print("ready", flush=True)  # imports done: the conductor's kill clock starts here
        for result in await sync_all(store, connector_factory=factory):
            if result.error:
                print(f"sync: {result.error}", file=sys.stderr)
        queued = {r[0] for r in store.query(
            "SELECT rv.external_id FROM replies rp JOIN reviews rv ON rv.id = rp.review_id WHERE rp.origin = 'app'")}
        for name in targets:
            if name in queued:
                continue
            rid = store.scalar("SELECT id FROM reviews WHERE external_id = ?", (name,))
            if rid is not None:
                try:
                    queue_reply(store, int(rid), reply_text(name))
                except OutboxError as exc:
                    print(f"queue: {exc}", file=sys.stderr)
        sent = await send_outbox(store, connector_factory=factory)
        print(sent.summary(), flush=True)


def worker(db: str, url: str, token: str, targets_file: str) -> None:
    targets = Path(targets_file).read_text(encoding="utf-8").split()
    asyncio.run(_work(Path(db), url, token, targets))


# -- conductor -------------------------------------------------------------------------

def _spawn(db: Path, url: str, token: str, targets: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, __file__, "--worker", "--db", str(db), "--url", url, "--token", token,
         "--targets", str(targets)],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--reviews", type=int, default=2000)
    parser.add_argument("--replies", type=int, default=200)
    parser.add_argument("--max-delay", type=float, default=1.5, help="kill window before any run has finished (s)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--worker", action="store_true")
    parser.add_argument("--db")
    parser.add_argument("--url")
    parser.add_argument("--token")
    parser.add_argument("--targets")
    args = parser.parse_args()
    if args.worker:
        worker(args.db, args.url, args.token, args.targets)
        return 0

    from tests.fakes.google_business import FakeGoogleBusiness
    from workstation.sources.loopback import FakeRequest, FakeResponse
    from workstation.store.db import Store
    from workstation.store.sync_state import add_source

    rng = random.Random(args.seed)
    fake = FakeGoogleBusiness()
    parent = fake.add_location("1001", "2002", "Boulangerie du Port")
    start = datetime(2026, 1, 1, tzinfo=UTC)
    fake.populate(parent, args.reviews, start=start)
    token = fake.issue_token()
    unreplied = sorted(n for n, r in fake.reviews.items() if "reviewReply" not in r)
    targets = rng.sample(unreplied, min(args.replies, len(unreplied)))
    route = fake.route

    def slow_puts(req: FakeRequest) -> FakeResponse:
        if req.method == "PUT":
            time.sleep(PUT_LATENCY_S)
        return route(req)

    fake.route = slow_puts  # type: ignore[method-assign]

    with tempfile.TemporaryDirectory() as tmp, fake.serve() as server:
        # A killed client resets its socket; the fake need not print a traceback for that.
        server._server.handle_error = lambda *a: None  # type: ignore[method-assign]
        db = Path(tmp) / "chaos.sqlite3"
        targets_file = Path(tmp) / "targets.txt"
        targets_file.write_text("\n".join(targets), encoding="utf-8")
        with Store(db) as store:
            # send_interval: pace replies at 10 ms so a 200-reply run spans the kill window.
            add_source(store, platform="google_business", name="Chaos", base_url=server.url,
                       settings={"reread_days": "0", "send_interval": "0.01"})
        kills = sending_after_kill = finished = 0
        clock = start + timedelta(days=400)
        began = time.perf_counter()
        work_times: list[float] = []
        for round_no in range(args.rounds):
            # Replies are released a few per round, so every round has sending to interrupt.
            released = targets[: len(targets) * (round_no + 1) // args.rounds]
            targets_file.write_text("\n".join(released), encoding="utf-8")
            proc = _spawn(db, server.url, token, targets_file)
            assert proc.stdout is not None
            proc.stdout.readline()  # "ready"
            ready = time.perf_counter()
            # Kill somewhere inside the work, whose length is learnt from unkilled runs.
            window = 1.2 * statistics.median(work_times) if work_times else args.max_delay
            try:
                proc.wait(timeout=rng.uniform(0.0, window))
                finished += 1
                work_times.append(time.perf_counter() - ready)
            except subprocess.TimeoutExpired:
                proc.send_signal(signal.SIGKILL)
                proc.wait()
                kills += 1
            proc.communicate()
            with sqlite3.connect(db) as conn:
                sending_after_kill += conn.execute("SELECT count(*) FROM outbox WHERE state = 'sending'").fetchone()[0]
            # The platform moves on: two new reviews and one edit per round.
            with fake.lock:
                clock += timedelta(minutes=5)
                for k in range(2):
                    fake.add_review(parent, f"new{round_no:03d}{k}", comment=f"New review {round_no}.{k}",
                                    created=clock, stars="FOUR")
                edited = rng.choice(sorted(fake.reviews))
                fake.edit_review(edited, comment=f"Edited in round {round_no}", when=clock)
        # A last run without kills finishes the job (twice: the first may see a late edit).
        targets_file.write_text("\n".join(targets), encoding="utf-8")
        for _ in range(2):
            proc = _spawn(db, server.url, token, targets_file)
            _out, err = proc.communicate(timeout=300)
            if proc.returncode != 0:
                print(err, file=sys.stderr)
                return 2
        elapsed = time.perf_counter() - began
        return _report(db, fake, targets, args, kills, finished, sending_after_kill, elapsed)


def _remote_reply(review: dict[str, object]) -> object:
    reply = review.get("reviewReply")
    return reply.get("comment") if isinstance(reply, dict) else None


def _report(db: Path, fake: object, targets: list[str], args: argparse.Namespace, kills: int,
            finished: int, sending_after_kill: int, elapsed: float) -> int:
    reviews: dict[str, dict[str, object]] = fake.reviews  # type: ignore[attr-defined]
    puts: Counter[str] = fake.reply_puts  # type: ignore[attr-defined]
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT external_id, text FROM reviews").fetchall()
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        outbox = dict(conn.execute("SELECT state, count(*) FROM outbox GROUP BY 1").fetchall())
    stored = Counter(ext for ext, _ in rows)
    texts = dict(rows)
    lost_reviews = sum(1 for name in reviews if name not in stored)
    duplicated = sum(n - 1 for n in stored.values() if n > 1)
    stale = sum(1 for name, r in reviews.items() if name in texts and texts[name] != r.get("comment", ""))
    twice = sum(1 for name in targets if puts[name] > 1)
    lost_replies = sum(1 for name in targets if _remote_reply(reviews[name]) != reply_text(name))
    print(f"\nchaos: {args.rounds} rounds, {kills} SIGKILLs ({finished} runs ended before their kill), "
          f"{sending_after_kill} rows caught in 'sending', {elapsed:.0f} s")
    print(f"{'reviews on the platform':32} {len(reviews):>8}")
    print(f"{'reviews stored':32} {len(rows):>8}")
    print(f"{'reviews lost':32} {lost_reviews:>8}")
    print(f"{'reviews duplicated':32} {duplicated:>8}")
    print(f"{'reviews with stale text':32} {stale:>8}")
    print(f"{'replies to send':32} {len(targets):>8}")
    print(f"{'reply PUTs received':32} {sum(puts[n] for n in targets):>8}")
    print(f"{'replies posted twice':32} {twice:>8}")
    print(f"{'replies lost':32} {lost_replies:>8}")
    print(f"{'outbox rows by state':32} {outbox}")
    print(f"{'PRAGMA integrity_check':32} {integrity:>8}")
    ok = not (lost_reviews or duplicated or stale or twice or lost_replies) and integrity == "ok" \
        and outbox.get("sent", 0) == len(targets) and len(outbox) == 1
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
