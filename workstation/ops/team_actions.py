"""What the window on a team server does on the server itself: sync the team's sources, send the
shared outbox (after the team's automatic-reply rules queued what is due: ops/team_auto_replies.py),
store an imported file.

The window shows a local copy of the server (ops/team_mirror.py), but these three act on the
server, through the same operations as `workstation sync / outbox send / import --store`
(ops/team.py): one syncer per source across the team (the source's advisory lock), senders
claiming outbox rows with `FOR UPDATE SKIP LOCKED` and checking the platform before any resend,
each review stored once. Their results reach the local copy with the next pull (the window asks
for one when a run ends). Every function here runs on a worker thread and never raises for the
server being away: the outcome says so (`LinkState.OFFLINE` / `REFUSED`) and nothing is lost —
replies queued on this computer stay in the copy's outbox until a push takes them.
"""

from __future__ import annotations

import asyncio
import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from workstation.domain import utcnow
from workstation.error_kinds import Refusal
from workstation.importers import ImportResult
from workstation.ops import team
from workstation.ops.auto_replies import has_live_rules
from workstation.ops.changes import OpChanges
from workstation.ops.imports import FileOutcome, changes_for, refused_file
from workstation.ops.team_auto_replies import run_team_auto_replies
from workstation.ops.team_mirror import LinkState, TeamLink
from workstation.ops.team_sources import team_sources
from workstation.ops.team_triage import process_team_reviews
from workstation.store.db import Store
from workstation.store.errors import NewerDatabaseError, StoreError
from workstation.store.outbox import pending_items
from workstation.store.postgres.errors import TeamServerError, TeamServerUnreachable
from workstation.store.postgres.reviews import PartlyStoredError, import_records
from workstation.sync.connectors import ConnectorFactory
from workstation.sync.source_sync import SyncResult, syncable

Clock = Callable[[], datetime]


class SourceState(enum.StrEnum):
    SYNCED = "synced"
    BUSY = "busy"  # another computer of the team is syncing it right now (not a failure)
    NO_SECRET = "no_secret"  # this computer lacks the account's credentials; others sync it
    OFFLINE = "offline"  # the platform does not answer: the next run tries again
    FAILED = "failed"


@dataclass(frozen=True)
class SourceSync:
    """One source's part of a run on the team server."""

    source_id: int
    name: str
    state: SourceState
    new: int = 0
    updated: int = 0
    removed: int = 0
    replies: int = 0
    message: str = ""  # the platform's or the server's words, for FAILED (English)
    refusal: Refusal | None = None  # the same as a kind and its values: the window words it


