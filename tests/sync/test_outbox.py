"""Outbox against the Google Business fake: queue, send in order within the rate limit,
never twice across crashes, failures with reasons, retries, updates and deletes."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.sync.helpers import NOW, Gbp, clock, factory, no_wait_pacer, run
from workstation.sources.credentials import store_secrets
from workstation.store.db import Store
from workstation.store.errors import Refusal
from workstation.store.outbox import (
    OutboxError,
    mark_sending,
    outbox_counts,
    pending_items,
    take_back,
)
from workstation.store.refusals import refusal_of
from workstation.store.sync_state import add_source
from workstation.sync import (
    Pacer,
    SendResult,
    queue_delete,
    queue_reply,
    retry_failed,
    send_outbox,
    sync_source,
)


def synced(g: Gbp) -> Gbp:
    result = run(sync_source(g.store, g.source_id, connector_factory=factory(), now=clock))
    assert result.ok
    return g


def unreplied(g: Gbp, n: int) -> list[int]:
    return [r[0] for r in g.store.query(
        "SELECT id FROM reviews WHERE reply_state = 'none' ORDER BY id LIMIT ?", (n,))]


def send(g: Gbp, pacer: Pacer | None = None, **kw: object) -> SendResult:
    return run(send_outbox(g.store, connector_factory=factory(), now=clock, pacer=pacer or no_wait_pacer(),
                           **kw))  # type: ignore[arg-type]


def external(g: Gbp, review_id: int) -> str:
    return str(g.store.scalar("SELECT external_id FROM reviews WHERE id = ?", (review_id,)))


def test_queue_and_send_in_order_within_the_rate_limit(gbp: Gbp) -> None:
    g = synced(gbp)
    ids = unreplied(g, 4)
    for i, rid in enumerate(ids):
        queued = queue_reply(g.store, rid, f"Merci pour votre avis n°{i} !")
        assert queued.action == "post"
    assert g.store.scalar("SELECT count(*) FROM reviews WHERE reply_state = 'queued'") == 4
    pacer = no_wait_pacer()
    sent, failed, pending = send(g, pacer)
    assert (sent, failed, pending) == (4, 0, 0)
    puts = [p for m, p in g.fake.requests if m == "PUT"]
    assert puts == [f"/v4/{external(g, rid)}/reply" for rid in ids]  # oldest first
    assert len(pacer.waits) == 3 and all(0 < w <= 0.25 for w in pacer.waits)  # type: ignore[attr-defined]
    for i, rid in enumerate(ids):
        assert g.fake.reviews[external(g, rid)]["reviewReply"]["comment"] == f"Merci pour votre avis n°{i} !"
        row = g.store.query("SELECT state, posted_at, origin FROM replies WHERE review_id = ?", (rid,))[0]
        assert (row["state"], row["origin"]) == ("sent", "app") and row["posted_at"]
    assert g.store.scalar("SELECT count(*) FROM reviews WHERE reply_state = 'sent' AND id IN (?,?,?,?)", ids) == 4
    assert send(g).sent == 0 and g.puts() == 4  # nothing left: a rerun posts nothing


def test_row_left_sending_with_reply_already_remote_is_not_posted_again(gbp: Gbp) -> None:
    """The kill simulation: the PUT reached Google, the process died before recording it."""
    g = synced(gbp)
    rid = unreplied(g, 1)[0]
    queued = queue_reply(g.store, rid, "Thank you!")
    mark_sending(g.store, queued.outbox_id, now=NOW)
    g.fake.reviews[external(g, rid)]["reviewReply"] = {"comment": "Thank you!", "updateTime": "2026-11-25T08:59:00Z"}
    result = send(g)
    assert (result.sent, result.failed, result.pending) == (1, 0, 0)
    assert g.puts() == 0  # checked with get_reply, never re-sent
    assert g.store.scalar("SELECT state FROM outbox WHERE id = ?", (queued.outbox_id,)) == "sent"
    assert g.store.scalar("SELECT reply_state FROM reviews WHERE id = ?", (rid,)) == "sent"


def test_row_left_sending_without_remote_reply_is_sent_once(gbp: Gbp) -> None:
    g = synced(gbp)
    rid = unreplied(g, 1)[0]
    queued = queue_reply(g.store, rid, "Thank you!")
    mark_sending(g.store, queued.outbox_id, now=NOW)  # died before the request left
    assert send(g).sent == 1 and g.puts() == 1


def test_lost_answer_is_checked_before_the_retry(gbp: Gbp) -> None:
    g = synced(gbp)
    rid = unreplied(g, 1)[0]
    queue_reply(g.store, rid, "Thanks a lot")
    # Google applies the PUT but the answer is cut off: the outcome is unknown.
    g.fake.faults.add("truncated", count=5, path="/reply", method="PUT")
    first = send(g)
    assert (first.sent, first.pending) == (0, 1) and first.problems
    # Google's reply PUT is an upsert, so the connector itself may repeat it within the
    # call (still one reply on the review); what matters is the next run.
    tried = g.puts()
    assert tried >= 1
    g.fake.faults.clear()
    second = send(g)
    assert second.sent == 1 and g.puts() == tried  # found on the platform, not sent again


def test_rejected_reply_fails_with_reason_and_can_be_retried(gbp: Gbp) -> None:
    g = synced(gbp)
    a, b = unreplied(g, 2)
    queue_reply(g.store, a, "First")
    queue_reply(g.store, b, "Second")
    g.fake.faults.add("forbidden", count=1, path="/reply", method="PUT")
    result = send(g)
    assert (result.sent, result.failed, result.pending) == (1, 1, 0)  # the other reply still went out
    assert result.problems == [f"review {a}: Google Business Profile refused access: this account lacks the "
                               "permission (injected forbidden)."]
    row = g.store.query("SELECT o.state, o.last_error FROM outbox o JOIN replies r ON r.id = o.reply_id "
                        "WHERE r.review_id = ?", (a,))[0]
    assert row["state"] == "failed" and "refused access" in row["last_error"]
    assert g.store.scalar("SELECT reply_state FROM reviews WHERE id = ?", (a,)) == "failed"
    assert retry_failed(g.store, review_id=a) == 1
    again = send(g)
    assert again.sent == 1 and g.fake.reply_puts[external(g, a)] == 1


def test_rate_limited_rows_wait_for_retry_after_and_keep_order(gbp: Gbp) -> None:
    g = synced(gbp)
    ids = unreplied(g, 3)
    for rid in ids:
        queue_reply(g.store, rid, "Merci")
    g.fake.faults.add("rate_limit", count=10, path="/reply", method="PUT", retry_after="120")
    result = send(g)
    assert (result.sent, result.failed, result.pending) == (0, 0, 3)
    assert len(result.problems) == 1 and result.problems[0].startswith(
        f"source {g.source_id}: Google Business Profile asks us to slow down; will try again later.")
    assert "next try at" in result.problems[0]
    assert next(i.not_before for i in pending_items(g.store)) == "2026-11-25T09:02:00Z"
    g.fake.faults.clear()
    assert send(g).pending == 3  # still before not_before: nothing sent, order kept
    later = run(send_outbox(g.store, connector_factory=factory(), pacer=no_wait_pacer(),
                            now=lambda: NOW + timedelta(minutes=3)))
    assert later.sent == 3 and g.puts() == 3


def test_offline_keeps_everything_queued(gbp: Gbp) -> None:
    g = synced(gbp)
    queue_reply(g.store, unreplied(g, 1)[0], "Merci")
    g.server.close()
    result = send(g)
    assert (result.sent, result.failed, result.pending) == (0, 0, 1)
    assert result.problems == [f"source {g.source_id}: offline"]
    assert outbox_counts(g.store) == {"queued": 1}


def test_edited_reply_updates_the_remote_one_and_keeps_versions(gbp: Gbp) -> None:
    g = synced(gbp)
    rid = unreplied(g, 1)[0]
    queue_reply(g.store, rid, "Merci !")
    send(g)
    edited = queue_reply(g.store, rid, "Merci beaucoup, à bientôt !")
    assert edited.action == "update"
    assert send(g).sent == 1
    name = external(g, rid)
    assert g.fake.reviews[name]["reviewReply"]["comment"] == "Merci beaucoup, à bientôt !"
    assert g.fake.reply_puts[name] == 2
    assert [r[0] for r in g.store.query(
        "SELECT v.text FROM reply_versions v JOIN replies r ON r.id = v.reply_id WHERE r.review_id = ?", (rid,))
    ] == ["Merci !"]
    assert g.store.scalar("SELECT count(*) FROM replies WHERE review_id = ?", (rid,)) == 1


def test_edit_while_queued_sends_only_the_last_text(gbp: Gbp) -> None:
    g = synced(gbp)
    rid = unreplied(g, 1)[0]
    queue_reply(g.store, rid, "draft one")
    queue_reply(g.store, rid, "final words")
    assert send(g).sent == 1 and g.puts() == 1
    assert g.fake.reviews[external(g, rid)]["reviewReply"]["comment"] == "final words"


def test_reply_posted_elsewhere_is_updated_not_duplicated(gbp: Gbp) -> None:
    g = synced(gbp)
    rid = int(g.store.scalar("SELECT id FROM reviews WHERE reply_state = 'sent' LIMIT 1"))
    assert queue_reply(g.store, rid, "A better answer").action == "update"
    assert send(g).sent == 1
    assert g.store.scalar("SELECT count(*) FROM replies WHERE review_id = ?", (rid,)) == 1


def test_delete_where_the_platform_allows_it(gbp: Gbp) -> None:
    g = synced(gbp)
    rid = unreplied(g, 1)[0]
    queue_reply(g.store, rid, "Oops, wrong review")
    send(g)
    assert queue_delete(g.store, rid).action == "delete"
    assert send(g).sent == 1
    name = external(g, rid)
    assert "reviewReply" not in g.fake.reviews[name] and g.fake.reply_deletes[name] == 1
    assert g.store.scalar("SELECT reply_state FROM reviews WHERE id = ?", (rid,)) == "none"
    # A queued, never-sent reply is withdrawn locally, without a call.
    other = next(i for i in unreplied(g, 2) if i != rid)
    queue_reply(g.store, other, "not yet")
    assert queue_delete(g.store, other).action == "cancel"
    assert send(g).sent == 0 and g.fake.reply_deletes[external(g, other)] == 0


def test_a_queued_deletion_is_taken_back_before_it_is_sent(gbp: Gbp) -> None:
    g = synced(gbp)
    rid = unreplied(g, 1)[0]
    queue_reply(g.store, rid, "Merci !")
    send(g)
    name = external(g, rid)

    def rows() -> list[tuple[object, ...]]:
        return [tuple(r) for r in g.store.query(
            "SELECT o.id, o.action, o.state, p.state, p.text, p.posted_at, v.reply_state FROM outbox o "
            "JOIN replies p ON p.id = o.reply_id JOIN reviews v ON v.id = p.review_id ORDER BY o.id")]

    assert queue_delete(g.store, rid).action == "delete"
    taken = take_back(g.store, rid)
    assert taken.action == "delete"
    # Online again, words and platform id unchanged; nothing is sent.
    assert [r[1:4] + r[6:] for r in rows()] == [("post", "sent", "sent", "sent"), ("delete", "cancelled", "sent",
                                                                                  "sent")]
    assert send(g).sent == 0 and g.fake.reply_deletes[name] == 0
    with pytest.raises(OutboxError, match="has no queued reply or deletion to take back") as refused:
        take_back(g.store, rid)
    assert refusal_of(refused.value) == Refusal("nothing_to_take_back", {"review": str(rid)})
    # Refused, nothing changed: being sent, or tried already (it may be gone).
    queue_delete(g.store, rid)
    outbox_id = int(g.store.scalar("SELECT max(id) FROM outbox"))
    mark_sending(g.store, outbox_id)
    before = rows()
    with pytest.raises(OutboxError, match=r"deletion of the reply to review .* is being sent right now") as refused:
        take_back(g.store, rid)
    assert rows() == before
    # The team server's kinds, nobody named: the window words them in its language.
    assert refusal_of(refused.value) == Refusal("deletion_being_sent_take_back", {"review": str(rid), "by": ""})
    g.store._conn.execute("UPDATE outbox SET state = 'queued' WHERE id = ?", (outbox_id,))
    before = rows()
    with pytest.raises(OutboxError, match=r"already tried to delete the reply .* may be gone") as refused:
        take_back(g.store, rid)
    assert rows() == before
    assert refusal_of(refused.value) == Refusal("deletion_maybe_done", {"review": str(rid)})
    assert send(g).sent == 1 and g.fake.reply_deletes[name] == 1  # checked first: still there, so deleted
    with pytest.raises(OutboxError, match="was already deleted on the platform; nothing was taken back") as refused:
        take_back(g.store, rid)
    assert refusal_of(refused.value) == Refusal("already_deleted", {"review": str(rid), "by": ""})
    # A reply never sent is taken back as before: a draft again.
    queue_reply(g.store, rid, "Merci encore")
    assert take_back(g.store, rid).action == "post"
    assert g.store.scalar("SELECT reply_state FROM reviews WHERE id = ?", (rid,)) == "draft"


def test_bad_input_is_refused_before_queueing(store: Store) -> None:
    sid = add_source(store, platform="google_play", name="App")
    yelp = add_source(store, platform="yelp", name="Yelp", kind="file")
    store._conn.execute("INSERT INTO reviews (source_id, external_id, text, first_seen_at, last_seen_at) "
                       "VALUES (?, 'gp:1', 'ok', 'x', 'x'), (?, 'y:1', 'ok', 'x', 'x')", (sid, yelp))
    play_id, yelp_id = (r[0] for r in store.query("SELECT id FROM reviews ORDER BY id"))
    with pytest.raises(OutboxError, match="does not exist"):
        queue_reply(store, 999, "hello")
    with pytest.raises(OutboxError, match="empty"):
        queue_reply(store, play_id, "   ")
    with pytest.raises(OutboxError, match="too long for Google Play"):
        queue_reply(store, play_id, "x" * 351)
    with pytest.raises(OutboxError, match="Yelp replies cannot be posted"):
        queue_reply(store, yelp_id, "hello")
    queue_reply(store, play_id, "hello")
    with pytest.raises(OutboxError, match="does not let apps delete") as refused:
        queue_delete(store, play_id)
    assert store.scalar("SELECT count(*) FROM outbox") == 1
    # The same refusal kind as on a team server, so the window words it in its own language.
    assert refusal_of(refused.value) == Refusal("platform_cannot_delete",
                                                {"review": str(play_id), "platform": "Google Play"})


def test_sources_are_sent_independently(gbp: Gbp, tmp_path: object) -> None:
    g = synced(gbp)
    dead = add_source(g.store, platform="google_business", name="Gone", base_url="http://127.0.0.1:9",
                      save_secret=lambda key: store_secrets(key, {"access_token": "x"}))
    g.store._conn.execute("INSERT INTO reviews (source_id, external_id, text, first_seen_at, last_seen_at) VALUES "
                         "(?, 'accounts/1/locations/2/reviews/z', 'hi', 'x', 'x')", (dead,))
    dead_review = int(g.store.scalar("SELECT id FROM reviews WHERE source_id = ?", (dead,)))
    queue_reply(g.store, dead_review, "Merci")
    queue_reply(g.store, unreplied(g, 1)[0], "Merci")
    result = send(g)
    assert (result.sent, result.pending) == (1, 1)
    assert result.problems == [f"source {dead}: offline"]
    only = send(g, source_id=g.source_id)
    assert (only.sent, only.pending) == (0, 0)


def test_a_second_sender_waits_for_the_first(gbp: Gbp) -> None:
    from workstation.sync.sender_lock import sender_lock

    g = synced(gbp)
    queue_reply(g.store, unreplied(g, 1)[0], "Merci")
    assert g.store.path is not None
    with sender_lock(g.store.path):  # e.g. the app is sending while cron starts `outbox send`
        busy = send(g)
    assert (busy.sent, busy.pending, g.puts()) == (0, 1, 0)
    assert busy.problems == ["Replies are already being sent from another window or program; they will go out "
                             "from there. Nothing to do."]
    assert [p.kind for p in busy.problem_parts[0]] == ["sender_busy"]  # said in the reader's language
    assert send(g).sent == 1  # released: the next run sends it


def test_cli_outbox_send_retry_failed_in_process(gbp: Gbp, capsys: pytest.CaptureFixture[str]) -> None:
    """`outbox send` (in-process: the keychain is the test's) reports a refusal, exits 1,
    and `--retry-failed` sends it once the platform accepts it."""
    from workstation.sync.cli import COMMANDS

    g = synced(gbp)
    assert g.store.path is not None
    rid = unreplied(g, 1)[0]
    queue_reply(g.store, rid, "Merci")
    g.fake.faults.add("forbidden", count=1, path="/reply", method="PUT")
    data_dir = ["--data-dir", str(g.store.path.parent)]
    assert COMMANDS["outbox"](["send", *data_dir]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "sent 0, failed 1, pending 0" and out[1].startswith(f"review {rid}: ")
    assert COMMANDS["outbox"](["send", *data_dir]) == 0
    assert capsys.readouterr().out == "sent 0, failed 0, pending 0\n"
    assert COMMANDS["outbox"](["send", "--retry-failed", *data_dir]) == 0
    assert capsys.readouterr().out == "sent 1, failed 0, pending 0\n"
    assert g.puts() == 1
