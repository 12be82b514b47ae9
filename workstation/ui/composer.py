"""The reply composer: three suggested drafts (each saying which complaints it answers), an editable draft that autosaves,
findings of the pre-post check underlined in place, and the way out (send with a
10-second undo, or copy + open the page + mark replied where there is no reply API)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QDesktopServices,
    QGuiApplication,
    QKeySequence,
    QTextCharFormat,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation import typography
from workstation.domain import utcnow
from workstation.ops import pending_send
from workstation.ops.pending_send import PendingSend
from workstation.replies.checker import check_draft
from workstation.replies.compose import point_labels
from workstation.replies.drafting import draft_suggestions, points_found
from workstation.replies.limits import limit_for
from workstation.replies.model import Finding, ReviewInput, Suggestion
from workstation.replies.point_choice import points_offered
from workstation.store import Store, StoreError, drafts
from workstation.store.queries import ReviewDetail
from workstation.ui.approval_row import ApprovalRow
from workstation.ui.conflict_reasons import error_text
from workstation.ui.point_chooser import PointChooser
from workstation.ui.presence_banner import PresenceBanner
from workstation.ui.reply_context import ReplyContext
from workstation.ui.text_spans import span_selection

if TYPE_CHECKING:
    from workstation.ops.team_presence import PresenceProvider

SEND_UNDO_SECONDS = int(pending_send.SEND_DELAY.total_seconds())
_TICK_MS = 250  # how often the undo countdown looks at the clock
_AUTOSAVE_MS = 400
_SEVERITY_COLOURS = {"block": "#C0392B", "warn": "#D68910", "hint": "#2E86C1"}
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1


def reply_actions(parent: QObject) -> dict[str, QAction]:
    """The reply view's keyboard actions (the composer connects them; the shortcuts help lists them)."""
    def make(name: str, text: str, key: str) -> QAction:
        action = QAction(text, parent)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(key))
        return action

    # Named as the button it stands for: one name per thing.
    actions = {"send": make("send", QCoreApplication.translate("Composer", "Send"), "Ctrl+Return")}
    for i in range(1, 4):
        text = QCoreApplication.translate("Composer", "Use suggestion %1").replace("%1", str(i))
        actions[f"suggestion_{i}"] = make(f"suggestion_{i}", text, f"Alt+{i}")
    return actions


# Space around a problem's text in the list (the item's padding), in pixels.
_ITEM_MARGIN = 6


