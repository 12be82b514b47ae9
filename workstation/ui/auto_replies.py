"""Automatic replies (Review → Automatic replies…): the owner's rules, each tried on past
reviews before it can be switched on, with one clear on/off per rule.

Everything goes through `ops.auto_replies`; the preview runs on a worker (drafting and
checking a few hundred reviews takes a moment) from reviews read here first.
"""

from __future__ import annotations

from datetime import UTC, datetime

from babel.numbers import format_percent
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from workstation.ops import auto_replies as auto
from workstation.store import Store
from workstation.store.auto_replies import RuleRow
from workstation.store.errors import StoreError
from workstation.store.queries import list_locations
from workstation.ui.conflict_reasons import error_text
from workstation.ui.triage_labels import platform_name
from workstation.ui.worker import Job

RULE_ID = Qt.ItemDataRole.UserRole
EXAMPLES_SHOWN = 5


class AutoRepliesDialog(QDialog):
    """`preview_done` (a `Preview` or None) is kept for tests; `clock` gives "now" (injected in tests)."""

    def __init__(
        self, store: Store, locale: str = "en", parent: QWidget | None = None, *, clock: object = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.locale = locale
        self._clock = clock if callable(clock) else (lambda: datetime.now(UTC))
        self.rule_id: int | None = None
        self.previewed_id: int | None = None  # the saved rule whose current settings were previewed
        self.preview_result: auto.Preview | None = None
        self._job: Job | None = None
        self.setWindowTitle(self.tr("Automatic replies"))
        self.setMinimumSize(1080, 600)
        self._build()
        self._reload(select=None)

    # -- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Automatic replies thank customers who leave 4 or 5 stars and raise no problem, in your "
            "words and signed with your signature, during opening hours. Reviews of 3 stars or less, "
            "urgent reviews, and any reply the check has doubts about are always left to you. A rule "
            "does nothing until you switch it on, and only answers reviews that arrive after that."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        body = QHBoxLayout()
        left = QVBoxLayout()
        self.rule_list = QListWidget(self)
        self.rule_list.setAccessibleName(self.tr("Rules"))
        self.rule_list.setMinimumWidth(200)
        self.rule_list.setMaximumWidth(240)
        self.rule_list.setWordWrap(True)  # long French names wrap instead of scrolling sideways
        self.rule_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left.addWidget(self.rule_list, 1)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New rule"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        left.addLayout(row)
        body.addLayout(left)
        editor, preview = self._build_editor()
        body.addLayout(editor)
        body.addWidget(preview, 1)
        layout.addLayout(body, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.rule_list.currentItemChanged.connect(lambda item, _old: self._show_rule(item))
        self.new_button.clicked.connect(self.new_rule)
        self.delete_button.clicked.connect(self.delete_rule)

    def _combo(self, name: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        for text, value in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(self._edited)
        return combo

    def _build_editor(self) -> tuple[QVBoxLayout, QGroupBox]:
        right = QVBoxLayout()
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Rule name"))
        self.name.textEdited.connect(self._edited)
        form.addRow(self.tr("Name:"), self.name)
        locations = [(loc.name, loc.name) for loc in list_locations(self.store, with_counts=False)]
        self.location = self._combo(self.tr("Location"), [(self.tr("Every location"), None), *locations])
        form.addRow(self.tr("Location:"), self.location)
        self.platform = self._combo(self.tr("Platform"), [(self.tr("Every platform"), None)]
                                    + [(platform_name(p, self.locale), p) for p in auto.REPLY_PLATFORMS])
        form.addRow(self.tr("Platform:"), self.platform)
        self.stars = self._combo(self.tr("Rating"), [(self.tr("4 and 5 stars"), 4), (self.tr("5 stars only"), 5)])
        form.addRow(self.tr("Rating:"), self.stars)
        self.with_text = self._combo(self.tr("Reviews"), [
            (self.tr("With or without text"), None), (self.tr("Only ratings without text"), False),
            (self.tr("Only reviews with text"), True)])
        form.addRow(self.tr("Reviews:"), self.with_text)
        self.language = self._combo(self.tr("Language"), [
            (self.tr("Any language"), None), (self.tr("English"), "en"), (self.tr("French"), "fr")])
        form.addRow(self.tr("Language:"), self.language)
        self.delay = QSpinBox(self)
        self.delay.setRange(0, 7 * 24 * 60)
        self.delay.setSingleStep(15)
        self.delay.setValue(60)
        self.delay.setSuffix(self.tr(" min"))
        self.delay.setAccessibleName(self.tr("Wait before posting"))
        self.delay.valueChanged.connect(self._edited)
        form.addRow(self.tr("Wait before posting:"), self.delay)
        right.addLayout(form)
        hours = QLabel(self.tr("Replies wait for the location to be open (opening hours and time zone in "
                               "Edit → Preferences → Locations)."), self)
        hours.setWordWrap(True)
        right.addWidget(hours)
        self.save_button = QPushButton(self.tr("Save the rule"), self)
        self.save_button.clicked.connect(self.save_rule)
        right.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #A93226;")
        right.addWidget(self.message)
        right.addStretch(1)

        box = QGroupBox(self.tr("Before switching on"), self)
        inner = QVBoxLayout(box)
        self.preview_button = QPushButton(self.tr("Try it on your past reviews"), box)
        self.preview_button.clicked.connect(self.start_preview)
        inner.addWidget(self.preview_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.preview_summary = QLabel(box)
        self.preview_summary.setWordWrap(True)
        inner.addWidget(self.preview_summary)
        self.examples = QPlainTextEdit(box)
        self.examples.setReadOnly(True)
        self.examples.setAccessibleName(self.tr("Replies it would have posted"))
        self.examples.setMinimumHeight(200)
        inner.addWidget(self.examples, 1)
        self.state_label = QLabel(box)
        self.state_label.setWordWrap(True)
        inner.addWidget(self.state_label)
        self.switch_button = QPushButton(box)
        self.switch_button.clicked.connect(self.toggle)
        inner.addWidget(self.switch_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.setMinimumWidth(400)
        return right, box

    # -- rules ------------------------------------------------------------------------------

    def _reload(self, select: int | None) -> None:
        self.rules = {r.id: r for r in auto.list_rules(self.store) if r.id is not None}
        self.rule_list.blockSignals(True)
        self.rule_list.clear()
        chosen: QListWidgetItem | None = None
        for rule_id, r in self.rules.items():
            state = self.tr("On") if r.enabled else self.tr("Off")
            item = QListWidgetItem(f"{r.name}\n{state}", self.rule_list)
            item.setData(RULE_ID, rule_id)
            if rule_id == select:
                chosen = item
        self.rule_list.blockSignals(False)
        if chosen is None and self.rule_list.count() and select is None:
            chosen = self.rule_list.item(0)
        if chosen is not None:
            self.rule_list.setCurrentItem(chosen)
            self._show_rule(chosen)
        else:
            self.new_rule()

    def _set(self, combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(0, index))

    def _show_rule(self, item: QListWidgetItem | None) -> None:
        rule = self.rules.get(item.data(RULE_ID)) if item is not None else None
        if rule is None:
            return
        self._loading = True
        self.rule_id = rule.id
        self.name.setText(rule.name)
        self._set(self.location, rule.location)
        self._set(self.platform, rule.platforms[0] if rule.platforms else None)
        self._set(self.stars, rule.min_stars)
        self._set(self.with_text, rule.with_text)
        self._set(self.language, rule.languages[0] if rule.languages else None)
        self.delay.setValue(rule.delay_minutes)
        self._loading = False
        self._forget_preview()

    def new_rule(self) -> None:
        self._loading = True
        self.rule_id = None
        self.rule_list.clearSelection()
        self.name.setText(self.tr("Thank happy customers"))
        for combo in (self.location, self.platform, self.stars, self.with_text, self.language):
            combo.setCurrentIndex(0)
        self.delay.setValue(60)
        self._loading = False
        self._forget_preview()

    def rule_row(self) -> RuleRow:
        platform, language = self.platform.currentData(), self.language.currentData()
        return RuleRow(
            self.rule_id, self.name.text(), location=self.location.currentData(),
            platforms=(platform,) if platform else (), languages=(language,) if language else (),
            min_stars=int(self.stars.currentData()), with_text=self.with_text.currentData(),
            delay_minutes=self.delay.value(),
        )

    def save_rule(self) -> bool:
        """Save the form (a new rule starts off); False, with the reason shown, when it cannot be."""
        try:
            self.rule_id, _changes = auto.save_rule(self.store, self.rule_row(), now=self._clock())
        except StoreError as exc:
            self.message.setText(error_text(exc))
            return False
        self.message.clear()
        self._reload(select=self.rule_id)
        return True

    def delete_rule(self) -> None:
        if self.rule_id is None:
            return
        try:
            auto.delete_rule(self.store, self.rule_id)
        except StoreError as exc:
            self.message.setText(error_text(exc))
            return
        self.rule_id = None
        self._reload(select=None)

    def _edited(self) -> None:
        if not getattr(self, "_loading", False):
            self._forget_preview()

    # -- preview and the switch ----------------------------------------------------------------

    def _forget_preview(self) -> None:
        """Settings changed (or another rule shown): switching on needs a new preview."""
        self.previewed_id = None
        self.preview_result = None
        self.preview_summary.setText(self.tr("See what this rule would have posted before switching it on."))
        self.examples.clear()
        self._show_state()

    def start_preview(self) -> None:
        """Save the rule, then draft and check replies for the latest past reviews on a worker."""
        if self._job is not None or not self.save_rule():
            return
        row = self.rules.get(self.rule_id) if self.rule_id is not None else None
        if row is None:
            return
        plan = auto.preview_plan(self.store, row)
        self.preview_summary.setText(self.tr("Trying the rule on your past reviews…"))
        self.preview_button.setEnabled(False)
        job = Job(lambda _progress, _cancelled: plan.run(), self)
        self._job = job
        previewed = row.id

        def finished(result: object) -> None:
            if not isValid(self):
                return
            self._job = None
            self.preview_button.setEnabled(True)
            if isinstance(result, auto.Preview) and previewed == self.rule_id and previewed is not None:
                auto.record_preview(self.store, previewed, now=self._clock())
                self._show_preview(result)

        def failed(message: str, _details: str) -> None:
            if not isValid(self):
                return
            self._job = None
            self.preview_button.setEnabled(True)
            self.preview_summary.setText(self.tr("The preview could not be made: %1").replace("%1", message))

        job.finished.connect(finished)
        job.failed.connect(failed)
        job.start()

    def _show_preview(self, result: auto.Preview) -> None:
        self.preview_result = result
        self.previewed_id = self.rule_id
        total = len(result.decisions)
        if total == 0:
            self.preview_summary.setText(self.tr("There are no past reviews to try it on yet."))
        else:
            share = format_percent(result.share, locale=self.locale)
            self.preview_summary.setText(
                self.tr("Of your last %1 reviews, %2 (%3) would have been answered automatically; "
                        "the others stay with you.").replace("%1", str(total))
                .replace("%2", str(result.automatic)).replace("%3", share))
        examples = [d.text for d in result.decisions if d.text is not None][:EXAMPLES_SHOWN]
        self.examples.setPlainText("\n\n———\n\n".join(examples) if examples
                                   else self.tr("No past review would have been answered by this rule."))
        self._show_state()

    def _show_state(self) -> None:
        rule = self.rules.get(self.rule_id) if self.rule_id is not None else None
        on = bool(rule and rule.enabled)
        if rule is None:
            self.state_label.setText(self.tr("Save the rule, then try it on your past reviews."))
        elif on:
            self.state_label.setText(self.tr("On: new 4- and 5-star reviews it covers are answered automatically. "
                                             "Changing its conditions switches it off until you try it again."))
        elif self.previewed_id == rule.id:
            self.state_label.setText(self.tr("Off. You have seen what it would post: you can switch it on."))
        else:
            self.state_label.setText(self.tr("Off. Try it on your past reviews before switching it on."))
        self.switch_button.setText(self.tr("Switch off") if on else self.tr("Switch on"))
        self.switch_button.setEnabled(rule is not None and (on or self.previewed_id == rule.id))
        self.delete_button.setEnabled(rule is not None)

    def toggle(self) -> None:
        rule = self.rules.get(self.rule_id) if self.rule_id is not None else None
        if rule is None or (not rule.enabled and self.previewed_id != rule.id):
            return
        try:
            auto.switch_rule(self.store, rule.id, not rule.enabled, now=self._clock())  # type: ignore[arg-type]
        except StoreError as exc:
            self.message.setText(error_text(exc))
            return
        keep = (self.previewed_id, self.preview_result)
        self._reload(select=rule.id)
        self.previewed_id, self.preview_result = keep
        if self.preview_result is not None:
            self._show_preview(self.preview_result)
        self._show_state()
