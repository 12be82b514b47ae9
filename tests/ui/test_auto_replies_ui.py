"""The "Automatic replies" dialog: a rule is made, tried on past reviews, only then switched
on; the runner then answers new reviews and the history and dashboard say so."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ops.auto_setup import HOUR, MONDAY_10, add_review, café, rule_on
from workstation.ops import auto_replies as auto
from workstation.store import Store
from workstation.ui.auto_replies import AutoRepliesDialog


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "db.sqlite3")
    source = café(s)
    add_review(s, source, "past1", stars=5, text="Lovely coffee.", seen=MONDAY_10 - 5 * HOUR)
    add_review(s, source, "past2", stars=1, text="Cold and rude.", seen=MONDAY_10 - 5 * HOUR, level="high")
    yield s
    s.close()


def test_a_rule_is_previewed_before_it_can_be_switched_on(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    dialog = AutoRepliesDialog(store, "en", clock=lambda: MONDAY_10 - 4 * HOUR)
    qtbot.addWidget(dialog)
    assert dialog.rule_list.count() == 0 and not dialog.switch_button.isEnabled()
    dialog.name.setText("Thank everyone happy")
    dialog.stars.setCurrentIndex(dialog.stars.findData(5))
    assert dialog.save_rule()
    [rule] = auto.list_rules(store)
    assert rule.min_stars == 5 and not rule.enabled  # saved, still off
    assert not dialog.switch_button.isEnabled() and "Try it" in dialog.state_label.text()
    dialog.start_preview()
    qtbot.waitUntil(lambda: dialog.preview_result is not None, timeout=20_000)
    assert "Of your last 2 reviews, 1 (50%)" in dialog.preview_summary.text()
    assert "Café Marie" in dialog.examples.toPlainText()
    assert dialog.switch_button.isEnabled() and dialog.switch_button.text() == "Switch on"
    # Changing a setting asks for a new preview.
    dialog.delay.setValue(120)
    assert not dialog.switch_button.isEnabled()
    dialog.start_preview()
    qtbot.waitUntil(lambda: dialog.preview_result is not None, timeout=20_000)
    dialog.switch_button.click()
    [rule] = auto.list_rules(store)
    assert rule.enabled and rule.delay_minutes == 120
    assert dialog.rule_list.item(0).text() == "Thank everyone happy\nOn"
    assert dialog.switch_button.text() == "Switch off"
    dialog.switch_button.click()
    assert not auto.list_rules(store)[0].enabled


def test_nothing_below_four_stars_can_be_chosen(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    dialog = AutoRepliesDialog(store, "en", clock=lambda: MONDAY_10)
    qtbot.addWidget(dialog)
    assert [dialog.stars.itemData(i) for i in range(dialog.stars.count())] == [4, 5]
    dialog.name.setText("")
    assert not dialog.save_rule() and "name" in dialog.message.text()
    assert auto.list_rules(store) == []


def test_history_shows_an_automatic_reply_in_words(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    from workstation.store import queries
    from workstation.ui.detail import DetailPane

    rule_on(store, auto.RuleRow(None, "Happy", delay_minutes=0), MONDAY_10 - 3 * HOUR)
    review_id = add_review(store, 1, "new", stars=5, text="Very nice brunch.", seen=MONDAY_10 - HOUR)
    assert auto.run_auto_replies(store, now=MONDAY_10).count("queued") == 1
    pane = DetailPane("en")
    qtbot.addWidget(pane)
    pane.show_review(queries.review_detail(store, review_id))
    assert "Automatic reply (rule “Happy”, " in pane.history.toPlainText()


def test_dashboard_shows_the_share_of_automatic_replies(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    from workstation.ops import replies as reply_ops
    from workstation.store.outbox import mark_sent, pending_items
    from workstation.ui.dashboard import DashboardWindow

    rule_on(store, auto.RuleRow(None, "Happy", delay_minutes=0), MONDAY_10 - 3 * HOUR)
    add_review(store, 1, "new", stars=5, text="Very nice brunch.", seen=MONDAY_10 - HOUR)
    auto.run_auto_replies(store, now=MONDAY_10)
    reply_ops.queue_reply(store, 2, "We are sorry. — Marie", now=MONDAY_10)
    for n, item in enumerate(pending_items(store)):
        mark_sent(store, item, remote_id=f"r{n}", posted_at=MONDAY_10 + HOUR, now=MONDAY_10 + HOUR)
    window = DashboardWindow(store, "en", now=MONDAY_10 + 24 * HOUR)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.is_ready, timeout=20_000)
    assert window.automatic_value.text() == "50.0%"
    assert window.automatic_detail.text() == "1 of 2 replies"


def test_the_sync_cycle_queues_due_automatic_replies_before_sending(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workstation.ops import outbox as outbox_ops
    from workstation.ops.outbox import Sent
    from workstation.store.outbox import pending_items
    from workstation.sync.outbox_sender import SendResult
    from workstation.ui.sync_controller import sync_and_send

    waiting_when_sent: list[int] = []

    async def no_network_send(store: Store, **_kw: object) -> Sent:
        waiting_when_sent.append(len(pending_items(store)))
        return Sent(SendResult(), outbox_ops.OpChanges())

    monkeypatch.setattr(outbox_ops, "send_outbox", no_network_send)
    rule_on(store, auto.RuleRow(None, "Happy", delay_minutes=0), MONDAY_10 - 3 * HOUR)
    review_id = add_review(store, 1, "new", stars=5, text="Very nice brunch.", seen=MONDAY_10 - HOUR)
    outcome = sync_and_send(store, [], True, clock=lambda: MONDAY_10)
    assert outcome.auto_queued == 1 and waiting_when_sent == [1]
    assert outcome.changes.outbox and review_id in outcome.changes.review_ids
    assert sync_and_send(store, [], True, clock=lambda: MONDAY_10 + HOUR).auto_queued == 0
