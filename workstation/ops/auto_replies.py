"""Automatic replies for the easy majority: the owner's rules, their preview on past reviews,
and the runner the app calls on its sync cycle and `workstation reply auto-run` calls.

The runner answers only reviews that arrived after a rule was switched on, still have no
reply of any kind, were read by the triage (nothing urgent) and are rated 4 or 5 stars. It
composes the reply in the app's voice, runs the composer's pre-post check on it (anything
found → a person answers), waits for the rule's delay and for the location to be open, then
queues it in the outbox with its "automatic" mark, in one transaction that first checks
nobody replied meanwhile. The outbox's own guarantees (one reply per review, check the
platform before any resend) apply from there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from workstation.domain import review_body, to_iso
from workstation.metrics.business_hours import next_opening
from workstation.metrics.calendar_config import BusinessCalendar
from workstation.metrics.calendar_json import calendar_from_json
from workstation.metrics.stored import load_calendars
from workstation.ops.changes import OpChanges
from workstation.replies.autoreply import AutoDecision, AutoRule, CheckFn, decide, preview
from workstation.replies.checker import check_draft
from workstation.replies.model import ReplyProfile, ReviewInput
from workstation.replies.stored_inputs import reply_profile, stored_labels
from workstation.sources.registry import CAPABILITIES, capabilities
from workstation.store import auto_replies as stored
from workstation.store.auto_replies import AutoRuleError, Candidate, RuleRow
from workstation.store.db import Store
from workstation.store.metrics_data import parse_time
from workstation.store.outbox import OutboxError, QueuedReply
from workstation.store.refusals import refused
from workstation.store.settings import get_setting
from workstation.sync.reply_queue import check_reply_text

URGENT_LEVELS = ("critical", "high")  # the triage's urgent reviews always go to a person
MAX_AGE = timedelta(days=7)  # reviews first seen longer ago than this are never answered automatically
# Platforms the app posts replies to (the others are answered on their own site).
REPLY_PLATFORMS = tuple(p for p in sorted(CAPABILITIES) if capabilities(p).can_reply)
PREVIEW_SIZE = 200  # past reviews a rule is tried on before it is switched on


def as_rule(row: RuleRow) -> AutoRule:
    """The reply assistant's rule for a stored one (raises AutoRuleError below four stars)."""
    try:
        return AutoRule(
            row.name, platforms=row.platforms, languages=row.languages,
            locations=(row.location,) if row.location else (), min_stars=row.min_stars,
            with_text=row.with_text, delay_minutes=row.delay_minutes, enabled=row.enabled, id=row.id,
        )
    except ValueError as exc:
        raise refused(AutoRuleError, "rule_stars_or_delay", "Automatic replies only answer 4- and 5-star "
                      "reviews, after a delay of 0 minutes or more.") from exc


# -- the owner's rules ------------------------------------------------------------------


def list_rules(store: Store) -> list[RuleRow]:
    return stored.list_rules(store)


def save_rule(store: Store, rule: RuleRow, *, now: datetime) -> tuple[int, OpChanges]:
    """Create or change a rule (off when new); raises AutoRuleError for a rule that cannot be."""
    as_rule(rule)
    return stored.save_rule(store, rule, now=now), OpChanges(settings=True)


def switch_rule(store: Store, rule_id: int, on: bool, *, now: datetime) -> OpChanges:
    """Switch a rule on (it answers reviews arriving from `now`) or off. Switching on raises
    AutoRuleError until the rule, as it is, has been previewed on past reviews."""
    stored.set_enabled(store, rule_id, on, now=now)
    return OpChanges(settings=True)


def delete_rule(store: Store, rule_id: int) -> OpChanges:
    stored.delete_rule(store, rule_id)
    return OpChanges(settings=True)


# -- reviews as the reply assistant reads them ------------------------------------------


