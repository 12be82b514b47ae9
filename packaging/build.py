"""Build the frozen app for the current OS, check its contents, and smoke-test it.

    python packaging/build.py                  # dist/workstation (+ .app on macOS)
    python packaging/build.py --smoke          # … then run the frozen smoke test
    python packaging/build.py --target hello   # the bench's peer window

Used by bench/bundle.py, tests/packaging/test_bundle.py and the CI workflow, so the
bundle is built and judged the same way everywhere.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import freeze_config  # noqa: E402

REPO_ROOT = freeze_config.REPO_ROOT
SPECS = {"app": HERE / "workstation.spec", "hello": HERE / "hello.spec"}
BUNDLE_NAMES = {"app": freeze_config.APP_NAME, "hello": "hello"}
EXIT_BUILD, EXIT_CONTENTS, EXIT_SMOKE = 3, 4, 5


class BuildError(RuntimeError):
    """PyInstaller failed; the message ends with the tail of its output."""


@dataclass(frozen=True)
class RunResult:
    """One run of a frozen executable."""

    ok: bool
    returncode: int | None  # None when it timed out
    seconds: float  # wall time from spawn to exit
    output: str  # stdout + stderr

    def summary(self) -> str:
        last = self.output.strip().splitlines()[-1:] or ["(no output)"]
        return f"exit {self.returncode}, {self.seconds:.2f} s: {last[0]}"


def build(
    target: str = "app",
    dist: Path = REPO_ROOT / "dist",
    work: Path = REPO_ROOT / "build",
    *,
    clean: bool = False,
    timeout: float = 1800,
) -> Path:
    """Run PyInstaller on the target's spec; returns the onedir bundle folder."""
    if target not in SPECS:
        raise ValueError(f"unknown target {target!r} (choose from {', '.join(SPECS)})")
    cmd = [
        sys.executable, "-m", "PyInstaller", str(SPECS[target]), "--noconfirm",
        "--distpath", str(dist), "--workpath", str(work / target), "--log-level", "WARN",
    ]
    if clean:
        cmd.append("--clean")
    try:
        done = subprocess.run(cmd, cwd=REPO_ROOT, capture_output=True, text=True, timeout=timeout)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise BuildError(f"PyInstaller did not finish: {exc}") from exc
    if done.returncode != 0:
        tail = "\n".join((done.stdout + done.stderr).splitlines()[-40:])
        raise BuildError(f"PyInstaller failed (exit {done.returncode}):\n{tail}")
    bundle = dist / BUNDLE_NAMES[target]
    if not executable(bundle).exists():
        raise BuildError(f"PyInstaller succeeded but {executable(bundle)} is missing")
    return bundle


def executable(bundle: Path) -> Path:
    """The launcher inside a onedir bundle folder."""
    return bundle / (bundle.name + (".exe" if sys.platform == "win32" else ""))


def contents_dir(bundle: Path) -> Path:
    """Where PyInstaller ≥ 6 puts libraries and data (`_internal`), or the bundle itself."""
    internal = bundle / "_internal"
    return internal if internal.is_dir() else bundle


def missing_files(bundle: Path, required: tuple[str, ...] = freeze_config.REQUIRED_FILES) -> list[str]:
    """Required files (bundle-relative) that the build did not collect."""
    root = contents_dir(bundle)
    return [name for name in required if not (root / name).is_file()]


def dangling_links(bundle: Path) -> list[str]:
    """Libraries in the bundle that need one of the Qt parts the build drops (ELF only:
    checked on Linux; the dropped set is the same on every OS)."""
    root = contents_dir(bundle)
    problems = []
    for path in sorted(root.rglob("*.so*")):
        if path.is_file() and not path.is_symlink():
            for needed in freeze_config.needed_libraries(path):
                if not freeze_config.keep_binary(f"x/{needed}"):
                    problems.append(f"{path.relative_to(root)} needs the dropped {needed}")
    return problems


def folder_size(path: Path) -> int:
    """Bytes on disk of every regular file below `path` (symlinks not followed)."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def frozen_env(data_dir: Path) -> dict[str, str]:
    """Environment for a frozen run: offscreen Qt, a throwaway data dir, no real keychain."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["WORKSTATION_DATA_DIR"] = str(data_dir)
    env.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    return env


