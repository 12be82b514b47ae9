"""Sync benchmark: 10,000 reviews from the loopback fake Google Business server (50 per
page, as the real API), stored through `sync_source`, beside a peer measured in the same run.

    python bench/sync.py --reviews 10000

The fake runs in its own process (`python -m tests.fakes.serve`), and each measurement
runs in a fresh worker process so its peak RSS (VmHWM) is its own. Peers: the bare
connector fetch of the same pages without storing (network + JSON parsing), and a raw
sqlite3 `executemany` of the same records into the same schema (storage alone).
Event-loop stall: the longest gap seen by a 10 ms ticker running beside the sync.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def _peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


class _StallMeter:
    """Measures the longest time the loop could not run a 10 ms ticker."""

    def __init__(self) -> None:
        self.worst = 0.0
        self._task: asyncio.Task[None] | None = None

    async def _tick(self) -> None:
        last = time.perf_counter()
        while True:
            await asyncio.sleep(0.01)
            now = time.perf_counter()
            self.worst = max(self.worst, now - last - 0.01)
            last = now

    def __enter__(self) -> _StallMeter:
        self._task = asyncio.get_running_loop().create_task(self._tick())
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._task is not None
        self._task.cancel()


def _connector(info: dict[str, Any]) -> Any:
    from workstation.sources.base import Credentials, SourceConfig
    from workstation.sources.registry import make_connector

    config = SourceConfig("google_business", "Bench", base_url=info["url"], settings={"reread_days": "0"})
    return make_connector(config, Credentials(info["credentials"]))


async def _fetch_only(info: dict[str, Any]) -> dict[str, float]:
    conn = _connector(info)
    start = time.perf_counter()
    n = 0
    with _StallMeter() as meter:
        try:
            async for page in conn.fetch(None):
                n += len(page.records)
        finally:
            await conn.aclose()
    return {"reviews": n, "seconds": time.perf_counter() - start, "stall_ms": meter.worst * 1000}


async def _sync(info: dict[str, Any], db: Path) -> dict[str, float]:
    from workstation.store.db import Store
    from workstation.store.sync_state import add_source
    from workstation.sync import sync_source

    with Store(db) as store:
        sid = add_source(store, platform="google_business", name="Bench", base_url=info["url"])
        conn = _connector(info)
        start = time.perf_counter()
        with _StallMeter() as meter:
            try:
                result = await sync_source(store, sid, connector=conn)
            finally:
                await conn.aclose()
        seconds = time.perf_counter() - start
        stored = store.scalar("SELECT count(*) FROM reviews WHERE source_id = ?", (sid,))
    if result.error:
        raise SystemExit(f"sync failed: {result.error}")
    return {"reviews": stored, "seconds": seconds, "stall_ms": meter.worst * 1000}


async def _raw_insert(info: dict[str, Any], db: Path) -> dict[str, float]:
    """Fetch everything first (not timed), then time one executemany of the same rows."""
    from workstation.domain import to_iso, utcnow
    from workstation.store.db import Store
    from workstation.store.sync_state import add_source

    conn = _connector(info)
    records = []
    try:
        async for page in conn.fetch(None):
            records += page.records
    finally:
        await conn.aclose()
    with Store(db) as store:
        sid = add_source(store, platform="google_business", name="Bench", base_url=info["url"])
        stamp = to_iso(utcnow())
        rows = [(sid, r.key(), r.author, r.stars, r.title, r.text, r.lang, r.url, to_iso(r.created_at),
                 to_iso(r.updated_at), stamp, stamp) for r in records]
        start = time.perf_counter()
        with store.transaction() as c:
            c.executemany(
                "INSERT INTO reviews (source_id, external_id, author, stars, title, text, lang, url, created_at, "
                "updated_at, first_seen_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        seconds = time.perf_counter() - start
    return {"reviews": len(rows), "seconds": seconds, "stall_ms": float("nan")}


def worker(mode: str, info_json: str, db: str) -> None:
    info = json.loads(info_json)
    if mode == "fetch":
        out = asyncio.run(_fetch_only(info))
    elif mode == "sync":
        out = asyncio.run(_sync(info, Path(db)))
    else:
        out = asyncio.run(_raw_insert(info, Path(db)))
    out["rss_mb"] = _peak_rss_mb()
    print(json.dumps(out), flush=True)


def _run_worker(mode: str, info: dict[str, Any], db: Path) -> dict[str, float]:
    proc = subprocess.run(
        [sys.executable, __file__, "--worker", mode, "--info", json.dumps(info), "--db", str(db)],
        capture_output=True, text=True, cwd=REPO, check=False,
    )
    if proc.returncode != 0:
        raise SystemExit(f"worker {mode} failed:\n{proc.stderr}")
    result: dict[str, float] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--reviews", type=int, default=10_000)
    parser.add_argument("--worker", choices=["fetch", "sync", "raw"])
    parser.add_argument("--info")
    parser.add_argument("--db")
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.info, args.db)
        return 0
    fake = subprocess.Popen(
        [sys.executable, "-m", "tests.fakes.serve", "google_business", "--reviews", str(args.reviews)],
        cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert fake.stdout is not None
        info = json.loads(fake.stdout.readline())
        with tempfile.TemporaryDirectory() as tmp:
            fetch = _run_worker("fetch", info, Path(tmp) / "unused.sqlite3")
            sync = _run_worker("sync", info, Path(tmp) / "sync.sqlite3")
            raw = _run_worker("raw", info, Path(tmp) / "raw.sqlite3")
    finally:
        if fake.stdin:
            fake.stdin.close()
        fake.wait(timeout=10)
    if sync["reviews"] != args.reviews:
        raise SystemExit(f"stored {sync['reviews']} reviews, expected {args.reviews}")

    def rate(m: dict[str, float]) -> float:
        return m["reviews"] / m["seconds"]

    print(f"\nsync benchmark: {args.reviews:,} reviews from the loopback fake Google server, 50 per page\n")
    print(f"{'measure':44} {'ours (sync)':>12} {'peer':>12} {'ratio':>7}  goal")
    print(f"{'reviews/s, fetch + store vs fetch only':44} {rate(sync):12,.0f} {rate(fetch):12,.0f} "
          f"{rate(sync) / rate(fetch):7.2f}  ≥ 1,000/s stored")
    print(f"{'seconds for all reviews':44} {sync['seconds']:12.2f} {fetch['seconds']:12.2f} "
          f"{sync['seconds'] / fetch['seconds']:7.2f}")
    print(f"{'storage only: reviews/s (peer: raw executemany)':44} "
          f"{'—':>12} {rate(raw):12,.0f} {'':>7}  (sync's store share is the gap above)")
    print(f"{'peak RSS, MB (worker process)':44} {sync['rss_mb']:12.1f} {fetch['rss_mb']:12.1f} "
          f"{sync['rss_mb'] / fetch['rss_mb']:7.2f}  flat")
    print(f"{'max event-loop stall, ms':44} {sync['stall_ms']:12.1f} {fetch['stall_ms']:12.1f} "
          f"{'':>7}  ≤ 100 ms")
    ok = rate(sync) >= 1000 and sync["stall_ms"] <= 100
    print(f"\n{'PASS' if ok else 'FAIL'}: {rate(sync):,.0f} reviews/s stored, stall {sync['stall_ms']:.0f} ms")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
