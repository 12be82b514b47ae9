"""The chaos run (bench/chaos.py) in a short form: random SIGKILLs of the worker while it
syncs and sends; nothing lost, duplicated or posted twice. The full run is 50 rounds."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import REPO_ROOT


@pytest.mark.slow
def test_random_sigkills_lose_nothing_and_post_nothing_twice() -> None:
    proc = subprocess.run(
        [sys.executable, "bench/chaos.py", "--rounds", "12", "--reviews", "400", "--replies", "48"],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=110,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
    )
    out = proc.stdout
    assert proc.returncode == 0, out + proc.stderr
    for line in ("reviews lost", "reviews duplicated", "replies posted twice", "replies lost"):
        assert any(row.startswith(line) and row.split()[-1] == "0" for row in out.splitlines()), line
    assert "PRAGMA integrity_check" in out and out.rstrip().endswith("PASS")
