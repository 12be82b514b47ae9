"""A desktop on a team server: its local copy kept in step with the server (push, then pull).

The window and `workstation team mirror` both call `TeamLink.mirror_once`, which returns what
changed in the local copy as an `OpChanges` (the window redraws from it like from any other
operation) and the link's state in one word: up to date, offline (the server does not answer:
everything keeps working on the local copy and waits), or refused (a wrong password, a server
set up by a newer app, a certificate: the user must act). What the desktop pushed is announced
to the other desktops (`LISTEN/NOTIFY`), so their copies follow within about a second.
"""

from __future__ import annotations

import contextlib
import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from workstation.domain import utcnow
from workstation.metrics.stored import SLA_SETTING, sla_policy_from
from workstation.ops.changes import OpChanges
from workstation.ops.team import TeamChanges, publish_changes
from workstation.ops.team_triage import refresh_team_deadlines
from workstation.store import team_approval_copy, team_cache, team_outbound, team_settings_copy
from workstation.store.db import Store
from workstation.store.errors import NewerDatabaseError, StoreError
from workstation.store.location import PostgresLocation
from workstation.store.postgres.connection import PgStore
from workstation.store.postgres.errors import TeamServerError, TeamServerUnreachable
from workstation.store.team_approval_copy import Waiting
from workstation.store.team_cache import Applied
from workstation.store.team_outbound import Conflict
from workstation.sync import team_mirror
from workstation.sync.team_mirror import RULE_PREFIX

log = logging.getLogger(__name__)

# The default targets written over unset ones are not a change to send (store/team_settings_copy.py).
team_settings_copy.register_reader(SLA_SETTING, sla_policy_from)

#: More changed reviews than this in one run: "many" (the window redraws the list once).
_MANY = 200


class LinkState(enum.StrEnum):
    UP_TO_DATE = "up_to_date"
    OFFLINE = "offline"  # the server does not answer: work goes on locally and waits
    REFUSED = "refused"  # the server answered no (password, newer schema, TLS): the user must act


@dataclass(frozen=True)
class MirrorOutcome:
    state: LinkState
    changes: OpChanges  # what changed in the local copy
    message: str = ""  # why offline or refused, in plain words
    queued: int = 0  # replies this run put in the shared outbox
    drafts: int = 0  # shared drafts saved or discarded
    approvals: int = 0
    triaged: int = 0  # status changes sent
    settings: int = 0  # shared settings and locations sent (the last desktop to send wins)
    withdrawn: int = 0  # queued replies (or deletions) taken back before any sender had them
    by_hand: int = 0  # reviews marked replied by hand (answered for the whole team)
    deleted: int = 0  # deletions of a reply online queued in the shared outbox
    retried: int = 0  # failed replies put back in the shared outbox
    views: int = 0  # saved views sent, saved or deleted (the last desktop to send wins)
    conflicts: tuple[tuple[int, str], ...] = ()  # (review, what happened)
    received: int = 0  # reviews changed in the local copy
    error: StoreError | None = None  # why offline or refused (its class names the case)

    @property
    def ok(self) -> bool:
        return self.state is LinkState.UP_TO_DATE and not self.conflicts

    def summary(self) -> str:
        if self.state is not LinkState.UP_TO_DATE:
            return self.message
        parts = [f"{self.received} review(s) updated from the team server"]
        if self.queued:
            parts.append(f"{self.queued} reply(ies) sent to the shared outbox")
        if self.drafts:
            parts.append(f"{self.drafts} shared draft(s) saved")
        if self.approvals:
            parts.append(f"{self.approvals} approval(s) sent")
        if self.triaged:
            parts.append(f"{self.triaged} triage change(s) sent")
        if self.settings:
            parts.append(f"{self.settings} setting(s) sent")
        if self.withdrawn:
            parts.append(f"{self.withdrawn} queued reply(ies) or deletion(s) taken back")
        if self.by_hand:
            parts.append(f"{self.by_hand} review(s) marked replied by hand")
        if self.deleted:
            parts.append(f"{self.deleted} reply deletion(s) sent to the shared outbox")
        if self.retried:
            parts.append(f"{self.retried} failed reply(ies) queued again")
        if self.views:
            parts.append(f"{self.views} saved view(s) sent")
        lines = ["; ".join(parts) + "."]
        lines += [f"review {review_id}: {message}" for review_id, message in self.conflicts]
        return "\n".join(lines)