def _review(store: Store, c: Candidate, languages: tuple[str, ...]) -> ReviewInput:
    labels = stored_labels(c.analysis_json)
    body = review_body(c.title, c.text)
    lang = c.lang
    if not body.strip():
        # A rating alone says nothing of its language: answer in the rule's, else the location's usual one.
        lang = languages[0] if len(languages) == 1 else stored.usual_language(store, c.location) or lang
    return ReviewInput(
        text=body, stars=c.stars, lang=lang, author=c.author, platform=c.platform, categories=labels.categories,
        topics=labels.topics, read=labels.read, location=c.location,
        business=get_setting(store, "business_name") or None, id=str(c.review_id),
    )


def _calendar(calendars: dict[str, BusinessCalendar], location: str | None) -> BusinessCalendar:
    return calendars.get(location or "") or calendar_from_json(None, None, None)


# -- preview ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Preview:
    """What a rule would have done on the latest past reviews."""

    decisions: list[AutoDecision]
    share: float

    @property
    def automatic(self) -> int:
        return sum(d.automatic for d in self.decisions)


def preview_inputs(store: Store, rule: RuleRow, *, limit: int = PREVIEW_SIZE) -> list[tuple[ReviewInput, datetime]]:
    """The past reviews a preview runs on (read on the caller's thread; the preview itself is pure)."""
    out = []
    for c in stored.past_reviews(store, location=rule.location, limit=limit):
        received = parse_time(c.first_seen_at)
        if received is not None:
            out.append((_review(store, c, rule.languages), received))
    return out


@dataclass(frozen=True)
class PreviewPlan:
    """Everything a preview needs, read from the store; `run` is pure (the window runs it on a worker)."""

    reviews: list[tuple[ReviewInput, datetime]]
    rule: AutoRule
    profile: ReplyProfile
    calendar: BusinessCalendar

    def run(self) -> Preview:
        decisions, share = preview(self.reviews, [self.rule], profile=self.profile, calendar=self.calendar)
        return Preview(decisions, share)


def preview_plan(store: Store, rule: RuleRow, *, limit: int = PREVIEW_SIZE) -> PreviewPlan:
    return PreviewPlan(
        preview_inputs(store, rule, limit=limit), as_rule(rule), reply_profile(store, rule.location),
        _calendar(load_calendars(store), rule.location),
    )


def preview_rule(store: Store, rule: RuleRow, *, now: datetime, limit: int = PREVIEW_SIZE) -> Preview:
    """Run `rule` (on or off) over the latest past reviews: what it would have posted, and why not.
    A stored rule is then marked previewed (it may be switched on)."""
    result = preview_plan(store, rule, limit=limit).run()
    if rule.id is not None:
        record_preview(store, rule.id, now=now)
    return result


def record_preview(store: Store, rule_id: int, *, now: datetime) -> None:
    """The owner has seen the preview of the rule as it is (the window calls this when it shows one)."""
    stored.mark_previewed(store, rule_id, now=now)


# -- the runner ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RunItem:
    """What the runner did with one review.

    `outcome`: queued · would_queue (dry run) · waiting (delay or closed) · person · taken
    (a person replied meanwhile). Urgent reviews and platforms without replies from the app
    are not listed: the runner never looks at them.
    """

    review_id: int
    outcome: str
    rule: str | None
    text: str | None
    post_at: datetime | None
    reason_en: str
    reason_fr: str


@dataclass(frozen=True)
class AutoRun:
    items: list[RunItem] = field(default_factory=list)
    changes: OpChanges = field(default_factory=OpChanges)
    busy: bool = False  # team mode: another desktop was running the rules; this one did nothing

    def count(self, outcome: str) -> int:
        return sum(item.outcome == outcome for item in self.items)


def _person(c: Candidate, rule: str | None, en: str, fr: str) -> RunItem:
    return RunItem(c.review_id, "person", rule, None, None, en, fr)


#: How a reply is queued: (review id, text, rule id, rule name) → the queued reply, or None
#: when the review got a reply meanwhile (raises OutboxError when it must go to a person).
QueueFn = Callable[[int, str, int | None, str], QueuedReply | None]


def local_queue(store: Store, now: datetime) -> QueueFn:
    """Queue in this database's outbox (one shop on SQLite)."""
    def queue(review_id: int, text: str, rule_id: int | None, rule_name: str) -> QueuedReply | None:
        return stored.queue_automatic(store, review_id, text, rule_id=rule_id, rule_name=rule_name, now=now)

    return queue


