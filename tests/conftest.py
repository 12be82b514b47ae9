"""Shared test setup: offscreen Qt, an in-memory keyring, paths to ../shared, and the `gui`
marker kept true (every test that needs a QApplication carries it)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import keyring.backend
import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED = REPO_ROOT.parent / "shared"


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
