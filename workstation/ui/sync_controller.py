"""Sync now, the sync scheduler and the outbox, driven from the window.

The async sync and send functions run on a worker thread with their own event loop
and their own database connection, so a slow platform never touches the GUI thread.
Offline shows as one quiet status-bar word, never as a storm of dialogs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QStatusBar

from workstation.domain import utcnow
from workstation.error_kinds import Refusal
from workstation.ops.changes import OpChanges
from workstation.store import Store
from workstation.ui.conflict_reasons import conflict_reason, parts_reason
from workstation.ui.format import fill_args, full_date
from workstation.ui.operations import Operations
from workstation.ui.translation import current_language
from workstation.ui.triage_labels import source_named
from workstation.ui.worker import CancelledFn, Job, ProgressFn

if TYPE_CHECKING:  # the sync package (httpx & co) is loaded on first use: keeps start-up fast
    from workstation.store.queries import InboxRow
    from workstation.sync.source_sync import SyncResult

TICK_MS = 60_000  # how often the scheduler looks for due sources and queued replies


@dataclass
class SyncOutcome:
    # One per source: "source 3: new 2, …" from the worker; the controller words them in the
    # window's language from `results` ("Boulangerie : 2 nouveaux avis, 1 mis à jour").
    lines: list[str] = field(default_factory=list)
    changed: int = 0
    offline: bool = False
    errors: list[str] = field(default_factory=list)
    sent: int = 0
    failed: int = 0
    send_problems: list[str] = field(default_factory=list)
    #: A send problem's parts by its index in `send_problems` (`SendResult.problem_parts`): the
    #: controller says those lines in the window's language, the others in their English.
    send_problem_parts: dict[int, tuple[Refusal, ...]] = field(default_factory=dict)
    auto_queued: int = 0  # replies queued by automatic-reply rules in this run
    changes: OpChanges = field(default_factory=OpChanges)  # what the window redraws
    results: list[SyncResult] = field(default_factory=list)  # each source's own result (its error's kind)


def run_sync(
    db_path: Path, source_ids: list[int] | None, send: bool, progress: ProgressFn | None = None
) -> SyncOutcome:
    """Sync the sources (all API sources when None), then send the outbox. Blocking."""
    from workstation.store import Store

    with Store(db_path) as store:  # this worker thread's own connection
        return sync_and_send(store, source_ids, send, progress)


def sync_and_send(
    store: Store, source_ids: list[int] | None, send: bool, progress: ProgressFn | None = None,
    clock: Callable[[], datetime] = utcnow,
) -> SyncOutcome:
    """`ops.sync`, then the automatic replies and `ops.outbox` on a worker thread's store; the
    outcome carries the change set."""
    import asyncio  # with the sync package, loaded on first use: keeps start-up fast

    from workstation.ops.auto_replies import run_auto_replies
    from workstation.ops.outbox import send_outbox
    from workstation.ops.sync import sync_sources

    async def both(store: Store) -> SyncOutcome:
        out = SyncOutcome()
        if source_ids is None or source_ids:
            def step(source_id: int, _pages: int, reviews: int) -> None:
                if progress is not None:
                    progress(source_id, reviews)  # (source, reviews so far): shown in the status bar

            # Triage runs afterwards in the window's background analysis (cancellable, with progress).
            synced = await sync_sources(store, source_ids=source_ids, progress=step, process=False)
            out.changes |= synced.changes
            for result in synced.results:
                out.results.append(result)
                out.lines.append(result.summary())
                out.changed += result.new + result.updated + result.removed + result.replies
                out.offline |= result.offline
                if result.error and not result.offline:
                    out.errors.append(result.summary())
        if send:
            # The owner's automatic-reply rules queue what is due before the outbox is sent.
            auto = run_auto_replies(store, now=clock())
            out.changes |= auto.changes
            out.auto_queued = auto.count("queued")
            sent = await send_outbox(store)
            out.changes |= sent.changes
            out.sent, out.failed, out.send_problems = sent.result.sent, sent.result.failed, list(sent.result.problems)
            out.send_problem_parts = dict(sent.result.problem_parts)
        return out

    return asyncio.run(both(store))


def send_problem_lines(problems: list[str], parts: Mapping[int, tuple[Refusal, ...]], db_path: Path | None,
                       sources: Mapping[int, str] | None = None) -> list[str]:
    """A send's problem lines in the window's language (`SendResult.problem_parts`, worded by
    `parts_reason`): a source named as the sidebar names it (`sources`, else read from the
    database), a review as the inbox list shows it (its author and the date its date column's
    tooltip shows), never by their numbers; one the database does not have keeps its number,
    a line without parts its English. Used by the local sender and the team's."""
    from workstation.sync.outbox_sender import review_named

    reviews, names = _shown([p for line in parts.values() for p in line], db_path, sources)
    lang = current_language()

    def named(part: Refusal) -> Refusal:
        number = part.params.get("source" if part.kind == "outbox_problem_source" else "review", "")
        if not number.isdigit():
            return part
        if part.kind == "outbox_problem_source":
            return Refusal(part.kind, {**part.params, "source": names.get(int(number), number)})
        row = reviews.get(int(number))
        if row is None:
            return part
        return review_named(part, row.author, full_date(row.created_at or row.first_seen_at, lang))

    return [parts_reason(tuple(named(p) for p in parts.get(i, ())), line) for i, line in enumerate(problems)]


