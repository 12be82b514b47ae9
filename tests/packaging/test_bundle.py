"""The real frozen build: PyInstaller bundle, required files, frozen smoke/analyze/reply.

Slow (~1 min here: ~40 s build, a few seconds of checks). Skips when PyInstaller is not
installed (it is in the `build` extra) or `WORKSTATION_SKIP_BUNDLE=1`.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("ws_build", ROOT / "packaging" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
@pytest.mark.timeout(900)
@pytest.mark.skipif(os.environ.get("WORKSTATION_SKIP_BUNDLE") == "1", reason="WORKSTATION_SKIP_BUNDLE=1")
def test_frozen_app_builds_and_passes_its_checks(tmp_path: Path) -> None:
    pytest.importorskip("PyInstaller", reason="PyInstaller not installed (pip install -e '.[build]')")
    build = _load()
    # The work dir (PyInstaller's analysis cache) is kept in build/ so reruns are quicker.
    bundle = build.build("app", tmp_path / "dist", ROOT / "build" / "test-bundle")
    assert build.missing_files(bundle) == []
    assert build.dangling_links(bundle) == []
    results = build.check_app(bundle)
    for name, result in results.items():
        assert result.ok, f"{name}: {result.summary()}\n{result.output[-3000:]}"
    if sys.platform != "win32":
        assert "smoke-test ok" in results["smoke"].output