def run_frozen(
    exe: Path, args: list[str], *, data_dir: Path, expect: str = "", timeout: float = 120
) -> RunResult:
    """Run a frozen executable; ok = exit 0 and `expect` in its output."""
    started = time.perf_counter()
    try:
        done = subprocess.run(
            [str(exe), *args], capture_output=True, text=True, encoding="utf-8", errors="replace",
            timeout=timeout, env=frozen_env(data_dir), stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired as exc:
        out = (exc.stdout or b"").decode("utf-8", "replace") if isinstance(exc.stdout, bytes) else (exc.stdout or "")
        return RunResult(False, None, time.perf_counter() - started, out + "\n(timed out)")
    seconds = time.perf_counter() - started
    output = done.stdout + done.stderr
    return RunResult(done.returncode == 0 and expect in output, done.returncode, seconds, output)


# Two short reviews exercising language id, spaCy tokenisation and the analysis rules.
_SAMPLE_CSV = (
    "id,text,stars\n"
    '1,"The room was dirty and the staff were rude. Never again.",1\n'
    '2,"Chambre propre, personnel adorable, merci beaucoup !",5\n'
)
_SAMPLE_REVIEW = '{"text": "Chambre sale et personnel désagréable", "stars": 1, "lang": "fr"}'


def macos_app(bundle: Path) -> Path:
    """The `.app` PyInstaller builds beside the onedir folder on macOS."""
    return bundle.parent / f"{freeze_config.DISPLAY_NAME}.app"


def check_app(bundle: Path, exe: Path | None = None, *, timeout: float = 120) -> dict[str, RunResult]:
    """The frozen app's checks: the GUI smoke test, then the analysis and reply resources.

    The smoke test exits once the inbox shows rows, before background analysis starts,
    so `analyze` and `reply suggest` prove that spaCy, py3langid and both resource
    lookups work inside the bundle. On Windows the windowed exe has no stdout: its smoke
    test is judged by exit code, and the console twin (`workstation-cli.exe`) repeats it
    with output and runs the subcommands.
    """
    gui = exe or executable(bundle)
    cli_twin = gui.with_name(freeze_config.CLI_NAME + ".exe")
    cli = cli_twin if cli_twin.exists() else gui
    with tempfile.TemporaryDirectory(prefix="ws-frozen-") as tmp:
        folder = Path(tmp)
        (folder / "in.csv").write_text(_SAMPLE_CSV, encoding="utf-8")
        (folder / "review.json").write_text(_SAMPLE_REVIEW, encoding="utf-8")
        smoke = ["--smoke-test", "--demo"]
        runs: dict[str, tuple[Path, list[str], str]] = {
            "smoke": (gui, smoke, "" if cli is not gui else "smoke-test ok"),
            "analyze": (cli, ["analyze", "--in", str(folder / "in.csv"), "--out", str(folder / "out.csv")], ""),
            "reply": (cli, ["reply", "suggest", "--review-file", str(folder / "review.json")], "template_id"),
        }
        if cli is not gui:
            runs["smoke-cli"] = (cli, smoke, "smoke-test ok")
        results = {
            name: run_frozen(path, args, data_dir=folder / "data", expect=expect, timeout=timeout)
            for name, (path, args, expect) in runs.items()
        }
        out = folder / "out.csv"
        scored = out.read_text(encoding="utf-8") if out.exists() else ""
        if results["analyze"].ok and not ("\n1,en," in scored and "\n2,fr," in scored):
            old = results["analyze"]
            results["analyze"] = RunResult(False, old.returncode, old.seconds, old.output + "\n" + scored)
    return results


def _report(label: str, results: dict[str, RunResult]) -> bool:
    for name, result in results.items():
        print(f"{label} {name:9} {'ok ' if result.ok else 'FAIL'} {result.summary()}")
        if not result.ok:
            print(result.output, file=sys.stderr)
    return all(r.ok for r in results.values())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--target", choices=sorted(SPECS), default="app")
    parser.add_argument("--dist", type=Path, default=REPO_ROOT / "dist")
    parser.add_argument("--work", type=Path, default=REPO_ROOT / "build")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--smoke", action="store_true", help="run the frozen checks after building")
    parser.add_argument("--no-build", action="store_true", help="check an existing bundle only")
    args = parser.parse_args(argv)

    bundle = args.dist / BUNDLE_NAMES[args.target]
    if not args.no_build:
        started = time.perf_counter()
        try:
            bundle = build(args.target, args.dist, args.work, clean=args.clean)
        except BuildError as exc:
            print(exc, file=sys.stderr)
            return EXIT_BUILD
        print(f"built {bundle} in {time.perf_counter() - started:.0f} s "
              f"({folder_size(bundle) / 1e6:.0f} MB)")
    problems = dangling_links(bundle)
    if args.target == "app":
        problems += [f"missing from the bundle: {name}" for name in missing_files(bundle)]
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return EXIT_CONTENTS
    if args.smoke and args.target == "app":
        passed = _report("onedir", check_app(bundle))
        app = macos_app(bundle)
        if sys.platform == "darwin" and app.exists():  # the .app lays files out differently
            exe = app / "Contents" / "MacOS" / freeze_config.APP_NAME
            passed = _report(".app  ", check_app(bundle, exe)) and passed
        if not passed:
            return EXIT_SMOKE
    return 0


if __name__ == "__main__":
    sys.exit(main())