class Composer(QWidget):
    """Emits `changed(review_id)` when the review's reply state changed (for the inbox), and
    `didChange(OpChanges)` with the change set of a send held, cancelled or queued."""

    changed = Signal(int)
    didChange = Signal(object)
    message = Signal(str)

    def __init__(self, store: Store, context: ReplyContext, locale: str, parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] = utcnow, presence: PresenceProvider | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.clock = clock
        self.context = context
        self.locale = locale
        self.review: ReviewDetail | None = None
        self.review_input: ReviewInput | None = None
        self.suggestions: list[Suggestion] = []
        self.template_id: str | None = None
        self.dismissed: set[str] = set()
        self.findings: list[Finding] = []
        self.pending: PendingSend | None = None  # a sent reply waiting for its undo delay
        self._loading = False
        self._dirty = False  # edited since loaded or saved: only then is there a draft to write

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        # On a team server: who else is answering this review (hidden otherwise).
        self.presence_banner = PresenceBanner(presence, locale, self, clock=clock)
        layout.addWidget(self.presence_banner)
        # On a team server: a reply waiting for an approver, and Approve / Send back for approvers.
        self.approval_row = ApprovalRow(store, self)
        layout.addWidget(self.approval_row)

        # What the drafts answer, and the owner's way to change it before picking one.
        self.point_chooser = PointChooser(locale, self)
        self.point_chooser.chosenChanged.connect(self._fill_suggestions)
        layout.addWidget(self.point_chooser)

        self.suggestion_list = QListWidget(self)
        self.suggestion_list.setAccessibleName(self.tr("Suggested replies"))
        # Cards: each suggestion's whole text, wrapped (a preview cut mid-word cannot be judged).
        self.suggestion_list.setWordWrap(True)
        self.suggestion_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.suggestion_list.setSpacing(3)
        self.suggestion_list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.suggestion_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.suggestion_list.setStyleSheet(
            "QListWidget::item { border: 1px solid palette(mid); border-radius: 4px; padding: 4px; }"
        )
        self.suggestion_list.itemActivated.connect(self._use_suggestion)
        self.suggestion_list.itemClicked.connect(self._use_suggestion)
        layout.addWidget(self.suggestion_list, 2)

        self.editor = QPlainTextEdit(self)
        self.editor.setAccessibleName(self.tr("Reply text"))
        self.editor.setPlaceholderText(self.tr("Pick a suggestion above or write your reply…"))
        self.editor.textChanged.connect(self._on_text_changed)
        layout.addWidget(self.editor, 4)

        self.counter = QLabel(self)
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.counter)

        self.finding_list = QListWidget(self)
        self.finding_list.setAccessibleName(self.tr("Problems found in the reply"))
        self.finding_list.setWordWrap(True)  # a finding is a sentence: read it whole
        self.finding_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.finding_list.setToolTip(self.tr(
            "If a problem is wrong about your reply, select it and choose Ignore (or press Delete)"))
        self.finding_list.itemDoubleClicked.connect(self._dismiss)
        self.finding_list.viewport().installEventFilter(self)
        # From the keyboard too (Enter already opens the reply from anywhere in the window).
        ignore_key = QAction(self.finding_list)
        ignore_key.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        ignore_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        ignore_key.triggered.connect(self._ignore_selected)
        self.finding_list.addAction(ignore_key)
        self.finding_list.currentItemChanged.connect(lambda *_: self._update_ignore_row())
        layout.addWidget(self.finding_list)
        # The check can be wrong about a good reply (a few in a hundred on the blind rounds): the
        # owner must see how to overrule it, and how to take that back.
        ignore_row = QHBoxLayout()
        self.ignore_button = QPushButton(self.tr("Ignore for this reply"), self)
        self.ignore_button.setToolTip(self.tr("The selected problem is wrong about this reply: stop checking for it"))
        self.ignore_button.clicked.connect(self._ignore_selected)
        self.ignore_button.setAccessibleName(self.ignore_button.text())
        self.restore_button = QPushButton(self)
        self.restore_button.setToolTip(self.tr("Check again for the problems you ignored"))
        self.restore_button.clicked.connect(self._restore_dismissed)
        for b in (self.ignore_button, self.restore_button):
            ignore_row.addWidget(b)
        ignore_row.addStretch(1)
        layout.addLayout(ignore_row)
        self._update_ignore_row()

        buttons = QHBoxLayout()
        self.ready_button = QPushButton(self.tr("Mark ready"), self)
        self.ready_button.setCheckable(True)
        self.ready_button.setToolTip(self.tr(
            "The reply is finished but not sent: the list shows it as 'Reply ready', to find and send it later"))
        self.ready_button.toggled.connect(self._toggle_ready)
        self.send_button = QPushButton(self.tr("Send"), self)
        self.send_button.setToolTip(self.tr("Queue the reply for posting (Ctrl+Enter); you can undo for 10 seconds"))
        self.send_button.clicked.connect(self.send)
        self.copy_button = QPushButton(self.tr("Copy and open page"), self)
        self.copy_button.clicked.connect(self.copy_and_open)
        self.replied_button = QPushButton(self.tr("Mark as replied"), self)
        self.replied_button.clicked.connect(self.mark_replied)
        self.undo_button = QPushButton(self.tr("Undo send"), self)
        self.undo_button.clicked.connect(self.undo_send)
        self.undo_button.hide()
        for b in (self.ready_button, self.send_button, self.copy_button, self.replied_button, self.undo_button):
            b.setAccessibleName(b.text())
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self.no_api_note = QLabel(self)
        self.no_api_note.setWordWrap(True)
        layout.addWidget(self.no_api_note)

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(_AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_now)
        # The countdown reads `clock` on each tick: the delay is measured, not slept.
        self._send_timer = QTimer(self)
        self._send_timer.setInterval(_TICK_MS)
        self._send_timer.timeout.connect(self.tick)
        self.actions_by_name = reply_actions(self)
        self.actions_by_name["send"].triggered.connect(self.send)
        for i in range(1, 4):
            self.actions_by_name[f"suggestion_{i}"].triggered.connect(
                lambda _=False, row=i - 1: self._use_suggestion(self.suggestion_list.item(row)))
        for action in self.actions_by_name.values():
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)

    # -- loading a review ---------------------------------------------------------

    def open_review(self, review: ReviewDetail, review_input: ReviewInput) -> None:
        """Show suggestions for `review` and its saved draft, if any."""
        self.save_now()
        self.review = review
        self.review_input = review_input
        self.dismissed = set()
        self.title.setText(self.tr("Reply to %1").replace("%1", review.author or self.tr("the customer")))
        self.presence_banner.show_review(review.id)
        self.approval_row.show_review(review.id)
        kind = self.context.profile_for(review.location).kind
        self.point_chooser.show_points(points_found(self._seeded()).complaints,
                                       points_offered(review.platform, kind))
        self._fill_suggestions()
        draft = drafts.current_draft(self.store, review.id)
        online = next((r for r in reversed(review.replies) if r.state == "sent"), None)
        waiting = next((r for r in reversed(review.replies) if r.state in ("queued", "sending")), None)
        self._loading = True
        held_here = self.pending is not None and self.pending.review_id == review.id
        self.editor.setReadOnly(held_here)  # another review can be written while one waits to go
        self.ready_button.setEnabled(not held_here)
        self.undo_button.setVisible(held_here)
        # No draft: show the reply waiting in the outbox, else the one online (sending then
        # updates that reply); never an empty box for a review already answered.
        shown = draft or waiting or online
        self.editor.setPlainText(shown.text if shown else "")
        self.suggestion_list.setVisible(waiting is None)
        self.point_chooser.setVisible(waiting is None)  # it only steers the suggestions
        self._loading = False
        self._dirty = False
        self.template_id = draft.template_id if draft else None
        self.ready_button.blockSignals(True)
        self.ready_button.setChecked(bool(draft and draft.state == "ready"))
        self.ready_button.blockSignals(False)
        can_send = review.source_kind == "api"
        self.send_button.setVisible(can_send)
        self.copy_button.setVisible(not can_send)
        self.replied_button.setVisible(not can_send)
        self.no_api_note.setVisible(not can_send)
        if not can_send:
            self.no_api_note.setText(self.tr(
                "This review came from a file, or from a platform where the app cannot post replies: "
                "copy the reply, post it on the review's page, then mark it as replied."))
        self._recheck()

    def _seeded(self) -> ReviewInput:
        """The open review as the drafts read it (its id seeds the choice of wording)."""
        assert self.review is not None and self.review_input is not None
        given = self.review_input
        return given if given.id else replace(given, id=str(self.review.id))

    def _fill_suggestions(self) -> None:
        """Draft the three suggestions for the points chosen (or found) and show them as cards."""
        if self.review is None or self.review_input is None:
            return
        review_id = self.review.id
        self.suggestions = draft_suggestions(
            self._seeded(), self.context.templates, recent_ids=drafts.recent_template_ids(self.store, review_id),
            profile=self.context.profile_for(self.review.location),
            previous_replies=drafts.posted_reply_texts(self.store, review_id), answer=self.point_chooser.chosen,
        )
        self.suggestion_list.clear()
        for i, s in enumerate(self.suggestions, start=1):
            item = QListWidgetItem(f"{i}. {self._title(s)}\n{self._answers(s)}\n{s.text.strip()}")
            item.setToolTip(s.text)
            self.suggestion_list.addItem(item)

    def _title(self, suggestion: Suggestion) -> str:
        """The card's title in the window's language: a composed draft is written in the
        review's language, but its title ("Reply to every point") belongs to the window."""
        _, composed, number = suggestion.template_id.rpartition(".composed.")
        titles = (self.tr("Reply to every point"), self.tr("Same, other wording"), self.tr("Shorter version"))
        if not composed or not number.isdigit() or int(number) >= len(titles):
            return suggestion.title  # a template: its own title
        return titles[int(number)]

    def _answers(self, suggestion: Suggestion) -> str:
        """ "answers: Health & safety, Waiting time, Food" so a point the draft leaves out shows
        before sending."""
        lang = "fr" if self.locale.lower().startswith("fr") else "en"
        labels = point_labels(suggestion.addresses, lang)
        if not labels:
            return self.tr("answers: no specific complaint")
        return self.tr("answers: %1").replace("%1", ", ".join(labels))

    # -- editing ------------------------------------------------------------------

    def _use_suggestion(self, item: QListWidgetItem | None) -> None:
        if item is None or not self.suggestions:
            return
        suggestion = self.suggestions[self.suggestion_list.row(item)]
        self.template_id = suggestion.template_id
        self.editor.setPlainText(suggestion.text)
        self.editor.setFocus()

    def use_current_suggestion(self) -> None:
        """Enter on a suggestion card: it becomes the reply text."""
        self._use_suggestion(self.suggestion_list.currentItem())

    def _on_text_changed(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self._autosave.start()
        self._recheck()

    def save_now(self) -> None:
        """Write the draft to the database (also called before switching reviews and on close)."""
        self._autosave.stop()
        if self.review is None or not self._dirty:
            return
        try:
            drafts.save_draft(self.store, self.review.id, self.editor.toPlainText(), template_id=self.template_id)
        except StoreError as exc:
            self.message.emit(error_text(exc))
            return
        self._dirty = False
        self.changed.emit(self.review.id)

    def _recheck(self) -> None:
        if self.review is None or self.review_input is None:
            return
        text = self.editor.toPlainText()
        lang = self.review_input.lang or self.locale
        self.findings = check_draft(
            text, lang=lang if lang in ("en", "fr") else "en", platform=self.review.platform,
            review=self.review_input, previous_replies=drafts.posted_reply_texts(self.store, self.review.id),
            own_contacts=self.context.own_contacts, dismissed=self.dismissed,
        ) if text.strip() else []
        self._show_findings(text)

    def _show_findings(self, text: str) -> None:
        ui_lang = self.locale if self.locale in ("en", "fr") else "en"
        self.finding_list.clear()
        selections = []
        for f in self.findings:
            item = QListWidgetItem(f"{typography.label(self._severity_name(f.severity), ui_lang)} {f.message(ui_lang)}")
            item.setForeground(QColor(_SEVERITY_COLOURS.get(str(f.severity), "#000000")))
            item.setData(FINDING_ROLE, f.code)
            self.finding_list.addItem(item)
            if f.end > f.start:
                fmt = QTextCharFormat()
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                fmt.setUnderlineColor(QColor(_SEVERITY_COLOURS.get(str(f.severity), "#C0392B")))
                fmt.setToolTip(f.message(ui_lang))
                selections.append(span_selection(self.editor.document(), f.start, f.end, fmt))
        self.editor.setExtraSelections(selections)
        self.finding_list.setVisible(self.finding_list.count() > 0)  # no empty box taking the editor's room
        self._fit_finding_list()
        self._update_ignore_row()
        limit = limit_for(self.review.platform if self.review else None)
        if limit is not None:
            # "999 of 4,096 characters": a bare "999 / 4,096" leaves the owner guessing what counts.
            self.counter.setText(self.tr("%1 of %2 characters")
                                 .replace("%1", typography.number(limit.measure(text), self.locale))
                                 .replace("%2", typography.number(limit.max, self.locale)))  # 4 096 in French
        else:
            self.counter.setText(self.tr("%n character(s)", "", len(text)))
        blocked = any(str(f.severity) == "block" for f in self.findings) or not text.strip()
        self.send_button.setEnabled(not blocked and self.pending is None)
        self.replied_button.setEnabled(not blocked)
        self.copy_button.setEnabled(bool(text.strip()))

    def _severity_name(self, severity: object) -> str:
        return {
            # Plain about what each does to the Send button (issue 18: a warning never blocks).
            "block": QCoreApplication.translate("Composer", "Must fix before sending"),
            "warn": QCoreApplication.translate("Composer", "Check (you can still send)"),
            "hint": QCoreApplication.translate("Composer", "Tip"),
        }.get(str(severity), str(severity))

    def _fit_finding_list(self) -> None:
        """As tall as its problems, each wrapped to the list's width (at most 120 px, then it
        scrolls): one problem no longer takes the height of four from the reply being written."""
        view = self.finding_list
        metrics = view.fontMetrics()
        width = max(view.viewport().width() - 2 * _ITEM_MARGIN, 120)
        rows = sum(
            metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, view.item(i).text()).height()
            + _ITEM_MARGIN
            for i in range(view.count())
        )
        view.setFixedHeight(min(120, rows + 2 * view.frameWidth() + _ITEM_MARGIN))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The wrapped problems need more or fewer lines when the list's width changes.
        if watched is self.finding_list.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_finding_list()
        return super().eventFilter(watched, event)

    def _dismiss(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.dismissed.add(item.data(FINDING_ROLE))
        self._recheck()

    def _ignore_selected(self) -> None:
        """The Ignore button and the Delete key: the selected problem, if any."""
        self._dismiss(self.finding_list.currentItem())

    def _restore_dismissed(self) -> None:
        self.dismissed = set()
        self._recheck()

    def _update_ignore_row(self) -> None:
        """"Ignore" while a problem is selected; "Show ignored problems (n)" while some are ignored."""
        self.ignore_button.setVisible(self.finding_list.count() > 0)
        self.ignore_button.setEnabled(self.finding_list.currentItem() is not None)
        self.restore_button.setText(self.tr("Show ignored problems (%n)", "", len(self.dismissed)))
        self.restore_button.setAccessibleName(self.restore_button.text())
        self.restore_button.setVisible(bool(self.dismissed))

    # -- leaving the composer -----------------------------------------------------

    def _toggle_ready(self, ready: bool) -> None:
        self.save_now()
        if self.review is None:
            return
        draft = drafts.current_draft(self.store, self.review.id)
        if draft is not None:
            drafts.set_draft_state(self.store, draft.id, "ready" if ready else "draft")
            self.changed.emit(self.review.id)

    def send(self) -> None:
        """Queue the reply after a visible undo delay (U, Ctrl+Z or Undo send take it back)."""
        if (self.review is None or self.pending is not None or not self.send_button.isEnabled()
                or not self.send_button.isVisible()):
            return
        self.save_now()
        try:
            held = pending_send.hold_send(self.store, self.review.id, now=self.clock())
        except StoreError as exc:
            self.message.emit(error_text(exc))
            return
        if held is None:
            return
        self.pending = held.pending
        self.didChange.emit(held.changes)
        self._send_timer.start()
        self.undo_button.show()
        self.send_button.setEnabled(False)
        self.ready_button.setEnabled(False)  # the reply is on its way: only Undo changes it now
        self.editor.setReadOnly(True)
        self._show_countdown()

    def _show_countdown(self) -> None:
        if self.pending is None:
            return
        left = self.pending.seconds_left(self.clock())
        self.undo_button.setText(self.tr("Undo send (%1)").replace("%1", str(left)))
        self.message.emit(self.tr("Sending in %n second(s) — press U or Undo send to stop.", "", left))

    def tick(self) -> None:
        """The countdown: once the delay has passed on `clock`, the reply goes to the outbox."""
        if self.pending is None:
            self._send_timer.stop()
        elif self.pending.is_due(self.clock()):
            self._commit_send()
        else:
            self._show_countdown()

    def undo_send(self) -> bool:
        """Take back a reply waiting for its delay; False when none is waiting."""
        pending = self.pending
        if pending is None:
            return False
        self._end_pending()
        try:
            changes = pending_send.cancel_send(self.store, pending)
        except StoreError as exc:  # the draft itself is untouched: only its "ready" mark may stay
            self.message.emit(error_text(exc))
            return True
        self.didChange.emit(changes)
        self._recheck()
        if self.review is not None and self.review.id == pending.review_id:
            self.editor.setFocus()
            self.message.emit(self.tr("Sending cancelled: your reply is back in the editor."))
        else:
            self.message.emit(self.tr("Sending cancelled: your reply is kept as a draft."))
        return True

    def _end_pending(self) -> None:
        self._send_timer.stop()
        self.pending = None
        self.undo_button.hide()
        self.undo_button.setText(self.tr("Undo send"))
        self.ready_button.setEnabled(True)
        self.editor.setReadOnly(False)

    def _commit_send(self) -> None:
        pending = self.pending
        if pending is None:
            return
        self._end_pending()
        try:
            # The platform's rules, then draft → outbox in one step.
            queued = pending_send.commit_send(self.store, pending)
        except StoreError as exc:  # OutboxError too: refused, the draft stays as it was
            self.message.emit(error_text(exc))
            self._recheck()
            return
        self._recheck()
        if queued is None:
            return
        self.didChange.emit(queued.changes)
        self.message.emit(self.tr("Reply queued: it will be posted when online."))

    def flush(self) -> None:
        """Before closing: save the draft and queue a send whose undo delay is running."""
        self.presence_banner.show_review(None)  # this desktop no longer answers it
        self.save_now()
        if self.pending is not None:
            self._commit_send()

    def copy_and_open(self) -> None:
        QGuiApplication.clipboard().setText(self.editor.toPlainText())
        if self.review is not None and (self.review.url or "").startswith(("https://", "http://")):
            QDesktopServices.openUrl(QUrl(self.review.url))
        self.message.emit(self.tr("Reply copied: paste it on the review's page, then mark it as replied."))

    def mark_replied(self) -> None:
        if self.review is None or not self.editor.toPlainText().strip():
            return
        self._autosave.stop()
        drafts.mark_replied_manually(self.store, self.review.id, self.editor.toPlainText())
        self.changed.emit(self.review.id)
        self.message.emit(self.tr("Marked as replied."))
