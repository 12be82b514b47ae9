"""The window on a team server syncs, sends and imports on the server itself.

`TeamActions` takes the local sender's place (`MainWindow.sync`: same `sync_now`, `tick`,
`finished`, status label), but its runs go to the server through `ops.team_actions` on a worker
thread (the operations funnel): Sync now and the schedule sync the team's sources there (one
computer per source at a time), and its sender drains the *shared* outbox (rows claimed with
SKIP LOCKED, the platform checked before any resend), so two desktops never post one reply
twice. When a run ends the mirror pulls, and the local copy shows what it did.

The sender starts after a push that put replies in the shared outbox, when the server is back
after being away, and on the scheduler's tick while the copy shows replies waiting. While the
server is away nothing is lost: replies stay queued in the copy and wait for it.
File → Import stores files on the server too (`store_parsed`, called by ui/import_flow.py on its
worker thread), then triages them there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QStatusBar, QWidget

from workstation.domain import utcnow
from workstation.importers import ImportResult
from workstation.ops.imports import FileOutcome
from workstation.ops.team_actions import (
    Clock,
    ServerRun,
    SourceState,
    SourceSync,
    import_parsed,
    sync_and_send,
    triage_on_server,
)
from workstation.ops.team_mirror import LinkState, MirrorOutcome, TeamLink
from workstation.store import Store
from workstation.sync.connectors import ConnectorFactory
from workstation.ui.conflict_reasons import conflict_reason
from workstation.ui.format import fill_args
from workstation.ui.operations import Operations
from workstation.ui.sync_controller import TICK_MS, SyncOutcome, send_problem_lines
from workstation.ui.team_link import TeamMirrorController
from workstation.ui.worker import CancelledFn, Job, ProgressFn


def source_line(source: SourceSync) -> str:
    """One source's result in plain words (status bar and tooltip)."""
    name = source.name or QCoreApplication.translate("TeamActions", "Source %1").replace("%1", str(source.source_id))
    if source.state is SourceState.SYNCED:
        text = QCoreApplication.translate("TeamActions", "%1: %2 new, %3 updated").replace(
            "%2", str(source.new)).replace("%3", str(source.updated))
    elif source.state is SourceState.BUSY:
        text = QCoreApplication.translate(
            "TeamActions", "%1: another computer of the team is syncing it right now; its reviews will "
            "appear here when it is done.")
    elif source.state is SourceState.NO_SECRET:
        text = QCoreApplication.translate(
            "TeamActions", "%1: this computer does not have the account’s sign-in details, so the team "
            "computer that has them syncs it. To sync it from here too, save them once with: "
            "workstation source credentials --source %2 --credentials FILE").replace("%2", str(source.source_id))
    elif source.state is SourceState.OFFLINE:
        text = QCoreApplication.translate("TeamActions", "%1: the platform does not answer; it will be tried again.")
    else:
        reason = conflict_reason(source.refusal, source.message)  # the platform's words, in the window's language
        return fill_args(QCoreApplication.translate("TeamActions", "%1: %2"), name, reason)
    return text.replace("%1", name)


def server_away_text(run_state: LinkState, problem: Exception | None) -> str:
    """Why nothing was done on the server, and that nothing is lost."""
    if run_state is LinkState.REFUSED and problem is not None:
        from workstation.ui.team_server import problem_text

        return problem_text(problem)
    return QCoreApplication.translate(
        "TeamActions", "The team server does not answer: nothing was synced or sent. Your replies stay "
        "queued on this computer and go when the server is back.")


