"""store/metrics_data: the store turned into metrics input, locations, SLA policy, crises."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from tests.metrics_ui.conftest import MONDAY, NOW
from workstation.metrics import stored
from workstation.metrics.calendar_config import CalendarFlag
from workstation.metrics.report import measure_all
from workstation.metrics.response_time import TimingFlag
from workstation.metrics.sla import SlaState, SlaTarget, SlaUnit
from workstation.store import Store
from workstation.store import metrics_data as md
from workstation.store.analysis_results import AnalysisRow, CrisisRow, save_analysis, save_crises
from workstation.store.settings import set_setting
from workstation.store.triage import set_status


def _by_external(store: Store) -> dict[str, int]:
    return dict(store._conn.execute("SELECT external_id, id FROM reviews").fetchall())


def test_facts_carry_dates_reply_location_source(small_store: Store) -> None:
    facts = {f.review_id: f for f in stored.load_review_facts(small_store)}
    ids = _by_external(small_store)
    r1, r2 = facts[str(ids["r1"])], facts[str(ids["r2"])]
    assert r1.published_at == MONDAY and r1.first_seen_at == MONDAY
    assert r1.replied_at == MONDAY + timedelta(hours=2)
    assert (r1.location, r1.source, r1.stars) == ("Paris", "google_business", 5)
    assert r2.source == "trustpilot" and r2.stars == 1
    assert facts[str(ids["r3"])].replied_at is None
    assert facts[str(ids["r5"])].published_at is None
    assert facts[str(ids["r6"])].location is None
    assert all(f.needs_reply for f in facts.values())


def test_earliest_sent_reply_wins_and_drafts_are_ignored(small_store: Store) -> None:
    rid = _by_external(small_store)["r3"]
    early, late = "2026-11-05T09:00:00Z", "2026-11-06T09:00:00Z"
    with small_store.transaction() as conn:
        for text, state, posted in (("late", "sent", late), ("early", "sent", early), ("draft", "draft", None)):
            conn.execute(
                "INSERT INTO replies (review_id, text, state, posted_at, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?)", (rid, text, state, posted, late, late))
    facts = {f.review_id: f for f in stored.load_review_facts(small_store)}
    assert facts[str(rid)].replied_at == datetime(2026, 11, 5, 9, tzinfo=UTC)


def test_triage_level_sentiment_topics_and_no_reply_needed(small_store: Store) -> None:
    ids = _by_external(small_store)
    save_analysis(small_store, [AnalysisRow(ids["r2"], "en", -0.7, 0.9, "critical", "{}", 1,
                                            [("topic", "wait", -0.6), ("topic", "coffee", -0.5),
                                             ("category", "health_safety", None)])])
    set_status(small_store, [ids["r3"]], "archived")
    facts = {f.review_id: f for f in stored.load_review_facts(small_store)}
    r2 = facts[str(ids["r2"])]
    assert (r2.urgency, r2.sentiment, r2.topics) == ("critical", -0.7, ("coffee", "wait"))
    assert facts[str(ids["r3"])].needs_reply is False


def test_measured_business_hours_use_the_location_calendar(small_store: Store) -> None:
    ids = _by_external(small_store)
    rows = {r.facts.review_id: r for r in measure_all(
        stored.load_review_facts(small_store), now=NOW, calendars=stored.load_calendars(small_store))}
    r1, r2 = rows[str(ids["r1"])], rows[str(ids["r2"])]
    assert r1.wall_hours == 2 and r1.business_hours == 2
    # Monday 12:00–18:00 Paris + Tuesday 09:00–12:00 = 9 business hours = one business day.
    assert r2.wall_hours == 24 and r2.business_hours == 9
    assert r2.sla_state is SlaState.MET
    assert TimingFlag.REPLY_BEFORE_REVIEW in rows[str(ids["r4"])].flags
    assert TimingFlag.NO_PUBLISH_DATE in rows[str(ids["r5"])].flags
    assert rows[str(ids["r3"])].sla_state is SlaState.OVERDUE


def test_bad_stored_values_read_as_missing(small_store: Store) -> None:
    ids = _by_external(small_store)
    with small_store.transaction() as conn:
        conn.execute("UPDATE reviews SET created_at = 'yesterday' WHERE id = ?", (ids["r1"],))
        conn.execute("UPDATE replies SET posted_at = '31/12/2026' WHERE review_id = ?", (ids["r2"],))
        conn.execute("UPDATE locations SET hours_json = '{not json', timezone = 'Mars/Olympus'")
    facts = {f.review_id: f for f in stored.load_review_facts(small_store)}
    assert facts[str(ids["r1"])].published_at is None
    assert facts[str(ids["r2"])].replied_at is None
    calendars = stored.load_calendars(small_store)
    assert CalendarFlag.UNKNOWN_TIMEZONE in calendars["Paris"].flags
    measure_all(facts.values(), now=NOW, calendars=calendars)  # never raises


def test_location_settings_round_trip(small_store: Store) -> None:
    lyon = next(loc for loc in md.location_settings(small_store) if loc.name == "Lyon")
    assert md.save_location_settings(small_store, lyon.id, timezone=" America/Toronto ", country="ca",
                                     hours_json='{"days": {"mon": "00:00-00:00"}}', review_url="")
    saved = next(loc for loc in md.location_settings(small_store) if loc.id == lyon.id)
    assert (saved.timezone, saved.country, saved.review_url) == ("America/Toronto", "CA", None)
    cal = stored.load_calendars(small_store)["Lyon"]
    assert cal.tz_name == "America/Toronto" and cal.country == "CA"
    assert not md.save_location_settings(small_store, 9999, timezone=None, country=None, hours_json=None)


def test_sla_policy_round_trip_and_bad_values(small_store: Store) -> None:
    policy = stored.load_sla_policy(small_store)
    assert policy.critical == SlaTarget(4, SlaUnit.BUSINESS_HOURS)
    from dataclasses import replace

    stored.save_sla_policy(small_store, replace(policy, critical=SlaTarget(2, SlaUnit.BUSINESS_HOURS)))
    assert stored.load_sla_policy(small_store).critical.amount == 2
    set_setting(small_store, stored.SLA_SETTING, {"critical": [-3, "business_hours"], "negative": "x",
                                              "standard": [5, "business_days"]})
    loaded = stored.load_sla_policy(small_store)
    assert loaded.critical == policy.critical and loaded.negative == policy.negative
    assert loaded.standard == SlaTarget(5, SlaUnit.BUSINESS_DAYS)


def test_first_reply_prefers_app_replies(small_store: Store) -> None:
    assert md.first_reply_at(small_store) is None  # only imported replies so far
    assert md.first_reply_at(small_store, app_only=False) == MONDAY + timedelta(hours=2)
    from workstation.store.drafts import mark_replied_manually

    mark_replied_manually(small_store, _by_external(small_store)["r3"], "Sorry about that")
    assert md.first_reply_at(small_store) is not None


def _crisis(store: Store, ids: list[int]) -> int:
    save_crises(store, [CrisisRow("category:health_safety:x", "category", "health_safety",
                                  MONDAY, MONDAY + timedelta(hours=20), len(ids), 0.2, ids, ["sick"])])
    return int(store.scalar("SELECT id FROM crises"))


def test_crisis_notes_checklist_status_persist(small_store: Store) -> None:
    ids = _by_external(small_store)
    cid = _crisis(small_store, [ids["r2"], ids["r3"]])
    md.save_crisis_notes(small_store, cid, "Called the supplier")
    md.save_crisis_checklist(small_store, cid, {"steps": {"assess": True}, "causes": "fridge"})
    md.change_crisis_status(small_store, cid, "handled")
    # Re-detection of the same spike updates the row and keeps what the user wrote.
    _crisis(small_store, [ids["r2"], ids["r3"], ids["r1"]])
    c = md.crisis_detail(small_store, cid)
    assert c is not None
    assert c.notes == "Called the supplier" and c.status == "handled" and c.count == 3
    assert c.checklist == {"steps": {"assess": True}, "causes": "fridge"}
    reviews = md.crisis_reviews(small_store, c.review_ids)
    assert [r.id for r in reviews] == [ids["r1"], ids["r2"], ids["r3"]]  # oldest first
    assert [r.reply_state for r in reviews] == ["sent", "sent", "none"]
    assert [x.id for x in md.list_crises(small_store, ["handled"])] == [cid]
    assert md.list_crises(small_store, ["open"]) == []


def test_crisis_with_broken_json_still_reads(small_store: Store) -> None:
    cid = _crisis(small_store, [1])
    with small_store.transaction() as conn:
        conn.execute("UPDATE crises SET review_ids = 'oops', evidence = '{}', checklist_json = '[1]'")
    c = md.crisis_detail(small_store, cid)
    assert c is not None and c.review_ids == () and c.evidence == () and c.checklist == {}


def test_tray_queries(small_store: Store) -> None:
    ids = _by_external(small_store)
    save_analysis(small_store, [
        AnalysisRow(ids["r3"], "en", -0.8, 0.95, "critical", "{}", 1),
        AnalysisRow(ids["r2"], "en", -0.8, 0.95, "critical", "{}", 1),  # replied: not urgent
        AnalysisRow(ids["r5"], "en", -0.3, 0.7, "high", "{}", 1),
    ])  # fmt: skip
    assert md.urgent_unanswered_count(small_store) == 2
    assert [r.id for r in md.critical_reviews_since(small_store, None)] == [ids["r3"]]
    assert md.critical_reviews_since(small_store, MONDAY + timedelta(days=1)) == []
    assert len(md.critical_reviews_since(small_store, None, levels=("high",))) == 1


def test_rating_around_a_window(small_store: Store) -> None:
    before, during, after = md.rating_around(small_store, MONDAY + timedelta(days=2), MONDAY + timedelta(days=3))
    assert (before.count, before.average) == (2, 3.0)
    assert (during.count, during.average) == (1, 2.0)
    assert (after.count, after.average) == (2, 4.0)


def test_export_reviews_latest_sent_reply(small_store: Store) -> None:
    ids = _by_external(small_store)
    texts = md.export_reviews(small_store)
    assert texts[ids["r1"]].reply_text == "Thanks!" and texts[ids["r3"]].reply_text is None
    assert json.dumps(texts[ids["r1"]].text)
