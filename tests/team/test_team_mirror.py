"""A desktop's local copy of a team server: pulled incrementally from the change log, a page
stored twice changes nothing, replies written offline reach the shared outbox when the server
is back, a reply someone else already queued is a conflict (their text kept, nothing posted
twice), drafts keep their versions, and the command prints a plain summary."""

from __future__ import annotations

import socket
from datetime import timedelta
from pathlib import Path

import pytest

from tests.ops.helpers import CountingAnalyzer
from tests.team.test_team_outbox import Team, _send
from tests.team.test_team_outbox import team as platform_team  # noqa: F401 - a fixture: 40 reviews on a fake platform
from tests.team.workers import T0, open_store, review
from workstation.cli import main
from workstation.ops import replies as local_replies
from workstation.ops import team
from workstation.ops.team_mirror import (
    LinkState,
    TeamLink,
    approve_reply,
    conflicts,
    open_local_copy,
)
from workstation.ops.team_triage import process_team_reviews
from workstation.store import team_cache
from workstation.store.db import Store
from workstation.store.location import PostgresLocation, parse_store_url
from workstation.store.postgres import change_feed
from workstation.store.postgres.reviews import import_records
from workstation.store.postgres.roles import set_location_approval, set_member_role
from workstation.store.postgres.triage import add_flags

ORIGIN = "bob@desk-b"
TABLES = ("reviews", "review_versions", "replies", "reply_versions", "outbox", "review_labels", "sources",
          "locations", "crises", "settings", "team_base_replies", "team_base_outbox", "team_mirror_state")


def _where(url: str) -> PostgresLocation:
    where = parse_store_url(url)
    assert isinstance(where, PostgresLocation)
    return where


