"""The window on a team server: its local copy kept in step in the background, and a status
in plain words ("Team server: up to date" / "Working offline — …").

Every exchange with the server runs on a worker thread (`ops.team_mirror.TeamLink.mirror_once`
through the window's operations funnel, so every view redraws from the change set it returns);
the event loop never waits for the network. A listener thread holds `LISTEN` on the server:
another desktop's change starts a pull at once, so it shows within about a second. Local
reply work (a queued reply, a saved draft) and triage start a push shortly after; a timer retries
while the server is away. Nothing is ever posted from the local outbox in team mode: the
window is opened without its local sender, and queued replies go to the shared outbox, whose
senders (this window's is ui/team_actions.py) post them.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QBoxLayout, QLabel, QMessageBox, QStatusBar, QWidget

from workstation.ops.changes import OpChanges
from workstation.ops.team_mirror import LinkState, MirrorOutcome, TeamLink
from workstation.ops.team_reconnect import keep_reconnecting
from workstation.store import Store
from workstation.ui.conflict_reasons import conflict_reason
from workstation.ui.operations import Operations

log = logging.getLogger(__name__)

RETRY_MS = 30_000  # while offline, and a periodic check even when nothing was announced
PUSH_DELAY_MS = 1_500  # after local reply work: gather a few autosaves into one push
LISTEN_TIMEOUT = 1.0  # seconds a listener waits before checking whether it must stop
RECONNECT_SECONDS = 10.0


class _Bridge(QObject):
    """Carries the listener thread's news to the GUI thread (a queued signal)."""

    announced = Signal()


LinkFactory = Callable[[], TeamLink]


