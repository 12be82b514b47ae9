"""Item 4 of issue 19: a platform's "try later" is capped and always visible. A huge
Retry-After fails the reply with the reason instead of parking it for days; a parked reply
says when its next try is; --retry-failed releases it."""

from __future__ import annotations

from datetime import timedelta

from tests.sync.helpers import NOW, Gbp, clock, factory, no_wait_pacer, run
from workstation.__main__ import main
from workstation.store.outbox import outbox_counts, pending_items
from workstation.sync import SendResult, queue_reply, retry_failed, send_outbox, sync_source


def _one_queued(g: Gbp) -> int:
    assert run(sync_source(g.store, g.source_id, connector_factory=factory(), now=clock)).ok
    rid = int(g.store.scalar("SELECT id FROM reviews WHERE reply_state = 'none' ORDER BY id LIMIT 1"))
    queue_reply(g.store, rid, "Merci pour votre avis")
    return rid


def _send(g: Gbp, minutes_later: float = 0) -> SendResult:
    return run(send_outbox(g.store, connector_factory=factory(), pacer=no_wait_pacer(),
                           now=lambda: NOW + timedelta(minutes=minutes_later)))


def test_a_huge_retry_after_fails_the_reply_with_its_reason(gbp: Gbp) -> None:
    g = gbp
    rid = _one_queued(g)
    g.fake.faults.add("rate_limit", count=10, path="/reply", method="PUT", retry_after="999999")
    result = _send(g)
    assert (result.sent, result.failed, result.pending) == (0, 1, 0)
    until = (NOW + timedelta(seconds=999999)).astimezone().strftime("%Y-%m-%d %H:%M")  # 12 days later
    assert any(f"review {rid}:" in line and f"wait until {until}" in line and "--retry-failed" in line
               for line in result.problems)
    assert outbox_counts(g.store) == {"failed": 1}
    g.fake.faults.clear()
    assert retry_failed(g.store) == 1
    again = _send(g)
    assert again.sent == 1 and g.puts() == 1  # checked on the platform first, posted once


def test_a_parked_reply_says_when_it_is_tried_next(gbp: Gbp) -> None:
    g = gbp
    rid = _one_queued(g)
    g.fake.faults.add("server_error", count=10, path="/reply", method="PUT", status=503)
    first = _send(g)
    assert first.pending == 1 and any("next try at" in line for line in first.problems)
    g.fake.faults.clear()
    later = _send(g, minutes_later=0.1)  # still inside the 30 s pause
    assert later.pending == 1
    assert any(line.startswith(f"review {rid}: waiting, next try at") and "error 503" in line
               for line in later.problems)
    assert pending_items(g.store)[0].last_error is not None
    assert "next try at" in (pending_items(g.store)[0].last_error or "")


def test_retry_failed_releases_a_waiting_reply(gbp: Gbp, capsys: object) -> None:
    g = gbp
    _one_queued(g)
    g.fake.faults.add("rate_limit", count=1, path="/reply", method="PUT", retry_after="300")
    assert _send(g).pending == 1
    assert pending_items(g.store)[0].not_before is not None
    retry_failed(g.store)
    assert pending_items(g.store)[0].not_before is None
    assert _send(g).sent == 1


def test_outbox_send_prints_the_wait(gbp: Gbp, capsys) -> None:  # type: ignore[no-untyped-def]
    g = gbp
    _one_queued(g)
    g.fake.faults.add("rate_limit", count=10, path="/reply", method="PUT", retry_after="300")
    assert _send(g).pending == 1
    assert g.store.path is not None
    code = main(["outbox", "send", "--data-dir", str(g.store.path.parent)])
    out = capsys.readouterr().out
    assert code == 1 and "pending 1" in out and "next try at" in out  # asked again, or still waiting
