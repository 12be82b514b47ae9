"""Managing reply templates: browse, create, edit, duplicate, disable, import, export.

Built-in templates are read-only: editing one saves a copy with the same id in the
user's folder (which then wins); user templates can also be deleted.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workstation.replies import library
from workstation.replies.model import Kind, ReplyError, Template
from workstation.ui.conflict_reasons import error_text

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class TemplateEditor(QDialog):
    """Edit one template's id, title, language, kinds, stars range, categories, topics and text."""

    def __init__(self, template: Template, *, new: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New template") if new else self.tr("Edit template"))
        self.template = template
        form = QFormLayout()
        self.id_edit = QLineEdit(template.id, self)
        self.id_edit.setReadOnly(not new)
        self.title_edit = QLineEdit(template.title, self)
        self.lang = QComboBox(self)
        self.lang.addItem("English", "en")
        self.lang.addItem("Français", "fr")
        self.lang.setCurrentIndex(max(self.lang.findData(template.lang), 0))
        self.kinds = QLineEdit(", ".join(str(k) for k in template.kinds), self)
        self.kinds.setPlaceholderText("positive, mixed, negative")
        self.min_stars = QSpinBox(self)
        self.max_stars = QSpinBox(self)
        for box, value in ((self.min_stars, template.stars[0]), (self.max_stars, template.stars[1])):
            box.setRange(1, 5)
            box.setValue(value)
        stars = QHBoxLayout()
        stars.addWidget(self.min_stars)
        stars.addWidget(self.max_stars)
        self.categories = QLineEdit(", ".join(template.categories), self)
        self.categories.setPlaceholderText("health_safety, legal_threat, …")
        self.topics = QLineEdit(", ".join(template.topics), self)
        self.topics.setPlaceholderText("food, service, waiting_time, …")
        self.body = QPlainTextEdit(template.body, self)
        self.body.setPlaceholderText(self.tr("Hi {first_name}, … {signature}"))
        for label, widget in (
            (self.tr("Id:"), self.id_edit), (self.tr("Title:"), self.title_edit), (self.tr("Language:"), self.lang),
            (self.tr("Kinds:"), self.kinds), (self.tr("Stars (from, to):"), stars),
            (self.tr("Categories:"), self.categories), (self.tr("Topics:"), self.topics),
            (self.tr("Text:"), self.body),
        ):
            if isinstance(widget, QWidget):
                widget.setAccessibleName(label.rstrip(":"))
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(620, 520)

    def result_template(self) -> Template:
        def split(text: str) -> tuple[str, ...]:
            return tuple(part.strip() for part in text.split(",") if part.strip())

        kinds = tuple(Kind(k) for k in split(self.kinds.text()) if k in Kind._value2member_map_)
        low, high = sorted((self.min_stars.value(), self.max_stars.value()))
        return replace(
            self.template, id=self.id_edit.text().strip(), title=self.title_edit.text().strip(),
            lang=self.lang.currentData(), kinds=kinds, stars=(low, high), categories=split(self.categories.text()),
            topics=split(self.topics.text()), body=self.body.toPlainText().strip() + "\n", source=None, line=None,
        )


class TemplatesDialog(QDialog):
    def __init__(self, user_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user_dir = user_dir
        self.setWindowTitle(self.tr("Reply templates"))
        self.templates: dict[str, Template] = {}
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter templates"))
        self.filter.setAccessibleName(self.tr("Filter templates"))
        self.filter.textChanged.connect(self._fill)
        top.addWidget(self.filter)
        self.lang = QComboBox(self)
        self.lang.setAccessibleName(self.tr("Language"))
        self.lang.addItem(self.tr("All languages"), None)
        self.lang.addItem("English", "en")
        self.lang.addItem("Français", "fr")
        self.lang.currentIndexChanged.connect(self._fill)
        top.addWidget(self.lang)
        layout.addLayout(top)
        body = QHBoxLayout()
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Templates"))
        self.list.currentItemChanged.connect(self._show)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit())
        body.addWidget(self.list, 2)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Template text"))
        body.addWidget(self.preview, 3)
        layout.addLayout(body)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
            ("new", self.tr("New…"), self.new), ("edit", self.tr("Edit…"), self.edit),
            ("duplicate", self.tr("Duplicate"), self.duplicate), ("toggle", self.tr("Disable"), self.toggle),
            ("delete", self.tr("Delete"), self.delete), ("import", self.tr("Import…"), self.import_file),
            ("export", self.tr("Export…"), self.export_file),
        ):
            button = QPushButton(text, self)
            button.setAccessibleName(text.rstrip("…"))
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[key] = button
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.resize(900, 560)
        self.reload()

    # -- data -----------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        result = library.load_library(self.user_dir)
        self.templates = {t.id: t for t in result.templates}
        if result.issues:
            QMessageBox.warning(self, self.windowTitle(), "\n".join(
                f"{i.path.name}:{i.line or '?'}: {i.message}" for i in result.issues[:20]))
        self._fill(select=select)

    def _fill(self, *_args: object, select: str | None = None) -> None:
        current = select or self.current_id()
        words = self.filter.text().casefold().split()
        lang = self.lang.currentData()
        self.list.clear()
        for t in sorted(self.templates.values(), key=lambda t: (t.lang, t.id)):
            haystack = f"{t.id} {t.title} {t.body}".casefold()
            if (lang and t.lang != lang) or not all(w in haystack for w in words):
                continue
            label = f"{t.title or t.id}  [{t.lang}]" + ("" if t.enabled else "  " + self.tr("(disabled)"))
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, t.id)
            if not t.enabled:
                item.setForeground(self.palette().placeholderText())
            self.list.addItem(item)
            if t.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item else None

    def _is_user(self, template: Template) -> bool:
        return template.source is not None and self.user_dir in template.source.parents

    def _show(self, *_args: object) -> None:
        template = self.templates.get(self.current_id() or "")
        self.preview.setPlainText(template.body if template else "")
        for key in ("edit", "duplicate", "toggle", "delete"):
            self.buttons[key].setEnabled(template is not None)
        if template is not None:
            self.buttons["toggle"].setText(self.tr("Enable") if not template.enabled else self.tr("Disable"))
            self.buttons["delete"].setEnabled(self._is_user(template))

    # -- actions --------------------------------------------------------------------

    def _save(self, template: Template, *, overwrite: bool) -> bool:
        try:
            library.save_template(self.user_dir, template, overwrite=overwrite)
        except ReplyError as exc:
            QMessageBox.warning(self, self.windowTitle(), error_text(exc))
            return False
        self.reload(select=template.id)
        return True

    def new(self) -> None:
        lang = self.lang.currentData() or "en"
        blank = Template(id=f"{lang}.custom.new", lang=lang, body="Hi {first_name},\n\n\n{signature}\n",
                         title=self.tr("My template"))
        editor = TemplateEditor(blank, new=True, parent=self)
        while editor.exec() == QDialog.DialogCode.Accepted:
            if self._save(editor.result_template(), overwrite=False):
                return

    def edit(self) -> None:
        template = self.templates.get(self.current_id() or "")
        if template is None:
            return
        editor = TemplateEditor(template, new=False, parent=self)
        if editor.exec() == QDialog.DialogCode.Accepted:
            self._save(editor.result_template(), overwrite=True)

    def duplicate(self) -> None:
        template = self.templates.get(self.current_id() or "")
        if template is None:
            return
        try:
            copy = library.duplicate_template(self.user_dir, template)
        except ReplyError as exc:
            QMessageBox.warning(self, self.windowTitle(), error_text(exc))
            return
        self.reload(select=copy.id)

    def toggle(self) -> None:
        template = self.templates.get(self.current_id() or "")
        if template is not None:
            library.set_enabled(self.user_dir, template.id, enabled=not template.enabled)
            self.reload(select=template.id)

    def delete(self) -> None:
        template = self.templates.get(self.current_id() or "")
        if template is None or not self._is_user(template):
            return
        answer = QMessageBox.question(self, self.windowTitle(),
                                      self.tr("Delete the template “%1”?").replace("%1", template.title or template.id))
        if answer == QMessageBox.StandardButton.Yes:
            library.delete_template(self.user_dir, template.id)
            self.reload()

    def import_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import templates"), str(Path.home()),
                                              self.tr("Templates (*.toml)"))
        if not name:
            return
        result = library.import_templates(self.user_dir, Path(name))
        message = self.tr("%n template(s) imported.", "", len(result.imported))
        if result.issues:
            message += "\n" + "\n".join(f"{i.path.name}:{i.line or '?'}: {i.message}" for i in result.issues[:20])
        QMessageBox.information(self, self.windowTitle(), message)
        self.reload()

    def export_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export templates"),
                                              str(Path.home() / "templates.toml"), self.tr("Templates (*.toml)"))
        if name:
            shown = [self.templates[self.list.item(i).data(ID_ROLE)] for i in range(self.list.count())]
            count = library.export_templates(shown, Path(name))
            QMessageBox.information(self, self.windowTitle(), self.tr("%n template(s) exported.", "", count))