def short_lines(sources: Sequence[SourceSync]) -> list[str]:
    """A few words per kind of result, for the status bar (the full lines are in the sync status's
    tooltip: one line per source there)."""
    synced = [s for s in sources if s.state is SourceState.SYNCED]
    lines = []
    if synced:
        lines.append(QCoreApplication.translate("TeamActions", "Synced: %1 new, %2 updated").replace(
            "%1", str(sum(s.new for s in synced))).replace("%2", str(sum(s.updated for s in synced))))
    counts = {state: sum(1 for s in sources if s.state is state) for state in SourceState}
    if counts[SourceState.BUSY]:
        lines.append(QCoreApplication.translate(
            "TeamActions", "%n source(s) being synced by another team computer", "", counts[SourceState.BUSY]))
    if counts[SourceState.NO_SECRET]:
        lines.append(QCoreApplication.translate(
            "TeamActions", "%n source(s) without sign-in details on this computer", "", counts[SourceState.NO_SECRET]))
    if counts[SourceState.OFFLINE]:
        lines.append(QCoreApplication.translate(
            "TeamActions", "%n platform(s) not answering", "", counts[SourceState.OFFLINE]))
    if counts[SourceState.FAILED]:
        lines.append(QCoreApplication.translate(
            "TeamActions", "%n source(s) with a problem", "", counts[SourceState.FAILED]))
    return lines


def outcome_of(run: ServerRun) -> SyncOutcome:
    """The window's sync outcome (`MainWindow._sync_done` and the Accounts dialog read it)."""
    out = SyncOutcome(offline=not run.reached_server, changed=run.changed)
    if not run.reached_server:
        out.errors.append(server_away_text(run.state, run.problem))
        return out
    out.lines = short_lines(run.sources)
    out.errors = [source_line(s) for s in run.sources if s.state is SourceState.FAILED]
    out.auto_queued = run.auto_queued
    if run.sent is not None:
        out.sent, out.failed, out.send_problems = run.sent.sent, run.sent.failed, list(run.sent.problems)
        out.send_problem_parts = dict(run.sent.problem_parts)
        if run.sent.waiting_elsewhere:
            out.send_problems.append(QCoreApplication.translate(
                "TeamActions", "%n reply(ies) wait for a team computer that has the account’s sign-in details.",
                "", run.sent.waiting_elsewhere))
    return out