def run_auto_replies(
    store: Store, *, now: datetime, dry_run: bool = False, check: CheckFn = check_draft,
    queue: QueueFn | None = None,
) -> AutoRun:
    """Queue the automatic replies that are due at `now` (nothing written with `dry_run`).

    The reviews and rules are read from `store`; `queue` writes each reply (default: in
    `store`'s own outbox; on a team server, in the shared one: ops/team_auto_replies.py)."""
    queue = queue or local_queue(store, now)
    rules = stored.list_rules(store, enabled_only=True)
    oldest = min((r.enabled_at for r in rules if r.enabled_at), default=None)
    if oldest is None:
        return AutoRun()
    # Only recent arrivals: an older review left to a person stays in the inbox, and the scan stays small.
    since = max(oldest, to_iso(now - MAX_AGE) or oldest)
    calendars = load_calendars(store)
    items: list[RunItem] = []
    queued_ids: set[int] = set()
    # Urgent reviews and platforms the app cannot post to never reach the runner.
    for c in stored.candidates(store, arrived_since=since, platforms=REPLY_PLATFORMS, skip_levels=URGENT_LEVELS):
        received = parse_time(c.first_seen_at)
        # A rule answers only what arrived after it was switched on, never the backlog.
        live = [r for r in rules if received is not None and (parse_time(r.enabled_at) or now) <= received]
        if received is None or not live:
            continue
        review = _review(store, c, live[0].languages if len(live) == 1 else ())
        calendar = _calendar(calendars, c.location)
        decision = decide(
            review, [as_rule(r) for r in live], received_at=received, profile=reply_profile(store, c.location),
            # The near-duplicate check compares with the location's last 50 replies, not a span of days:
            # readers see a page of the newest replies together, whatever their dates; a day window
            # would be lax for a quiet shop and hundreds of replies (slow, over-strict) for a busy one.
            calendar=calendar, previous_replies=stored.location_reply_texts(store, c.review_id), check=check,
        )
        items.append(_act(queue, c, decision, calendar, now=now, dry_run=dry_run))
        if items[-1].outcome == "queued":
            queued_ids.add(c.review_id)
    changes = (
        OpChanges(reviews=True, counts=True, outbox=True, review_ids=frozenset(queued_ids))
        if queued_ids else OpChanges()
    )
    return AutoRun(items, changes)


def _act(
    queue: QueueFn, c: Candidate, d: AutoDecision, calendar: BusinessCalendar, *, now: datetime, dry_run: bool
) -> RunItem:
    if d.text is None or d.post_at is None:
        return _person(c, d.rule, d.reason_en, d.reason_fr)
    # Posted once the delay is over and while the location is open (its own time zone).
    due = next_opening(max(d.post_at, now), calendar)
    if due > now:
        return RunItem(c.review_id, "waiting", d.rule, d.text, due,
                       "Waits for the rule's delay and the opening hours.",
                       "Attend le délai de la règle et les heures d'ouverture.")
    try:
        check_reply_text(c.platform, d.text)
    except OutboxError as exc:
        return _person(c, d.rule, str(exc), str(exc))
    if dry_run:
        return RunItem(c.review_id, "would_queue", d.rule, d.text, now, d.reason_en, d.reason_fr)
    try:
        queued = queue(c.review_id, d.text, d.rule_id, d.rule or "")
    except OutboxError as exc:  # e.g. a team location whose replies wait for an approver
        return _person(c, d.rule, str(exc), str(exc))
    if queued is None:
        return RunItem(c.review_id, "taken", d.rule, None, None, "A person replied meanwhile.",
                       "Une personne a répondu entre-temps.")
    return RunItem(c.review_id, "queued", d.rule, d.text, now, d.reason_en, d.reason_fr)


def has_live_rules(store: Store) -> bool:
    """Whether any rule is switched on (the window's sync timer then runs the runner)."""
    return bool(stored.list_rules(store, enabled_only=True))
