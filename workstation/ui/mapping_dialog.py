"""Ask the user which column holds what, when the importer is unsure."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workstation.importers import ColumnMapping, Field, RawTable

_SAMPLE_ROWS = 6


class MappingDialog(QDialog):
    def __init__(self, table: RawTable, guess: ColumnMapping, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Which column is which?"))
        self.table = table
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("We could not recognise every column of “%1”. Check the choices below; "
                    "at least the review text is needed.").replace("%1", file_name),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        preview = QTableWidget(min(_SAMPLE_ROWS, len(table.rows)), len(table.headers), self)
        preview.setHorizontalHeaderLabels(table.headers or [str(i + 1) for i in range(len(table.headers))])
        preview.setAccessibleName(self.tr("File preview"))
        for r, row in enumerate(table.rows[:_SAMPLE_ROWS]):
            for c, cell in enumerate(row[: len(table.headers)]):
                item = QTableWidgetItem(cell[:200])
                preview.setItem(r, c, item)
        layout.addWidget(preview)

        form = QFormLayout()
        self.combos: dict[Field, QComboBox] = {}
        labels = {
            Field.TEXT: self.tr("Review text"), Field.STARS: self.tr("Rating"), Field.DATE: self.tr("Date"),
            Field.AUTHOR: self.tr("Author"), Field.TITLE: self.tr("Title"), Field.EXTERNAL_ID: self.tr("Review id"),
            Field.LOCATION: self.tr("Location"), Field.LANG: self.tr("Language"),
            Field.REPLY_TEXT: self.tr("Reply text"), Field.REPLY_DATE: self.tr("Reply date"),
        }
        for field, label in labels.items():
            combo = QComboBox(self)
            combo.setAccessibleName(label)
            combo.addItem(self.tr("(none)"), None)
            for i, header in enumerate(table.headers):
                combo.addItem(header or self.tr("Column %1").replace("%1", str(i + 1)), i)
            if field in guess:
                combo.setCurrentIndex(guess[field] + 1)
            combo.currentIndexChanged.connect(self._validate)
            form.addRow(label + ":", combo)
            self.combos[field] = combo
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._validate()

    def _validate(self) -> None:
        ok = self.combos[Field.TEXT].currentData() is not None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def mapping(self) -> ColumnMapping:
        return {f: c.currentData() for f, c in self.combos.items() if c.currentData() is not None}
