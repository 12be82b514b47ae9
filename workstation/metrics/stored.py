"""Metrics inputs built from the store's plain rows: every review's `ReviewFacts`, each
location's business calendar and the user's SLA targets (and saving those targets).

The store only reads and writes rows (`store.metrics_data`, `store.settings`); turning
them into metrics types happens here, so the store never imports metrics.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from workstation.metrics.calendar_config import BusinessCalendar
from workstation.metrics.calendar_json import calendar_from_json
from workstation.metrics.gc_pause import gc_paused
from workstation.metrics.response_time import ReviewFacts
from workstation.metrics.sla import DEFAULT_POLICY, SlaPolicy, SlaTarget
from workstation.store.db import Store
from workstation.store.metrics_data import (
    LocationSettings,
    ReviewFactRows,
    location_settings,
    parse_time,
    review_fact_rows,
)
from workstation.store.settings import get_setting, set_setting

# Reviews that need no reply: they count in the response rate, without a deadline.
NO_REPLY_STATUSES = ("archived", "no_reply_needed")


def load_review_facts(store: Store) -> list[ReviewFacts]:
    """Every review as metrics input, ordered by id.

    `review_id` is the row id as text; `replied_at` is the earliest *sent* reply's
    posted_at; `needs_reply` is False for archived, "no reply needed" and reviews removed
    on the platform (they still count in the response rate, without a deadline).
    """
    return facts_from_rows(review_fact_rows(store))


def facts_from_rows(raw: ReviewFactRows) -> list[ReviewFacts]:
    """`ReviewFacts` from the stored rows (whichever store read them)."""
    replies, topics, locations, platforms, rows = (
        raw.first_replies, raw.topics, raw.locations, raw.platforms, raw.rows
    )
    no_reply = NO_REPLY_STATUSES
    parse = parse_time
    get_reply, get_topics, get_loc, get_src = replies.get, topics.get, locations.get, platforms.get
    with gc_paused():  # 100k acyclic objects: the cyclic GC would only slow this down
        return [
            ReviewFacts(
                str(rid),
                parse(created),
                parse(seen),
                parse(get_reply(rid)),
                stars if isinstance(stars, int) else None,
                level,
                sentiment if isinstance(sentiment, float | int) else None,
                get_loc(loc_id),
                get_src(src_id),
                get_topics(rid, ()),
                status not in no_reply and not removed,
            )
            for rid, created, seen, stars, level, sentiment, loc_id, src_id, status, removed in rows
        ]


def load_calendars(store: Store) -> dict[str, BusinessCalendar]:
    """Location name → business calendar (fallbacks are flagged on the calendar, never raised)."""
    return calendars_from(location_settings(store))


def calendars_from(locations: Iterable[LocationSettings]) -> dict[str, BusinessCalendar]:
    return {loc.name: calendar_from_json(loc.timezone, loc.country, loc.hours_json) for loc in locations}


SLA_SETTING = "sla_policy"


def load_sla_policy(store: Store) -> SlaPolicy:
    """The user's SLA targets (settings key `sla_policy`); defaults for anything unusable.

    Format: {"critical": [4, "business_hours"], "negative": [1, "business_days"],
    "standard": [3, "business_days"]}.
    """
    return sla_policy_from(get_setting(store, SLA_SETTING, {}))


def sla_policy_from(raw: object) -> SlaPolicy:
    """The SLA targets of a stored `sla_policy` setting's value (defaults for anything unusable)."""
    if not isinstance(raw, dict):
        return DEFAULT_POLICY
    targets: dict[str, SlaTarget] = {}
    for name in ("critical", "negative", "standard"):
        value: Any = raw.get(name)
        try:
            amount, unit = value
            targets[name] = SlaTarget(amount, unit)
        except (TypeError, ValueError):  # SlaPolicyError is a ValueError
            continue
    return replace(
        DEFAULT_POLICY,
        critical=targets.get("critical", DEFAULT_POLICY.critical),
        negative=targets.get("negative", DEFAULT_POLICY.negative),
        standard=targets.get("standard", DEFAULT_POLICY.standard),
    )


def save_sla_policy(store: Store, policy: SlaPolicy) -> None:
    set_setting(
        store,
        SLA_SETTING,
        {
            name: [getattr(policy, name).amount, str(getattr(policy, name).unit)]
            for name in ("critical", "negative", "standard")
        },
    )