def _nowhere(url: str) -> PostgresLocation:
    """The same server address on a port nothing listens on: the server is "down"."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    where = _where(url)
    return PostgresLocation(where.host, port, where.database, where.user, where.sslmode, where.password)


def _link(where: PostgresLocation, author: str = "Anne") -> TeamLink:
    return TeamLink(where, author=author, origin=f"{author}@desk-a")


def _dump(store: Store) -> dict[str, list[tuple[object, ...]]]:
    return {t: sorted((tuple(r) for r in store.query(f"SELECT * FROM {t}")), key=repr) for t in TABLES}


def _server_with_reviews(url: str, count: int = 6) -> list[int]:
    with open_store(url) as server:
        import_records(server, [review(i) for i in range(count)], default_location="Lyon", now=T0)
        process_team_reviews(server, analyzer=CountingAnalyzer(), now=T0 + timedelta(days=1))
        with server.connection() as conn:
            ids = [int(r[0]) for r in conn.execute("SELECT id FROM reviews ORDER BY id")]
        add_flags(server, {ids[0]: ["profanity"], ids[1]: ["profanity", "competitor"]})
        return ids


def _review_ids_in(store: Store) -> list[int]:
    return [int(r[0]) for r in store.query("SELECT id FROM reviews ORDER BY id")]


def test_the_first_pull_copies_everything_and_the_next_only_what_changed(pg_url: str, tmp_path: Path) -> None:
    ids = _server_with_reviews(pg_url)
    with open_local_copy(tmp_path, _where(pg_url)) as cache, _link(_where(pg_url)) as link:
        first = link.mirror_once(cache)
        assert first.state is LinkState.UP_TO_DATE and first.received == len(ids)
        assert _review_ids_in(cache) == ids
        with open_store(pg_url) as server, server.connection() as conn:
            server_rows = sorted(tuple(r) for r in conn.execute(
                "SELECT id, text, stars, level, urgency, due_at, analysis_version FROM reviews"))
            labels = conn.execute("SELECT count(*) FROM review_labels").fetchone()[0]
        assert sorted(tuple(r) for r in cache.query(
            "SELECT id, text, stars, level, urgency, due_at, analysis_version FROM reviews")) == server_rows
        assert cache.scalar("SELECT count(*) FROM review_labels") == labels > 0
        # The window's own search works on the copy.
        assert cache.scalar("SELECT count(*) FROM reviews_fts WHERE reviews_fts MATCH 'croissants'") == len(ids)

        assert link.mirror_once(cache).changes.empty  # nothing new: nothing changes
        with open_store(pg_url) as server:
            team.save_draft(server, ids[2], "Merci Bob", author="Bob", base_version=None, origin=ORIGIN)
            team.queue_reply(server, ids[4], "Thank you!", author="Bob", origin=ORIGIN)
        second = link.mirror_once(cache)
        assert second.changes.review_ids == frozenset({ids[2], ids[4]}) and second.received == 2
        assert second.changes.outbox and second.changes.drafts
        assert tuple(cache.query("SELECT text, state FROM replies WHERE review_id = ?", (ids[2],))[0]) == \
            ("Merci Bob", "draft")
        assert tuple(cache.query("SELECT o.state, o.text FROM outbox o JOIN replies r ON r.id = o.reply_id "
                                 "WHERE r.review_id = ?", (ids[4],))[0]) == ("queued", "Thank you!")
        assert cache.scalar("SELECT reply_state FROM reviews WHERE id = ?", (ids[4],)) == "queued"


def test_a_page_stored_twice_changes_nothing(pg_url: str, tmp_path: Path) -> None:
    ids = _server_with_reviews(pg_url)
    with open_store(pg_url) as server:
        team.save_draft(server, ids[0], "Brouillon", author="Bob", base_version=None, origin=ORIGIN)
        team.queue_reply(server, ids[1], "Merci !", author="Bob", origin=ORIGIN)
        page = change_feed.read_page(server, change_feed.START)
        shared = change_feed.read_shared(server)
    with open_local_copy(tmp_path, _where(pg_url)) as cache:
        first = team_cache.apply_page(cache, page)
        team_cache.apply_shared(cache, shared)
        before = _dump(cache)
        again = team_cache.apply_page(cache, page)
        again_shared = team_cache.apply_shared(cache, shared)
        assert _dump(cache) == before
    assert first.review_ids == set(ids)
    assert not again.review_ids and not again.replies and not again.outbox and not again.labels
    assert not again_shared.crises and not again_shared.settings


def test_pages_follow_the_cursor_in_small_steps(pg_url: str, tmp_path: Path) -> None:
    ids = _server_with_reviews(pg_url, count=7)
    with open_store(pg_url) as server, open_local_copy(tmp_path, _where(pg_url)) as cache:
        from workstation.sync.team_mirror import pull

        applied = pull(server, cache, page_size=2)
        assert applied.review_ids == set(ids) and _review_ids_in(cache) == ids
        assert team_cache.cursor(cache) != change_feed.START
        assert not pull(server, cache, page_size=2).review_ids
        # The log keeps only each review's newest entry once it was read.
        assert server.scalar("SELECT count(*) FROM review_change_log") == len(ids)


def test_a_change_committed_late_by_an_older_transaction_is_not_skipped(pg_url: str, tmp_path: Path) -> None:
    ids = _server_with_reviews(pg_url, count=3)
    with open_store(pg_url) as server, open_local_copy(tmp_path, _where(pg_url)) as cache, \
            _link(_where(pg_url)) as link:
        link.mirror_once(cache)
        slow = server.dedicated_connection()
        try:
            slow.execute("BEGIN")
            slow.execute("UPDATE reviews SET status = 'archived' WHERE id = %s", (ids[0],))  # older transaction
            team.save_draft(server, ids[1], "Vite", author="Bob", base_version=None, origin=ORIGIN)  # commits first
            seen_early = link.mirror_once(cache).changes.review_ids
            # Read once above the horizon, not again at every pull while the old transaction runs.
            assert change_feed.read_page(server, team_cache.cursor(cache),
                                         early=team_cache.early_cursor(cache)).review_ids == ()
            slow.execute("COMMIT")
        finally:
            slow.close()
        late = link.mirror_once(cache).changes.review_ids
        assert cache.scalar("SELECT status FROM reviews WHERE id = ?", (ids[0],)) == "archived"
    assert seen_early == frozenset({ids[1]})  # shown at once, yet the cursor waits for the older one
    assert late == frozenset({ids[0]})


def test_a_reply_written_offline_goes_to_the_shared_outbox_when_the_server_is_back(pg_url: str,
                                                                                    tmp_path: Path) -> None:
    ids = _server_with_reviews(pg_url)
    with open_local_copy(tmp_path, _where(pg_url)) as cache:
        with _link(_where(pg_url)) as link:
            link.mirror_once(cache)
        with _link(_nowhere(pg_url)) as down:
            local_replies.save_draft(cache, ids[0], "Merci pour votre avis")
            local_replies.queue_reply(cache, ids[1], "Thank you for coming!")
            offline = down.mirror_once(cache)
        assert offline.state is LinkState.OFFLINE and "does not answer" in offline.message
        assert cache.scalar("SELECT reply_state FROM reviews WHERE id = ?", (ids[1],)) == "queued"  # kept locally
        with _link(_where(pg_url)) as link:
            back = link.mirror_once(cache)
        assert back.state is LinkState.UP_TO_DATE and (back.queued, back.drafts, back.conflicts) == (1, 1, ())
        with open_store(pg_url) as server, server.connection() as conn:
            outbox = conn.execute("SELECT review_id, text, queued_by, state FROM outbox").fetchall()
            draft = team.current_draft(server, ids[0])
        assert outbox == [(ids[1], "Thank you for coming!", "Anne", "queued")]
        assert draft is not None and (draft.text, draft.author, draft.version) == ("Merci pour votre avis", "Anne", 1)
        # The local copy now shows the server's rows, with nothing left to push.
        with _link(_where(pg_url)) as link:
            assert link.mirror_once(cache).changes.empty
        assert cache.query("SELECT o.text FROM outbox o JOIN replies r ON r.id = o.reply_id "
                           "WHERE o.state = 'queued'")[0][0] == "Thank you for coming!"


def test_a_reply_someone_else_queued_meanwhile_is_a_conflict_never_a_second_post(pg_url: str,
                                                                                 tmp_path: Path) -> None:
    ids = _server_with_reviews(pg_url)
    with open_local_copy(tmp_path, _where(pg_url)) as cache:
        with _link(_where(pg_url)) as link:
            link.mirror_once(cache)
        local_replies.queue_reply(cache, ids[3], "Anne's answer, written offline")
        with open_store(pg_url) as server:
            team.queue_reply(server, ids[3], "Bob's answer", author="Bob", origin=ORIGIN)
        with _link(_where(pg_url)) as link:
            outcome = link.mirror_once(cache)
            assert link.mirror_once(cache).conflicts == ()  # recorded once, not again at each run
        (conflict,) = conflicts(cache)
        # The local copy shows Bob's reply, not Anne's (which only the conflict keeps).
        assert [tuple(r) for r in cache.query("SELECT text, state FROM replies WHERE review_id = ?",
                                              (ids[3],))] == [("Bob's answer", "queued")]
    assert outcome.state is LinkState.UP_TO_DATE and outcome.queued == 0
    assert outcome.conflicts == ((ids[3], conflict.message),) and "Bob already queued" in conflict.message
    assert conflict.review_id == ids[3] and conflict.text == "Anne's answer, written offline"
    with open_store(pg_url) as server, server.connection() as conn:
        assert conn.execute("SELECT text, queued_by FROM outbox").fetchall() == [("Bob's answer", "Bob")]


def test_a_review_already_answered_on_the_platform_is_a_conflict(pg_url: str, tmp_path: Path) -> None:
    ids = _server_with_reviews(pg_url)
    with open_local_copy(tmp_path, _where(pg_url)) as cache:
        with _link(_where(pg_url)) as link:
            link.mirror_once(cache)
        local_replies.queue_reply(cache, ids[0], "Merci !")
        with open_store(pg_url) as server, server.connection() as conn:  # Bob's reply went out meanwhile
            team.queue_reply(server, ids[0], "Merci, Bob", author="Bob", origin=ORIGIN)
            conn.execute("UPDATE outbox SET state = 'sent'")
            conn.execute("UPDATE replies SET state = 'sent', posted_at = '2026-11-02T00:00:00Z'")
            conn.execute("UPDATE reviews SET reply_state = 'sent' WHERE id = %s", (ids[0],))
        with _link(_where(pg_url)) as link:
            outcome = link.mirror_once(cache)
        with open_store(pg_url) as server:
            assert server.scalar("SELECT count(*) FROM outbox") == 1
        assert cache.scalar("SELECT reply_state FROM reviews WHERE id = ?", (ids[0],)) == "sent"
    assert [m for _, m in outcome.conflicts] == [f"Review {ids[0]} already has a reply on the platform by Bob; "
                                                  "it was not sent again."]


def test_drafts_keep_their_versions_while_typing_and_a_stale_one_is_a_conflict(pg_url: str,
                                                                                tmp_path: Path) -> None:
    ids = _server_with_reviews(pg_url)
    with open_local_copy(tmp_path, _where(pg_url)) as cache, _link(_where(pg_url)) as link:
        link.mirror_once(cache)
        local_replies.save_draft(cache, ids[0], "Merci")
        assert link.mirror_once(cache).drafts == 1
        # Autosave again and again: each save names the version the last one made, no conflict.
        for text in ("Merci pour", "Merci pour votre", "Merci pour votre visite"):
            local_replies.save_draft(cache, ids[0], text)
            saved = link.mirror_once(cache)
            assert saved.conflicts == () and saved.drafts == 1
            # Taking the server's copy of one's own draft changes nothing the user sees (the
            # reply being written is not reloaded under the cursor).
            assert saved.changes.empty
        with open_store(pg_url) as server:
            draft = team.current_draft(server, ids[0])
            assert draft is not None and (draft.text, draft.version) == ("Merci pour votre visite", 4)
            team.save_draft(server, ids[0], "Bob's version", author="Bob", base_version=4, origin=ORIGIN)
        local_replies.save_draft(cache, ids[0], "Anne keeps typing")  # before seeing Bob's
        outcome = link.mirror_once(cache)
        assert [m for _, m in outcome.conflicts] == [f"Bob saved a newer draft of review {ids[0]} ("
                                                     f"{draft_updated_at(pg_url, ids[0])}); yours was not saved. "
                                                     "Open the review again to see it."]
        assert conflicts(cache)[0].text == "Anne keeps typing"
        assert cache.query("SELECT text FROM replies WHERE review_id = ?", (ids[0],))[0][0] == "Bob's version"
        # Discarding locally discards the shared draft (from the version seen).
        local_replies.save_draft(cache, ids[0], "")
        assert link.mirror_once(cache).conflicts == ()
        with open_store(pg_url) as server:
            assert team.current_draft(server, ids[0]) is None


def test_triage_done_offline_reaches_the_server_and_is_not_undone_by_a_pull(pg_url: str, tmp_path: Path) -> None:
    from workstation.ops import triage as local_triage

    ids = _server_with_reviews(pg_url)
    with open_local_copy(tmp_path, _where(pg_url)) as cache:
        with _link(_where(pg_url)) as link:
            link.mirror_once(cache)
        local_triage.set_status(cache, [ids[0], ids[1]], "archived")  # offline
        with open_store(pg_url) as server, server.connection() as conn:  # the server moves on meanwhile
            conn.execute("UPDATE reviews SET due_at = '2026-12-01T00:00:00Z' WHERE id = ANY(%s)", ([ids[0], ids[2]],))
            page = change_feed.read_page(server, team_cache.cursor(cache))
        team_cache.apply_page(cache, page)  # a pull before the push keeps the local triage
        assert cache.scalar("SELECT status FROM reviews WHERE id = ?", (ids[0],)) == "archived"
        assert cache.scalar("SELECT due_at FROM reviews WHERE id = ?", (ids[0],)) == "2026-12-01T00:00:00Z"
        with _link(_where(pg_url)) as link:
            outcome = link.mirror_once(cache)
            assert outcome.triaged == 2 and outcome.ok
            assert link.mirror_once(cache).triaged == 0  # sent once
        with open_store(pg_url) as server, server.connection() as conn:
            statuses = dict(conn.execute("SELECT id, status FROM reviews WHERE id = ANY(%s)",
                                         ([ids[0], ids[1], ids[2]],)).fetchall())
            conn.execute("UPDATE reviews SET status = 'open' WHERE id = %s", (ids[1],))  # someone reopens it
        assert statuses == {ids[0]: "archived", ids[1]: "archived", ids[2]: "open"}
        with _link(_where(pg_url)) as link:
            assert link.mirror_once(cache).triaged == 0  # the server's own change is not sent back
        assert cache.scalar("SELECT status FROM reviews WHERE id = ?", (ids[1],)) == "open"


def draft_updated_at(url: str, review_id: int) -> str:
    with open_store(url) as server:
        draft = team.current_draft(server, review_id)
    assert draft is not None
    return draft.updated_at


def test_a_reply_written_offline_keeps_its_words_when_the_server_gives_its_id_to_another(
        pg_url: str, tmp_path: Path) -> None:
    ids = _server_with_reviews(pg_url)
    with open_local_copy(tmp_path, _where(pg_url)) as cache:
        with _link(_where(pg_url)) as link:
            link.mirror_once(cache)
        local_replies.queue_reply(cache, ids[0], "Written offline")  # takes the next free local id…
        local_id = int(cache.scalar("SELECT max(id) FROM replies"))
        with open_store(pg_url) as server:  # …which the server gives Bob's draft of another review
            team.save_draft(server, ids[5], "Bob's draft", author="Bob", base_version=None, origin=ORIGIN)
            assert server.scalar("SELECT max(id) FROM replies") == local_id
            page = change_feed.read_page(server, team_cache.cursor(cache))
        team_cache.apply_page(cache, page)  # a pull before the push: the local reply moves aside
        assert cache.query("SELECT review_id, text FROM replies WHERE id = ?", (local_id,))[0][:] == \
            (ids[5], "Bob's draft")
        assert cache.query("SELECT o.text FROM outbox o JOIN replies r ON r.id = o.reply_id "
                           "WHERE r.review_id = ?", (ids[0],))[0][0] == "Written offline"
        with _link(_where(pg_url)) as link:
            assert link.mirror_once(cache).queued == 1
    with open_store(pg_url) as server:
        assert server.scalar("SELECT text FROM outbox") == "Written offline"


def test_an_approval_asked_on_the_copy_is_sent_with_the_next_push(pg_url: str, tmp_path: Path) -> None:
    ids = _server_with_reviews(pg_url)
    with open_store(pg_url) as server:
        lyon = int(server.scalar("SELECT id FROM locations WHERE name = 'Lyon'"))
        set_location_approval(server, lyon, True)
        set_member_role(server, "Claire", "approver")
    with open_local_copy(tmp_path, _where(pg_url)) as cache:
        with _link(_where(pg_url), "Anne") as anne:
            anne.mirror_once(cache)
            local_replies.queue_reply(cache, ids[0], "Bonjour, merci")
            waiting = anne.mirror_once(cache)
        assert (waiting.queued, waiting.approvals) == (0, 1)
        assert cache.query("SELECT text, state FROM replies WHERE review_id = ?", (ids[0],))[0][:] == \
            ("Bonjour, merci", "ready")  # waits for an approver
        approve_reply(cache, ids[0])
        with _link(_where(pg_url), "Anne") as anne:
            refused = anne.mirror_once(cache)  # an agent does not approve
        assert "Anne is not an approver" in refused.conflicts[0][1]
        set_member_role_of(pg_url, "Anne", "approver")
        approve_reply(cache, ids[0])
        with _link(_where(pg_url), "Anne") as anne:
            own = anne.mirror_once(cache)  # nor anyone their own reply
        assert "Nobody approves their own reply" in own.conflicts[0][1]
        approve_reply(cache, ids[0])
        with _link(_where(pg_url), "Claire") as claire:
            approved = claire.mirror_once(cache)
        assert approved.conflicts == () and approved.approvals == 1
    with open_store(pg_url) as server, server.connection() as conn:
        assert conn.execute("SELECT text, queued_by FROM outbox").fetchall() == [("Bonjour, merci", "Anne")]


def import_copy_of(url: str, cache: Store) -> None:
    """Fill a copy from the server at `url` (the copy of another address, for a test)."""
    with open_store(url) as server:
        from workstation.sync.team_mirror import pull

        pull(server, cache)


def set_member_role_of(url: str, name: str, role: str) -> None:
    with open_store(url) as server:
        set_member_role(server, name, role)


def test_the_mirror_command_prints_a_summary_and_says_when_the_server_is_away(
        pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _server_with_reviews(pg_url, count=4)
    assert main(["team", "mirror", "--store", pg_url, "--data-dir", str(tmp_path), "--as", "Anne"]) == 0
    assert "4 review(s) updated from the team server." in capsys.readouterr().out
    assert main(["team", "mirror", "--store", pg_url, "--data-dir", str(tmp_path)]) == 0
    assert "0 review(s) updated" in capsys.readouterr().out
    down = _nowhere(pg_url)
    url = f"postgresql://{down.user}:{down.password}@127.0.0.1:{down.port}/{down.database}"
    with open_local_copy(tmp_path, down) as cache:  # that server's copy: one reply written offline
        import_copy_of(pg_url, cache)
        local_replies.queue_reply(cache, int(cache.scalar("SELECT min(id) FROM reviews")), "Merci !")
    assert main(["team", "mirror", "--store", url, "--data-dir", str(tmp_path)]) == 2
    captured = capsys.readouterr()
    assert "does not answer" in captured.err and "Traceback" not in captured.err
    assert "1 review(s) with replies, drafts or triage changes wait in this computer's copy" in captured.err
    assert main(["team", "mirror"]) == 2  # a local copy of what? the command says it needs a server
    assert "--store" in capsys.readouterr().err


def test_two_desktops_answering_the_same_reviews_offline_post_each_reply_once(platform_team: Team,  # noqa: F811
                                                                              tmp_path: Path) -> None:
    """Both copies queue a reply to each of 40 reviews while the server is away; back online,
    one desktop's reply wins per review, the other's is a conflict, and the platform gets one."""
    team = platform_team
    where = _where(team.url)
    copies = {name: open_local_copy(tmp_path / name, where) for name in ("Anne", "Bruno")}
    try:
        for copy in copies.values():
            with _link(where) as link:
                link.mirror_once(copy)
        ids = team.review_ids()
        for name, copy in copies.items():
            for review_id in ids:
                local_replies.queue_reply(copy, review_id, f"Merci, {name}")
        outcomes = {}
        for name, copy in copies.items():
            with _link(where, name) as link:
                outcomes[name] = link.mirror_once(copy)
        assert outcomes["Anne"].queued == 40 and outcomes["Anne"].conflicts == ()
        assert outcomes["Bruno"].queued == 0 and len(outcomes["Bruno"].conflicts) == 40
        assert len(conflicts(copies["Bruno"])) == 40
        assert _send(team) == (40, 0, 0)
        assert all(team.fake.reply_puts[name] == 1 for name in team.names)
        assert {r["reviewReply"]["comment"] for r in team.fake.reviews.values()} == {"Merci, Anne"}
        with _link(where, "Bruno") as link:
            again = link.mirror_once(copies["Bruno"])
        assert again.conflicts == () and again.queued == 0  # nothing left to push, nothing twice
        assert copies["Bruno"].scalar("SELECT count(*) FROM reviews WHERE reply_state = 'sent'") == 40
    finally:
        for copy in copies.values():
            copy.close()
