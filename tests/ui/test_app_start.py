"""Starting and ending the real app process: what loads before the first paint, and a
fast exit that still releases the database, the single-instance socket and the log."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from workstation import cli, paths
from workstation.__main__ import COMMAND_NAMES


def test_entry_point_knows_every_cli_command() -> None:
    assert set(cli.COMMANDS) == COMMAND_NAMES


def _isolated_env(tmp_path: Path) -> dict[str, str]:
    """Offscreen Qt, and user folders (settings, logs) inside the test's folder."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"))
    env.pop("WORKSTATION_LOG_DIR", None)  # the platform's log folder, below these XDG folders
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
        env[name] = str(tmp_path / name.lower())
    Path(env["XDG_RUNTIME_DIR"]).mkdir(mode=0o700)
    env["TMPDIR"] = str(tmp_path / "tmp")  # where QLocalServer puts its socket file on Unix
    Path(env["TMPDIR"]).mkdir()
    return env


def test_gui_start_does_not_load_cli_sync_or_analysis_modules(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from workstation import app\n"
        "from workstation.ui import main_window\n"
        "eager = ('asyncio', 'qasync', 'workstation.cli', 'workstation.store.ingest', 'spacy', 'httpx')\n"
        "print(sorted(m for m in eager if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env=_isolated_env(tmp_path), check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.slow
@pytest.mark.gui  # starts the real window in a subprocess
def test_fast_exit_releases_instance_and_keeps_the_log(tmp_path: Path) -> None:
    env = _isolated_env(tmp_path)
    data = tmp_path / "data"
    command = [sys.executable, "-m", "workstation", "--data-dir", str(data), "--smoke-test", "--demo"]
    for _ in range(2):  # the second start reuses the demo database the first one closed
        run = subprocess.run(command, capture_output=True, text=True, timeout=120, env=env)
        assert run.returncode == 0, run.stderr
        assert "smoke-test ok" in run.stdout
        assert "already running" not in run.stdout
    assert not list((tmp_path / "tmp").glob("review-workstation-*")), "single-instance socket left behind"
    db = paths.db_path(data, demo=True)
    assert db.exists()
    assert not Path(f"{db}-wal").exists() or Path(f"{db}-wal").stat().st_size == 0  # closed: WAL checkpointed
    logs = list(tmp_path.rglob("workstation.log"))
    assert logs, "the log file was not created in the user log folder"


@pytest.mark.gui  # a QApplication in a subprocess
def test_settings_saved_before_the_fast_exit_reach_the_disk(tmp_path: Path) -> None:
    """The window saves its geometry through short-lived QSettings objects (each writes its
    file when it goes away); the app's long-lived preferences, kept alive by a reference
    cycle, are written by shut_down. The fast exit must lose neither."""
    code = (
        "from PySide6.QtWidgets import QApplication\n"
        "from workstation import app\n"
        "from workstation.ui.main_window import ui_settings\n"
        "qt = QApplication([])\n"
        "ui_settings().setValue('window/probe', 'kept')\n"
        "prefs = ui_settings()\n"
        "cycle = [prefs]; cycle.append(cycle)  # as the window's slots hold it\n"
        "prefs.setValue('language', 'fr')\n"
        "class Closable:\n"
        "    def close(self): pass\n"
        "app.shut_down(Closable(), Closable(), prefs)\n"
        "app.exit_now(0)\n"
    )
    env = _isolated_env(tmp_path)
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert run.returncode == 0, run.stderr
    ini = list(Path(env["XDG_CONFIG_HOME"]).rglob("*.ini"))
    assert ini, "no settings file written"
    text = ini[0].read_text(encoding="utf-8")
    assert "probe=kept" in text and "language=fr" in text


@pytest.mark.slow
def test_quitting_during_a_big_analysis_ends_the_process_promptly(tmp_path: Path) -> None:
    """Quit while the background analysis runs: the app's shutdown asks it to stop between
    batches and the process ends at once (it used to wait up to 30 s for the job); the
    finished batches are kept for the next start."""
    from datetime import UTC, datetime, timedelta

    from workstation.analysis.model import ANALYSIS_VERSION
    from workstation.domain import ReviewRecord
    from workstation.store import Store, import_records
    from workstation.store.analysis_results import count_pending

    db = tmp_path / "big.sqlite3"
    now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)  # the window's clock too (its analysis sets deadlines)
    start = now - timedelta(days=30)
    records = [ReviewRecord(text=f"Review {i}: the service was slow and the coffee cold", stars=1 + i % 5,
                            author=f"A{i}", created_at=start + timedelta(minutes=i)) for i in range(5000)]
    with Store(db) as store:
        import_records(store, records, platform_hint="manual", now=now)  # nothing analysed yet
    code = (
        "import sys\n"
        "from datetime import datetime\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from workstation.app import exit_now, shut_down\n"
        "from workstation.store import Store\n"
        "from workstation.ui.main_window import MainWindow\n"
        "class Nothing:\n"
        "    def close(self): pass\n"
        "    def sync(self): pass\n"
        "app = QApplication([])\n"
        f"store = Store({str(db)!r})\n"
        f"now = datetime.fromisoformat({now.isoformat()!r})\n"
        "win = MainWindow(store, background_jobs=False, clock=lambda: now)\n"
        "win.show()\n"
        "def quit_now():\n"
        "    print('batch stored', flush=True)\n"
        "    app.quit()  # as the smoke test and a session end do: no close event\n"
        "win.analysis.batchSaved.connect(quit_now)\n"
        "win.analysis.start()\n"
        "app.exec()\n"
        "shut_down(store, Nothing(), Nothing())\n"
        "exit_now(0)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=_isolated_env(tmp_path))
    assert proc.stdout is not None
    line = proc.stdout.readline()
    proc.wait(timeout=120)
    assert line.strip() == "batch stored", proc.stderr.read() if proc.stderr else ""
    assert proc.returncode == 0
    # No stopwatch (machine speed): a shutdown that waited for the job would have analysed
    # every review before the process ended, so reviews left pending prove it stopped
    # between batches, and at least one stored batch proves finished work is kept.
    with Store(db) as store:
        left = count_pending(store, ANALYSIS_VERSION)
    assert 0 < left < len(records)


@pytest.mark.slow
@pytest.mark.gui  # starts the real window in a subprocess
def test_data_dir_is_portable_settings_and_logs_live_in_it(tmp_path: Path) -> None:
    env = _isolated_env(tmp_path)
    data = tmp_path / "stick"
    run = subprocess.run([sys.executable, "-m", "workstation", "--data-dir", str(data), "--smoke-test", "--demo"],
                         capture_output=True, text=True, timeout=120, env=env)
    assert run.returncode == 0, run.stderr
    assert (data / "logs" / "workstation.log").exists()
    assert list((data / "settings").rglob("*.ini")), "the window's settings are not in the data folder"
    elsewhere = [p for name in ("xdg_config_home", "xdg_state_home", "xdg_data_home", "home")
                 for p in (tmp_path / name).rglob("*") if p.is_file()]
    assert not [p for p in elsewhere if p.suffix in (".ini", ".log")], elsewhere
