"""Frozen-build benchmark: bundle size and start time beside a frozen PySide6 hello-window.

    python bench/bundle.py [--runs 5] [--dist DIR] [--work DIR]

Builds both bundles in the same run with the same excludes and binary policy
(packaging/freeze_config.py), checks the frozen app (smoke test offscreen, analyze,
reply suggest, required files), then times `--smoke-test` starts (median of --runs;
wall time from spawn to exit, offscreen). Goals: size ≤ 1.6× and start ≤ 1.5× the peer.
Exit status 1 when a check fails; the goals are reported, not enforced.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
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


def median_start(build: ModuleType, bundle: Path, args: list[str], runs: int) -> tuple[float, str]:
    """Median wall time of `runs` smoke-test starts; the last output line for the table."""
    times, last = [], ""
    with tempfile.TemporaryDirectory(prefix="ws-bench-") as tmp:
        for _ in range(runs):
            result = build.run_frozen(
                build.executable(bundle), args, data_dir=Path(tmp), expect="smoke-test ok"
            )
            if not result.ok:
                raise RuntimeError(f"{bundle.name} smoke test failed: {result.summary()}\n{result.output}")
            times.append(result.seconds)
            last = next((ln for ln in result.output.splitlines() if "smoke-test ok" in ln), "")
    return statistics.median(times), last


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
    for name, result in build.check_app(app).items():
        print(f"check {name:8} {'ok' if result.ok else 'FAIL'}  {result.summary()}")
        if not result.ok:
            failures.append(f"{name}: {result.output[-2000:]}")
    if failures:
        print("\n".join(failures), file=sys.stderr)
        return 1

    app_start, app_line = median_start(build, app, ["--smoke-test", "--demo"], args.runs)
    hello_start, _ = median_start(build, hello, ["--smoke-test"], args.runs)
    app_size, hello_size = build.folder_size(app), build.folder_size(hello)
    size_ratio, start_ratio = app_size / hello_size, app_start / hello_start

    print(f"\nfrozen app says: {app_line}")
    print(f"{'':14}{'app':>10}{'hello':>10}{'ratio':>8}{'goal':>7}")
    print(f"{'build (s)':14}{built['app'][1]:>10.0f}{built['hello'][1]:>10.0f}")
    print(f"{'size (MB)':14}{app_size / 1e6:>10.1f}{hello_size / 1e6:>10.1f}"
          f"{size_ratio:>8.2f}{SIZE_GOAL:>7.1f}  {'met' if size_ratio <= SIZE_GOAL else 'MISSED'}")
    print(f"{'start (s)':14}{app_start:>10.3f}{hello_start:>10.3f}"
          f"{start_ratio:>8.2f}{START_GOAL:>7.1f}  {'met' if start_ratio <= START_GOAL else 'MISSED'}")
    print(f"(median of {args.runs} offscreen `--smoke-test` runs; app adds `--demo`)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