def local_changes(applied: Applied) -> OpChanges:
    ids = applied.review_ids
    return OpChanges(
        reviews=bool(ids), counts=bool(ids), outbox=applied.outbox, drafts=applied.replies, labels=applied.labels,
        crises=applied.crises, sources=applied.sources, settings=applied.settings,
        review_ids=frozenset(ids) if len(ids) <= _MANY else frozenset(),
    )


ServerOpener = Callable[[PostgresLocation], PgStore]


def _default_opener(data_dir: Path | None) -> ServerOpener:
    def open_server(where: PostgresLocation) -> PgStore:
        from workstation.store.factory import open_team_store

        return open_team_store(where, data_dir=data_dir)

    return open_server


class TeamLink:
    """One desktop's connection to its team server: opened when needed, opened again after
    the server came back (a pool whose server went away is dropped, not trusted)."""

    def __init__(self, where: PostgresLocation, *, author: str, origin: str, data_dir: Path | None = None,
                 open_server: ServerOpener | None = None) -> None:
        self.where, self.author, self.origin = where, author, origin
        self._open = open_server or _default_opener(data_dir)
        self._server: PgStore | None = None

    def server(self) -> PgStore:
        if self._server is None:
            self._server = self._open(self.where)
        return self._server

    def close(self) -> None:
        if self._server is not None:
            with contextlib.suppress(Exception):  # a pool whose server is gone may fail to close cleanly
                self._server.close()
            self._server = None

    def __enter__(self) -> TeamLink:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def mirror_once(self, cache: Store, *, now: Callable[[], datetime] = utcnow) -> MirrorOutcome:
        """Push the local changes, pull the server's; never raises for the server being away."""
        try:
            server = self.server()
            run = team_mirror.mirror(server, cache, author=self.author, now=now)
        except TeamServerUnreachable as exc:
            self.close()
            return MirrorOutcome(LinkState.OFFLINE, OpChanges(), str(exc), error=exc)
        except (TeamServerError, NewerDatabaseError) as exc:
            self.close()
            return MirrorOutcome(LinkState.REFUSED, OpChanges(), str(exc), error=exc)
        pushed = run.pushed
        if pushed.settings:
            if any(not name.startswith(RULE_PREFIX) for name in pushed.settings):
                refresh_team_deadlines(server, now=now())  # new targets or hours: every desktop's deadlines move
            publish_changes(server, OpChanges(reviews=True, counts=True, settings=True), origin=self.origin)
        if pushed.views and not pushed.settings:  # the other desktops' sidebars follow
            publish_changes(server, OpChanges(settings=True), origin=self.origin)
        if pushed.review_ids:
            outbox = bool(pushed.queued or pushed.withdrawn or pushed.by_hand or pushed.approvals or pushed.deleted
                          or pushed.retried)
            publish_changes(server, OpChanges(reviews=True, counts=True, outbox=outbox, drafts=True,
                                              review_ids=frozenset(pushed.review_ids)), origin=self.origin)
        team_cache.mark_up_to_date(cache, now())
        changes = local_changes(run.pulled)
        if pushed.conflicts:
            changes |= OpChanges(reviews=True, review_ids=frozenset(r for r, _ in pushed.conflicts))
        return MirrorOutcome(LinkState.UP_TO_DATE, changes, queued=len(pushed.queued), drafts=len(pushed.drafts),
                             approvals=len(pushed.approvals), triaged=len(pushed.triaged),
                             settings=len(pushed.settings), withdrawn=len(pushed.withdrawn),
                             by_hand=len(pushed.by_hand), deleted=len(pushed.deleted), retried=len(pushed.retried),
                             views=len(pushed.views),
                             conflicts=tuple(pushed.conflicts),
                             received=len(run.pulled.review_ids))

    def listen(self) -> TeamChanges:
        """The other desktops' change sets (this desktop's own echoes skipped); raises StoreError."""
        return TeamChanges(self.server(), ignore_origin=self.origin)


# -- figures (metrics, reports) on the local copy ---------------------------------------

@dataclass(frozen=True)
class CopyForFigures:
    """This computer's copy of the team server, for figures: brought up to date just now
    (`fresh`), or as of `as_of` when the server is away (None: never copied)."""

    path: Path
    fresh: bool
    as_of: datetime | None
    message: str = ""  # why not fresh, in plain words


