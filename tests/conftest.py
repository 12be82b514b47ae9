"""Shared test setup: offscreen Qt, an in-memory keyring, paths to ../shared, the `gui`
marker kept true (every test that needs a QApplication carries it), and the analysed demo
database built once per session for the tests that copy it."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import keyring.backend
import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED = REPO_ROOT.parent / "shared"
# The clock the demo template is built at (the ui and metrics_ui tests derive their dates from it).
DEMO_NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Keeps secrets in a dict so tests never touch the OS keychain."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


_QT_FIXTURES = {"qtbot", "qapp", "qtmodeltester"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that asks pytest-qt for an application is a `gui` test without saying so."""
    for item in items:
        if _QT_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


def _qt_application_exists() -> bool:
    core = sys.modules.get("PySide6.QtCore")
    return core is not None and core.QCoreApplication.instance() is not None


@pytest.fixture(autouse=True)
def gui_tests_are_marked(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail a test that creates a QApplication without the `gui` marker, so that
    `pytest -m "not gui"` stays a suite that needs no Qt application at all."""
    if request.node.get_closest_marker("gui") is not None:
        # Qt aborts the whole process when a chart or widget is built before an application
        # exists; with the order shuffled, any `gui` test may be the first to touch Qt.
        request.getfixturevalue("qapp")
        yield
        return
    existed = _qt_application_exists()
    yield
    if not existed and _qt_application_exists():
        pytest.fail("this test created a QApplication: mark it @pytest.mark.gui", pytrace=False)


@pytest.fixture(autouse=True)
def english_command_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line speaks English in every test, whatever LANG the developer has (the
    French tests set WORKSTATION_LANG=fr themselves; subprocesses inherit the variable)."""
    monkeypatch.setenv("WORKSTATION_LANG", "en")


@pytest.fixture(autouse=True)
def memory_keyring() -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture(autouse=True)
def private_log_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Logs written by the code under test go to a temporary folder, never the user's."""
    folder = tmp_path_factory.mktemp("logs")
    monkeypatch.setenv("WORKSTATION_LOG_DIR", str(folder))
    return folder


@pytest.fixture
def dev_reviews_csv() -> Path:
    """The real EN/FR review sample in ../shared; skips clearly when it is absent."""
    path = SHARED / "data" / "reviews-dev.csv"
    if not path.exists():
        pytest.skip(f"{path} not present (needs ../shared beside the repo)")
    return path


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database built at DEMO_NOW and analysed, as after the app's first run.

    Building it costs a few seconds (most of it loading the analyser and triaging 300+
    reviews), so it is built once per session; tests get a private copy (`copy_demo`)
    and never touch this file."""
    from workstation import demo
    from workstation.analysis.pipeline import analyze_pending
    from workstation.store import Store

    path = tmp_path_factory.mktemp("demo-template") / "workstation.sqlite3"
    store = Store(path)
    demo.build_demo(store, DEMO_NOW)
    analyze_pending(store, now=DEMO_NOW)
    store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the main file
    store.close()
    return path


def copy_demo(template: Path, destination: Path) -> Path:
    """A private copy of the demo template at `destination` (its folder is created)."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(template, destination)
    return destination
