"""The detail pane: one review's full text (plain text only), metadata, link, history."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QTextCharFormat
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from workstation.display_names import display_name
from workstation.domain import review_body
from workstation.store.queries import ReviewDetail
from workstation.ui import format as fmt
from workstation.ui.conflict_reasons import parts_reason
from workstation.ui.icons import LEVEL_COLOURS
from workstation.ui.inbox_delegate import highlight_spans, search_hit_format
from workstation.ui.text_spans import span_selection
from workstation.ui.triage_labels import (
    flag_name,
    label_name,
    level_name,
    platform_name,
    platform_named,
)


def _plain_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # reviews are hostile input: never rich text
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class DetailPane(QWidget):
    def __init__(self, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.locale = locale
        self._url: str | None = None
        self._search_words: list[str] = []  # the inbox's search: its hits are marked in the text
        self._evidence: list[QTextEdit.ExtraSelection] = []
        layout = QVBoxLayout(self)
        self.heading = _plain_label(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)

        form = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        for key, label in (
            ("stars", self.tr("Rating")), ("source", self.tr("Source")), ("location", self.tr("Location")),
            ("date", self.tr("Published")), ("lang", self.tr("Language")), ("status", self.tr("Status")),
        ):
            value = _plain_label(self)
            value.setAccessibleName(label)
            form.addRow(fmt.label(label, self.locale), value)
            self.fields[key] = value
        layout.addLayout(form)

        self.reasons = _plain_label(self)
        self.reasons.setAccessibleName(self.tr("Why this review needs attention"))
        layout.addWidget(self.reasons)

        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Review text"))
        layout.addWidget(self.text, 3)

        self.open_button = QPushButton(self.tr("Open review online"), self)
        self.open_button.setAccessibleName(self.tr("Open review online"))
        self.open_button.clicked.connect(self._open_online)
        layout.addWidget(self.open_button)

        self.history_title = QLabel(self.tr("Replies and edit history"), self)
        layout.addWidget(self.history_title)
        self.history = QPlainTextEdit(self)
        self.history.setReadOnly(True)
        self.history.setAccessibleName(self.tr("Replies and edit history"))
        layout.addWidget(self.history, 2)
        self.show_review(None)

    def show_review(self, d: ReviewDetail | None) -> None:
        self.setEnabled(d is not None)
        if d is None:
            self.heading.setText(self.tr("No review selected"))
            for value in self.fields.values():
                value.clear()
            self.text.clear()
            self._evidence = []
            self._mark_text()
            self.reasons.clear()
            self.reasons.hide()
            self.history.clear()
            self._url = None
            return
        self.heading.setText(d.author or self.tr("Anonymous"))
        self.fields["stars"].setText(fmt.stars_text(d.stars))
        platform = platform_name(d.platform)
        # File sources are named after their platform already ("Google (files)").
        source = platform_named(d.platform, d.source_name) or (
            d.source_name if d.source_name.startswith(platform) else f"{platform} — {d.source_name}")
        self.fields["source"].setText(source)
        self.fields["location"].setText(d.location or "–")
        self.fields["date"].setText(
            f"{fmt.full_date(d.created_at, self.locale)} ({fmt.relative_date(d.created_at, self.locale)})"
        )
        # "French" / "français", not the code "FR".
        self.fields["lang"].setText(display_name("language", d.lang, self.locale) or "–")
        self.fields["status"].setText(fmt.status_text(d.status, d.reply_state, d.removed))
        body = review_body(d.title, d.text)
        self.text.setPlainText(body)
        self._show_reasons(d.analysis_json, body)
        self._url = d.url
        self.open_button.setEnabled(bool(d.url) and (d.url or "").startswith(("https://", "http://")))
        lines: list[str] = []
        for reply in d.replies:
            when = fmt.full_date(reply.posted_at or reply.updated_at, self.locale)
            # An automatic reply says so, in words, with the rule that wrote it.
            title = (self.tr("Automatic reply (rule %3, %1, %2)").replace("%3", fmt.quote(reply.automatic_rule, self.locale))
                     if reply.automatic_rule else self.tr("Reply (%1, %2)"))
            head = fmt.label(title.replace("%1", fmt.status_text("open", reply.state)).replace("%2", when), self.locale)
            lines.append(f"{head}\n{reply.text}\n")
            if reply.last_error and reply.state in ("failed", "queued"):
                lines.append(self.tr("Not sent yet: %1").replace("%1", parts_reason(reply.last_error_parts,
                                                                                   reply.last_error)) + "\n")
        for version in d.versions:
            head = fmt.label(self.tr("Earlier version (%1, %2)")
                             .replace("%1", fmt.full_date(version.replaced_at, self.locale))
                             .replace("%2", fmt.stars_text(version.stars)), self.locale)
            lines.append(f"{head}\n{version.text}\n")
        self.history.setPlainText("\n".join(lines) if lines else self.tr("No reply yet, no earlier version."))

    def set_search_words(self, words: list[str]) -> None:
        """Mark these words (accent-insensitively, as the list does) in the review text."""
        self._search_words = list(words)
        self._mark_text()

    def _mark_text(self) -> None:
        """Evidence of the reasons, then the search hits over them (what the user looked for)."""
        document = self.text.document()
        hits = [span_selection(document, start, start + length, search_hit_format())
                for start, length in highlight_spans(self.text.toPlainText(), self._search_words)]
        self.text.setExtraSelections(self._evidence + hits)

    def _show_reasons(self, analysis_json: str | None, body: str) -> None:
        """Urgency, the evidence of each category (highlighted in the text), topics, flags."""
        try:
            data = json.loads(analysis_json) if analysis_json else None
        except ValueError:
            data = None
        if not isinstance(data, dict):
            self.reasons.setText(self.tr("Not analysed yet."))
            self.reasons.show()
            self._evidence = []
            self._mark_text()
            return
        # Plain words, never the score: the level says how soon, the reasons say why.
        lines = [self.tr("Urgency: %1").replace("%1", level_name(data.get("level")) or self.tr("none"))]
        selections = []
        colour = QColor(LEVEL_COLOURS["critical"])
        colour.setAlpha(60)  # readable on light and dark palettes
        words_by_reason: dict[str, list[str]] = {}  # one line per reason, each word once
        for e in data.get("evidence", ()):
            label = str(e.get("label_fr") if self.locale == "fr" else e.get("label_en"))
            words = words_by_reason.setdefault(label, [])
            word = str(e.get("text", "")).strip()
            if word and word.casefold() not in (w.casefold() for w in words):
                words.append(word)
            start, end = int(e.get("start", 0)), int(e.get("end", 0))
            if 0 <= start < end <= len(body):
                marked = QTextCharFormat()
                marked.setBackground(colour)
                marked.setToolTip(label)
                selections.append(span_selection(self.text.document(), start, end, marked))
        for label, words in words_by_reason.items():
            quoted = ", ".join(fmt.quote(w, self.locale) for w in words)
            lines.append(f"• {label} — {quoted}" if quoted else f"• {label}")
        self._evidence = selections
        self._mark_text()
        topics = []
        for t in data.get("topics", ()):
            sentiment = float(t.get("sentiment", 0))
            mood = (self.tr("negative") if sentiment < -0.05 else self.tr("positive") if sentiment > 0.05
                    else self.tr("neutral"))
            topics.append(f"{label_name('topic', str(t.get('topic')), self.locale)} ({mood})")  # one colon per line
        if topics:
            lines.append(self.tr("Topics: %1").replace("%1", ", ".join(topics)))
        for flag in data.get("flags", ()):
            lines.append(f"⚑ {flag_name(str(flag))}")
        self.reasons.setText("\n".join(lines))
        self.reasons.show()

    def set_compact(self, compact: bool) -> None:
        """While a reply is written: the review and why it matters, without the history."""
        self.history_title.setVisible(not compact)
        self.history.setVisible(not compact)

    def _open_online(self) -> None:
        if self._url:
            QDesktopServices.openUrl(QUrl(self._url))
