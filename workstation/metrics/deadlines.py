"""Reply deadlines of unanswered reviews, in the business hours of their location.

Computed in bulk after each analysis run (urgency decides the SLA class) and when the
targets or opening hours change, then stored, so the inbox can show "due in 3 h" and
sort the "Due soon / Overdue" view with a plain index.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime

from workstation.domain import utcnow
from workstation.metrics.calendar_config import BusinessCalendar
from workstation.metrics.response_time import Measurer, ReviewFacts
from workstation.metrics.sla import SlaPolicy
from workstation.metrics.stored import load_calendars, load_review_facts, load_sla_policy
from workstation.store.db import Store
from workstation.store.metrics_data import save_deadlines


def refresh_deadlines(store: Store, *, now: datetime | None = None) -> int:
    """Recompute and store every unanswered review's deadline; returns how many have one."""
    deadlines = compute_deadlines(load_review_facts(store), load_calendars(store), load_sla_policy(store),
                                  now=now or utcnow())
    save_deadlines(store, deadlines)
    return sum(1 for d in deadlines.values() if d is not None)


def compute_deadlines(
    facts: Iterable[ReviewFacts], calendars: Mapping[str, BusinessCalendar], policy: SlaPolicy, *, now: datetime
) -> dict[int, datetime | None]:
    """Review id → reply deadline for every unanswered review that needs a reply (either store)."""
    measurer = Measurer(now=now, calendars=dict(calendars), policy=policy)
    return {
        int(f.review_id): measurer.measure(f).deadline
        for f in facts
        if f.needs_reply and f.replied_at is None
    }
