"""The standalone fake runner starts a real process and serves a connector."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.sources.conftest import collect, run
from workstation.sources.base import Credentials, SourceConfig
from workstation.sources.registry import make_connector

REPO = Path(__file__).resolve().parents[2]


def test_standalone_fake_serves_the_connector() -> None:
    proc = subprocess.Popen([sys.executable, "-m", "tests.fakes.serve", "google_business", "--reviews", "120"],
                            cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        info = json.loads(proc.stdout.readline())

        async def go() -> int:
            conn = make_connector(SourceConfig(info["platform"], "x", base_url=info["url"], settings=info["settings"]),
                                  Credentials(info["credentials"]))
            try:
                return sum(len(p.records) for p in await collect(conn.fetch(None)))
            finally:
                await conn.aclose()

        assert run(go()) == 120
    finally:
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.close()
        assert proc.wait(timeout=60) == 0
        proc.stdout.close()
