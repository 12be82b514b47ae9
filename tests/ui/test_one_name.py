"""One name per thing: a menu entry that opens a window has that window's name (minus "…"),
in English and in French."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog

from workstation.store import Store
from workstation.ui.main_window import MainWindow
from workstation.ui.shortcuts_help import plain_text

# Menu actions (object names) that open a dialog or a window of their own.
OPENS_A_WINDOW = ("import", "accounts", "export_report", "preferences", "reply_settings", "templates", "sla",
                  "prevention", "dashboard", "crisis_room", "shortcuts")


def menu_name(action: QAction) -> str:
    return plain_text(action.text()).removesuffix("…").strip()


@pytest.fixture
def titles(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Titles of the dialogs opened, without showing them (a modal dialog would wait for a click)."""
    shown: list[str] = []

    def record_exec(dialog: QDialog) -> int:
        shown.append(dialog.windowTitle())
        return int(QDialog.DialogCode.Rejected)

    def record_file_dialog(_parent: object, caption: str = "", *_args: object, **_kw: object) -> tuple[list[str], str]:
        shown.append(caption)
        return [], ""

    monkeypatch.setattr(QDialog, "exec", record_exec)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(record_file_dialog))
    return shown


def test_each_menu_entry_has_the_name_of_the_window_it_opens(qtbot, demo_store: Store, language: str,  # type: ignore[no-untyped-def]
                                                            titles: list[str]) -> None:
    win = MainWindow(demo_store, locale=language, demo=True, background_jobs=False)
    qtbot.addWidget(win)
    mismatches = []
    for name in OPENS_A_WINDOW:
        action = win.findChild(QAction, name)
        assert action is not None, name
        before, titles[:] = list(win._windows), []
        action.trigger()
        opened = [w for w in win._windows if w not in before]
        title = opened[0].windowTitle() if opened else titles[0]
        for window in opened:
            window.close()
        if title != menu_name(action):
            mismatches.append(f"menu “{action.text()}” opens “{title}”")
    assert mismatches == []


def test_menu_paths_named_in_the_ui_exist(qtbot, demo_store: Store, language: str) -> None:  # type: ignore[no-untyped-def]
    """A hint saying "File → Import reviews…" names a real menu entry, word for word."""
    import re
    import xml.etree.ElementTree as ET
    from pathlib import Path

    win = MainWindow(demo_store, locale=language, demo=True, background_jobs=False)
    qtbot.addWidget(win)
    menus = {plain_text(top.text()): [menu_name(a) for a in top.menu().actions() if a.text()]
             for top in win.menuBar().actions() if top.menu() is not None}
    ts = Path(__file__).resolve().parents[2] / "resources" / "translations" / f"workstation_{language}.ts"
    texts = [m.findtext("translation") or "" for m in ET.parse(ts).getroot().iter("message")
             if (m.find("translation") is None or m.find("translation").get("type") not in ("obsolete", "vanished"))]
    named = 0
    wrong = []
    for text in texts:
        for menu, rest in re.findall(r"(\w+) → ([^.;:,)]+)", text):
            if menu in menus:
                named += 1
                if not any(rest.startswith(entry) for entry in menus[menu] if entry):
                    wrong.append(f"{menu} → {rest}")
    assert named >= 2 and wrong == [], (language, wrong)
