"""Issue 19, item 4 in the window: a reply waiting for a platform's "try later" says when
its next try is in the sync status tooltip, even when the run otherwise went well."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QStatusBar

from workstation.ui.sync_controller import SyncController, SyncOutcome


@pytest.mark.gui
def test_status_tooltip_shows_waiting_replies(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bar = QStatusBar()
    qtbot.addWidget(bar)
    controller = SyncController(tmp_path / "x.sqlite3", bar)
    waiting = "review 7: waiting, next try at 2026-11-25 10:02 (Demo platform asks us to slow down)"
    controller._done(SyncOutcome(lines=["source 1: new 0, updated 0, removed 0, replies 0"],
                                 send_problems=[waiting]))
    assert controller.status.text().startswith("Synced")
    assert waiting in controller.status.toolTip()
