"""Frozen-build benchmark: bundle size and start time beside a frozen PySide6 hello-window.

    python bench/bundle.py [--runs 5] [--dist DIR] [--work DIR]

Builds both bundles in the same run with the same excludes and binary policy
(packaging/freeze_config.py), checks the frozen app (smoke test offscreen, analyze,
reply suggest, required files, no library linked to a dropped Qt part), then times
`--smoke-test` starts offscreen (medians of --runs after a warm-up): from spawn to the
window showing rows, and from spawn to exit. Goals: size ≤ 1.6× and start ≤ 1.5× the peer.
Exit status 1 when a check fails; the goals are reported, not enforced.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
SIZE_GOAL, START_GOAL = 1.6, 1.5


def load_build() -> ModuleType:
    """packaging/build.py by path (`packaging` is not a package: it would shadow PyPI's)."""
    spec = importlib.util.spec_from_file_location("ws_build", ROOT / "packaging" / "build.py")
    if spec is None or spec.loader is None:
        raise ImportError("packaging/build.py not found")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up while building it
    spec.loader.exec_module(module)
    return module


def timed_start(build: ModuleType, exe: Path, args: list[str], data_dir: Path) -> tuple[float, float, str]:
    """One smoke-test start: seconds from spawn to the `smoke-test ok` line (the window
    shows rows), seconds from spawn to exit, and that line."""
    started = time.perf_counter()
    with subprocess.Popen([str(exe), *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                          stdin=subprocess.DEVNULL, text=True, env=build.frozen_env(data_dir)) as proc:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        shown = time.perf_counter() - started
        proc.stdout.read()
        code = proc.wait(timeout=120)
    ended = time.perf_counter() - started
    if code != 0 or "smoke-test ok" not in line:
        raise RuntimeError(f"{exe.name} smoke test failed: exit {code}, first line {line!r}")
    return shown, ended, line.strip()


def median_start(build: ModuleType, bundle: Path, args: list[str], runs: int) -> tuple[float, float, str]:
    """Medians over `runs` starts (after one untimed warm-up start): to rows, to exit."""
    exe = build.executable(bundle)
    with tempfile.TemporaryDirectory(prefix="ws-bench-") as tmp:
        timed_start(build, exe, args, Path(tmp))  # warm-up: builds the demo inbox once
        runs_ = [timed_start(build, exe, args, Path(tmp)) for _ in range(runs)]
    return statistics.median(r[0] for r in runs_), statistics.median(r[1] for r in runs_), runs_[-1][2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    args = parser.parse_args(argv)
    build = load_build()

    built: dict[str, tuple[Path, float]] = {}
    for target in ("app", "hello"):
        started = time.perf_counter()
        bundle = build.build(target, args.dist, args.work)
        built[target] = (bundle, time.perf_counter() - started)
    app, hello = built["app"][0], built["hello"][0]

    failures = [f"missing from the bundle: {name}" for name in build.missing_files(app)]
    failures += build.dangling_links(app) + build.dangling_links(hello)
    for name, result in build.check_app(app).items():
        print(f"check {name:8} {'ok' if result.ok else 'FAIL'}  {result.summary()}")
        if not result.ok:
            failures.append(f"{name}: {result.output[-2000:]}")
    if failures:
        print("\n".join(failures), file=sys.stderr)
        return 1

    app_shown, app_start, app_line = median_start(build, app, ["--smoke-test", "--demo"], args.runs)
    hello_shown, hello_start, _ = median_start(build, hello, ["--smoke-test"], args.runs)
    app_size, hello_size = build.folder_size(app), build.folder_size(hello)
    size_ratio, start_ratio = app_size / hello_size, app_start / hello_start
    shown_ratio = app_shown / hello_shown

    print(f"\nfrozen app says: {app_line}")
    print(f"{'':14}{'app':>10}{'hello':>10}{'ratio':>8}{'goal':>7}")
    print(f"{'build (s)':14}{built['app'][1]:>10.0f}{built['hello'][1]:>10.0f}")
    print(f"{'size (MB)':14}{app_size / 1e6:>10.1f}{hello_size / 1e6:>10.1f}"
          f"{size_ratio:>8.2f}{SIZE_GOAL:>7.1f}  {'met' if size_ratio <= SIZE_GOAL else 'MISSED'}")
    print(f"{'window (s)':14}{app_shown:>10.3f}{hello_shown:>10.3f}"
          f"{shown_ratio:>8.2f}{START_GOAL:>7.1f}  {'met' if shown_ratio <= START_GOAL else 'MISSED'}")
    print(f"{'start (s)':14}{app_start:>10.3f}{hello_start:>10.3f}"
          f"{start_ratio:>8.2f}{START_GOAL:>7.1f}  {'met' if start_ratio <= START_GOAL else 'MISSED'}")
    print(f"(median of {args.runs} offscreen `--smoke-test` runs after a warm-up; app adds `--demo`;"
          " window = spawn to the window showing rows, start = spawn to exit)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