class TeamActions(QObject):
    """`finished(SyncOutcome)` after each run, as the local `SyncController`."""

    finished = Signal(object)

    def __init__(self, make_link: Callable[[], TeamLink], operations: Operations, status_bar: QStatusBar,
                 mirror: TeamMirrorController, parent: QObject | None = None, *,
                 connector_factory: ConnectorFactory | None = None, analyzer: object | None = None,
                 clock: Clock = utcnow) -> None:
        super().__init__(parent)
        self._clock = clock  # tests: a fixed day, so fake reviews and schedules do not follow today's date
        self._make_link = make_link
        self._link: TeamLink | None = None  # opened by the first run (on its worker thread)
        self._connector_factory = connector_factory  # tests: a loopback platform's
        self._analyzer = analyzer  # None: the app's (loaded on the worker thread on first use)
        self.operations = operations
        self.mirror = mirror
        self.status_bar = status_bar
        self.status = QLabel(status_bar)
        self.status.setAccessibleName(self.tr("Sync status"))
        status_bar.addPermanentWidget(self.status)
        self.job: Job | None = None
        self.offline = False
        self._send_again = False
        self._scheduler: Any = None
        self._stopped = False
        self._scheduled = False  # the run going on was started by the schedule, not the user
        self._names: dict[int, str] = {}  # source names for the progress line
        self.missing_box: QMessageBox | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        mirror.ran.connect(self._after_mirror)

    # -- the local sender's interface (MainWindow.sync) -------------------------------------

    @property
    def running(self) -> bool:
        return self.job is not None

    @property
    def scheduler(self) -> Any:
        if self._scheduler is None:
            from workstation.sync import SyncScheduler

            self._scheduler = SyncScheduler()
        return self._scheduler

    def start_schedule(self) -> None:
        self.timer.start()
        QTimer.singleShot(2000, self.tick)

    def stop(self) -> None:
        self._stopped = True
        self.timer.stop()
        if self.job is None:
            self._close_link()

    def _close_link(self) -> None:
        if self._link is not None:
            self._link.close()
            self._link = None

    def link(self) -> TeamLink:
        if self._link is None:
            self._link = self._make_link()
        return self._link

    def tick(self) -> None:
        """Sync the sources due (those this computer can sync) and send what waits, while the
        server answers (the mirror retries on its own while it is away)."""
        if self.job is not None or self.mirror.state in (LinkState.OFFLINE, LinkState.REFUSED):
            return
        from workstation.ops.auto_replies import has_live_rules
        from workstation.store.outbox import pending_items
        from workstation.store.sync_state import all_sources

        db_path = self.operations.db_path
        if db_path is None:
            return
        with Store(db_path) as copy:
            due = self.scheduler.due(all_sources(copy), self._clock())
            queued = bool(pending_items(copy))
            automatic = has_live_rules(copy)  # the team's rules may have replies coming due
        if due or queued or automatic:
            self._start(due, send=True, scheduled=True)

    def sync_now(self, source_ids: list[int] | None = None, *, send: bool = True) -> bool:
        """Sync on the team server (all the team's sources when None), then send; False when a run
        is going on (a send asked meanwhile runs right after it)."""
        if self.job is not None:
            self._send_again |= send
            return False
        return self._start(source_ids, send=send, scheduled=False)

    def send_now(self) -> None:
        """Send the shared outbox now (or right after the run going on)."""
        self.sync_now([], send=True)

    # -- running -----------------------------------------------------------------------------

    def _start(self, source_ids: Sequence[int] | None, *, send: bool, scheduled: bool) -> bool:
        if self._stopped:
            return False
        now = self._clock()
        for sid in source_ids or ():
            self.scheduler.attempted(sid, now)
        syncing = source_ids is None or bool(source_ids)
        self.status.setText(self.tr("Syncing with the team server…") if syncing else self.tr("Sending replies…"))
        link, factory, analyzer, clock = self.link(), self._connector_factory, self._analyzer, self._clock
        ids = None if source_ids is None else list(source_ids)

        def work(copy: Store, progress: ProgressFn, _cancelled: CancelledFn) -> ServerRun:
            def step(source_id: int, _pages: int, reviews: int) -> None:
                progress(source_id, reviews)  # (source, reviews so far), as the local sync shows it

            return sync_and_send(link, copy, source_ids=ids, send=send, connector_factory=factory,
                                 only_with_secret=scheduled, analyzer=analyzer, now=clock, progress=step)

        self._scheduled = scheduled
        self._names = self._source_names() if syncing else {}
        self.job = self.operations.run(work, done=self._done, progress=self._progress, failed=self._failed,
                                       initiator=self)
        return self.job is not None

    def _source_names(self) -> dict[int, str]:
        """The copy's source names (the server's ids), for the progress line."""
        from workstation.store.sync_state import all_sources

        db_path = self.operations.db_path
        if db_path is None:
            return {}
        with Store(db_path) as copy:
            return {s.id: s.name for s in all_sources(copy)}

    def _progress(self, source_id: int, reviews: int) -> None:
        """A source's stored pages so far, in the words of the local sync's status."""
        name = self._names.get(source_id) or str(source_id)
        self.status.setText(QCoreApplication.translate("SyncController", "Syncing %1: %n review(s)", "",
                                                       reviews).replace("%1", name))

    def _done(self, run: ServerRun) -> None:
        self.job = None
        if self._stopped:
            self._close_link()
            return
        outcome = outcome_of(run)
        # Said here, where the window's language and the copy's reviews and sources are known.
        outcome.send_problems = send_problem_lines(outcome.send_problems, outcome.send_problem_parts,
                                                   self.operations.db_path)
        self.offline = outcome.offline
        self._say(run, outcome, scheduled=self._scheduled)
        if run.reached_server:
            self.mirror.run_now()  # the copy shows what the run did
        self.finished.emit(outcome)
        if self._send_again and run.reached_server:
            self._send_again = False
            self.send_now()

    def _failed(self, message: str) -> None:
        self.job = None
        self._send_again = False
        self.status.setText(self.tr("Sync problem"))
        self.status.setToolTip(message)
        self.finished.emit(SyncOutcome(errors=[message]))

    def _say(self, run: ServerRun, outcome: SyncOutcome, *, scheduled: bool) -> None:
        time = self._clock().astimezone().strftime("%H:%M")
        if not run.reached_server:
            self.status.setText(self.tr("Waiting for the team server"))
            self.status.setToolTip(outcome.errors[0])
            # A few words beside the team server's own "working offline" label; the tooltip says
            # that the replies wait.
            self.status_bar.showMessage(
                self.tr("The team server does not answer: nothing was synced or sent.")
                if run.state is LinkState.OFFLINE else outcome.errors[0], 20_000)
            return
        details = [source_line(s) for s in run.sources] + outcome.send_problems
        self.status.setToolTip("\n".join(details))
        if outcome.errors or outcome.failed:
            self.status.setText(self.tr("Sync problem"))
        elif run.sources:
            self.status.setText(self.tr("Synced %1").replace("%1", time))
        else:
            self.status.setText(self.tr("Replies sent %1").replace("%1", time) if outcome.sent
                                else self.tr("Nothing waiting to send"))
        missing = [s for s in run.sources if s.state is SourceState.NO_SECRET]
        if missing and not scheduled:  # asked for by the user: say how to fix it, once per run
            self._say_missing(missing)

    def _say_missing(self, missing: Sequence[SourceSync]) -> None:
        """Sources this computer cannot sync: how to give it their sign-in details (non-modal)."""
        if self.missing_box is not None:  # the last run's: this one says it again
            self.missing_box.close()
        parent = self.parent()
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Sign-in details not on this computer"),
                          "\n\n".join(source_line(s) for s in missing), QMessageBox.StandardButton.Ok,
                          parent if isinstance(parent, QWidget) else None)
        box.setObjectName("teamMissingCredentials")
        box.setModal(False)
        box.show()  # not open(): that makes it window-modal, and this only informs
        self.missing_box = box

    def _after_mirror(self, outcome: MirrorOutcome) -> None:
        """A push put replies (or deletions, or retried ones) in the shared outbox, or the server is
        back: send them now."""
        if outcome.state is not LinkState.UP_TO_DATE:
            return
        if outcome.queued or outcome.approvals or outcome.deleted or outcome.retried or self.offline:
            self.offline = False
            self.send_now()

    # -- File → Import on the server -----------------------------------------------------------

    def store_parsed(self, path: Path, parsed: ImportResult, location: str | None) -> FileOutcome:
        """Store one read file on the team server (ui/import_flow.py's worker thread)."""
        with self._make_link() as link:  # its own connections: a sync may be running meanwhile
            stored = import_parsed(link, path, parsed, location=location, now=self._clock)
        if stored.problem is None:
            return stored.outcome
        from dataclasses import replace

        why = server_away_text(stored.state, stored.problem) if stored.state is not LinkState.UP_TO_DATE else ""
        return replace(stored.outcome, problem=(why or str(stored.problem)) + " " + QCoreApplication.translate(
            "TeamActions", "Nothing of this file was imported; import it again when the server answers."))

    def imported(self, outcomes: Sequence[FileOutcome]) -> None:
        """After File → Import: triage the new reviews on the server, then pull them into the copy."""
        if not any(o.review_ids for o in outcomes):
            return
        make_link, analyzer, clock = self._make_link, self._analyzer, self._clock

        def work(_copy: Store, _progress: ProgressFn, _cancelled: CancelledFn) -> LinkState:
            with make_link() as link:
                return triage_on_server(link, analyzer=analyzer, now=clock)

        self.mirror.run_now()  # the reviews first, their triage with the pull that follows
        self.operations.run(work, done=lambda _state: self.mirror.run_now(), initiator=self)
