"""Keeping a desktop's local copy and the team server in step: push what the desktop did, then
pull what changed (the IMAP model: local cache, shared server state).

*Push* (`push`): the triage done here (statuses: the latest decision counts), then, for each
review whose replies the desktop changed (`store/team_outbound.py`), ask the server
for the same thing through the team store's own guarded functions — queue the reply in the
shared outbox (where the SKIP LOCKED senders post it; the desktop never posts from its local
outbox in team mode; an approver's Send on a colleague's waiting reply approves it), save or
discard the shared draft naming the version the user started from, approve or send back, take
back a queued reply no sender has claimed, record a reply posted by hand (the review is then
answered for everyone), queue the deletion of the reply online (a 'delete' row the shared
outbox's senders post once), put a reply the platform refused back in the queue (retry). A refusal (someone else queued or posted a reply, saved a newer draft,
nobody approves their own reply, the reply is being sent) is kept as a conflict with the user's text; the
review's server rows then replace the local ones. Nothing is ever queued twice: the server's
reply key (one active outbox row per review) decides.

*Pull* (`pull`): pages of the change log since the stored cursor (`store/postgres/change_feed.py`)
applied to the local copy (`store/team_cache.py`), comparing first, so a page stored twice
changes nothing; then the small shared tables.

When the server cannot be reached, both stop at once with `TeamServerUnreachable` (a
`StoreError`): the caller reports "working offline", and everything waits in the local copy.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from workstation.domain import utcnow
from workstation.store import (
    team_auto_rules_copy,
    team_cache,
    team_outbound,
    team_settings_copy,
    team_views_copy,
)
from workstation.store.db import Store
from workstation.store.outbox import OutboxError
from workstation.store.postgres import answered, approval, change_feed, retry
from workstation.store.postgres import auto_replies as team_auto
from workstation.store.postgres import drafts as team_drafts
from workstation.store.postgres import settings as team_settings
from workstation.store.postgres import triage as team_triage
from workstation.store.postgres import views as team_views
from workstation.store.postgres.connection import PgStore
from workstation.store.postgres.errors import TeamServerError
from workstation.store.refusals import refusal_of, refused
from workstation.store.team_cache import Applied
from workstation.store.team_outbound import Intent

log = logging.getLogger(__name__)
#: How `push_settings` names an automatic-reply rule it sent (rules move no deadline).
RULE_PREFIX = "automatic-reply rule "
Clock = Callable[[], datetime]

@dataclass
class PushResult:
    """What the server took and what it refused."""

    queued: list[int] = field(default_factory=list)  # reviews whose reply went to the shared outbox
    drafts: list[int] = field(default_factory=list)  # shared drafts saved or discarded
    approvals: list[int] = field(default_factory=list)  # waiting for an approver, approved or sent back
    triaged: list[int] = field(default_factory=list)  # status changes (done, archived…) the server took
    withdrawn: list[int] = field(default_factory=list)  # queued replies or deletions taken back before any sender
    by_hand: list[int] = field(default_factory=list)  # reviews marked replied by hand
    deleted: list[int] = field(default_factory=list)  # deletions of the reply online queued in the shared outbox
    retried: list[int] = field(default_factory=list)  # failed replies put back in the shared outbox
    settings: list[str] = field(default_factory=list)  # shared settings and location names sent
    views: list[str] = field(default_factory=list)  # names of the saved views sent (saved or deleted)
    conflicts: list[tuple[int, str]] = field(default_factory=list)  # (review, plain message)

    @property
    def review_ids(self) -> set[int]:
        return (set(self.queued) | set(self.drafts) | set(self.approvals) | set(self.triaged)
                | set(self.withdrawn) | set(self.by_hand) | set(self.deleted) | set(self.retried)
                | {r for r, _ in self.conflicts})


def _refused(cache: Store, intent: Intent, error: Exception, result: PushResult, now: datetime) -> None:
    """Keep the refusal (its English words and, when it has one, its kind) with the user's text."""
    text = intent.text or team_outbound.local_text(cache, intent.review_id)
    message = str(error)
    team_outbound.record_conflict(cache, intent.review_id, text, message, refusal=refusal_of(error), now=now)
    result.conflicts.append((intent.review_id, message))


