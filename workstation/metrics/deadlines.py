"""Reply deadlines of unanswered reviews, in the business hours of their location.

Computed in bulk after each analysis run (urgency decides the SLA class) and when the
targets or opening hours change, then stored, so the inbox can show "due in 3 h" and
sort the "Due soon / Overdue" view with a plain index.
"""

from __future__ import annotations

from datetime import datetime

from workstation.domain import utcnow
from workstation.metrics.response_time import Measurer
from workstation.metrics.stored import load_calendars, load_review_facts, load_sla_policy
from workstation.store.db import Store
from workstation.store.metrics_data import save_deadlines


def refresh_deadlines(store: Store, *, now: datetime | None = None) -> int:
    """Recompute and store every unanswered review's deadline; returns how many have one."""
    measurer = Measurer(now=now or utcnow(), calendars=load_calendars(store), policy=load_sla_policy(store))
    deadlines: dict[int, datetime | None] = {}
    for facts in load_review_facts(store):
        if not facts.needs_reply or facts.replied_at is not None:
            continue
        timing = measurer.measure(facts)
        deadlines[int(facts.review_id)] = timing.deadline
    save_deadlines(store, deadlines)
    return sum(1 for d in deadlines.values() if d is not None)
