"""The main window: sidebar of views, the inbox list, the detail pane, menus and
keyboard triage (j/k, e, n, u, /, Enter to reply)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workstation import __version__
from workstation.domain import TriageStatus, utcnow
from workstation.ops import OpChanges
from workstation.ops import triage as ops_triage
from workstation.ops import views as ops_views
from workstation.ops.changes import ProgressFn
from workstation.store import ReviewFilter, Store, StoreError, queries, settings
from workstation.store.analysis_results import label_values
from workstation.store.triage import StatusChange
from workstation.ui.analysis_job import AnalysisRunner
from workstation.ui.conflict_reasons import error_text, os_reason_text
from workstation.ui.crisis_banner import CrisisBanner
from workstation.ui.detail import DetailPane
from workstation.ui.empty_inbox import EmptyInboxHint
from workstation.ui.empty_state import EmptyState
from workstation.ui.filter_bar import FilterBar, LabelChoice
from workstation.ui.icons import app_icon
from workstation.ui.inbox_delegate import ReviewSnippetDelegate, row_height
from workstation.ui.inbox_model import (
    COLUMNS,
    COLUMNS_ASIDE_WHILE_REPLYING,
    HIDDEN_BY_DEFAULT,
    InboxModel,
)
from workstation.ui.operations import Operations
from workstation.ui.sidebar import Sidebar
from workstation.ui.sync_controller import SyncController
from workstation.ui.triage_labels import label_name

if TYPE_CHECKING:
    from workstation.ops.team_presence import PresenceProvider
    from workstation.ui.composer import Composer
    from workstation.ui.import_flow import ImportFlow
    from workstation.ui.report_export import ExportRequest as ReportExportRequest
    from workstation.ui.team_actions import TeamActions

_UNDO_DEPTH = 50


def ui_settings() -> QSettings:
    """Per-user UI preferences (geometry, language): an INI file in the user config dir."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "ReviewWorkstation", "workstation")