def _queue(server: PgStore, cache: Store, intent: Intent, author: str, result: PushResult, now: datetime) -> None:
    # The server decides in one transaction: queue it, approve a colleague's waiting reply
    # (an approver's Send on it unchanged), or let it wait for an approver who did not write it.
    sent = approval.send_reply(server, intent.review_id, intent.text, author=author,
                               replace_sent=intent.replace_sent, now=now)
    if sent.kind is approval.SendKind.QUEUED:
        result.queued.append(intent.review_id)
    else:
        result.approvals.append(intent.review_id)
    team_cache.pushed(cache, intent.review_id)


def _answered(server: PgStore, cache: Store, intent: Intent, author: str, result: PushResult, now: datetime) -> None:
    """Taken back, replied by hand or deleted here: the same on the server (refusals are conflicts)."""
    if intent.kind == team_outbound.WITHDRAW:
        answered.withdraw_reply(server, intent.review_id, by=author, now=now)
        result.withdrawn.append(intent.review_id)
    elif intent.kind == team_outbound.DELETE:
        answered.delete_reply(server, intent.review_id, by=author, now=now)
        result.deleted.append(intent.review_id)
    else:
        answered.mark_replied_by_hand(server, intent.review_id, intent.text, author=author, now=now)
        result.by_hand.append(intent.review_id)
    team_cache.pushed(cache, intent.review_id)


def _retry(server: PgStore, cache: Store, intent: Intent, author: str, result: PushResult, now: datetime) -> None:
    """Retried here: the server re-queues the row if it is still failed (once, however many desktops
    ask), unless the location wants an approver and `author` is not one (a conflict)."""
    retried = retry.retry_failed(server, by=author, review_id=intent.review_id, now=now)
    team_cache.pushed(cache, intent.review_id)
    if retried.left:
        why = retried.refusals[0] if retried.refusals else None
        if why is None:
            raise OutboxError(retried.left[0][1])
        raise refused(OutboxError, why.kind, retried.left[0][1], **why.params)
    result.retried.extend(retried.requeued)


def _draft(server: PgStore, cache: Store, intent: Intent, author: str, result: PushResult, now: datetime) -> None:
    saved = team_drafts.save_draft(server, intent.review_id, intent.text if intent.kind == team_outbound.DRAFT
                                   else "", author=author, base_version=intent.base_version, now=now)
    if saved is None:
        team_cache.draft_discarded(cache, intent.review_id)
    else:
        team_cache.draft_pushed(cache, intent.review_id, server_id=saved.id, version=saved.version,
                                text=saved.text, author=saved.author)
    result.drafts.append(intent.review_id)


def _decide(server: PgStore, cache: Store, intent: Intent, author: str, result: PushResult, now: datetime) -> None:
    if intent.kind == team_outbound.APPROVE:
        approval.approve(server, intent.review_id, approver=author, now=now)
    else:
        approval.reject(server, intent.review_id, approver=author, note=intent.note, now=now)
    team_outbound.done(cache, intent)
    team_cache.pushed(cache, intent.review_id)
    result.approvals.append(intent.review_id)


def _push_one(server: PgStore, cache: Store, intent: Intent, author: str, result: PushResult, now: datetime) -> None:
    kind = intent.kind
    try:
        if kind == team_outbound.QUEUE:
            _queue(server, cache, intent, author, result, now)
        elif kind in (team_outbound.DRAFT, team_outbound.DISCARD):
            _draft(server, cache, intent, author, result, now)
        elif kind in (team_outbound.APPROVE, team_outbound.REJECT):
            _decide(server, cache, intent, author, result, now)
        elif kind == team_outbound.RETRY:
            _retry(server, cache, intent, author, result, now)
        elif kind in (team_outbound.WITHDRAW, team_outbound.MANUAL, team_outbound.DELETE):
            _answered(server, cache, intent, author, result, now)
        else:  # REFRESH: nothing to ask, read the review again
            team_cache.pushed(cache, intent.review_id)
    except TeamServerError:
        raise  # offline: everything stays as it is, for the next try
    except OutboxError as exc:  # ReplyConflict, ApprovalRefused, unknown review…
        team_outbound.done(cache, intent)
        _refused(cache, intent, exc, result, now)
        team_cache.pushed(cache, intent.review_id)
    except (team_drafts.DraftConflict, team_drafts.NoSuchReview) as exc:
        _refused(cache, intent, exc, result, now)
        team_cache.pushed(cache, intent.review_id)


