"""UI fixtures: a demo store in a temp dir, UI settings isolated from the user's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from tests.conftest import DEMO_NOW, copy_demo
from workstation.store import Store
from workstation.ui.main_window import MainWindow

NOW = DEMO_NOW


@pytest.fixture(autouse=True)
def no_blocking_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A modal box would hang an offscreen test: record the text instead (tests may assert on it)."""
    shown: list[str] = []

    def record(*args: object, **_kw: object) -> QMessageBox.StandardButton:
        shown.append(str(args[2]) if len(args) > 2 else "")
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(record))
    return shown


@pytest.fixture(autouse=True)
def isolated_ui_settings(tmp_path: Path) -> None:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))


@pytest.fixture
def demo_store(demo_template: Path, tmp_path: Path) -> Iterator[Store]:
    """A private copy of the session's analysed demo database (see tests/conftest.py)."""
    store = Store(copy_demo(demo_template, tmp_path / "demo.sqlite3"))
    yield store
    store.close()


@pytest.fixture
def window(qtbot, demo_store: Store) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(demo_store, locale="en", demo=True, background_jobs=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.model.is_complete, timeout=30_000)
    return win


@pytest.fixture(params=["en", "fr"])
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The test runs once in English and once in French (the UI translated as a user sets it)."""
    from workstation.ui import translation

    translation.install(request.param)
    yield request.param
    translation.install("en")


@pytest.fixture
def window_1280(qtbot, demo_store: Store, language: str) -> MainWindow:  # type: ignore[no-untyped-def]
    """The demo window at 1280×800 in `language`, its list loaded."""
    win = MainWindow(demo_store, locale=language, demo=True, background_jobs=False)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.model.is_complete, timeout=30_000)
    return win