class MainWindow(QMainWindow):
    languageChangeRequested = Signal(str)

    def __init__(self, store: Store, *, locale: str = "en", demo: bool = False, background_jobs: bool = True,
                 clock: Callable[[], datetime] = utcnow, local_sender: bool = True) -> None:
        super().__init__()
        self.store = store
        self.clock = clock  # the reply's undo delay is measured on it
        # Who else answers the review in the reply view (a team server's; None when working alone).
        self.presence: PresenceProvider | None = None
        self.team_member: str | None = None  # the name in the team (None: working alone)
        self.locale = locale
        self.demo = demo
        self.undo_stack: list[StatusChange] = []
        self._import: ImportFlow | None = None
        business = settings.get_setting(store, "business_name") or ""
        title = self.tr("Review Workstation")
        if business:
            title = f"{business} — {title}"
        if demo:
            title += " " + self.tr("(demo)")
        self.setWindowTitle(title)
        self.setWindowIcon(app_icon())

        self.sidebar = Sidebar(store, self)
        self.model = InboxModel(store, locale, self)
        self.filter_bar = FilterBar(queries.languages(store), self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Reviews"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)  # rows are two lines tall: a long "due in …" wraps instead of "…"
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(row_height(self.fontMetrics()))
        self.table.setItemDelegateForColumn(COLUMNS.index("review"), ReviewSnippetDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # never ResizeToContents on big tables
        header.setStretchLastSection(False)
        widths = {"urgency": 84, "stars": 70, "source": 104, "author": 112, "date": 96, "review": 300, "due": 118,
                  "status": 100, "lang": 40, "location": 110}
        for i, column in enumerate(COLUMNS):
            self.table.setColumnWidth(i, widths[column])
        header.setSectionResizeMode(COLUMNS.index("review"), QHeaderView.ResizeMode.Stretch)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        for column in HIDDEN_BY_DEFAULT:  # the column chooser (header's context menu) shows them
            self.table.setColumnHidden(COLUMNS.index(column), True)
        self.empty_state = EmptyState(self.table)
        self.detail = DetailPane(locale, self)
        self.count_label = QLabel(self)

        centre = QWidget(self)
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(4, 4, 4, 4)
        self.crisis_banner = CrisisBanner(store, locale, self)
        self.crisis_banner.showReviews.connect(lambda c: self.show_crisis_room(c.id))
        centre_layout.addWidget(self.crisis_banner)
        centre_layout.addWidget(self.filter_bar)
        centre_layout.addWidget(self.table)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(centre)
        self.right = QSplitter(Qt.Orientation.Vertical, self)
        self.right.addWidget(self.detail)
        self.composer: Composer | None = None  # built on first use (loads the template library)
        self._list_sizes: list[int] = []  # the columns' widths before a reply widened the right one
        self._columns_aside: list[str] = []  # list columns hidden while replying, shown again after
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        sidebar = max(185, self.sidebar.wanted_width())  # every source name whole (at most 300 px)
        self.splitter.setSizes([sidebar, 975 - sidebar, 305])
        self.setCentralWidget(self.splitter)
        self.statusBar().addPermanentWidget(self.count_label)

        self.empty_hint = EmptyInboxHint(self.table.viewport())  # a fresh install: what to do first
        self.empty_hint.chosen.connect(self._empty_hint_chosen)
        self._base_filter = ReviewFilter()
        self._build_actions()
        self.sidebar.filterChosen.connect(self._on_sidebar)
        self.sidebar.deleteSavedView.connect(self._delete_view)
        self.filter_bar.changed.connect(self._apply_filter)
        self.filter_bar.saveRequested.connect(self._save_view)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.model.loaded.connect(self._update_count)
        self.empty_state.clearRequested.connect(self.filter_bar.clear)
        screen = self.screen().availableGeometry()  # first start: fit the screen, leave a margin
        self.resize(min(1340, int(screen.width() * 0.95)), min(820, int(screen.height() * 0.9)))
        self._restore_geometry()
        self.sidebar.select_view("needs_reply")
        self._refresh_label_filter()
        self.background_jobs = background_jobs
        # One funnel for operations: every change set comes back on one signal (see `on_changes`).
        self.operations = Operations(store.path, self)
        self.operations.didExecute.connect(self.on_changes)
        self.operations.error.connect(self.report_error)
        self._windows: list[QWidget] = []
        self.last_report: Path | None = None  # the last report exported from the window
        self.tray: object | None = None
        # On a team server's local copy nothing syncs or posts from this computer's outbox:
        # queued replies go to the shared outbox (ui/team_link.py), whose senders post them —
        # this window's among them, on the server (`use_team_actions`).
        self.sync: SyncController | TeamActions | None = (
            SyncController(store.path, self.statusBar(), self, self.operations)
            if store.path and local_sender else None)
        self.team: object | None = None  # the team server link, when the window shows a local copy
        self.team_actions: TeamActions | None = None  # syncs, sends and imports on the team server
        if self.sync is not None:
            self.sync.finished.connect(self._sync_done)
            if background_jobs:
                self.sync.start_schedule()
        self.analysis = (AnalysisRunner(self.operations, self.statusBar(), self, clock=self.clock)
                         if store.path else None)
        if self.analysis is not None:
            self.analysis.labelsCounted.connect(self._refresh_label_filter)
            self.analysis.updated.connect(self._analysis_updated)
            self.analysis.batchSaved.connect(self.model.invalidate)
            if background_jobs:
                QTimer.singleShot(300, self.analysis.start)  # after the first paint
                QTimer.singleShot(1500, self._start_tray)

    # -- actions and menus --------------------------------------------------------

    def _action(self, text: str, slot: object, *shortcuts: QKeySequence | str, name: str = "") -> QAction:
        action = QAction(text, self)
        keys = [QKeySequence(s) if isinstance(s, str) else s for s in shortcuts]
        if keys:
            action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        action.setObjectName(name)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        std = QKeySequence.StandardKey
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        self.act_import = self._action(self.tr("&Import reviews…"), self.choose_import, QKeySequence(std.Open),
                                       "Ctrl+I", name="import")
        file_menu.addAction(self.act_import)
        file_menu.addAction(self._action(self.tr("&Sync now"), self.sync_now, QKeySequence(std.Refresh), "F5",
                                         name="sync"))
        file_menu.addAction(self._action(self.tr("&Accounts…"), self.show_accounts, name="accounts"))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Export a report…"), self.export_report, "Ctrl+Shift+E",
                                         name="export_report"))
        file_menu.addSeparator()
        quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence(std.Quit), name="quit")
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(quit_action)

        edit_menu = menu.addMenu(self.tr("&Edit"))
        self.act_undo = self._action(self.tr("&Undo"), self.undo, QKeySequence(std.Undo), "U", name="undo")
        edit_menu.addAction(self.act_undo)
        edit_menu.addSeparator()
        edit_menu.addAction(self._action(self.tr("Select &all"), self.table.selectAll, QKeySequence(std.SelectAll),
                                         name="select_all"))
        edit_menu.addAction(self._action(self.tr("&Search"), self.filter_bar.focus_search, QKeySequence(std.Find),
                                         "/", name="search"))
        edit_menu.addAction(self._action(self.tr("Clear filters"), self._clear_filters, "Ctrl+Shift+L",
                                         name="clear_filters"))
        edit_menu.addSeparator()
        preferences = self._action(self.tr("&Preferences…"), self.show_preferences,
                                   QKeySequence(std.Preferences), "Ctrl+,", name="preferences")
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        edit_menu.addAction(preferences)

        review_menu = menu.addMenu(self.tr("&Review"))
        review_menu.addAction(self._action(self.tr("&Next"), lambda: self.move(1), "J", name="next"))
        review_menu.addAction(self._action(self.tr("&Previous"), lambda: self.move(-1), "K", name="previous"))
        review_menu.addSeparator()
        review_menu.addAction(self._action(self.tr("&Archive"), lambda: self.set_status(TriageStatus.ARCHIVED),
                                           "E", name="archive"))
        review_menu.addAction(self._action(self.tr("No reply &needed"),
                                           lambda: self.set_status(TriageStatus.NO_REPLY_NEEDED), "N",
                                           name="no_reply_needed"))
        review_menu.addSeparator()
        # Enter answers the selected review, as in a mail client's list (a text field keeps its Enter).
        review_menu.addAction(self._action(self.tr("&Reply…"), self.open_current, "R", "Return", "Enter",
                                           name="reply"))
        review_menu.addAction(self._action(self.tr("Close the reply"), self.close_composer, "Escape",
                                           name="close_reply"))
        review_menu.addAction(self._action(self.tr("Reply settings…"), self.edit_reply_settings,
                                           name="reply_settings"))
        review_menu.addAction(self._action(self.tr("Reply templates…"), self.manage_templates, "Ctrl+T",
                                           name="templates"))
        review_menu.addAction(self._action(self.tr("Automatic replies…"), self.manage_auto_replies,
                                           name="auto_replies"))
        review_menu.addAction(self._action(self.tr("Retry failed replies"), self.retry_failed, name="retry"))
        review_menu.addAction(self._action(self.tr("Take back the queued reply…"), self.withdraw_queued,
                                           name="withdraw_reply"))
        review_menu.addAction(self._action(self.tr("Delete the reply on the platform…"), self.delete_reply,
                                           name="delete_reply"))
        review_menu.addSeparator()
        review_menu.addAction(self._action(self.tr("Reply targets and opening hours…"), self.edit_sla,
                                           name="sla"))
        review_menu.addAction(self._action(self.tr("Invite customers to review…"), self.show_prevention,
                                           name="prevention"))
        review_menu.addAction(self._action(self.tr("Back to &inbox"), lambda: self.set_status(TriageStatus.OPEN),
                                           "I", name="reopen"))

        view_menu = menu.addMenu(self.tr("&View"))
        for i, (view, label) in enumerate(self.sidebar.view_names().items(), start=1):
            view_menu.addAction(self._action(label, lambda _=False, v=view: self.sidebar.select_view(v),
                                             f"Ctrl+{i}", name=f"view_{view}"))
        view_menu.addSeparator()
        view_menu.addAction(self._action(self.tr("&Dashboard"), self.show_dashboard, "Ctrl+D", name="dashboard"))
        view_menu.addAction(self._action(self.tr("&Crisis room"), lambda: self.show_crisis_room(None),
                                         "Ctrl+Shift+C", name="crisis_room"))
        view_menu.addSeparator()
        lang_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in (("en", "English"), ("fr", "Français")):
            act = QAction(name, self, checkable=True)
            act.setChecked(code == self.locale)
            act.triggered.connect(lambda _=False, c=code: self.languageChangeRequested.emit(c))
            group.addAction(act)
            lang_menu.addAction(act)

        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts,
                                         QKeySequence(std.HelpContents), name="shortcuts"))
        about = self._action(self.tr("&About"), self.show_about, name="about")
        about.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(about)

    # -- sync ---------------------------------------------------------------------

    def use_team_actions(self, actions: TeamActions) -> None:
        """On a team server's copy, Sync now, the schedule, the sender and File → Import act on
        the server (ui/team_actions.py) in the local sender's place."""
        self.team_actions = actions
        self.sync = actions  # the same interface as SyncController
        actions.finished.connect(self._sync_done)
        if self.background_jobs:
            actions.start_schedule()

    def sync_now(self, source_ids: list[int] | None = None) -> None:
        if self.sync is not None and not self.sync.sync_now(source_ids):
            self.statusBar().showMessage(self.tr("A sync is already running."), 4000)

    def _sync_done(self, outcome: object) -> None:
        lines = getattr(outcome, "lines", [])
        sent = getattr(outcome, "sent", 0)
        results = getattr(outcome, "results", None)
        if results:  # this computer's sync: one short line; each source's own line is in the status tooltip
            summary = self._sync_summary(results, len(getattr(outcome, "errors", [])), sent)
        else:
            summary = "; ".join(lines)
            if sent:
                summary += ("; " if summary else "") + self.tr("%n reply(ies) posted", "", sent)
        if summary:
            self.statusBar().showMessage(summary, 15000)
        # The views already followed the run's change set (the funnel published it).
        if self.analysis is not None and self.background_jobs and getattr(outcome, "changed", 0):
            self.analysis.start()

    def _sync_summary(self, results: list[Any], failed: int, sent: int) -> str:
        """What a sync did in one line that fits the status bar beside its permanent labels
        (one line per source made it run off the window with a few sources); `failed`: the
        sources whose sync failed (the controller's `errors`)."""
        summary = self.tr("Sync finished: %n new review(s).", "", sum(r.new for r in results))
        if failed:
            problem = QCoreApplication.translate("SyncController", "Sync problem")
            summary += " " + self.tr("%n source(s) failed: details under “%1”, bottom right.", "", failed).replace(
                "%1", problem)
        if sent:
            summary += " " + self.tr("%n reply(ies) posted.", "", sent)
        return summary

    def show_accounts(self) -> None:
        from workstation.ui.accounts import AccountsDialog

        dialog = AccountsDialog(self.store, self)
        dialog.syncRequested.connect(self.sync_now)
        if self.sync is not None:
            self.sync.finished.connect(dialog.reload)
        dialog.exec()
        if self.sync is not None:
            self.sync.finished.disconnect(dialog.reload)
        self.sidebar.reload()

    def withdraw_queued(self) -> None:
        """Take back the current review's reply waiting in the outbox before it is posted, or the
        deletion of its reply online before it is sent (on a team server: pushed at once, and
        refused there if a sender already has it; the push says so)."""
        from workstation.ops.replies import take_back, waiting_in_outbox

        review_id = self.current_review_id()
        detail = queries.review_detail(self.store, review_id) if review_id is not None else None
        waiting = waiting_in_outbox(self.store, detail.id) if detail is not None else None
        deletion = waiting is not None and waiting[0] == "delete"
        if detail is None or not (deletion or any(r.state in ("queued", "failed") and r.posted_at is None
                                                  for r in detail.replies)):
            self.statusBar().showMessage(self.tr("This review has no queued reply to take back."), 6000)
            return
        if waiting is not None and waiting[1] == "sending":  # said first: nothing to ask
            self.statusBar().showMessage(
                self.tr("This deletion is being sent right now: it can no longer be taken back.") if deletion
                else self.tr("This reply is being sent right now: it can no longer be taken back."), 8000)
            return
        who = detail.author or self.tr("this review")
        if deletion:
            title = self.tr("Take back the deletion")
            question = self.tr("Take back the deletion of the reply to %1? The reply stays on the platform.")
        else:
            title = self.tr("Take back the queued reply")
            question = self.tr("Take back the reply to %1 before it is posted? It becomes a draft again.")
        if QMessageBox.question(self, title, question.replace("%1", who)) != QMessageBox.StandardButton.Yes:
            return
        try:
            changes = take_back(self.store, detail.id).changes
        except StoreError as exc:
            self.show_refusal(exc)
            return
        self.operations.publish(changes)
        self.statusBar().showMessage(
            self.tr("Deletion taken back: the reply stays on the platform.") if deletion
            else self.tr("Reply taken back: it is a draft again."), 6000)
        push = getattr(self.team, "run_now", None)
        if push is not None:  # a team server's copy: asked of the server before a sender claims it
            push()

    def delete_reply(self) -> None:
        """Remove the posted reply of the current review, where the platform allows it (on a team
        server: queued in the shared outbox with the next push, the server checking again)."""
        review_id = self.current_review_id()
        detail = queries.review_detail(self.store, review_id) if review_id is not None else None
        if detail is not None and self.team is not None:  # said first: the reply is not 'sent' meanwhile
            from workstation.ops.team_mirror import DeleteBlock, deletion_blocked

            block = deletion_blocked(self.store, detail.id)
            if block is not None:
                self.statusBar().showMessage(
                    self.tr("This review’s reply is being sent right now: delete it once it is online.")
                    if block is DeleteBlock.SENDING else
                    self.tr("The deletion of this reply is already waiting to be sent."), 8000)
                return
        if detail is None or detail.source_kind != "api" or not any(r.state == "sent" for r in detail.replies):
            self.statusBar().showMessage(self.tr("This review has no reply posted from the app to delete."), 6000)
            return
        answer = QMessageBox.question(
            self, self.tr("Delete the reply on the platform"),
            self.tr("Delete your reply to %1 on the platform? The review will need a reply again.").replace(
                "%1", detail.author or self.tr("this review")),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from workstation.ops.replies import withdraw_reply

        try:
            changes = withdraw_reply(self.store, detail.id).changes
        except StoreError as exc:  # the platform does not allow it: plain words
            self.show_refusal(exc)
            return
        self.operations.publish(changes)
        self.statusBar().showMessage(
            self.tr("The reply will be deleted on the platform; the review will then need a reply again."), 10000)
        push = getattr(self.team, "run_now", None)
        if push is not None:  # a team server's copy: the push queues it on the server, whose senders post it
            push()
        else:
            self.sync_now([])

    def retry_failed(self) -> None:
        """Put the replies the platform refused back in the queue (on a team server's copy: pushed at
        once, the server re-queues each once and its senders check the platform first)."""
        from workstation.ops.replies import retry_failed

        count, changes = retry_failed(self.store)
        self.operations.publish(changes)
        self.statusBar().showMessage(self.tr("%n failed reply(ies) queued again.", "", count), 6000)
        push = getattr(self.team, "run_now", None)
        if count and push is not None:  # the push re-queues them on the server, whose senders post them
            push()
        elif count:
            self.sync_now([])

    # -- triage results -----------------------------------------------------------

    def _analysis_updated(self, _analysed: int, _new_crises: int) -> None:
        self._tray_check()  # views follow the run's change set; the tray counts its own

    def on_changes(self, changes: OpChanges, initiator: object = None) -> None:
        """Every view refreshes from what an operation says it changed (and only that)."""
        if changes.counts or changes.sources or changes.settings:  # settings: saved views, locations
            self.sidebar.reload()
        if changes.counts or (changes.reviews and not changes.review_ids):
            # A review may have entered or left the shown view: ask again, keep the selection.
            self._apply_filter()
        elif changes.reviews:
            self.model.refresh_rows(sorted(changes.review_ids))
        current = self.current_review_id()
        touched = not changes.review_ids or current in changes.review_ids
        if changes.reviews and current is not None and touched and initiator is not self.composer:
            detail = queries.review_detail(self.store, current)
            self.detail.show_review(detail)
            # The reply being written reloads only when this review itself was named (a reply
            # withdrawn, a retry): a sync or an analysis run must not move the cursor.
            composer = self.composer
            if (detail is not None and composer is not None and composer.isVisible()
                    and current in changes.review_ids):
                from workstation.ui.reply_context import review_input

                composer.open_review(detail, review_input(self.store, detail))
        if self.composer is not None and (changes.drafts or changes.settings):  # approvals, roles
            self.composer.approval_row.refresh()
        if changes.crises or (changes.reviews and not changes.review_ids):
            self.crisis_banner.refresh()
        if changes.counts or changes.outbox:
            self._tray_check()

    def report_error(self, message: str) -> None:
        """Where every failed operation ends: the status bar, in plain words."""
        self.statusBar().showMessage(message, 15000)

    def _tray_check(self) -> None:
        if self.tray is not None:
            self.tray.check()  # type: ignore[attr-defined]

    def _refresh_label_filter(self, counted: dict[str, list[tuple[str, int]]] | None = None) -> None:
        """The category filter's choices, grouped (counts from the analysis worker when given)."""
        def values(kind: str) -> list[tuple[str, int]]:
            return counted[kind] if counted is not None else label_values(self.store, kind)

        def choices(kind: str) -> list[LabelChoice]:
            return [LabelChoice(f"{label_name(kind, code, self.locale)} ({count})", f"{kind}:{code}",
                                label_name(kind, code, self.locale)) for code, count in values(kind)]

        complaints = [LabelChoice(label_name("topic", code, self.locale), f"topic:{code}:neg",
                                  self.tr("%1: negative").replace("%1", label_name("topic", code, self.locale)))
                      for code, _count in values("topic")]
        self.filter_bar.set_labels([(self.tr("Reasons"), choices("category")), (self.tr("Topics"), choices("topic")),
                                    (self.tr("Complaints by topic"), complaints), (self.tr("Flags"), choices("flag"))])

    def show_reviews(self, ids: list[int]) -> None:
        """Show exactly these reviews in the inbox (e.g. a crisis's)."""
        self.filter_bar.reset()
        self._base_filter = ReviewFilter(view="all", ids=tuple(ids))
        self._apply_filter()
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def show_urgent(self) -> None:
        self.filter_bar.reset()
        self.sidebar.select_view("urgent")
        self.showNormal()
        self.raise_()
        self.activateWindow()

    # -- windows beside the inbox -------------------------------------------------

    def _keep(self, window: QWidget) -> QWidget:
        """Keep a reference to a tool window until it is closed."""
        self._windows.append(window)
        window.destroyed.connect(lambda *_: self._windows.remove(window) if window in self._windows else None)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if window.findChild(QAction, "close_window") is None:
            from workstation.ui.window_keys import add_close_keys

            add_close_keys(window)  # Escape and Ctrl+W close it
        window.show()
        window.raise_()
        return window

    def show_dashboard(self) -> None:
        from workstation.ui.dashboard import DashboardWindow

        self._keep(DashboardWindow(self.store, self.locale, self))

    def show_preferences(self) -> None:
        """Edit → Preferences…: business, locations (time zone, hours), reply signature."""
        from workstation.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.store, self.locale, self)
        self._shared_with_team(dialog, some_stay_here=True)
        dialog.saved.connect(self._refresh_deadlines)  # hours or time zones may have changed
        dialog.saved.connect(lambda: self.sidebar.reload())  # new locations
        dialog.languageChosen.connect(self.languageChangeRequested.emit)
        dialog.exec()

    def export_report(self) -> None:
        """File → Export report…: the dialog, then the same operation as `workstation report`."""
        from workstation.ui.report_export import ReportExportDialog

        dialog = ReportExportDialog(self.store, self.locale, self)
        if dialog.exec() == ReportExportDialog.DialogCode.Accepted:
            self.run_report_export(dialog.request(), dialog.zone)

    def run_report_export(self, request: ReportExportRequest, zone: tzinfo) -> None:
        """Measure on a worker thread (progress in the status bar), write on this one."""
        from workstation.ops.reports import gather_report, write_gathered
        from workstation.ui.render.pdf import write_pdf

        now = datetime.now(UTC)
        self.statusBar().showMessage(self.tr("Preparing the report…"))

        def work(store: Store, progress: ProgressFn, _cancelled: object) -> object:
            return gather_report(store, zone=zone, now=now, period_from=request.period_from,
                                 period_to=request.period_to, locations=request.locations, progress=progress)

        def progressed(done: int, total: int) -> None:
            self.statusBar().showMessage(self.tr("Preparing the report… %1 of %2 steps")
                                         .replace("%1", str(done)).replace("%2", str(total)))

        def write(gathered: object) -> None:
            try:
                written = write_gathered(gathered, request.out, fmt=request.fmt,  # type: ignore[arg-type]
                                         lang=request.lang, zone=zone, draw_pdf=write_pdf)
            except OSError as exc:
                self.statusBar().clearMessage()
                self.show_error(self.tr("The report could not be saved to %1 (%2).")
                                .replace("%1", str(request.out)).replace("%2", os_reason_text(exc)))
                return
            self.last_report = written[0]
            self.statusBar().showMessage(self.tr("Report saved: %1").replace("%1", str(written[0])), 15000)

        def failed(message: str) -> None:
            self.statusBar().clearMessage()
            self.show_error(self.tr("The report could not be prepared: %1").replace("%1", message))

        self.operations.run(work, done=write, progress=progressed, failed=failed)  # type: ignore[arg-type]

    def show_crisis_room(self, crisis_id: int | None) -> None:
        from workstation.ui.crisis_room import CrisisRoom

        room = CrisisRoom(self.store, self.locale, self, crisis_id=crisis_id)
        room.setWindowFlag(Qt.WindowType.Window)
        room.openReviews.connect(self.show_reviews)
        room.changed.connect(self.crisis_banner.refresh)
        self._keep(room)

    def edit_sla(self) -> None:
        from workstation.ui.sla_settings import SlaSettingsDialog

        dialog = SlaSettingsDialog(self.store, self.locale, self)
        self._shared_with_team(dialog)
        dialog.saved.connect(self._refresh_deadlines)
        dialog.exec()

    def _shared_with_team(self, dialog: QWidget, *, some_stay_here: bool = False,
                          automatic_replies: bool = False) -> None:
        if self.team is not None:  # a team server's copy: these settings are the team's
            from workstation.ui.team_link import say_settings_are_shared

            say_settings_are_shared(dialog, some_stay_here=some_stay_here, automatic_replies=automatic_replies)

    def _refresh_deadlines(self) -> None:
        """New targets or opening hours: recompute every deadline off the GUI thread."""
        def work(store: Store, _progress: object, _cancelled: object) -> OpChanges:
            from workstation.ops.process import recompute_deadlines

            return recompute_deadlines(store)

        self.operations.run(work, failed=self.show_error)  # type: ignore[arg-type]

    def show_prevention(self) -> None:
        from workstation.ui.prevention import PreventionDialog

        PreventionDialog(self.store, self.locale, self).exec()

    def _start_tray(self) -> None:
        """Tray icon with the urgent count; notifications for critical reviews and crises only."""
        from workstation.ui.tray import TrayNotifier

        self.tray = TrayNotifier(self.store, self.locale, self)
        self.tray.openUrgent.connect(self.show_urgent)
        self.tray.openCrisis.connect(self.show_crisis_room)

    def _header_menu(self, pos: object) -> None:
        """Right-click on the list header: show or hide columns."""
        menu = QMenu(self)
        for i in range(self.model.columnCount()):
            name = self.model.headerData(i, Qt.Orientation.Horizontal)
            act = menu.addAction(name)
            act.setCheckable(True)
            act.setChecked(not self.table.isColumnHidden(i))
            act.setEnabled(COLUMNS[i] != "review")
            act.toggled.connect(lambda on, col=i: self.table.setColumnHidden(col, not on))
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))  # type: ignore[arg-type]

    # -- filtering ----------------------------------------------------------------

    def _on_sidebar(self, f: ReviewFilter) -> None:
        # Another view starts unfiltered: a filter left from the last one would hide reviews unseen.
        self.filter_bar.reset()
        self._base_filter = f
        self._apply_filter()

    def _apply_filter(self) -> None:
        current = self.current_review_id()
        # Typing in the search box shows the first page at once; the rest follows.
        self.model.set_filter(self.filter_bar.apply(self._base_filter), first_page_only=True)
        self.detail.set_search_words(self.model.search_words())  # hits marked in the text as in the list
        row = self.model.row_of(current) if current is not None else None
        self._select_row(row if row is not None else 0)

    def _clear_filters(self) -> None:
        self.filter_bar.reset()
        self._apply_filter()

    def _update_count(self) -> None:
        n = self.model.rowCount()
        self.count_label.setText(self.tr("%n review(s)", "", n))
        self.empty_hint.update_for(self.store)
        if not self.empty_hint.isHidden():  # a fresh install: what to do first, not "no match"
            self.empty_state.hide()
        else:
            self.empty_state.update_for(n, filtered=bool(self.filter_bar.active()),
                                        search=self.filter_bar.search.text().strip())

    def _empty_hint_chosen(self, step: str) -> None:
        {"import": self.choose_import, "connect": self.show_accounts,
         "preferences": self.show_preferences}.get(step, lambda: None)()

    def _save_view(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save view"), self.tr("Name of this view:"))
        if ok and name.strip():
            # Through the funnel: the sidebar reloads, and a team desktop pushes the view soon.
            self.operations.publish(ops_views.save_view(self.store, name, self.model.filter), self)

    def _delete_view(self, name: str) -> None:
        self.operations.publish(ops_views.delete_view(self.store, name), self)

    # -- selection and navigation -------------------------------------------------

    def current_review_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.review_id(index.row()) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        ids = [self.model.review_id(r) for r in rows]
        if not ids and self.current_review_id() is not None:
            ids = [self.current_review_id()]
        return [i for i in ids if i is not None]

    def _select_row(self, row: int) -> None:
        if self.model.rowCount() == 0:
            self.detail.show_review(None)
            return
        row = max(0, min(row, self.model.rowCount() - 1))
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def move(self, step: int) -> None:
        index = self.table.currentIndex()
        self._select_row((index.row() if index.isValid() else -1) + step)

    def open_current(self) -> None:
        """R, Enter or a double-click: the reply view opens on the selected review (the first if none).

        Enter where it means something else does that instead: after typing a search it moves to
        the results; on a suggested reply it uses that suggestion."""
        focus = self.focusWidget()
        if focus is self.filter_bar.search:
            self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        if self.composer is not None and focus is self.composer.suggestion_list:
            self.composer.use_current_suggestion()
            return
        if self.current_review_id() is None:
            self._select_row(0)
        self.open_composer()

    def _on_current_row(self, current: object, _previous: object) -> None:
        review_id = self.current_review_id()
        detail = queries.review_detail(self.store, review_id) if review_id is not None else None
        self.detail.show_review(detail)
        if self.composer is not None and self.composer.isVisible() and detail is not None:
            from workstation.ui.reply_context import review_input

            self.composer.open_review(detail, review_input(self.store, detail))

    # -- replying -----------------------------------------------------------------

    def _ensure_composer(self) -> Composer:
        if self.composer is None:
            # The reply assistant (templates, checks) loads on first use, not at start-up.
            from workstation.ui.composer import Composer
            from workstation.ui.reply_context import reply_context

            context, issues = reply_context(self.store)
            self.composer = Composer(self.store, context, self.locale, self, clock=self.clock, presence=self.presence)
            self.composer.changed.connect(self._reply_changed)
            self.composer.didChange.connect(lambda changes: self.operations.publish(changes, initiator=self.composer))
            self.composer.approval_row.decided.connect(
                lambda changes: self.operations.publish(changes, initiator=self.composer))
            self.composer.approval_row.set_member(self.team_member)
            self.composer.message.connect(lambda text: self.statusBar().showMessage(text, 10000))
            self.right.addWidget(self.composer)
            if issues:
                self.statusBar().showMessage(
                    self.tr("Some reply templates could not be loaded: %1").replace("%1", issues[0]), 15000)
        return self.composer

    def set_team_member(self, member: str | None) -> None:
        """The window joined a team server as `member`: the reply view shows replies waiting for approval."""
        self.team_member = member
        if self.composer is not None:
            self.composer.approval_row.set_member(member)

    def set_presence(self, provider: PresenceProvider | None) -> None:
        """The window joined (or left) a team server: the reply view shows who else is answering."""
        self.presence = provider
        if self.composer is not None:
            self.composer.presence_banner.set_provider(provider)

    def open_composer(self) -> None:
        review_id = self.current_review_id()
        detail = queries.review_detail(self.store, review_id) if review_id is not None else None
        if detail is None:
            return
        from workstation.ui.reply_context import review_input

        composer = self._ensure_composer()
        if not self._list_sizes:  # not replying yet
            self._reply_layout(True)
        composer.show()
        composer.open_review(detail, review_input(self.store, detail))
        composer.editor.setFocus()

    def _reply_layout(self, replying: bool) -> None:
        """Replying: the sidebar steps aside and the right column widens, keeping the review
        above a tall editor (its history steps aside too); closing the reply gives the
        sidebar and the list their width back. At 1280 px the views' names and the list
        cannot both keep their width beside a reply column wide enough to write in.
        The list's source and date columns step aside too (the review above the reply shows
        both): otherwise the review column keeps ten letters of each review and no reason."""
        self.detail.set_compact(replying)
        if replying:
            self._list_sizes = self.splitter.sizes()
            total = sum(self._list_sizes)
            right = max(self._list_sizes[2], total * 11 // 20)
            self.sidebar.hide()
            self._columns_aside = [c for c in COLUMNS_ASIDE_WHILE_REPLYING
                                   if not self.table.isColumnHidden(COLUMNS.index(c))]
            for column in self._columns_aside:
                self.table.setColumnHidden(COLUMNS.index(column), True)
            self.splitter.setSizes([0, total - right, right])
            height = sum(self.right.sizes()) or self.right.height()
            self.right.setSizes([height * 2 // 5, height - height * 2 // 5])
        elif self._list_sizes:
            self.sidebar.show()
            for column in self._columns_aside:
                self.table.setColumnHidden(COLUMNS.index(column), False)
            self._columns_aside = []
            self.splitter.setSizes(self._list_sizes)
            self._list_sizes = []

    def close_composer(self) -> None:
        if self.composer is not None and self.composer.isVisible():
            self.composer.flush()
            self.composer.hide()
            self._reply_layout(False)
            self.table.setFocus()

    def _reply_changed(self, review_id: int) -> None:
        # Queued, marked replied or a draft saved: the outbox and the views may change.
        changes = OpChanges(reviews=True, counts=True, outbox=True, drafts=True, review_ids=frozenset({review_id}))
        self.operations.publish(changes, initiator=self.composer)

    def manage_templates(self) -> None:
        from workstation.ui.reply_context import reply_context, templates_dir
        from workstation.ui.templates_dialog import TemplatesDialog

        folder = templates_dir(self.store)
        if folder is None:
            return
        folder.mkdir(parents=True, exist_ok=True)
        TemplatesDialog(folder, self).exec()
        if self.composer is not None:
            self.composer.context = reply_context(self.store)[0]

    def manage_auto_replies(self) -> None:
        from workstation.ui.auto_replies import AutoRepliesDialog

        dialog = AutoRepliesDialog(self.store, self.locale, self)
        self._shared_with_team(dialog, automatic_replies=True)  # the team's rules (pushed, last save wins)
        dialog.exec()
        push = getattr(self.team, "run_now", None)
        if push is not None:  # the dialog writes the copy directly: send the rules now, not at the next tick
            push()

    def edit_reply_settings(self) -> None:
        from workstation.ui.reply_settings import ReplySettingsDialog

        dialog = ReplySettingsDialog(self.store, self)
        self._shared_with_team(dialog)
        if dialog.exec() == ReplySettingsDialog.DialogCode.Accepted and self.composer is not None:
            from workstation.ui.reply_context import reply_context

            self.composer.context = reply_context(self.store)[0]

    # -- triage -------------------------------------------------------------------

    def set_status(self, status: TriageStatus) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        row = self.table.currentIndex().row()
        try:
            change, changes = ops_triage.set_status(self.store, ids, status)
        except StoreError as exc:
            self.show_refusal(exc)
            return
        self.undo_stack = [*self.undo_stack[-_UNDO_DEPTH + 1 :], change]
        self.operations.publish(changes)
        self._select_row(row)
        names = {"archived": self.tr("Archived"), "no_reply_needed": self.tr("Marked “no reply needed”"),
                 "open": self.tr("Moved back to the inbox")}
        self.statusBar().showMessage(
            self.tr("%1: %n review(s). Press U to undo.", "", len(ids)).replace("%1", names[change.new_status]),
            8000,
        )

    def undo(self) -> None:
        """U / Ctrl+Z: a reply waiting to be sent comes back first, then the last triage change."""
        if self.composer is not None and self.composer.undo_send():
            return
        if not self.undo_stack:
            self.statusBar().showMessage(self.tr("Nothing to undo."), 3000)
            return
        change = self.undo_stack.pop()
        try:
            changes = ops_triage.undo(self.store, change)
        except StoreError as exc:
            self.undo_stack.append(change)
            self.show_refusal(exc)
            return
        self.operations.publish(changes)
        row = self.model.row_of(change.ids[0])
        if row is not None:
            self._select_row(row)
        self.statusBar().showMessage(self.tr("Undone."), 3000)

    # -- import -------------------------------------------------------------------

    def choose_import(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import reviews"), str(Path.home()),
            self.tr("Review files (*.csv *.tsv *.txt *.json *.jsonl);;All files (*)"),
        )
        if files:
            self.import_files([Path(f) for f in files])

    def import_files(self, files: list[Path]) -> ImportFlow | None:
        if self._import is not None or self.store.path is None:
            return None
        from workstation.ui.import_flow import (
            ImportFlow,  # loaded on first use: keeps start-up fast
        )

        # On a team server's copy the files go to the server (the copy's rows are the server's).
        to_server = self.team_actions.store_parsed if self.team_actions is not None else None
        self._import = ImportFlow(self.store.path, files, self, locale=self.locale, destination=to_server)
        self._import.done.connect(self._import_done)
        self._import.start()
        return self._import

    def _import_done(self, outcomes: list[object]) -> None:
        self._import = None
        from workstation.ops.imports import changes_for
        from workstation.ui.import_flow import summarise

        message = summarise(self, outcomes)  # type: ignore[arg-type]
        self.statusBar().showMessage(message, 15000)
        if self.team_actions is not None:  # stored on the server: triaged there, then pulled
            self.team_actions.imported(outcomes)  # type: ignore[arg-type]
            return
        self.operations.publish(changes_for(outcomes))  # type: ignore[arg-type]
        if self.analysis is not None and self.background_jobs:
            self.analysis.start()

    # -- misc ---------------------------------------------------------------------

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Review Workstation"), message)

    def show_refusal(self, exc: StoreError) -> None:
        """A refused change or a store error (disk full, database locked…) in the window's
        language when its kind is known (store/refusals.py), its English sentence otherwise."""
        self.show_error(error_text(exc))

    def show_shortcuts(self) -> QWidget:
        """Help → Keyboard shortcuts, listed from the menus' actions and the reply view's."""
        from workstation.ui.composer import reply_actions
        from workstation.ui.shortcuts_help import ShortcutsWindow, action_entries, menu_entries

        shown = next((w for w in self._windows if isinstance(w, ShortcutsWindow)), None)
        if shown is not None:  # already open: bring it forward rather than a second copy
            shown.raise_()
            shown.activateWindow()
            return shown
        reply = self.composer.actions_by_name if self.composer is not None else reply_actions(self)
        entries = menu_entries(self.menuBar()) + action_entries(self.tr("Reply view"), reply.values())
        if self.composer is None:
            for action in reply.values():  # only built to be listed
                action.deleteLater()
        return self._keep(ShortcutsWindow(entries, self))

    def show_about(self) -> None:
        QMessageBox.about(
            self, self.tr("About Review Workstation"),
            self.tr("Review Workstation %1\nAll your customer reviews in one offline inbox.").replace(
                "%1", __version__),
        )

    def _restore_geometry(self) -> None:
        s = ui_settings()
        geometry = s.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = s.value("window/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        header = s.value("window/inbox_header_v4")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)

    def save_geometry(self) -> None:
        # What is remembered is the inbox's own layout: saved while a reply is open, the next
        # start would open with no sidebar and without the list's source and date columns.
        replying = bool(self._list_sizes)
        if replying:
            self._reply_layout(False)
        s = ui_settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/splitter", self.splitter.saveState())
        s.setValue("window/inbox_header_v4", self.table.horizontalHeader().saveState())
        if replying:
            self._reply_layout(True)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.operations.cancel_all()  # each stops after its current small batch
        if self.composer is not None:
            self.composer.flush()
        self.save_geometry()
        super().closeEvent(event)
