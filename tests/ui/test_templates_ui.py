"""Template management: edit a built-in (saved as the user's), duplicate, disable, delete, export/import."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from workstation.replies import library
from workstation.ui.templates_dialog import TemplateEditor, TemplatesDialog


@pytest.fixture(autouse=True)
def quiet_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


def select(dialog: TemplatesDialog, template_id: str) -> None:
    dialog._fill(select=template_id)
    assert dialog.current_id() == template_id


def test_manage_templates(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    user_dir = tmp_path / "templates"
    user_dir.mkdir()
    dialog = TemplatesDialog(user_dir)
    qtbot.addWidget(dialog)
    assert dialog.list.count() >= 80
    select(dialog, "en.negative.generic")
    assert not dialog.buttons["delete"].isEnabled()  # built-in

    def edit_and_save(editor: TemplateEditor) -> int:
        editor.body.setPlainText("Hi {first_name}, sorry. Call {contact}.\n{signature}")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(TemplateEditor, "exec", edit_and_save)
    dialog.edit()
    assert "Call {contact}" in dialog.templates["en.negative.generic"].body  # the user's copy wins
    assert dialog.buttons["delete"].isEnabled()

    dialog.duplicate()
    copy_id = dialog.current_id()
    assert copy_id == "en.negative.generic.copy"

    dialog.toggle()
    assert not next(t for t in library.load_library(user_dir).templates if t.id == copy_id).enabled

    out = tmp_path / "export.toml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    dialog.filter.setText("generic.copy")
    dialog.export_file()
    assert "en.negative.generic.copy" in out.read_text(encoding="utf-8")

    dialog.delete()
    assert copy_id not in dialog.templates
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(out), ""))
    dialog.import_file()
    assert copy_id in dialog.templates