class TeamMirrorController(QObject):
    """`stateChanged(state)` after each run; the status label says it to the user."""

    stateChanged = Signal(str)
    ran = Signal(object)  # each run's MirrorOutcome (ui/team_actions.py sends what a push queued)

    def __init__(self, make_link: LinkFactory, operations: Operations, status_bar: QStatusBar,
                 parent: QWidget | None = None, *, listen: bool = True,
                 before_run: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        # The window saves the reply being typed first: the local copy then holds it, so a pull
        # never replaces it and the push names the draft version it started from.
        self._before_run = before_run
        self._make_link = make_link
        self._link = make_link()
        self.operations = operations
        self.status_bar = status_bar
        self.status = QLabel(status_bar)
        self.status.setAccessibleName(self.tr("Team server status"))
        status_bar.addPermanentWidget(self.status)
        self.state: LinkState | None = None
        self._conflict_box: QMessageBox | None = None
        self._running = False
        self._in_flight = False  # a run is queued or on its worker thread (guarded by _link_lock)
        self._link_lock = threading.Lock()
        self._again = False
        self._listen = listen
        self._stop = threading.Event()
        self.listening = threading.Event()  # set while the listener holds LISTEN on the server
        self._thread: threading.Thread | None = None
        self._bridge = _Bridge(self)
        self._bridge.announced.connect(self.run_now)
        self.retry = QTimer(self)
        self.retry.setInterval(RETRY_MS)
        self.retry.timeout.connect(self.run_now)
        self.push_soon = QTimer(self)
        self.push_soon.setSingleShot(True)
        self.push_soon.setInterval(PUSH_DELAY_MS)
        self.push_soon.timeout.connect(self.run_now)
        operations.didExecute.connect(self._local_change)
        self.status.setText(self.tr("Team server: connecting…"))

    # -- running ----------------------------------------------------------------------

    def start(self) -> None:
        self.run_now()
        self.retry.start()
        if self._listen:
            self._thread = threading.Thread(target=self._listen_loop, name="team-listener", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self.retry.stop()
        self.push_soon.stop()
        # Whichever comes last closes the link: this, or the run still on its worker thread
        # (`_running` alone is not enough: it is cleared by a done signal that may never come).
        with self._link_lock:
            self._stop.set()
            if not self._in_flight:
                self._close_link()

    def _run_ended(self) -> None:
        """A run is over (its work returned, or its job ended without reaching it): the link is
        closed now if the controller was stopped meanwhile, for a pool left open makes the app's
        exit wait on psycopg_pool's 5-second join of its threads. Safe to call twice."""
        with self._link_lock:
            self._in_flight = False
            if self._stop.is_set():
                self._close_link()

    def _close_link(self) -> None:
        close = getattr(self._link, "close", None)
        if close is not None:
            close()

    def run_now(self) -> None:
        """Push and pull now (or right after the run going on)."""
        if self._stop.is_set():
            return
        if self._running:
            self._again = True
            return
        link = self._link
        if self._before_run is not None:
            self._before_run()

        def work(store: Store, _progress: object, _cancelled: object) -> MirrorOutcome:
            try:
                return link.mirror_once(store)
            finally:
                # On the worker: the done signal may never be delivered (the event loop is
                # gone when the window closed meanwhile).
                self._run_ended()

        self._running = True
        with self._link_lock:
            self._in_flight = True
        job = self.operations.run(work, done=self._done, failed=self._failed, initiator=self)  # type: ignore[arg-type]
        if job is None:
            self._running = False
            self._run_ended()

    def _local_change(self, changes: OpChanges, initiator: object) -> None:
        # Reply work, settings and triage (a status moves reviews between views: `counts`) are pushed soon.
        if initiator is not self and (changes.drafts or changes.outbox or changes.counts or changes.settings):
            self.push_soon.start()

    def _done(self, outcome: MirrorOutcome) -> None:
        self._running = False
        self._run_ended()
        if self._stop.is_set():  # the window closed meanwhile
            return
        self.show_state(outcome)
        self.ran.emit(outcome)
        if outcome.conflicts:
            self._show_conflicts(outcome)
        if self._again:
            self._again = False
            self.run_now()

    def _failed(self, message: str) -> None:
        self._running = False
        self._run_ended()  # also when the job failed before its work ran (the copy would not open)
        if self._stop.is_set():
            return
        self.status.setText(self.tr("Team server: problem"))
        self.status.setToolTip(message)

    # -- saying it ----------------------------------------------------------------------

    def show_state(self, outcome: MirrorOutcome) -> None:
        first = self.state is None
        changed = outcome.state is not self.state
        self.state = outcome.state
        if outcome.state is LinkState.UP_TO_DATE:
            self.status.setText(self.tr("Team server: up to date"))
            self.status.setToolTip("")
        elif outcome.state is LinkState.OFFLINE:
            self.status.setText(self.tr("Working offline — your replies will be sent when the server is back"))
            self.status.setToolTip(outcome.message)
            if first:  # server down at start: the window is open on the local copy
                self.status_bar.showMessage(self.tr(
                    "The team server does not answer: you are working on this computer’s copy of the inbox."),
                    20_000)
        else:
            self.status.setText(self.tr("Team server: connection refused"))
            self.status.setToolTip(outcome.message)
            if changed:
                self.status_bar.showMessage(self._refusal(outcome), 30_000)
        if changed:
            self.stateChanged.emit(str(outcome.state))

    def _refusal(self, outcome: MirrorOutcome) -> str:
        from workstation.ui.team_server import problem_text

        if outcome.error is not None:
            return problem_text(outcome.error)
        return outcome.message

    def _show_conflicts(self, outcome: MirrorOutcome) -> None:
        from workstation.ops.team_mirror import conflicts, dismiss_conflict

        db_path = self.operations.db_path
        if db_path is None:
            return
        with Store(db_path) as store:
            found = conflicts(store)
            for conflict in found:
                dismiss_conflict(store, conflict.id, conflict.review_id)
        if not found:
            return
        # Refusals of queueing, taking back, approving: the server's word stands, the user's text stays.
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("The team server kept its version"),
                          self.tr("%n of your changes was not made on the team server: a colleague had already "
                                  "answered the review, or the reply was already being sent. Nothing is ever "
                                  "posted twice. Your text is kept below.", "", len(found)),
                          QMessageBox.StandardButton.Ok, self.parent() if isinstance(self.parent(), QWidget) else None)
        box.setDetailedText("\n\n".join(
            self.tr("Review %1: %2\nYour text: %3").replace("%1", str(c.review_id))
            .replace("%2", conflict_reason(c.refusal, c.message)).replace("%3", c.text) for c in found))
        box.setModal(False)
        box.open()
        self._conflict_box = box

    # -- the listener thread ------------------------------------------------------------------

    def _listen_loop(self) -> None:
        """Wait for the team's announcements; one arriving starts a pull (never touches widgets)."""
        keep_reconnecting(self._listen_session, stop=self._stop, connected=self.listening,
                          wait_seconds=RECONNECT_SECONDS, log=log, what="team listener")

    def _listen_session(self) -> None:
        with self._make_link() as link, link.listen() as listener:
            self.listening.set()
            while not self._stop.is_set():
                if listener.wait(LISTEN_TIMEOUT):
                    self._bridge.announced.emit()


def say_settings_are_shared(dialog: QWidget, *, some_stay_here: bool = False, automatic_replies: bool = False) -> None:
    """On a team server, a settings dialog says its values are the team's, and who wins
    (`some_stay_here`: Preferences, whose language and team connection are this computer's;
    `automatic_replies`: the rules answer for the whole team, from whichever app is open)."""
    layout = dialog.layout()
    if not isinstance(layout, QBoxLayout):
        return
    text = QCoreApplication.translate(
        "TeamMirrorController", "Shared with your team: everyone sees these settings once saved. If two people change the "
        "same one, the last one saved wins.")
    if some_stay_here:
        text += " " + QCoreApplication.translate(
            "TeamMirrorController", "The language and the Team tab stay on this computer.")
    if automatic_replies:
        text += " " + QCoreApplication.translate(
            "TeamMirrorController", "Rules that are on answer for the whole team while the app is open on at "
            "least one team computer, and never answer a review twice.")
    note = QLabel(text, dialog)
    note.setObjectName("teamSharedNote")
    note.setWordWrap(True)
    layout.insertWidget(0, note)