def push(server: PgStore, cache: Store, *, author: str, now: Clock = utcnow) -> PushResult:
    """Send every local change to the server (raises TeamServerError when it is away)."""
    result = PushResult()
    result.settings = push_settings(server, cache, now=now())
    result.views = push_views(server, cache)
    for review_id, status, changed_at in team_cache.triaged_here(cache):
        team_triage.set_review_status(server, review_id, status, changed_at)
        team_cache.status_pushed(cache, review_id, status)
        result.triaged.append(review_id)
    for review_id in team_outbound.changed_reviews(cache):
        for intent in team_outbound.intents_for(cache, review_id):
            _push_one(server, cache, intent, author, result, now())
    return result


def push_settings(server: PgStore, cache: Store, *, now: datetime) -> list[str]:
    """Send the shared settings, locations and crisis-room edits changed here (the last desktop
    to push wins); what was sent."""
    keys, locations = team_settings_copy.changed_settings(cache)
    crises = team_settings_copy.changed_crises(cache)
    rules, deleted_rules = team_auto_rules_copy.changed_rules(cache)
    if not keys and not locations and not crises and not rules and not deleted_rules:
        return []
    sent: list[tuple[int, team_settings_copy.LocationChange]] = []
    sent_rules: list[tuple[int, team_auto_rules_copy.RuleChange]] = []
    with server.transaction() as conn:
        for key, value in keys:
            team_settings.put_raw(conn, key, value)
        for crisis_id, status, notes, checklist in crises:
            team_settings.put_crisis_edits(conn, crisis_id, status=status, notes=notes, checklist_json=checklist)
        for loc in locations:
            sent.append((team_settings.put_location(conn, loc.name, timezone=loc.timezone, country=loc.country,
                                                    hours_json=loc.hours_json, review_url=loc.review_url,
                                                    now=now), loc))
        # after the locations: a rule made for a new location finds it on the server
        for rule in rules:
            sent_rules.append((team_auto.put_rule(conn, rule.server_id, rule.values, rule.location, now=now), rule))
        for rule_id in deleted_rules:
            team_auto.delete_rule(conn, rule_id)
    team_settings_copy.settings_pushed(cache, keys, sent)
    team_settings_copy.crises_pushed(cache, crises)
    team_auto_rules_copy.rules_pushed(cache, sent_rules, deleted_rules)
    return ([key for key, _ in keys] + [loc.name for _, loc in sent] + [f"crisis {c[0]}" for c in crises]
            + [f"{RULE_PREFIX}{rule.values['name']}" for _, rule in sent_rules]
            + [f"{RULE_PREFIX}{i} deleted" for i in deleted_rules])


def push_views(server: PgStore, cache: Store) -> list[str]:
    """Send the saved views saved, changed or deleted here (the last desktop to push a name
    wins); their names."""
    changes = team_views_copy.changed_views(cache)
    if not changes:
        return []
    with server.transaction() as conn:
        for name, filter_json in changes:
            team_views.put_view(conn, name, filter_json)
    team_views_copy.views_pushed(cache, changes)
    return [name for name, _ in changes]


def pull(server: PgStore, cache: Store, *, page_size: int = 500) -> Applied:
    """Bring the local copy up to the server (raises TeamServerError when it is away)."""
    applied = Applied()
    while True:
        page = change_feed.read_page(server, team_cache.cursor(cache), early=team_cache.early_cursor(cache),
                                     limit=page_size, extra_ids=team_cache.repull_ids(cache))
        applied.merge(team_cache.apply_page(cache, page))
        change_feed.prune(server, page.review_ids)
        if not page.more:
            break
    applied.merge(team_cache.apply_shared(cache, change_feed.read_shared(server)))
    return applied


@dataclass(frozen=True)
class MirrorRun:
    pushed: PushResult
    pulled: Applied


def mirror(server: PgStore, cache: Store, *, author: str, now: Clock = utcnow, page_size: int = 500) -> MirrorRun:
    """Push, then pull (the pull then shows the server's answer to what was pushed)."""
    pushed = push(server, cache, author=author, now=now)
    if pushed.conflicts:
        log.info("team mirror: %d local change(s) refused by the server", len(pushed.conflicts))
    return MirrorRun(pushed, pull(server, cache, page_size=page_size))
