"""Project checks that run with the tests: the Qt boundary, ruff and mypy on the core."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_only_ui_imports_qt() -> None:
    result = run(str(BIN / "lint-imports"), "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_clean() -> None:
    result = run(str(BIN / "ruff"), "check", "workstation", "tests", "bench", "scripts")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_mypy_clean_on_core() -> None:
    result = run(str(BIN / "mypy"), "workstation")
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_contracts_are_enforced() -> None:
    """At least the layer, Qt, "core never imports the window" and "sources/importers never
    touch the store" contracts exist and hold (a deleted contract must fail here)."""
    import tomllib

    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]["contracts"]
    assert len(contracts) >= 4
    assert {c["type"] for c in contracts} >= {"layers", "forbidden"}
    result = run(str(BIN / "lint-imports"), "--no-cache")
    assert f"Contracts: {len(contracts)} kept, 0 broken." in result.stdout, result.stdout


def test_sql_runs_only_in_the_store_package() -> None:
    """No SQL, no database connection and no importlib detour outside workstation/store."""
    import re

    sql = re.compile(r"\._conn\b|sqlite3\.connect|\.execute(many)?\(|\.(query|scalar)\(|"
                     r"\b(SELECT|INSERT INTO|DELETE FROM|UPDATE \w+ SET)\b|importlib\.import_module")
    offenders = [
        f"{path.relative_to(ROOT)}:{n}: {line.strip()}"
        for path in (ROOT / "workstation").rglob("*.py") if "store" not in path.relative_to(ROOT).parts[1:2]
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if sql.search(line)
    ]
    assert offenders == []


def test_tests_never_import_a_bare_conftest() -> None:
    """`from conftest import X` resolves to whichever folder's conftest was imported first,
    so it breaks when a slice of folders runs together; import it by its package path."""
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "tests").rglob("*.py")
        if any(line.startswith(("from conftest import", "import conftest"))
               for line in path.read_text(encoding="utf-8").splitlines())
    ]
    assert offenders == []
