"""Operations on a team server (PostgreSQL): import, sync, queue and send replies, find reviews.

Each returns the same outcome types and `OpChanges` as its SQLite twin in this package,
and, after it committed, publishes the change set (`LISTEN/NOTIFY`, see
`store/postgres/notify.py`) so the other desktops redraw what changed. Imports and syncs
triage what they brought in before they return (`ops/team_triage.py`), as on SQLite. What
is not shared yet in team mode is said in docs/architecture.md ("Two stores").
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from workstation.domain import RowError, utcnow
from workstation.ops.changes import OpChanges
from workstation.ops.imports import (
    FileOutcome,
    ImportOutcome,
    changes_for,
    refused_file,
    unreadable_file,
)
from workstation.ops.outbox import Sent
from workstation.ops.process import ProcessResult
from workstation.ops.reviews import FoundReview, _explained, review_filter
from workstation.ops.sync import SyncOutcome
from workstation.ops.team_triage import process_team_reviews, refresh_team_deadlines
from workstation.store.business_profile import BusinessProfile
from workstation.store.errors import StoreError
from workstation.store.outbox import QueuedReply
from workstation.store.postgres import approval, notify, search
from workstation.store.postgres import drafts as team_drafts
from workstation.store.postgres import outbox as team_outbox
from workstation.store.postgres import settings as team_settings
from workstation.store.postgres.connection import PgStore
from workstation.store.postgres.drafts import TeamDraft
from workstation.store.postgres.reviews import PartlyStoredError, import_records
from workstation.sync.connectors import ConnectorFactory
from workstation.sync.team_sender import send_team_outbox
from workstation.sync.team_sync import sync_team_sources

_MAX_PAYLOAD = 7900  # PostgreSQL refuses a NOTIFY payload of 8000 bytes or more


# -- live updates -------------------------------------------------------------------

@dataclass(frozen=True)
class RemoteChange:
    """A change set another connection (or desktop) committed; `origin` says who."""

    origin: str
    changes: OpChanges


def encode_changes(changes: OpChanges, origin: str) -> str:
    """The NOTIFY payload; too many ids for one payload means "many" (empty ids), as in OpChanges."""
    flags = [f.name for f in fields(changes) if f.name != "review_ids" and getattr(changes, f.name)]
    text = json.dumps({"origin": origin, "flags": flags, "ids": sorted(changes.review_ids)})
    if len(text.encode()) > _MAX_PAYLOAD:
        text = json.dumps({"origin": origin, "flags": flags, "ids": []})
    return text


def decode_changes(text: str) -> RemoteChange | None:
    """The change set of a payload; None for one this version cannot read (a newer app's)."""
    known = {f.name for f in fields(OpChanges)} - {"review_ids"}
    try:
        data = json.loads(text)
        flags = {name: True for name in data["flags"] if name in known}
        return RemoteChange(str(data["origin"]), OpChanges(**flags, review_ids=frozenset(int(i) for i in data["ids"])))
    except (ValueError, TypeError, KeyError):
        return None


def publish_changes(store: PgStore, changes: OpChanges, *, origin: str) -> None:
    """Tell the other desktops what changed; a lost notification only delays their redraw."""
    if changes.empty:
        return
    # The write itself is committed: a lost notification only means listeners re-read their
    # views when they reconnect.
    with contextlib.suppress(StoreError):
        notify.publish(store, encode_changes(changes, origin))


class TeamChanges:
    """Subscribe to the team's changes: `wait(timeout)` returns the change sets received."""

    def __init__(self, store: PgStore, *, ignore_origin: str | None = None) -> None:
        self._listener = notify.ChangeListener(store)
        self._ignore = ignore_origin

    def wait(self, timeout: float, *, stop_after: int | None = None) -> list[RemoteChange]:
        decoded = (decode_changes(text) for text in self._listener.wait(timeout, stop_after=stop_after))
        return [c for c in decoded if c is not None and c.origin != self._ignore]

    def close(self) -> None:
        self._listener.close()

    def __enter__(self) -> TeamChanges:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# -- writes -------------------------------------------------------------------------

def partly_stored_file(path: Path, exc: PartlyStoredError, rejected: tuple[RowError, ...] = ()) -> FileOutcome:
    """A large file of which a part was stored before a problem: what was stored, and the problem."""
    done = exc.stored
    return dataclasses.replace(refused_file(path, exc, rejected), imported=done.imported, updated=done.updated,
                               unchanged=done.unchanged, review_ids=tuple(done.new_ids) + tuple(done.changed_ids))


def import_files(
    store: PgStore, files: Sequence[Path], *, origin: str, tz: tzinfo = UTC, platform: str | None = None,
    location: str | None = None, now: datetime | None = None, process: bool = True,
    analyzer: object | None = None,
) -> ImportOutcome:
    """Import every file into the team server (each review stored once whoever imports it),
    then triage the new reviews (`process=False`: leave that to a later run)."""
    from workstation.importers import ImportFormatError, read_file

    outcomes: list[FileOutcome] = []
    for path in files:
        try:
            parsed = read_file(path, tz=tz)
        except ImportFormatError as exc:
            outcomes.append(unreadable_file(path, exc))
            continue
        rejected = tuple(parsed.errors)
        try:
            stored = import_records(store, parsed.records, platform_hint=platform or parsed.platform_hint,
                                    default_location=location, now=now)
        except PartlyStoredError as exc:
            outcomes.append(partly_stored_file(path, exc, rejected))
            continue
        except StoreError as exc:
            outcomes.append(refused_file(path, exc, rejected))
            continue
        outcomes.append(FileOutcome(path, stored.imported, stored.updated, stored.unchanged, rejected,
                                    review_ids=tuple(stored.new_ids) + tuple(stored.changed_ids)))
    changes = changes_for(outcomes)
    # The new reviews reach the other desktops now; their triage follows as a second change set.
    publish_changes(store, changes, origin=origin)
    processed = None
    if process:
        processed = process_team_reviews(store, analyzer=analyzer, now=now)
        publish_changes(store, processed.changes, origin=origin)
        changes |= processed.changes
    return ImportOutcome(tuple(outcomes), processed, changes)


async def sync_sources(
    store: PgStore, *, origin: str, source_ids: Sequence[int] | None = None, full: bool = False,
    connector_factory: ConnectorFactory | None = None, now: Callable[[], datetime] = utcnow,
    process: bool = True, analyzer: object | None = None, progress: Callable[[int, int, int], None] | None = None,
) -> SyncOutcome:
    """Sync the sources into the team server, then triage what changed (as `ops.sync.sync_sources`;
    `progress(source_id, pages, reviews)` while fetching)."""
    results = tuple(await sync_team_sources(store, source_ids=source_ids, connector_factory=connector_factory,
                                            now=now, full=full, progress=progress))
    changes = OpChanges(sources=True)
    processed: ProcessResult | None = None
    if any(r.new or r.updated or r.removed or r.replies for r in results):
        changes |= OpChanges(reviews=True, counts=True, outbox=any(r.replies for r in results),
                             review_ids=frozenset(i for r in results for i in r.changed_ids))
    publish_changes(store, changes, origin=origin)  # the synced reviews first, their triage after
    if process and changes.reviews:
        processed = process_team_reviews(store, analyzer=analyzer, now=now())
        publish_changes(store, processed.changes, origin=origin)
        changes |= processed.changes
    return SyncOutcome(results, processed, changes)


def queue_reply(store: PgStore, review_id: int, text: str, *, author: str, origin: str,
                now: datetime | None = None) -> tuple[QueuedReply, OpChanges]:
    """Queue a reply in the shared outbox; raises OutboxError (ReplyConflict when someone else answered)."""
    queued = team_outbox.queue_reply(store, review_id, text, author=author, now=now)
    changes = OpChanges(reviews=True, counts=True, outbox=True, drafts=True, review_ids=frozenset({review_id}))
    publish_changes(store, changes, origin=origin)
    return queued, changes


def submit_for_approval(store: PgStore, review_id: int, text: str, *, author: str, origin: str,
                        now: datetime | None = None) -> tuple[TeamDraft, OpChanges]:
    """Put a reply up for an approver (its location asks for approval); raises OutboxError."""
    waiting = approval.submit_for_approval(store, review_id, text, author=author, now=now)
    changes = OpChanges(reviews=True, drafts=True, review_ids=frozenset({review_id}))
    publish_changes(store, changes, origin=origin)
    return waiting, changes


def approve_reply(store: PgStore, review_id: int, *, approver: str, origin: str,
                  now: datetime | None = None) -> tuple[QueuedReply, OpChanges]:
    """Queue a reply waiting for approval; raises ApprovalRefused (own reply, not an approver…)."""
    queued = approval.approve(store, review_id, approver=approver, now=now)
    changes = OpChanges(reviews=True, counts=True, outbox=True, drafts=True, review_ids=frozenset({review_id}))
    publish_changes(store, changes, origin=origin)
    return queued, changes


def reject_reply(store: PgStore, review_id: int, *, approver: str, note: str, origin: str,
                 now: datetime | None = None) -> tuple[TeamDraft, OpChanges]:
    """Send a waiting reply back to its author as a draft, with a note; raises ApprovalRefused."""
    back = approval.reject(store, review_id, approver=approver, note=note, now=now)
    changes = OpChanges(reviews=True, drafts=True, review_ids=frozenset({review_id}))
    publish_changes(store, changes, origin=origin)
    return back, changes


def save_draft(store: PgStore, review_id: int, text: str, *, author: str, base_version: int | None, origin: str,
               now: datetime | None = None) -> tuple[TeamDraft | None, OpChanges]:
    """Save the shared draft of a review (empty text: discard it); raises DraftConflict when
    someone saved a newer one since `base_version`, NoSuchReview for an unknown review."""
    draft = team_drafts.save_draft(store, review_id, text, author=author, base_version=base_version, now=now)
    changes = OpChanges(reviews=True, drafts=True, review_ids=frozenset({review_id}))
    publish_changes(store, changes, origin=origin)
    return draft, changes


def current_draft(store: PgStore, review_id: int) -> TeamDraft | None:
    return team_drafts.current_draft(store, review_id)


def save_location_settings(store: PgStore, location_id: int, *, timezone: str | None, country: str | None,
                           hours_json: str | None, origin: str, review_url: str | None = None,
                           now: datetime | None = None) -> OpChanges:
    """A location's time zone, country and opening hours on the server, then every unanswered
    review's deadline again (as Preferences does on SQLite); raises NoSuchLocation."""
    if not team_settings.save_location_settings(store, location_id, timezone=timezone, country=country,
                                                hours_json=hours_json, review_url=review_url):
        raise NoSuchLocation(f"Location {location_id} does not exist on the team server.")
    refresh_team_deadlines(store, now=now)
    changes = OpChanges(reviews=True, counts=True, settings=True)
    publish_changes(store, changes, origin=origin)
    return changes


def load_business_profile(store: PgStore) -> BusinessProfile:
    return team_settings.load_profile(store)


def save_business_profile(store: PgStore, profile: BusinessProfile, *, origin: str,
                          now: datetime | None = None) -> OpChanges:
    """The business profile on the server (as Preferences saves it on SQLite), then the deadlines
    again: a location's hours or time zone may have changed."""
    team_settings.save_profile(store, profile, now=now)
    refresh_team_deadlines(store, now=now)
    changes = OpChanges(reviews=True, counts=True, settings=True)
    publish_changes(store, changes, origin=origin)
    return changes


class NoSuchLocation(StoreError):
    """The location does not exist on the team server."""


async def send_outbox(store: PgStore, *, sender: str, origin: str,
                      connector_factory: ConnectorFactory | None = None,
                      now: Callable[[], datetime] = utcnow, skip_sources: frozenset[int] = frozenset()) -> Sent:
    result = await send_team_outbox(store, sender=sender, connector_factory=connector_factory, now=now,
                                    skip_sources=skip_sources)
    changes = OpChanges(reviews=True, counts=True, outbox=True) if result.sent or result.failed else OpChanges()
    publish_changes(store, changes, origin=origin)
    return Sent(result, changes)


# -- reads --------------------------------------------------------------------------

def find_reviews(
    store: PgStore, *, search_text: str = "", levels: Sequence[str] = (), needs_reply: bool = False,
    source_id: int | None = None, limit: int | None = None,
) -> list[FoundReview]:
    """As `ops.reviews.find_reviews`, on the team server (same filter, same search)."""
    f = review_filter(search=search_text, levels=levels, needs_reply=needs_reply, source_id=source_id)
    return [_explained(row) for row in search.fetch_listing(store, search.search_ids(store, f, limit=limit))]