def copy_for_figures(data_dir: Path, where: PostgresLocation, *, author: str, origin: str,
                     now: Callable[[], datetime] = utcnow, open_server: ServerOpener | None = None) -> CopyForFigures:
    """Bring this computer's copy up to date (push, then pull) and say how current it is; the
    metrics and reports then read the copy with the same code as on SQLite."""
    with open_local_copy(data_dir, where) as cache, \
            TeamLink(where, author=author, origin=origin, data_dir=data_dir, open_server=open_server) as link:
        outcome = link.mirror_once(cache, now=now)
        path = Path(str(cache.path))
        as_of = team_cache.up_to_date_at(cache)
    return CopyForFigures(path, outcome.state is LinkState.UP_TO_DATE, as_of, outcome.message)


# -- what the window asks of the local copy -------------------------------------------

def open_local_copy(data_dir: Path, where: PostgresLocation) -> Store:
    """The local copy of this team server in the data folder (created on first use)."""
    return team_cache.open_cache(team_cache.cache_file(data_dir, where.secret_name))


class Decider(enum.StrEnum):
    """Who may decide on a reply waiting for approval (the server checks again)."""

    YOU = "you"  # an approver, not its author
    OWN = "own"  # your own reply: another approver decides
    NOT_APPROVER = "not_approver"  # agents wait for an approver


@dataclass(frozen=True)
class ApprovalView:
    waiting: Waiting
    decider: Decider


def approval_for(cache: Store, review_id: int, member: str) -> ApprovalView | None:
    """The review's reply waiting for approval and whether `member` may approve it (None: none)."""
    waiting = team_approval_copy.waiting_reply(cache, review_id)
    if waiting is None:
        return None
    if not team_approval_copy.is_approver(cache, member):
        return ApprovalView(waiting, Decider.NOT_APPROVER)
    return ApprovalView(waiting, Decider.OWN if waiting.author.strip() == member.strip() else Decider.YOU)


def approve_reply(cache: Store, review_id: int) -> OpChanges:
    """Approve the reply waiting for approval: sent to the server with the next push."""
    team_outbound.ask(cache, review_id, team_outbound.APPROVE)
    return OpChanges(reviews=True, drafts=True, review_ids=frozenset({review_id}))


def send_back(cache: Store, review_id: int, note: str) -> OpChanges:
    """Send a reply waiting for approval back to its author, with a note (next push)."""
    team_outbound.ask(cache, review_id, team_outbound.REJECT, note=note)
    return OpChanges(reviews=True, drafts=True, review_ids=frozenset({review_id}))


class DeleteBlock(enum.StrEnum):
    """Why the copy already knows that deleting the review's reply would be refused (the
    server checks again, with the approval rule the copy does not hold)."""

    SENDING = "sending"  # a reply or deletion of it is being sent right now
    QUEUED = "queued"  # its deletion is already waiting in the outbox


def deletion_blocked(cache: Store, review_id: int) -> DeleteBlock | None:
    """Whether "Delete the reply on the platform" must be refused at once (None: ask the server)."""
    row = team_outbound.active_row(cache, review_id)
    if row is None:
        return None
    action, state = row
    if state == "sending":
        return DeleteBlock.SENDING
    return DeleteBlock.QUEUED if action == "delete" and state == "queued" else None


def conflicts(cache: Store, review_id: int | None = None) -> list[Conflict]:
    return team_outbound.open_conflicts(cache, review_id)


def dismiss_conflict(cache: Store, conflict_id: int, review_id: int) -> OpChanges:
    team_outbound.dismiss_conflict(cache, conflict_id)
    return OpChanges(reviews=True, review_ids=frozenset({review_id}))


def waiting_count(cache: Store) -> int:
    """Reviews with a local change the server has not taken yet (shown while offline)."""
    try:
        replies = {review_id for review_id in team_outbound.changed_reviews(cache)
                   if any(i.kind != team_outbound.REFRESH for i in team_outbound.intents_for(cache, review_id))}
        return len(replies | {review_id for review_id, _, _ in team_cache.triaged_here(cache)})
    except StoreError:  # pragma: no cover - a damaged local copy is reported by the caller's next write
        return 0
