"""Ask the user which column holds what, when the importer is unsure.

The file is already read when this opens (nothing runs behind it, so nothing can cover
it). Every change of a choice redraws a preview of the first rows exactly as they will
be imported, with the reason next to a row that would be left out.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workstation.domain import ReviewRecord
from workstation.importers import (
    ColumnMapping,
    Field,
    ImportFormatError,
    RawTable,
    records_from_table,
)
from workstation.importers.errors import reason_text
from workstation.ui.format import local_date_text, stars_text

_SAMPLE_ROWS = 8
_PREVIEW_CHARS = 160


class MappingDialog(QDialog):
    def __init__(self, table: RawTable, guess: ColumnMapping, file_name: str, parent: QWidget | None = None,
                 locale: str = "en") -> None:
        super().__init__(parent)
        self.locale = locale
        self.setWindowTitle(self.tr("Which column is which?"))
        self.setObjectName("mapping_dialog")
        self.table = table
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("We could not recognise every column of “%1”. Check the choices below: the preview "
                    "shows the first rows as they will be imported. Only the review text is required.")
            .replace("%1", file_name),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.labels = {
            Field.TEXT: self.tr("Review text"), Field.STARS: self.tr("Rating"), Field.DATE: self.tr("Date"),
            Field.AUTHOR: self.tr("Author"), Field.TITLE: self.tr("Title"), Field.EXTERNAL_ID: self.tr("Review id"),
            Field.LOCATION: self.tr("Location"), Field.LANG: self.tr("Language"),
            Field.REPLY_TEXT: self.tr("Reply text"), Field.REPLY_DATE: self.tr("Reply date"),
        }
        grid = QGridLayout()
        self.combos: dict[Field, QComboBox] = {}
        per_column = (len(self.labels) + 1) // 2
        for index, (field, label) in enumerate(self.labels.items()):
            combo = QComboBox(self)
            combo.setAccessibleName(label)
            combo.addItem(self.tr("(none)"), None)
            for i in range(len(table.headers)):
                combo.addItem(self._column_name(i), i)
            if field in guess:
                combo.setCurrentIndex(guess[field] + 1)
            combo.currentIndexChanged.connect(self._changed)
            row, pair = index % per_column, index // per_column
            caption = QLabel(self.tr("%1:").replace("%1", label), self)
            caption.setBuddy(combo)
            grid.addWidget(caption, row, pair * 2)
            grid.addWidget(combo, row, pair * 2 + 1)
            self.combos[field] = combo
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        layout.addLayout(grid)

        self.preview_title = QLabel(self)
        layout.addWidget(self.preview_title)
        self.preview = QTableWidget(self)
        self.preview.setAccessibleName(self.tr("Preview of the import"))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setWordWrap(False)  # one line a row; a long cell shows whole in its tooltip
        self.preview.verticalHeader().setVisible(False)
        layout.addWidget(self.preview, 1)

        self.remember = QCheckBox(self.tr("Remember these choices for files with the same columns"), self)
        self.remember.setChecked(table.has_header)
        self.remember.setEnabled(table.has_header)
        layout.addWidget(self.remember)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._fit_to_screen()
        self._changed()

    def _column_name(self, index: int) -> str:
        header = self.table.headers[index].strip() if index < len(self.table.headers) else ""
        if self.table.has_header and header:
            return header
        sample = next((row[index].strip() for row in self.table.rows[:5] if index < len(row) and row[index].strip()), "")
        name = self.tr("Column %1").replace("%1", str(index + 1))
        return f"{name} ({sample[:30]}…)" if len(sample) > 30 else f"{name} ({sample})" if sample else name

    def _fit_to_screen(self) -> None:
        # Wide enough to read a review in the preview, never wider than the screen.
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
        width = min(1000, available.width() - 40) if available is not None else 1000
        height = min(640, available.height() - 60) if available is not None else 640
        self.setMinimumWidth(min(760, width))
        self.resize(width, height)

    def _changed(self) -> None:
        ok = self.combos[Field.TEXT].currentData() is not None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self._fill_preview()

    def _fill_preview(self) -> None:
        mapping = self.mapping()
        fields = [f for f in self.labels if f in mapping]
        headers = [self.tr("Row"), *(self.labels[f] for f in fields), self.tr("Problem")]
        sample = dataclasses.replace(
            self.table, rows=self.table.rows[:_SAMPLE_ROWS], row_numbers=self.table.row_numbers[:_SAMPLE_ROWS],
            bad_rows=(),
        )
        self.preview.clear()
        self.preview.setColumnCount(len(headers))
        self.preview.setHorizontalHeaderLabels(headers)
        if Field.TEXT not in mapping:
            self.preview_title.setText(self.tr("Choose the column that holds the review text to see a preview."))
            self.preview.setRowCount(0)
            return
        try:
            local_tz = datetime.now().astimezone().tzinfo  # as the import reads dates without a zone
            result = records_from_table(sample, mapping, tz=local_tz or UTC, name="preview")
        except ImportFormatError as exc:  # a column beyond a short row: say so, keep the dialog usable
            self.preview_title.setText(exc.text(self.locale))
            self.preview.setRowCount(0)
            return
        problems = {e.row: reason_text(e.code, e.params, e.reason, self.locale) for e in result.errors}
        records = iter(result.records)
        self.preview_title.setText(
            self.tr("Preview: the first %1 rows as they will be imported").replace("%1", str(len(sample.rows)))
        )
        self.preview.setRowCount(len(sample.rows))
        for r, number in enumerate(sample.row_numbers):
            cells = [str(number)]
            if number in problems:  # the text as it is in the file, so the row can be found
                raw = sample.rows[r][mapping[Field.TEXT]] if mapping[Field.TEXT] < len(sample.rows[r]) else ""
                cells += [raw if f is Field.TEXT else "" for f in fields] + [problems[number]]
            else:
                record = next(records)
                cells += [self._shown(record, f) for f in fields] + [""]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text if len(text) > 40 else "")
                self.preview.setItem(r, c, item)
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        text_column = fields.index(Field.TEXT) + 1
        header.setSectionResizeMode(text_column, QHeaderView.ResizeMode.Stretch)

    def _shown(self, record: ReviewRecord, field: Field) -> str:
        """One preview cell: the value as the app will store and show it."""
        reply = record.reply
        values: dict[Field, object] = {
            Field.TEXT: record.text, Field.STARS: record.stars, Field.DATE: record.created_at,
            Field.AUTHOR: record.author, Field.TITLE: record.title, Field.EXTERNAL_ID: record.external_id,
            Field.LOCATION: record.location, Field.LANG: record.lang,
            Field.REPLY_TEXT: reply.text if reply else None, Field.REPLY_DATE: reply.posted_at if reply else None,
        }
        value = values.get(field)
        if value is None:
            return ""
        if field is Field.STARS and isinstance(value, int):
            return stars_text(value)
        if isinstance(value, datetime):
            return self._date(value)
        text = " ".join(str(value).split())
        return text if len(text) <= _PREVIEW_CHARS else text[: _PREVIEW_CHARS - 1] + "…"

    def _date(self, value: datetime) -> str:
        return local_date_text(value.astimezone(), self.locale)  # a date-only cell: no "00:00"

    def mapping(self) -> ColumnMapping:
        return {f: c.currentData() for f, c in self.combos.items() if c.currentData() is not None}


__all__ = ["MappingDialog"]
