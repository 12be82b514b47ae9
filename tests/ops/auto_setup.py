"""A small business for the automatic-reply tests: one Paris café open Mon–Fri 09–18 (Paris
time), a Google Business source that takes replies, and reviews seen at a chosen instant.

Every instant derives from `MONDAY_10`, the clock the tests inject; nothing reads the real clock.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from workstation.domain import ReviewRecord
from workstation.store import Store
from workstation.store.analysis_results import AnalysisRow, save_analysis
from workstation.store.auto_replies import RuleRow
from workstation.store.business_profile import BusinessLocation, BusinessProfile, save_profile
from workstation.store.ingest import ensure_location, ensure_source, ingest

# A Monday, 10:00 UTC = 11:00 in Paris (open).
MONDAY_10 = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)


def café(store: Store) -> int:
    """Profile, location and source; returns the source id."""
    save_profile(store, BusinessProfile(
        business_name="Café Marie", locations=[BusinessLocation("Paris", "Europe/Paris", "mon_fri")],
        signature="— Marie, Café Marie",
    ))
    with store.transaction():
        location_id = ensure_location(store, "Paris", now=MONDAY_10)
        return ensure_source(store, "google_business", "Café Marie", kind="api", location_id=location_id,
                             now=MONDAY_10)


def add_review(
    store: Store, source_id: int, ext: str, *, stars: int, text: str = "", lang: str | None = "en",
    seen: datetime = MONDAY_10, level: str = "low", categories: tuple[str, ...] = (),
) -> int:
    """One review first seen at `seen`, already read by the triage (level, categories)."""
    ingest(store, [ReviewRecord(text, stars=stars, author="Paul Martin", created_at=seen - HOUR, external_id=ext,
                                lang=lang)], source_id=source_id, now=seen,
           default_location_id=int(store.scalar("SELECT id FROM locations WHERE name = 'Paris'")))
    review_id = int(store.scalar("SELECT id FROM reviews WHERE external_id = ?", (ext,)))
    analysis = json.dumps({"categories": list(categories), "topics": [], "flags": []})
    save_analysis(store, [AnalysisRow(review_id, lang or "en", 0.8, 0.1, level, analysis, 1)])
    return review_id


def rule(**kw: object) -> RuleRow:
    base: dict[str, object] = {"id": None, "name": "Happy customers", "delay_minutes": 30}
    base.update(kw)
    return RuleRow(**base)  # type: ignore[arg-type]


def rule_on(store: Store, row: RuleRow, at: datetime) -> int:
    """Save a rule, preview it (as the owner must) and switch it on at `at`; returns its id."""
    from workstation.ops import auto_replies as auto

    rule_id, _ = auto.save_rule(store, row, now=at)
    auto.record_preview(store, rule_id, now=at)
    auto.switch_rule(store, rule_id, True, now=at)
    return rule_id
