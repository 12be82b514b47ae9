"""Team mode's "Done when", run from outside with the real `workstation` commands.

Two desktops are two data folders, each with its own keychain (a file keyring, so no real
keychain is touched), talking to one PostgreSQL server (a throwaway cluster, or `--store URL`
for a server of your own) and to a loopback fake Google Business Profile:

1. both import overlapping review files at the same time → every review stored once;
2. desktop A adds a 1,234-review source (its secret in A's keychain), B is given the same
   credentials, and both sync it at the same time → every review stored once;
3. both queue replies to the same 40 reviews at the same time → 40 queued, 40 refused;
4. four senders (two per desktop) drain the shared outbox; the one that is posting a chosen
   review is SIGKILLed after the platform took the reply and before it heard back; a later
   `outbox send` finishes → every review has exactly one reply on the platform.

    python bench/team_done_when.py [--store postgresql://user:pw@host/db] [--file-reviews 30000]

`--file-reviews` makes step 1's files larger (the same overlap: the first file holds the first
800/1,234 of the reviews, the second from 400/1,234 on); from 10,000 reviews a team import
stores a file in two parts side by side (`store/postgres/reviews.py`).

Prints one line per step and exits 1 if any count is off. The review texts are synthetic.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.fakes.google_business import HoldingGoogleBusiness  # noqa: E402

SOURCE_REVIEWS = 1234
FILE_REVIEWS = 1234  # two files: rows 0–799 and 400–1233
REPLIED = 40


class Desktop:
    """One data folder with its own keychain, running `workstation` as a user would."""

    def __init__(self, name: str, folder: Path, store: str) -> None:
        self.name, self.folder, self.store = name, folder, store
        folder.mkdir(parents=True, exist_ok=True)
        self.env = dict(os.environ, PYTHONPATH=str(REPO), WORKSTATION_DATA_DIR=str(folder),
                        PYTHON_KEYRING_BACKEND="tests.sync.file_keyring.FileKeyring",
                        WORKSTATION_TEST_KEYRING=str(folder / "keyring.json"),
                        WORKSTATION_LOG_DIR=str(folder / "logs"))
        self.env.pop("WORKSTATION_STORE", None)

    def start(self, *args: str) -> subprocess.Popen[str]:
        return subprocess.Popen([sys.executable, "-m", "workstation", *args, "--store", self.store],
                                env=self.env, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        process = self.start(*args)
        out, err = process.communicate(timeout=600)
        return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def _together(*processes: subprocess.Popen[str]) -> list[subprocess.CompletedProcess[str]]:
    done = []
    for process in processes:
        out, err = process.communicate(timeout=600)
        done.append(subprocess.CompletedProcess(process.args, process.returncode, out, err))
    return done


def _write_csv(path: Path, rows: range, start: datetime) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "date", "rating", "author", "text"])
        for i in rows:
            writer.writerow([f"f{i:05d}", (start + timedelta(minutes=i)).date().isoformat(), 1 + i % 5,
                             f"Client {i % 89}", f"Avis numéro {i} : service {'lent' if i % 3 else 'rapide'}"])
    return path


def _count(desktop: Desktop, *filters: str) -> int:
    listed = desktop.run("review", "list", *filters, "--json")
    if listed.returncode != 0:
        raise SystemExit(f"review list failed: {listed.stderr.strip()}")
    return len(json.loads(listed.stdout))


@contextlib.contextmanager
def _server(url: str | None) -> Iterator[str]:
    if url:
        yield url
        return
    from tests.team.cluster import throwaway_cluster

    with throwaway_cluster() as cluster:
        cluster.create_database("done_when")
        yield cluster.url("done_when")


def _check(label: str, ok: bool, detail: str, failures: list[str]) -> None:
    print(f"{'OK  ' if ok else 'FAIL'} {label}: {detail}", flush=True)
    if not ok:
        failures.append(label)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", help="postgresql://… of an empty database (default: a throwaway cluster)")
    parser.add_argument("--file-reviews", type=int, default=FILE_REVIEWS,
                        help="distinct reviews in step 1's two overlapping files (default 1234)")
    args = parser.parse_args()
    total = args.file_reviews
    failures: list[str] = []
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="team-done-when-") as tmp, _server(args.store) as url:
        root = Path(tmp)
        a, b = Desktop("A", root / "desktop-a", url), Desktop("B", root / "desktop-b", url)
        now = datetime.now(UTC)

        # 1. Overlapping imports at the same time.
        first = _write_csv(root / "a.csv", range(0, total * 800 // FILE_REVIEWS), now - timedelta(days=3))
        second = _write_csv(root / "b.csv", range(total * 400 // FILE_REVIEWS, total), now - timedelta(days=3))
        imports = _together(
            a.start("import", str(first), "--platform", "google_business", "--location", "Lyon", "--tz", "UTC"),
            b.start("import", str(second), "--platform", "google_business", "--location", "Lyon", "--tz", "UTC"))
        stored = _count(a, "--search", "numéro")
        _check("two imports of overlapping files, at once",
               all(p.returncode == 0 for p in imports) and stored == total,
               f"{stored} reviews stored of {total} distinct (exit {[p.returncode for p in imports]}; "
               + " / ".join(p.stdout.strip().splitlines()[-1] if p.stdout.strip() else p.stderr.strip()
                            for p in imports) + ")", failures)

        # 2. One source of 1,234 reviews, synced by both at the same time.
        fake = HoldingGoogleBusiness()
        parent = fake.add_location("1001", "2002", "Boulangerie du Port")
        fake.populate(parent, SOURCE_REVIEWS, start=now - timedelta(days=2))
        creds = root / "token.json"
        creds.write_text(json.dumps({"access_token": fake.issue_token()}), encoding="utf-8")
        with fake.serve() as platform:
            added = a.run("source", "add", "--platform", "google_business", "--name", "Port", "--base-url",
                          platform.url, "--credentials", str(creds), "--setting", "reread_days=0")
            if added.returncode != 0:
                raise SystemExit(f"source add failed: {added.stderr.strip()}")
            source_id = added.stdout.strip()
            given = b.run("source", "credentials", "--source", source_id, "--credentials", str(creds))
            if given.returncode != 0:
                raise SystemExit(f"source credentials failed: {given.stderr.strip()}")
            syncs = _together(a.start("sync", "--source", source_id), b.start("sync", "--source", source_id))
            # A desktop told "another computer is syncing" runs again, as its scheduler would.
            again = [b.run("sync", "--source", source_id) for p in syncs if p.returncode != 0][:1]
            in_source = _count(a, "--source", source_id)
            _check("two syncs of the same 1,234-review source, at once",
                   in_source == SOURCE_REVIEWS and all(p.returncode == 0 for p in again),
                   f"{in_source} reviews stored; " + " / ".join(p.stdout.strip() for p in syncs + again), failures)

            # 3. Both desktops queue replies to the same 40 reviews.
            listed = json.loads(a.run("review", "list", "--source", source_id, "--json").stdout)
            targets = [r for r in listed if r["reply_state"] == "none"][:REPLIED]
            by_id = {int(r["id"]): str(r["external_id"]) for r in targets}

            def queue_all(desktop: Desktop, author: str) -> list[int]:
                codes = []
                for review_id in by_id:
                    done = desktop.run("reply", "queue", "--review", str(review_id), "--text",
                                       f"Merci pour votre avis ({author}).", "--as", author)
                    codes.append(done.returncode)
                return codes

            results: dict[str, list[int]] = {}
            workers = [threading.Thread(target=lambda d=d, n=n: results.__setitem__(n, queue_all(d, n)))
                       for d, n in ((a, "Camille"), (b, "Anne"))]
            for worker in workers:
                worker.start()
            for worker in workers:
                worker.join()
            queued = sum(code == 0 for codes in results.values() for code in codes)
            refused = sum(code == 2 for codes in results.values() for code in codes)
            _check("two desktops queue replies to the same 40 reviews", queued == REPLIED and refused == REPLIED,
                   f"{queued} queued, {refused} refused as already queued by the other", failures)

            # 4. Four senders; the one posting the held review is killed mid-send.
            names = {ext: ext if ext.startswith("accounts/") else f"{parent}/reviews/{ext}" for ext in by_id.values()}
            held = fake.hold = names[next(iter(by_id.values()))]
            senders = [d.start("outbox", "send") for d in (a, a, b, b)]
            deadline = time.monotonic() + 120
            while fake.reply_puts[held] == 0 and time.monotonic() < deadline:
                time.sleep(0.01)
            victim = _holder(url, next(iter(by_id)), senders)
            if victim is not None:
                os.kill(victim.pid, signal.SIGKILL)
                victim.wait(30)
            fake.released.set()
            fake.hold = None
            survivors = _together(*(s for s in senders if s is not victim))
            later = a.run("outbox", "send")  # the next scheduled send, on any desktop
            puts = [fake.reply_puts[name] for name in names.values()]
            _check("four senders, one SIGKILLed mid-send, then a later send",
                   victim is not None and puts.count(1) == REPLIED,
                   f"killed pid {victim.pid if victim else '—'}; replies per review on the platform: "
                   f"{puts.count(1)} exactly one, {sum(p == 0 for p in puts)} none, {sum(p > 1 for p in puts)} more "
                   f"than one; senders said: " + " / ".join(s.stdout.strip().replace('\n', ' ')
                                                            for s in [*survivors, later]), failures)
    print(f"{'all steps passed' if not failures else 'FAILED: ' + ', '.join(failures)} "
          f"in {time.monotonic() - started:.0f} s")
    return 1 if failures else 0


def _holder(url: str, review_id: int, senders: list[subprocess.Popen[str]]) -> subprocess.Popen[str] | None:
    """The sender process whose claim holds `review_id`'s outbox row (its origin ends with its pid)."""
    import psycopg

    with psycopg.connect(url) as conn:
        row = conn.execute("SELECT claimed_by FROM outbox WHERE review_id = %s", (review_id,)).fetchone()
    claimed = str(row[0]) if row and row[0] else ""
    return next((s for s in senders if claimed.endswith(f":{s.pid}")), None)


if __name__ == "__main__":
    raise SystemExit(main())
