"""Reading what changed on a team server since a desktop last looked (the IMAP-style "fetch
since"), for the desktop's local copy (`store/team_cache.py`, `sync/team_mirror.py`).

The change log (schema 4) holds (writing transaction id, review id) for every write to a
review or to what hangs off it. A desktop's cursor is the last entry it stored. Entries are
read in transaction-id order, but only those older than every transaction still running
(`pg_snapshot_xmin`, the *horizon*): a transaction that started earlier and commits later
cannot add an entry below the horizon any more, so advancing the cursor never skips a change.
Entries above the horizon that are already committed (the common case while another desktop
runs a long import) are read too, so they show at once, without moving the cursor: the
cursor reads them again later, which changes nothing locally (every page is applied by
comparing first). A second, *early* cursor remembers how far those were read, so each pull
reads only what is new above the horizon, not all of it again.

Each page is read in one REPEATABLE READ snapshot: the reviews and every row hanging off them
as they were at one instant. The small shared tables (sources, locations, crises, settings,
saved views) are read whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import psycopg

from workstation.store.postgres.connection import PgStore

Conn = psycopg.Connection[Any]

#: (transaction id as text, review id); the start is before every entry.
Cursor = tuple[str, int]
START: Cursor = ("0", 0)

#: Columns copied to the local copy, in the local tables' names (same on both engines).
REVIEW_COLUMNS = (
    "id", "source_id", "external_id", "location_id", "author", "stars", "title", "text", "lang", "url",
    "created_at", "updated_at", "first_seen_at", "last_seen_at", "status", "status_changed_at", "reply_state",
    "removed_on_platform", "sentiment", "urgency", "level", "analysis_json", "analysis_version", "due_at",
)
VERSION_COLUMNS = ("id", "review_id", "author", "stars", "title", "text", "updated_at", "replaced_at")
#: Server replies also carry the team's columns (author, version) after the local ones.
REPLY_COLUMNS = ("id", "review_id", "text", "state", "origin", "external_id", "template_id", "posted_at",
                 "created_at", "updated_at")
REPLY_TEAM_COLUMNS = ("author", "version")
REPLY_VERSION_COLUMNS = ("id", "reply_id", "text", "posted_at", "replaced_at")
OUTBOX_COLUMNS = ("id", "reply_id", "action", "state", "attempts", "last_error", "not_before", "created_at",
                  "updated_at", "text", "sent_at", "last_error_refusal")
LABEL_COLUMNS = ("review_id", "kind", "label", "sentiment")
SOURCE_COLUMNS = ("id", "platform", "name", "kind", "base_url", "location_id", "settings_json", "secret_key",
                  "cursor", "sync_interval_min", "last_synced_at", "status", "status_message", "created_at")
LOCATION_COLUMNS = ("id", "name", "timezone", "country", "hours_json", "review_url", "created_at")
#: The automatic-reply rules (shared whole, like the settings) and the marks on replies they queued.
AUTO_RULE_COLUMNS = ("id", "name", "enabled", "enabled_at", "location_id", "platforms_json", "languages_json",
                     "min_stars", "with_text", "delay_minutes", "previewed_at", "created_at", "updated_at")
AUTO_MARK_COLUMNS = ("reply_id", "rule_id", "rule_name", "text", "queued_at")
CRISIS_COLUMNS = ("id", "key", "kind", "label", "detected_at", "window_start", "window_end", "count",
                  "baseline_per_day", "review_ids", "evidence", "status", "notes", "checklist_json")

Row = tuple[Any, ...]


@dataclass(frozen=True)
class ReviewPage:
    """Reviews that changed, each with everything hanging off it, as of one snapshot."""

    cursor: Cursor  # where the next read starts (unchanged when nothing safe was read)
    early: Cursor  # how far entries above the horizon were read
    more: bool  # a full page: read again at once
    review_ids: tuple[int, ...]  # every review this page carries (safe and early)
    reviews: tuple[Row, ...] = ()
    versions: tuple[Row, ...] = ()
    replies: tuple[Row, ...] = ()
    reply_versions: tuple[Row, ...] = ()
    outbox: tuple[Row, ...] = ()
    labels: tuple[Row, ...] = ()
    auto_marks: tuple[Row, ...] = ()  # the "automatic" marks of the pages' replies
    # Read in the same snapshot, so every review's source and location is there locally first.
    sources: tuple[Row, ...] = ()
    locations: tuple[Row, ...] = ()


@dataclass(frozen=True)
class SharedTables:
    """The small tables everyone sees whole (besides sources and locations, which come with each page)."""

    crises: tuple[Row, ...] = ()
    settings: tuple[Row, ...] = ()
    locations: tuple[Row, ...] = ()  # also here: a location's new hours change no review
    members: tuple[Row, ...] = ()  # (name, role): who approves
    views: tuple[Row, ...] = ()  # (name, filter JSON): the saved views
    auto_rules: tuple[Row, ...] = ()  # the automatic-reply rules (AUTO_RULE_COLUMNS)


def _rows(conn: Conn, table: str, columns: Sequence[str], where: str, ids: list[int]) -> tuple[Row, ...]:
    query = f"SELECT {', '.join(columns)} FROM {table} WHERE {where} ORDER BY id"  # our own constant names
    return tuple(tuple(r) for r in conn.execute(query, (ids,)).fetchall())


def _whole(conn: Conn, table: str, columns: Sequence[str], order: str = "id") -> tuple[Row, ...]:
    return tuple(tuple(r) for r in conn.execute(
        f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}").fetchall())


def _after(a: Cursor, b: Cursor) -> Cursor:
    """The later of two cursors (transaction ids compare as numbers)."""
    return max(a, b, key=lambda c: (int(c[0]), c[1]))


def read_page(store: PgStore, cursor: Cursor, *, early: Cursor = START, limit: int = 500,
              early_limit: int = 500, extra_ids: Sequence[int] = ()) -> ReviewPage:
    """The next page of changed reviews after `cursor` (and, above the horizon, after `early`),
    plus `extra_ids` (reviews to read again whatever the cursors say)."""
    with store.connection() as conn, conn.transaction():
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        # Every transaction below this id has ended: no entry below it can appear any more.
        row = conn.execute("SELECT pg_snapshot_xmin(pg_current_snapshot())::text").fetchone()
        assert row is not None
        horizon = str(row[0])
        # A review is read once, at its newest entry below the horizon (its older ones are
        # superseded: reading it there, later in the order, brings the same rows).
        entries = conn.execute(
            "SELECT l.change_xid::text, l.review_id FROM review_change_log l "
            "WHERE (l.change_xid, l.review_id) > (%s::xid8, %s) AND l.change_xid < %s::xid8 "
            "AND NOT EXISTS (SELECT 1 FROM review_change_log n WHERE n.review_id = l.review_id "
            "AND n.change_xid > l.change_xid AND n.change_xid < %s::xid8) "
            "ORDER BY l.change_xid, l.review_id LIMIT %s",
            (cursor[0], cursor[1], horizon, horizon, limit)).fetchall()
        early_after = _after(cursor, early)
        above = conn.execute(
            "SELECT change_xid::text, review_id FROM review_change_log "
            "WHERE (change_xid, review_id) > (%s::xid8, %s) AND change_xid >= %s::xid8 "
            "ORDER BY change_xid, review_id LIMIT %s",
            (early_after[0], early_after[1], horizon, early_limit)).fetchall()
        next_cursor = (str(entries[-1][0]), int(entries[-1][1])) if entries else cursor
        next_early = (str(above[-1][0]), int(above[-1][1])) if above else early_after
        more = len(entries) == limit or len(above) == early_limit
        ids = sorted({int(r[1]) for r in entries} | {int(r[1]) for r in above} | {int(i) for i in extra_ids})
        if not ids:
            return ReviewPage(next_cursor, next_early, False, ())
        return ReviewPage(
            early=next_early,
            sources=_whole(conn, "sources", SOURCE_COLUMNS),
            locations=_whole(conn, "locations", LOCATION_COLUMNS),
            cursor=next_cursor,
            more=more,
            review_ids=tuple(ids),
            reviews=_rows(conn, "reviews", REVIEW_COLUMNS, "id = ANY(%s)", ids),
            versions=_rows(conn, "review_versions", VERSION_COLUMNS, "review_id = ANY(%s)", ids),
            replies=_rows(conn, "replies", REPLY_COLUMNS + REPLY_TEAM_COLUMNS, "review_id = ANY(%s)", ids),
            reply_versions=_rows(conn, "reply_versions", REPLY_VERSION_COLUMNS,
                                 "reply_id IN (SELECT id FROM replies WHERE review_id = ANY(%s))", ids),
            outbox=_rows(conn, "outbox", (*OUTBOX_COLUMNS, "review_id"), "review_id = ANY(%s)", ids),
            labels=tuple(tuple(r) for r in conn.execute(
                "SELECT review_id, kind, label, sentiment FROM review_labels WHERE review_id = ANY(%s) "
                "ORDER BY review_id, kind, label", (ids,)).fetchall()),
            auto_marks=tuple(tuple(r) for r in conn.execute(
                f"SELECT {', '.join('a.' + c for c in AUTO_MARK_COLUMNS)} FROM auto_replies a "
                "JOIN replies p ON p.id = a.reply_id WHERE p.review_id = ANY(%s) ORDER BY a.reply_id",
                (ids,)).fetchall()),
        )


def read_shared(store: PgStore) -> SharedTables:
    with store.connection() as conn, conn.transaction():
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        return SharedTables(crises=_whole(conn, "crises", CRISIS_COLUMNS),
                            settings=_whole(conn, "settings", ("key", "value"), "key"),
                            locations=_whole(conn, "locations", LOCATION_COLUMNS),
                            members=_whole(conn, "team_members", ("name", "role"), "name"),
                            views=_whole(conn, "saved_views", ("name", "filter_json"), "name"),
                            auto_rules=_whole(conn, "auto_reply_rules", AUTO_RULE_COLUMNS))


def prune(store: PgStore, review_ids: Sequence[int]) -> int:
    """Drop log entries a newer entry of the same review supersedes (a reader needs only the
    newest); rows another desktop is pruning are skipped, so pruners never wait on each other."""
    if not review_ids:
        return 0
    with store.transaction() as conn:
        cur = conn.execute(
            "DELETE FROM review_change_log WHERE (change_xid, review_id) IN ("
            " SELECT l.change_xid, l.review_id FROM review_change_log l WHERE l.review_id = ANY(%s) AND EXISTS"
            " (SELECT 1 FROM review_change_log n WHERE n.review_id = l.review_id AND n.change_xid > l.change_xid)"
            " FOR UPDATE SKIP LOCKED)", (list(review_ids),))
        return cur.rowcount