@dataclass(frozen=True)
class SendRun:
    """The shared outbox drained by this desktop's sender."""

    sent: int = 0
    failed: int = 0
    pending: int = 0  # still unsent on the server after the run (any source)
    waiting_elsewhere: int = 0  # queued replies of sources whose credentials are not on this computer
    problems: tuple[str, ...] = ()
    #: A problem's words as data, by its index in `problems` (`SendResult.problem_parts`).
    problem_parts: dict[int, tuple[Refusal, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class ServerRun:
    """What a sync and/or send on the team server did; the copy shows it after the next pull."""

    state: LinkState
    sources: tuple[SourceSync, ...] = ()
    sent: SendRun | None = None
    auto_queued: int = 0  # replies the team's automatic-reply rules queued in this run
    problem: StoreError | None = None  # why OFFLINE or REFUSED (its class names the case)
    server_changes: OpChanges = field(default_factory=OpChanges)  # on the server, not yet in the copy

    @property
    def reached_server(self) -> bool:
        return self.state is LinkState.UP_TO_DATE

    @property
    def changed(self) -> int:
        return sum(s.new + s.updated + s.removed + s.replies for s in self.sources)


def _away(link: TeamLink, exc: StoreError) -> ServerRun:
    link.close()  # a pool whose server went away is dropped, not trusted (as TeamLink.mirror_once)
    refused = isinstance(exc, (TeamServerError, NewerDatabaseError)) and not isinstance(exc, TeamServerUnreachable)
    return ServerRun(LinkState.REFUSED if refused else LinkState.OFFLINE, problem=exc)


def _source_sync(result: SyncResult, name: str, secret_here: bool) -> SourceSync:
    counts = {"new": result.new, "updated": result.updated, "removed": result.removed, "replies": result.replies}
    if result.error is None:
        state = SourceState.SYNCED
    elif result.busy:
        state = SourceState.BUSY
    elif not secret_here:
        state = SourceState.NO_SECRET
    elif result.offline:
        state = SourceState.OFFLINE
    else:
        state = SourceState.FAILED
    return SourceSync(result.source_id, name, state, message=result.error or "", refusal=result.error_refusal,
                      **counts)


def sync_and_send(link: TeamLink, cache: Store | None = None, *, source_ids: Sequence[int] | None = None,
                  send: bool = True, connector_factory: ConnectorFactory | None = None, now: Clock = utcnow,
                  analyzer: object | None = None, only_with_secret: bool = False,
                  progress: Callable[[int, int, int], None] | None = None) -> ServerRun:
    """Sync the sources on the team server (all of the team's API sources when `source_ids` is
    None, none when empty) and triage what came in there, then send the shared outbox.

    The sender leaves alone the rows of sources whose credentials this computer lacks (the
    desktops that have them send those); `cache`, the local copy, counts them for the message.
    `only_with_secret` (scheduled runs): sync only the sources this computer can sync, quietly.
    `progress(source_id, pages, reviews)` after each stored batch of a source's pages."""
    try:
        server = link.server()
        infos = {info.source.id: info for info in team_sources(server)}
        here = {sid: info.secret_here or connector_factory is not None for sid, info in infos.items()}
        synced: tuple[SourceSync, ...] = ()
        changes = OpChanges()
        if only_with_secret:
            wanted = [sid for sid, i in infos.items() if syncable(i.source)] if source_ids is None else source_ids
            source_ids = [sid for sid in wanted if here.get(sid, True) and sid in infos]
        if source_ids is None or source_ids:
            outcome = asyncio.run(team.sync_sources(server, origin=link.origin, source_ids=source_ids,
                                                    connector_factory=connector_factory, now=now,
                                                    analyzer=analyzer, progress=progress))
            changes |= outcome.changes
            synced = tuple(_source_sync(r, infos[r.source_id].source.name if r.source_id in infos else "",
                                        here.get(r.source_id, True)) for r in outcome.results)
        sent = None
        auto_queued = 0
        if send and cache is not None and has_live_rules(cache):
            # The team's rules queue what is due before the outbox is sent (one desktop at a time).
            auto = run_team_auto_replies(server, cache, author=link.author, origin=link.origin, now=now())
            changes |= auto.changes
            auto_queued = auto.count("queued")
        if send:
            skip = frozenset(sid for sid, ok in here.items() if not ok)
            done = asyncio.run(team.send_outbox(server, sender=link.origin, origin=link.origin,
                                                connector_factory=connector_factory, now=now, skip_sources=skip))
            if done.result.error is not None:  # the server went away mid-send: claimed rows stay safe
                return _away(link, done.result.error)
            changes |= done.changes
            elsewhere = sum(1 for item in pending_items(cache) if item.source_id in skip) if cache and skip else 0
            sent = SendRun(done.result.sent, done.result.failed, done.result.pending, elsewhere,
                           tuple(done.result.problems), dict(done.result.problem_parts))
    except StoreError as exc:
        return _away(link, exc)
    return ServerRun(LinkState.UP_TO_DATE, synced, sent, auto_queued, server_changes=changes)


# -- File → Import on a team server -------------------------------------------------------

@dataclass(frozen=True)
class ServerImport:
    """One file stored on the team server (or why not)."""

    outcome: FileOutcome
    state: LinkState
    problem: StoreError | None = None


def import_parsed(link: TeamLink, path: Path, parsed: ImportResult, *, location: str | None = None,
                  now: Clock = utcnow) -> ServerImport:
    """Store a read file's reviews on the team server (each review stored once, whoever imports
    it), as `workstation import --store` does; the rows the reader refused are reported."""
    rejected = tuple(parsed.errors)
    if parsed.cancelled:
        return ServerImport(FileOutcome(path, rejected=rejected, cancelled=True), LinkState.UP_TO_DATE)
    try:
        server = link.server()
        stored = import_records(server, parsed.records, platform_hint=parsed.platform_hint,
                                default_location=location, now=now())
    except PartlyStoredError as exc:
        # What was stored reaches the other desktops; the problem is said as for any file.
        partly = team.partly_stored_file(path, exc, rejected)
        team.publish_changes(server, changes_for([partly]), origin=link.origin)
        return ServerImport(partly, _away(link, exc).state, exc)
    except StoreError as exc:
        away = _away(link, exc)
        return ServerImport(refused_file(path, exc, rejected), away.state, exc)
    outcome = FileOutcome(path, stored.imported, stored.updated, stored.unchanged, rejected,
                          review_ids=tuple(stored.new_ids) + tuple(stored.changed_ids))
    team.publish_changes(server, changes_for([outcome]), origin=link.origin)
    return ServerImport(outcome, LinkState.UP_TO_DATE)


def triage_on_server(link: TeamLink, *, now: Clock = utcnow, analyzer: object | None = None) -> LinkState:
    """Triage what the imports brought in, on the server (as the command line does after an
    import); the other desktops hear of it. The reviews are stored already: a server gone
    meanwhile only delays their triage to the next import or sync."""
    try:
        server = link.server()
        processed = process_team_reviews(server, analyzer=analyzer, now=now())
        team.publish_changes(server, processed.changes, origin=link.origin)
    except StoreError as exc:
        return _away(link, exc).state
    return LinkState.UP_TO_DATE
