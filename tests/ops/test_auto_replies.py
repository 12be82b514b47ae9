"""Automatic replies end to end on a store: rules, opening hours and delay on an injected
clock, the pre-post check, the outbox's never-twice, the history mark and the share."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from workstation.domain import to_iso
from workstation.ops import auto_replies as auto
from workstation.ops import replies as reply_ops
from workstation.replies.autoreply import AutoRule, decide
from workstation.replies.model import Finding, ReviewInput, Severity
from workstation.store import Store, queries
from workstation.store import auto_replies as stored
from workstation.store.auto_replies import AutoRuleError
from workstation.store.outbox import mark_sent, pending_items

from .auto_setup import HOUR, MONDAY_10, add_review, café, rule, rule_on


@pytest.fixture
def shop(store: Store) -> tuple[Store, int]:
    return store, café(store)


def switched_on(store: Store, at: datetime = MONDAY_10 - 2 * HOUR, **kw: object) -> int:
    return rule_on(store, rule(**kw), at)


# -- the rule model -----------------------------------------------------------------------


@pytest.mark.parametrize("stars", [1, 2, 3, 0, 6])
def test_a_rule_never_covers_three_stars_or_less_even_if_asked(store: Store, stars: int) -> None:
    with pytest.raises(ValueError):
        AutoRule("bad", min_stars=stars)
    with pytest.raises(AutoRuleError):
        auto.save_rule(store, rule(min_stars=stars), now=MONDAY_10)
    assert auto.list_rules(store) == []


def test_the_table_itself_refuses_a_low_rating_rule(store: Store) -> None:
    import sqlite3

    with pytest.raises(sqlite3.IntegrityError), store.transaction() as conn:
        conn.execute("INSERT INTO auto_reply_rules (name, min_stars, created_at, updated_at) "
                     "VALUES ('x', 3, 'now', 'now')")


def test_rules_are_off_when_created(shop: tuple[Store, int]) -> None:
    store, source = shop
    rule_id, _ = auto.save_rule(store, rule(delay_minutes=0), now=MONDAY_10 - HOUR)
    add_review(store, source, "a", stars=5, text="Lovely coffee and a warm welcome.")
    assert auto.list_rules(store)[0].enabled is False
    assert auto.run_auto_replies(store, now=MONDAY_10 + HOUR).items == []
    assert pending_items(store) == []
    assert stored.get_rule(store, rule_id) is not None


def test_matching_by_platform_language_text_and_stars() -> None:
    when = MONDAY_10
    five_fr = ReviewInput("Super accueil, merci !", stars=5, lang="fr", platform="google_business")
    only_en = AutoRule("en", languages=("en",), enabled=True)
    assert decide(five_fr, [only_en], received_at=when).text is None
    rating_only = AutoRule("ratings", with_text=False, enabled=True)
    assert decide(five_fr, [rating_only], received_at=when).text is None
    assert decide(ReviewInput("", stars=4, lang="fr", platform="google_business"), [rating_only],
                  received_at=when).text is not None
    play_only = AutoRule("play", platforms=("google_play",), enabled=True)
    assert decide(five_fr, [play_only], received_at=when).text is None
    three = ReviewInput("Correct.", stars=3, lang="fr", platform="google_business")
    assert decide(three, [AutoRule("any", enabled=True)], received_at=when).text is None
    five_only = AutoRule("five", min_stars=5, enabled=True)
    assert decide(ReviewInput("Bien", stars=4, lang="fr"), [five_only], received_at=when).text is None


# -- the runner ---------------------------------------------------------------------------


def test_a_due_review_is_queued_once_signed_and_marked_automatic(shop: tuple[Store, int]) -> None:
    store, source = shop
    switched_on(store)
    review_id = add_review(store, source, "a", stars=5, text="Lovely coffee and a warm welcome.")
    run = auto.run_auto_replies(store, now=MONDAY_10 + HOUR)
    assert [i.outcome for i in run.items] == ["queued"]
    assert run.changes.outbox and review_id in run.changes.review_ids
    [item] = pending_items(store)
    assert item.review_id == review_id and item.action == "post"
    assert item.text is not None and item.text.endswith("— Marie, Café Marie")
    assert "Paul" in item.text
    detail = queries.review_detail(store, review_id)
    assert detail is not None and detail.reply_state == "queued"
    assert stored.automatic_rule_names(store, [item.reply_id]) == {item.reply_id: "Happy customers"}
    # The runner run again (and again later) never queues a second reply.
    assert auto.run_auto_replies(store, now=MONDAY_10 + 2 * HOUR).items == []
    assert len(pending_items(store)) == 1
    mark_sent(store, item, remote_id="r1", now=MONDAY_10 + 2 * HOUR)
    assert auto.run_auto_replies(store, now=MONDAY_10 + 3 * HOUR).items == []
    assert store.scalar("SELECT count(*) FROM replies WHERE review_id = ?", (review_id,)) == 1


def test_a_review_answered_by_a_person_is_skipped(shop: tuple[Store, int]) -> None:
    store, source = shop
    switched_on(store)
    by_hand = add_review(store, source, "a", stars=5, text="Lovely coffee.")
    drafted = add_review(store, source, "b", stars=5, text="Great cake.")
    reply_ops.queue_reply(store, by_hand, "Thank you Paul! — Marie", now=MONDAY_10)
    reply_ops.save_draft(store, drafted, "Thank you for the")
    assert auto.run_auto_replies(store, now=MONDAY_10 + HOUR).items == []
    assert [i.text for i in pending_items(store)] == ["Thank you Paul! — Marie"]


def test_a_person_replying_between_decision_and_queue_wins(shop: tuple[Store, int]) -> None:
    store, source = shop
    switched_on(store)
    review_id = add_review(store, source, "a", stars=5, text="Lovely coffee.")
    reply_ops.queue_reply(store, review_id, "Thank you Paul! — Marie", now=MONDAY_10)
    assert stored.queue_automatic(store, review_id, "auto text", rule_id=None, rule_name="x", now=MONDAY_10) is None
    assert [i.text for i in pending_items(store)] == ["Thank you Paul! — Marie"]


def test_the_backlog_before_switching_on_stays_with_a_person(shop: tuple[Store, int]) -> None:
    store, source = shop
    add_review(store, source, "old", stars=5, text="Lovely coffee.", seen=MONDAY_10 - 3 * HOUR)
    switched_on(store, at=MONDAY_10 - 2 * HOUR)
    assert auto.run_auto_replies(store, now=MONDAY_10 + HOUR).items == []


def test_low_urgent_or_complaining_reviews_go_to_a_person(shop: tuple[Store, int]) -> None:
    store, source = shop
    switched_on(store)
    add_review(store, source, "low", stars=3, text="It was fine.")
    urgent = add_review(store, source, "urgent", stars=5, text="Great but I found glass in my food", level="high")
    moaning = add_review(store, source, "moan", stars=4, text="Good coffee but the wait was long.",
                         categories=("service_wait",))
    run = auto.run_auto_replies(store, now=MONDAY_10 + HOUR)
    outcomes = {i.review_id: i.outcome for i in run.items}
    assert outcomes == {moaning: "person"} and urgent not in outcomes  # the runner never looks at urgent ones
    assert pending_items(store) == []


def test_only_recent_arrivals_and_platforms_taking_replies_are_answered(shop: tuple[Store, int]) -> None:
    from workstation.store.ingest import ensure_source

    store, source = shop
    switched_on(store, at=MONDAY_10 - timedelta(days=30))
    add_review(store, source, "stale", stars=5, text="Lovely coffee.", seen=MONDAY_10 - timedelta(days=8))
    with store.transaction():
        yelp = ensure_source(store, "yelp", "Yelp (files)", now=MONDAY_10)
    add_review(store, yelp, "yelp", stars=5, text="Lovely coffee.")
    assert auto.run_auto_replies(store, now=MONDAY_10 + HOUR).items == []


def test_the_check_finding_anything_leaves_the_review_to_a_person(shop: tuple[Store, int]) -> None:
    store, source = shop
    switched_on(store)
    add_review(store, source, "a", stars=5, text="Lovely coffee.")
    seen: list[str] = []

    def fussy_check(draft: str, **_kw: object) -> list[Finding]:
        seen.append(draft)
        return [Finding("near_duplicate", Severity.HINT, 0, 1, "Looks like another reply.", "Ressemble.")]

    run = auto.run_auto_replies(store, now=MONDAY_10 + HOUR, check=fussy_check)
    assert [i.outcome for i in run.items] == ["person"]
    assert "check" in run.items[0].reason_en
    assert len(seen) >= 2  # every rotating draft was checked before giving up
    assert pending_items(store) == []


def test_delay_then_opening_hours_in_the_location_time_zone(shop: tuple[Store, int]) -> None:
    store, source = shop
    switched_on(store, delay_minutes=90)
    # Friday 16:00 UTC = 17:00 in Paris; 90 minutes later the café is closed until Monday 09:00 Paris.
    friday_16 = MONDAY_10 + timedelta(days=4, hours=6)
    add_review(store, source, "a", stars=5, text="Lovely coffee.", seen=friday_16)
    early = auto.run_auto_replies(store, now=friday_16 + timedelta(minutes=30))
    monday_9_paris = datetime(2026, 3, 9, 8, 0, tzinfo=UTC)
    assert [(i.outcome, i.post_at) for i in early.items] == [("waiting", monday_9_paris)]
    saturday = auto.run_auto_replies(store, now=friday_16 + timedelta(days=1))
    assert [i.outcome for i in saturday.items] == ["waiting"]
    assert pending_items(store) == []
    monday = auto.run_auto_replies(store, now=monday_9_paris + timedelta(minutes=1))
    assert [i.outcome for i in monday.items] == ["queued"]


def test_dry_run_writes_nothing(shop: tuple[Store, int]) -> None:
    store, source = shop
    switched_on(store, delay_minutes=0)
    add_review(store, source, "a", stars=4, text="Nice place.")
    run = auto.run_auto_replies(store, now=MONDAY_10 + HOUR, dry_run=True)
    assert [i.outcome for i in run.items] == ["would_queue"] and run.changes.empty
    assert pending_items(store) == []


def test_a_rating_without_text_is_answered_in_the_locations_language(shop: tuple[Store, int]) -> None:
    store, source = shop
    switched_on(store)
    for n in range(3):
        add_review(store, source, f"fr{n}", stars=2, text="Pas terrible du tout.", lang="fr")
    add_review(store, source, "silent", stars=5, text="", lang=None)
    [item] = [i for i in auto.run_auto_replies(store, now=MONDAY_10 + HOUR).items if i.outcome == "queued"]
    assert item.text is not None and "merci" in item.text.lower() and "thank" not in item.text.lower()


def test_rotation_keeps_two_replies_of_one_run_apart(shop: tuple[Store, int]) -> None:
    store, source = shop
    switched_on(store)
    for n in range(3):
        add_review(store, source, f"r{n}", stars=5, text="")
    texts = [i.text for i in auto.run_auto_replies(store, now=MONDAY_10 + HOUR).items if i.outcome == "queued"]
    assert len(texts) == 3 and len(set(texts)) == 3


def test_a_person_editing_the_queued_reply_removes_the_mark(shop: tuple[Store, int]) -> None:
    store, source = shop
    switched_on(store)
    review_id = add_review(store, source, "a", stars=5, text="Lovely coffee.")
    auto.run_auto_replies(store, now=MONDAY_10 + HOUR)
    [item] = pending_items(store)
    reply_ops.queue_reply(store, review_id, "My own words. — Marie", now=MONDAY_10 + HOUR)
    assert stored.automatic_rule_names(store, [item.reply_id]) == {}


def test_preview_on_past_reviews_counts_what_would_have_been_posted(shop: tuple[Store, int]) -> None:
    store, source = shop
    rule_id, _ = auto.save_rule(store, rule(), now=MONDAY_10)
    add_review(store, source, "a", stars=5, text="Lovely coffee.")
    add_review(store, source, "b", stars=1, text="Cold and rude.", level="high")
    add_review(store, source, "c", stars=5, text="")
    row = stored.get_rule(store, rule_id)
    assert row is not None and not row.enabled
    result = auto.preview_rule(store, row, now=MONDAY_10)
    assert len(result.decisions) == 3 and result.automatic == 2
    assert result.share == pytest.approx(2 / 3)
    assert pending_items(store) == []  # a preview never queues anything


def test_migration_from_v5_adds_the_tables_and_keeps_replies(tmp_path: Path) -> None:
    import sqlite3

    from workstation.store.schema import MIGRATIONS, SCHEMA_VERSION

    path = tmp_path / "v5.sqlite3"
    conn = sqlite3.connect(path)
    for version in range(1, 6):
        for statement in MIGRATIONS[version]:
            conn.execute(statement)
    conn.execute("INSERT INTO sources (platform, name, created_at) VALUES ('google_business', 'G', 'x')")
    conn.execute("INSERT INTO reviews (source_id, external_id, text, first_seen_at, last_seen_at) "
                 "VALUES (1, 'a', 'Top', 'x', 'x')")
    conn.execute("INSERT INTO replies (review_id, text, state, created_at, updated_at) "
                 "VALUES (1, 'Merci', 'sent', 'x', 'x')")
    conn.execute("PRAGMA user_version = 5")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.version == SCHEMA_VERSION >= 6
        assert stored.list_rules(store) == []
        assert stored.automatic_rule_names(store, [1]) == {}
        assert store.scalar("SELECT text FROM replies") == "Merci"
    assert (tmp_path / "v5.sqlite3.v5.bak").exists()


def test_switching_off_stops_the_runner(shop: tuple[Store, int]) -> None:
    store, source = shop
    rule_id = switched_on(store)
    auto.switch_rule(store, rule_id, False, now=MONDAY_10)
    add_review(store, source, "a", stars=5, text="Lovely coffee.")
    assert auto.run_auto_replies(store, now=MONDAY_10 + HOUR).items == []
    assert not auto.has_live_rules(store)




def test_history_says_which_replies_are_automatic(shop: tuple[Store, int]) -> None:
    store, source = shop
    switched_on(store)
    automatic = add_review(store, source, "a", stars=5, text="Lovely coffee.")
    by_hand = add_review(store, source, "b", stars=2, text="Slow service.")
    auto.run_auto_replies(store, now=MONDAY_10 + HOUR)
    reply_ops.queue_reply(store, by_hand, "Sorry about the wait. — Marie", now=MONDAY_10 + HOUR)
    auto_detail, hand_detail = queries.review_detail(store, automatic), queries.review_detail(store, by_hand)
    assert auto_detail is not None and hand_detail is not None
    assert [r.automatic_rule for r in auto_detail.replies] == ["Happy customers"]
    assert [r.automatic_rule for r in hand_detail.replies] == [None]


def test_metrics_count_the_share_of_automatic_replies_in_the_period(shop: tuple[Store, int]) -> None:
    from workstation.ops.metrics import measure, metrics_document

    store, source = shop
    switched_on(store)
    for n in range(3):
        add_review(store, source, f"a{n}", stars=5, text="")
    by_hand = add_review(store, source, "b", stars=2, text="Slow service.")
    auto.run_auto_replies(store, now=MONDAY_10 + HOUR)
    reply_ops.queue_reply(store, by_hand, "Sorry about the wait. — Marie", now=MONDAY_10 + HOUR)
    for n, item in enumerate(pending_items(store)):
        mark_sent(store, item, remote_id=f"r{n}", posted_at=MONDAY_10 + 2 * HOUR, now=MONDAY_10 + 2 * HOUR)
    later = MONDAY_10 + timedelta(days=1)
    document = metrics_document(measure(store, now=later, period_from=MONDAY_10))
    assert document["automatic_replies"] == {"automatic": 3, "replies": 4, "share": 0.75}
    before = metrics_document(measure(store, now=later, period_from=later))
    assert before["automatic_replies"] == {"automatic": 0, "replies": 0, "share": None}


def test_a_rule_is_switched_on_only_after_a_preview_of_its_current_conditions(shop: tuple[Store, int]) -> None:
    store, _source = shop
    rule_id, _ = auto.save_rule(store, rule(), now=MONDAY_10)
    with pytest.raises(AutoRuleError, match="past reviews first"):
        auto.switch_rule(store, rule_id, True, now=MONDAY_10)
    row = stored.get_rule(store, rule_id)
    assert row is not None
    auto.preview_rule(store, row, now=MONDAY_10 + HOUR)
    auto.save_rule(store, rule(id=rule_id, delay_minutes=5), now=MONDAY_10 + 2 * HOUR)  # changed since
    with pytest.raises(AutoRuleError):
        auto.switch_rule(store, rule_id, True, now=MONDAY_10 + 2 * HOUR)
    auto.preview_rule(store, row, now=MONDAY_10 + 3 * HOUR)
    auto.switch_rule(store, rule_id, True, now=MONDAY_10 + 3 * HOUR)
    auto.switch_rule(store, rule_id, False, now=MONDAY_10 + 4 * HOUR)
    auto.switch_rule(store, rule_id, True, now=MONDAY_10 + 5 * HOUR)  # off and on again: nothing changed
    auto.save_rule(store, rule(id=rule_id, name="Renamed", delay_minutes=5), now=MONDAY_10 + 6 * HOUR)
    assert stored.get_rule(store, rule_id) == replace(row, name="Renamed", delay_minutes=5, enabled=True,
                                                      enabled_at=to_iso(MONDAY_10 + 5 * HOUR))
    auto.save_rule(store, rule(id=rule_id, delay_minutes=10), now=MONDAY_10 + 7 * HOUR)
    assert not stored.get_rule(store, rule_id).enabled  # type: ignore[union-attr]  # new conditions: off
