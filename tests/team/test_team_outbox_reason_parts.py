"""On a team server, why a reply is not sent yet is kept as data beside its English
(`outbox.last_error_refusal`, server schema 9), written by the team sender and copied to each
desktop's local copy, whose window says it in its language. A server of schema 8 is migrated
keeping its rows: an old row keeps its English and has no parts."""

from __future__ import annotations

from pathlib import Path

import psycopg

from tests.error_kind_checks import assert_in_french
from tests.team.test_team_mirror import _link, _where
from tests.team.test_team_outbox import Team, _send
from tests.team.test_team_outbox import team as platform_team  # noqa: F401 - a fixture: 40 reviews on a fake platform
from tests.team.test_team_schema_upgrade import _set_up_schema
from tests.team.workers import T0
from workstation.cli_language import catalog
from workstation.domain import to_iso
from workstation.error_kinds import worded_parts
from workstation.ops.team_mirror import open_local_copy
from workstation.store import queries
from workstation.store.postgres.connection import PgStore
from workstation.store.postgres.outbox import queue_reply
from workstation.store.postgres.schema import PG_SCHEMA_VERSION
from workstation.store.refusals import parts_from_json

ENGLISH = ("next try", "trouble", "refused", "permission")


def _row(store: PgStore, review_id: int) -> tuple[str, str | None]:
    with store.connection() as conn:
        row = conn.execute("SELECT last_error, last_error_refusal FROM outbox WHERE review_id = %s",
                           (review_id,)).fetchone()
    assert row is not None
    return str(row[0]), row[1]


def test_the_team_sender_keeps_why_a_reply_waits_as_parts(platform_team: Team) -> None:  # noqa: F811
    team = platform_team
    review = team.review_ids()[0]
    queue_reply(team.store, review, "Merci", author="Anne", now=T0)
    team.fake.faults.add("server_error", count=10, status=503)
    assert _send(team) == (0, 0, 1)
    english, kept = _row(team.store, review)
    parts = parts_from_json(kept)
    assert [p.kind for p in parts] == ["platform_server_error", "outbox_next_try"]
    assert "error 503" in english and "next try at" in english
    assert parts[1].params["at"] > to_iso(T0)  # type: ignore[operator]
    assert_in_french(worded_parts(parts, english, catalog("fr").gettext), ENGLISH)


def test_a_refused_reply_reaches_the_desktops_copy_with_its_parts(platform_team: Team,  # noqa: F811
                                                                  tmp_path: Path) -> None:
    team = platform_team
    review = team.review_ids()[1]
    queue_reply(team.store, review, "Merci", author="Anne", now=T0)
    team.fake.faults.add("forbidden", count=10, method="PUT")
    assert _send(team) == (0, 1, 0)
    english, _kept = _row(team.store, review)
    with open_local_copy(tmp_path, _where(team.url)) as cache, _link(_where(team.url)) as link:
        link.mirror_once(cache)
        detail = queries.review_detail(cache, review)
    assert detail is not None
    (reply,) = detail.replies
    assert reply.last_error == english and [p.kind for p in reply.last_error_parts] == ["platform_forbidden_detail"]
    french = worded_parts(reply.last_error_parts, english, catalog("fr").gettext)
    assert french != english
    assert_in_french(french, ("refused", "permission", "lacks"))


def test_a_schema_8_server_keeps_its_reasons_in_english(pg_url: str) -> None:
    _set_up_schema(pg_url, 8)
    with psycopg.connect(pg_url) as conn:
        review = conn.execute("SELECT id, source_id FROM reviews WHERE reply_state = 'queued'").fetchone()
        assert review is not None
        reply = conn.execute("INSERT INTO replies (review_id, text, state, created_at, updated_at, author) "
                             "VALUES (%s, 'Merci', 'failed', 'x', 'x', 'Anne') RETURNING id", (review[0],)).fetchone()
        assert reply is not None
        conn.execute("INSERT INTO outbox (reply_id, source_id, review_id, state, last_error, text, created_at, "
                     "updated_at, queued_by) VALUES (%s, %s, %s, 'failed', 'The platform refused the reply.', "
                     "'Merci', 'x', 'x', 'Anne')", (reply[0], review[1], review[0]))
    with PgStore(_where(pg_url)) as store:
        assert store.version == PG_SCHEMA_VERSION == 10
        assert _row(store, int(review[0])) == ("The platform refused the reply.", None)