def _shown(parts: list[Refusal], db_path: Path | None,
           sources: Mapping[int, str] | None) -> tuple[dict[int, InboxRow], Mapping[int, str]]:
    """The inbox rows of the reviews `parts` name by number, and the sources' names as the
    sidebar shows them (`sources` when given); nothing when the database is away."""
    ids = [int(p.params["review"]) for p in parts if p.params.get("review", "").isdigit()]
    wants_sources = sources is None and any(p.kind == "outbox_problem_source" for p in parts)
    if not (ids or wants_sources) or db_path is None or not db_path.exists():
        return {}, sources or {}
    from workstation.store import Store, StoreError
    from workstation.store.queries import fetch_rows
    from workstation.store.sync_state import all_sources

    try:
        with Store(db_path) as store:
            rows = fetch_rows(store, ids)
            if wants_sources:
                sources = {s.id: source_named(s.platform, s.name) for s in all_sources(store)}
    except StoreError:
        return {}, sources or {}
    return rows, sources or {}


class SyncController(QObject):
    """`finished(SyncOutcome)` after each run; the window refreshes from it."""

    finished = Signal(object)

    def __init__(
        self, db_path: Path, status_bar: QStatusBar, parent: QObject | None = None,
        operations: Operations | None = None,
    ) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.operations = operations  # the window's funnel: its views follow each run's change set
        self._scheduler: Any = None  # created on first use: the sync package loads httpx & co.
        self.job: Job | None = None
        self.status = QLabel(status_bar)
        self.status.setAccessibleName(self.tr("Sync status"))
        status_bar.addPermanentWidget(self.status)
        self.offline = False
        self._names: dict[int, str] = {}
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

    def start_schedule(self) -> None:
        self.timer.start()
        QTimer.singleShot(2000, self.tick)

    @property
    def scheduler(self) -> Any:
        if self._scheduler is None:
            from workstation.sync import SyncScheduler

            self._scheduler = SyncScheduler()
        return self._scheduler

    @property
    def running(self) -> bool:
        return self.job is not None

    def tick(self) -> None:
        """Sync the sources that are due, queue the automatic replies that are due and send
        queued replies (scheduler timer)."""
        if self.job is not None:
            return
        from workstation.ops.auto_replies import has_live_rules
        from workstation.store import Store
        from workstation.store.outbox import pending_items
        from workstation.store.sync_state import all_sources

        with Store(self.db_path) as store:
            due = self.scheduler.due(all_sources(store), utcnow())
            queued = bool(pending_items(store))
            automatic = has_live_rules(store)  # a rule switched on may have replies coming due
        if due or queued or automatic:
            self.sync_now(due, send=True)

    def sync_now(self, source_ids: list[int] | None = None, *, send: bool = True) -> bool:
        """Start a run (all API sources when `source_ids` is None); False if one is going on."""
        if self.job is not None:
            return False
        from workstation.store import Store
        from workstation.store.sync_state import all_sources

        with Store(self.db_path) as store:
            sources = all_sources(store)
        self._names = {s.id: source_named(s.platform, s.name) for s in sources}  # as the sidebar names them
        ids = source_ids if source_ids is not None else [s.id for s in sources if s.kind == "api"]
        now = utcnow()
        for sid in ids:
            self.scheduler.attempted(sid, now)
        self.status.setText(self.tr("Syncing…"))
        db_path = self.db_path

        if self.operations is not None:
            def op(store: Store, progress: ProgressFn, _cancelled: CancelledFn) -> SyncOutcome:
                return sync_and_send(store, ids, send, progress)

            self.job = self.operations.run(op, done=self._done, progress=self._progress,
                                           failed=lambda message: self._failed(message, ""))
            return self.job is not None

        def work(progress: ProgressFn, _cancelled: CancelledFn) -> SyncOutcome:
            return run_sync(db_path, ids, send, progress)

        self.job = Job(work, self)
        self.job.progress.connect(self._progress)
        self.job.finished.connect(self._done)
        self.job.failed.connect(self._failed)
        self.job.start()
        return True

    def _progress(self, source_id: int, reviews: int) -> None:
        name = self._names.get(source_id, str(source_id))
        self.status.setText(self.tr("Syncing %1: %n review(s)", "", reviews).replace("%1", name))

    def result_line(self, result: SyncResult) -> str:
        """One source's sync in the window's language, named as the user named it: its counts,
        or why it failed (the error's kind worded here; its English when it has none)."""
        name = self._names.get(result.source_id) or self.tr("Source %1").replace("%1", str(result.source_id))
        if result.offline:
            return fill_args(self.tr("%1: the platform does not answer; sync resumes on its own."), name)
        if result.error is not None:
            return fill_args(self.tr("%1: %2"), name, conflict_reason(result.error_refusal, result.error))
        parts = [self.tr("%n new review(s)", "", result.new), self.tr("%n updated", "", result.updated)]
        if result.removed:
            parts.append(self.tr("%n removed from the platform", "", result.removed))
        if result.replies:
            parts.append(self.tr("%n reply(ies) found on the platform", "", result.replies))
        if result.skipped:
            parts.append(self.tr("%n unreadable review(s) skipped", "", result.skipped))
        return fill_args(self.tr("%1: %2"), name, ", ".join(parts))

    def _done(self, outcome: SyncOutcome) -> None:
        self.job = None
        if outcome.results:  # said here, where the window's language and the sources' names are known
            outcome.lines = [self.result_line(r) for r in outcome.results]
            outcome.errors = [line for r, line in zip(outcome.results, outcome.lines, strict=True)
                              if r.error and not r.offline]
        outcome.send_problems = send_problem_lines(outcome.send_problems, outcome.send_problem_parts, self.db_path,
                                                   self._names)
        self.offline = outcome.offline
        if outcome.offline:
            self.status.setText(self.tr("Offline"))
            self.status.setToolTip(self.tr("The network is unreachable; sync resumes on its own."))
        elif outcome.errors or outcome.failed:
            self.status.setText(self.tr("Sync problem"))
            self.status.setToolTip("\n".join(outcome.errors + outcome.send_problems))
        else:
            self.status.setText(self.tr("Synced %1").replace("%1", utcnow().astimezone().strftime("%H:%M")))
            # Replies waiting for a platform's "try later" say when (issue 19), even on success.
            self.status.setToolTip("\n".join(outcome.lines + outcome.send_problems))
        self.finished.emit(outcome)

    def _failed(self, message: str, _details: str) -> None:
        self.job = None
        self.status.setText(self.tr("Sync problem"))
        self.status.setToolTip(message)
        self.finished.emit(SyncOutcome(errors=[message]))
