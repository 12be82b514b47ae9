"""A desktop's local copy of a team server (the IMAP model: local cache, shared server state).

The copy is an ordinary SQLite database (`Store`, same schema, same queries), in its own file
under the data folder (`team/<server>.sqlite3`), so the window, its search and its triage work
on it unchanged and keep working when the server is away. Rows keep the server's ids, so a
change set from the server (`LISTEN/NOTIFY`) names the same reviews locally.

Beside the shop tables the copy keeps its own bookkeeping (created here, not by the shop
migrations: only a copy has them):
- `team_mirror_state`: the change-log cursor (see `store/postgres/change_feed.py`);
- `team_base_replies` / `team_base_outbox`: each review's replies and outbox rows exactly as
  last read from the server (the *base*). What the desktop did since — a queued reply, an
  edited or discarded draft — is the difference between the local rows and the base
  (`store/team_outbound.py`), the way a version control system finds local edits;
- `team_repull`: reviews to read again whatever the cursor says (after a push, or while held).

Applying a page compares before writing, so a page stored twice changes nothing, and a
review the desktop changed locally keeps its local replies until they are pushed (the base
is not moved under them: the push must compare against what the user started from).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from workstation.domain import from_iso, to_iso
from workstation.private_files import private_dir
from workstation.store.db import Store
from workstation.store.postgres.change_feed import (
    AUTO_MARK_COLUMNS,
    CRISIS_COLUMNS,
    LABEL_COLUMNS,
    OUTBOX_COLUMNS,
    REPLY_COLUMNS,
    REPLY_VERSION_COLUMNS,
    REVIEW_COLUMNS,
    SOURCE_COLUMNS,
    START,
    VERSION_COLUMNS,
    Cursor,
    ReviewPage,
    Row,
    SharedTables,
)
from workstation.store.team_approval_copy import BOOKKEEPING as ROLES_BOOKKEEPING
from workstation.store.team_approval_copy import apply_members
from workstation.store.team_auto_rules_copy import apply_rules
from workstation.store.team_auto_rules_copy import ensure_bookkeeping as ensure_rules_bookkeeping
from workstation.store.team_outbound import changed_in, has_reply_intent
from workstation.store.team_settings_copy import BOOKKEEPING as SETTINGS_BOOKKEEPING
from workstation.store.team_settings_copy import (
    apply_locations,
    apply_settings,
    crises_pulled,
    held_crises,
)
from workstation.store.team_views_copy import BOOKKEEPING as VIEWS_BOOKKEEPING
from workstation.store.team_views_copy import apply_views

Conn = sqlite3.Connection

_BOOKKEEPING = (
    "CREATE TABLE IF NOT EXISTS team_mirror_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE IF NOT EXISTS team_base_replies (
        id INTEGER PRIMARY KEY, review_id INTEGER NOT NULL, text TEXT NOT NULL,
        state TEXT NOT NULL,          -- as written locally
        server_state TEXT NOT NULL,   -- as on the server ('approval' is 'ready' locally)
        author TEXT, version INTEGER NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS team_base_replies_review ON team_base_replies (review_id)",
    """CREATE TABLE IF NOT EXISTS team_base_outbox (
        id INTEGER PRIMARY KEY, review_id INTEGER NOT NULL, reply_id INTEGER NOT NULL,
        action TEXT NOT NULL, state TEXT NOT NULL, text TEXT)""",
    "CREATE INDEX IF NOT EXISTS team_base_outbox_review ON team_base_outbox (review_id)",
    # fingerprint: the review's local replies right after a push; unchanged at the next pull,
    # they are replaced by the server's (the push is done), changed, the user did more.
    "CREATE TABLE IF NOT EXISTS team_repull (review_id INTEGER PRIMARY KEY, fingerprint TEXT)",
    """CREATE TABLE IF NOT EXISTS team_conflicts (
        id INTEGER PRIMARY KEY, review_id INTEGER NOT NULL, text TEXT NOT NULL, message TEXT NOT NULL,
        at TEXT NOT NULL, dismissed INTEGER NOT NULL DEFAULT 0,
        refusal_json TEXT)  -- kind + params (store/refusals.py); NULL: only the English message""",
    # Triage done on this desktop (a status change) until the server has it: a trigger marks it,
    # so finding what to push never scans the whole inbox. The mirror's own writes unmark.
    "CREATE TABLE IF NOT EXISTS team_status_dirty (review_id INTEGER PRIMARY KEY, status TEXT NOT NULL)",
    """CREATE TRIGGER IF NOT EXISTS team_status_changed AFTER UPDATE OF status ON reviews
        WHEN new.status IS NOT old.status BEGIN
        INSERT INTO team_status_dirty (review_id, status) VALUES (new.id, new.status)
        ON CONFLICT (review_id) DO UPDATE SET status = excluded.status;
    END""",
    """CREATE TABLE IF NOT EXISTS team_pending_actions (
        id INTEGER PRIMARY KEY, review_id INTEGER NOT NULL, action TEXT NOT NULL,
        note TEXT, at TEXT NOT NULL)""",
)

#: Server reply states shown locally under another name (the local schema has no 'approval').
_LOCAL_STATE = {"approval": "ready"}
_DRAFT_STATES = ("draft", "ready", "failed")


def cache_file(data_dir: Path, server_key: str) -> Path:
    """The local copy of one team server (one file per server and user) in the data folder."""
    safe = re.sub(r"[^A-Za-z0-9._@-]+", "_", server_key)
    return private_dir(data_dir / "team") / f"{safe}.sqlite3"


def open_cache(path: Path) -> Store:
    """Open (creating and migrating) a local copy, with its bookkeeping tables."""
    store = Store(path)
    ensure_bookkeeping(store)
    return store


def ensure_bookkeeping(store: Store) -> None:
    with store.transaction() as conn:
        for statement in _BOOKKEEPING + SETTINGS_BOOKKEEPING + ROLES_BOOKKEEPING + VIEWS_BOOKKEEPING:
            conn.execute(statement)
        ensure_rules_bookkeeping(conn)
        _add_refusal_column(conn)


def _add_refusal_column(conn: Conn) -> None:
    """A copy made before refusals had kinds gets the column (its old rows keep NULL: the
    window shows their stored English message)."""
    columns = {str(r[1]) for r in conn.execute("PRAGMA table_info(team_conflicts)")}
    if "refusal_json" not in columns:
        conn.execute("ALTER TABLE team_conflicts ADD COLUMN refusal_json TEXT")




# -- small state ---------------------------------------------------------------------

def _state(conn: Conn, key: str) -> str | None:
    row = conn.execute("SELECT value FROM team_mirror_state WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else None


def _set_state(conn: Conn, key: str, value: str) -> None:
    conn.execute("INSERT INTO team_mirror_state (key, value) VALUES (?, ?) "
                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))


def _cursor(store: Store, name: str) -> Cursor:
    xid, review = _state(store._conn, f"{name}_xid"), _state(store._conn, f"{name}_review")
    return (xid, int(review)) if xid is not None and review is not None else START


def cursor(store: Store) -> Cursor:
    """Where the next read of the server's change log starts."""
    return _cursor(store, "cursor")


def early_cursor(store: Store) -> Cursor:
    """How far the entries not yet safe for `cursor` were read (see store/postgres/change_feed.py)."""
    return _cursor(store, "early")






def mark_up_to_date(store: Store, at: datetime) -> None:
    """The copy was brought up to date with the server at `at` (figures say "as of" it)."""
    with store.transaction() as conn:
        _set_state(conn, "up_to_date_at", to_iso(at) or "")


def up_to_date_at(store: Store) -> datetime | None:
    """When the copy was last brought up to date with the server (None: never)."""
    value = _state(store._conn, "up_to_date_at")
    return from_iso(value) if value else None


def repull_ids(store: Store) -> list[int]:
    return [int(r[0]) for r in store._conn.execute("SELECT review_id FROM team_repull ORDER BY review_id")]




# -- applying what the server sent ------------------------------------------------------

@dataclass
class Applied:
    """What a page or the shared tables changed locally (nothing, for a page stored twice)."""

    review_ids: set[int] = field(default_factory=set)
    replies: bool = False
    outbox: bool = False
    labels: bool = False
    sources: bool = False
    crises: bool = False
    settings: bool = False
    held: set[int] = field(default_factory=set)  # reviews whose local replies wait for the push

    def merge(self, other: Applied) -> None:
        self.review_ids |= other.review_ids
        self.held |= other.held
        for name in ("replies", "outbox", "labels", "sources", "crises", "settings"):
            setattr(self, name, getattr(self, name) or getattr(other, name))


def _placeholders(columns: Sequence[str]) -> str:
    return ", ".join("?" for _ in columns)


def _upsert(conn: Conn, table: str, columns: Sequence[str], row: Row, key: str = "id") -> None:
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != key)
    conn.execute(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({_placeholders(columns)}) "
                 f"ON CONFLICT ({key}) DO UPDATE SET {updates}", row)


def _local(conn: Conn, table: str, columns: Sequence[str], where: str, params: Sequence[Any]) -> list[Row]:
    return [tuple(r) for r in conn.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE {where}", params)]


def _sync_whole(conn: Conn, table: str, columns: Sequence[str], rows: Sequence[Row],
                held: frozenset[int] | set[int] = frozenset()) -> bool:
    """Make a small local table equal to the server's (by id), except the `held` rows (changed
    here, not pushed yet); True when anything changed."""
    local = {r[0]: r for r in _local(conn, table, columns, "1", ())}
    server = {r[0]: tuple(r) for r in rows}
    changed = False
    for row_id, row in server.items():
        if local.get(row_id) != row and row_id not in held:
            # A row the desktop made itself (a local crisis) may hold the key of a server row.
            if table == "crises":
                conn.execute("DELETE FROM crises WHERE key = ? AND id != ?", (row[1], row_id))
            _upsert(conn, table, columns, row)
            changed = True
    gone = [row_id for row_id in local if row_id not in server]
    if gone and table == "crises":  # sources and locations are never removed on the server
        conn.executemany("DELETE FROM crises WHERE id = ?", [(i,) for i in gone])
        changed = True
    return changed


def apply_shared(store: Store, shared: SharedTables) -> Applied:
    applied = Applied()
    with store.transaction() as conn:
        held = held_crises(conn)
        applied.crises = _sync_whole(conn, "crises", CRISIS_COLUMNS, shared.crises, held)
        crises_pulled(conn, shared.crises, held)
        # shared settings and locations changed here wait for the push (store/team_settings_copy.py)
        applied.settings = apply_settings(conn, shared.settings)
        applied.sources = apply_locations(conn, shared.locations)
        applied.settings = apply_members(conn, shared.members) or applied.settings
        applied.settings = apply_views(conn, shared.views) or applied.settings  # store/team_views_copy.py
        # after the locations: a rule names its location by the server's id
        applied.settings = apply_rules(conn, shared.auto_rules) or applied.settings
    return applied


def _group(rows: Iterable[Row], index: int) -> dict[int, list[Row]]:
    grouped: dict[int, list[Row]] = {}
    for row in rows:
        grouped.setdefault(int(row[index]), []).append(tuple(row))
    return grouped


def fingerprint(conn: Conn, review_id: int) -> str:
    """The review's local replies and outbox rows, as one comparable text."""
    replies = sorted(_local(conn, "replies", ("id", "text", "state"), "review_id = ?", (review_id,)))
    outbox = sorted(_local(conn, "outbox", ("id", "reply_id", "action", "state", "text"),
                           "reply_id IN (SELECT id FROM replies WHERE review_id = ?)", (review_id,)), key=repr)
    return repr((replies, outbox))


def _held(conn: Conn, review_id: int) -> bool:
    """Keep the local replies (the server's wait): the user did something not pushed yet."""
    row = conn.execute("SELECT fingerprint FROM team_repull WHERE review_id = ?", (review_id,)).fetchone()
    if row is not None and row[0] is not None and row[0] == fingerprint(conn, review_id):
        return False  # pushed, and nothing changed locally since: take the server's rows
    return has_reply_intent(conn, review_id)


def _next_id(conn: Conn, table: str) -> int:
    return int(conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0])


def _make_room(conn: Conn, table: str, row_id: int) -> None:
    """A row the desktop created (a reply written offline…) holds an id the server now uses:
    move it to a free id, with what refers to it (foreign keys are deferred to the commit)."""
    if conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)).fetchone() is None:
        return
    new_id = _next_id(conn, table)
    conn.execute(f"UPDATE {table} SET id = ? WHERE id = ?", (new_id, row_id))
    if table == "replies":
        for child in ("outbox", "reply_versions"):
            conn.execute(f"UPDATE {child} SET reply_id = ? WHERE reply_id = ?", (new_id, row_id))
        conn.execute("UPDATE auto_replies SET reply_id = ? WHERE reply_id = ?", (new_id, row_id))


def _local_reply(row: Row) -> Row:
    """A server reply row (local columns + author, version) as the local table holds it."""
    local = list(row[: len(REPLY_COLUMNS)])
    local[3] = _LOCAL_STATE.get(str(local[3]), local[3])
    return tuple(local)


def _reply_snapshot(conn: Conn, review_id: int) -> tuple[list[Row], list[Row], list[Row]]:
    replies = sorted(_local(conn, "replies", REPLY_COLUMNS, "review_id = ?", (review_id,)))
    ids = [r[0] for r in replies]
    marks = ", ".join("?" for _ in ids) or "NULL"
    versions = sorted(_local(conn, "reply_versions", REPLY_VERSION_COLUMNS, f"reply_id IN ({marks})", ids))
    outbox = sorted(_local(conn, "outbox", OUTBOX_COLUMNS, f"reply_id IN ({marks})", ids))
    return replies, versions, outbox


def _replace_replies(conn: Conn, review_id: int, replies: list[Row], versions: list[Row],
                     outbox: list[Row]) -> tuple[bool, bool]:
    """Make the review's replies, their versions and outbox rows the server's; returns whether
    what the user sees changed (texts, states), not ids or times: taking the server's copy of
    a draft this desktop just pushed must not reload the reply being written."""
    wanted_replies = sorted(_local_reply(r) for r in replies)
    wanted_versions = sorted(versions)
    wanted_outbox = sorted(r[: len(OUTBOX_COLUMNS)] for r in outbox)
    have_replies, have_versions, have_outbox = _reply_snapshot(conn, review_id)
    replies_changed = (have_replies, have_versions) != (wanted_replies, wanted_versions)
    outbox_changed = have_outbox != wanted_outbox
    if replies_changed or outbox_changed:
        conn.execute("PRAGMA defer_foreign_keys = ON")
        old = [r[0] for r in have_replies]
        marks = ", ".join("?" for _ in old) or "NULL"
        for table in ("outbox", "reply_versions", "auto_replies"):
            conn.execute(f"DELETE FROM {table} WHERE reply_id IN ({marks})", old)
        conn.execute("DELETE FROM replies WHERE review_id = ?", (review_id,))
        for row in wanted_replies:
            _make_room(conn, "replies", int(row[0]))
            conn.execute(f"INSERT INTO replies ({', '.join(REPLY_COLUMNS)}) VALUES ({_placeholders(REPLY_COLUMNS)})",
                         row)
        for row in wanted_versions:
            conn.execute(f"INSERT OR REPLACE INTO reply_versions ({', '.join(REPLY_VERSION_COLUMNS)}) "
                         f"VALUES ({_placeholders(REPLY_VERSION_COLUMNS)})", row)
        for row in wanted_outbox:
            _make_room(conn, "outbox", int(row[0]))
            conn.execute(f"INSERT INTO outbox ({', '.join(OUTBOX_COLUMNS)}) VALUES ({_placeholders(OUTBOX_COLUMNS)})",
                         row)
    _set_base(conn, review_id, replies, outbox)
    return (_seen(have_replies, (2, 3)) != _seen(wanted_replies, (2, 3)) or have_versions != wanted_versions,
            _seen(have_outbox, (2, 3, 9)) != _seen(wanted_outbox, (2, 3, 9)))


def _replace_marks(conn: Conn, review_id: int, rows: list[Row]) -> bool:
    """Make the "automatic" marks of the review's replies the server's (the dashboard's share
    of automatic replies and the history read them); True when they changed."""
    have = sorted(_local(conn, "auto_replies", AUTO_MARK_COLUMNS,
                         "reply_id IN (SELECT id FROM replies WHERE review_id = ?)", (review_id,)))
    wanted = sorted(tuple(r) for r in rows)
    if have == wanted:
        return False
    conn.execute("DELETE FROM auto_replies WHERE reply_id IN (SELECT id FROM replies WHERE review_id = ?)",
                 (review_id,))
    conn.executemany(f"INSERT OR REPLACE INTO auto_replies ({', '.join(AUTO_MARK_COLUMNS)}) "
                     f"VALUES ({_placeholders(AUTO_MARK_COLUMNS)})", wanted)
    return True


def _seen(rows: Sequence[Row], columns: tuple[int, ...]) -> list[tuple[Any, ...]]:
    return sorted((tuple(row[i] for i in columns) for row in rows), key=repr)


def _set_base(conn: Conn, review_id: int, replies: list[Row], outbox: list[Row]) -> None:
    conn.execute("DELETE FROM team_base_replies WHERE review_id = ?", (review_id,))
    conn.execute("DELETE FROM team_base_outbox WHERE review_id = ?", (review_id,))
    author_at, version_at, text_at = len(REPLY_COLUMNS), len(REPLY_COLUMNS) + 1, OUTBOX_COLUMNS.index("text")
    conn.executemany(
        "INSERT INTO team_base_replies (id, review_id, text, state, server_state, author, version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(r[0], review_id, r[2], _LOCAL_STATE.get(str(r[3]), r[3]), r[3], r[author_at], r[version_at])
         for r in replies])
    conn.executemany(
        "INSERT INTO team_base_outbox (id, review_id, reply_id, action, state, text) VALUES (?, ?, ?, ?, ?, ?)",
        [(r[0], review_id, r[1], r[2], r[3], r[text_at]) for r in outbox])


def _replace_children(conn: Conn, table: str, columns: Sequence[str], review_id: int, rows: list[Row],
                      *, keyed: bool) -> bool:
    have = sorted(_local(conn, table, columns, "review_id = ?", (review_id,)), key=repr)
    wanted = sorted((tuple(r) for r in rows), key=repr)
    if have == wanted:
        return False
    conn.execute(f"DELETE FROM {table} WHERE review_id = ?", (review_id,))
    verb = "INSERT OR REPLACE" if keyed else "INSERT"
    conn.executemany(f"{verb} INTO {table} ({', '.join(columns)}) VALUES ({_placeholders(columns)})", wanted)
    return True


_STATUS_AT, _STATUS_CHANGED_AT = REVIEW_COLUMNS.index("status"), REVIEW_COLUMNS.index("status_changed_at")


def _apply_review(conn: Conn, row: Row, held: bool) -> bool:
    review_id = int(row[0])
    have = conn.execute(f"SELECT {', '.join(REVIEW_COLUMNS)} FROM reviews WHERE id = ?", (review_id,)).fetchone()
    wanted = list(row)
    if held and have is not None:  # the local reply state goes with the local replies
        at = REVIEW_COLUMNS.index("reply_state")
        wanted[at] = have[at]
    triaged_here = conn.execute("SELECT 1 FROM team_status_dirty WHERE review_id = ?", (review_id,)).fetchone()
    if triaged_here is not None and have is not None:  # the user's triage waits for the push
        wanted[_STATUS_AT], wanted[_STATUS_CHANGED_AT] = have[_STATUS_AT], have[_STATUS_CHANGED_AT]
    if have is not None and tuple(have) == tuple(wanted):
        return False
    _upsert(conn, "reviews", REVIEW_COLUMNS, tuple(wanted))
    if triaged_here is None:  # the server's status, written by the mirror: nothing to push
        conn.execute("DELETE FROM team_status_dirty WHERE review_id = ?", (review_id,))
    return True


def triaged_here(store: Store) -> list[tuple[int, str, str | None]]:
    """Status changes made on this desktop that the server has not taken yet."""
    return [(int(r[0]), str(r[1]), r[2]) for r in store._conn.execute(
        "SELECT d.review_id, d.status, r.status_changed_at FROM team_status_dirty d "
        "JOIN reviews r ON r.id = d.review_id ORDER BY d.review_id")]


def status_pushed(store: Store, review_id: int, status: str) -> None:
    """The server has this status now (unless the user changed it again meanwhile)."""
    with store.transaction() as conn:
        conn.execute("DELETE FROM team_status_dirty WHERE review_id = ? AND status = ?", (review_id, status))


def apply_page(store: Store, page: ReviewPage) -> Applied:
    """Store one page of the server's changes and its cursor, in one transaction."""
    applied = Applied()
    reviews = {int(r[0]): r for r in page.reviews}
    versions, labels = _group(page.versions, 1), _group(page.labels, 0)
    replies = _group(page.replies, 1)
    outbox = _group(page.outbox, len(OUTBOX_COLUMNS))
    reply_review = {int(r[0]): int(r[1]) for r in page.replies}
    reply_versions: dict[int, list[Row]] = {}
    for row in page.reply_versions:
        reply_versions.setdefault(reply_review[int(row[1])], []).append(tuple(row))
    marks: dict[int, list[Row]] = {}
    for row in page.auto_marks:
        marks.setdefault(reply_review[int(row[0])], []).append(tuple(row))
    with store.transaction() as conn:
        applied.sources = apply_locations(conn, page.locations)
        applied.sources = _sync_whole(conn, "sources", SOURCE_COLUMNS, page.sources) or applied.sources
        done: list[int] = []
        differing = set(changed_in(conn))  # one query: only these can hold local work
        for review_id in page.review_ids:
            if review_id not in reviews:
                continue  # reviews are never deleted on the server; nothing to mirror
            held = review_id in differing and _held(conn, review_id)
            if _apply_review(conn, reviews[review_id], held):
                applied.review_ids.add(review_id)
            if _replace_children(conn, "review_labels", LABEL_COLUMNS, review_id, labels.get(review_id, []),
                                 keyed=False):
                applied.review_ids.add(review_id)
                applied.labels = True
            if _replace_children(conn, "review_versions", VERSION_COLUMNS, review_id,
                                 versions.get(review_id, []), keyed=True):
                applied.review_ids.add(review_id)
            if held:
                applied.held.add(review_id)
                conn.execute("INSERT OR IGNORE INTO team_repull (review_id) VALUES (?)", (review_id,))
                continue
            replies_changed, outbox_changed = _replace_replies(
                conn, review_id, replies.get(review_id, []), reply_versions.get(review_id, []),
                outbox.get(review_id, []))
            replies_changed = _replace_marks(conn, review_id, marks.get(review_id, [])) or replies_changed
            if replies_changed or outbox_changed:
                applied.review_ids.add(review_id)
                applied.replies = applied.replies or replies_changed
                applied.outbox = applied.outbox or outbox_changed
            done.append(review_id)
        conn.executemany("DELETE FROM team_repull WHERE review_id = ?", [(i,) for i in done])
        for name, value in (("cursor", page.cursor), ("early", page.early)):
            _set_state(conn, f"{name}_xid", value[0])
            _set_state(conn, f"{name}_review", str(value[1]))
    return applied


# -- after a push -----------------------------------------------------------------------

def _move_row(conn: Conn, table: str, old_id: int, new_id: int) -> None:
    """Give a row the id the server chose for it (and move whatever held that id aside)."""
    if old_id == new_id:
        return
    _make_room(conn, table, new_id)
    conn.execute(f"UPDATE {table} SET id = ? WHERE id = ?", (new_id, old_id))
    if table == "replies":
        for child in ("outbox", "reply_versions", "auto_replies"):
            conn.execute(f"UPDATE {child} SET reply_id = ? WHERE reply_id = ?", (new_id, old_id))


def _remember_push(conn: Conn, review_id: int) -> None:
    conn.execute("INSERT INTO team_repull (review_id, fingerprint) VALUES (?, ?) "
                 "ON CONFLICT (review_id) DO UPDATE SET fingerprint = excluded.fingerprint",
                 (review_id, fingerprint(conn, review_id)))


def pushed(store: Store, review_id: int) -> None:
    """The server took (or refused) this review's change: its rows replace the local ones at the
    next pull, unless the user changes the review again meanwhile."""
    with store.transaction() as conn:
        _remember_push(conn, review_id)


def draft_pushed(store: Store, review_id: int, *, server_id: int, version: int, text: str, author: str) -> None:
    """The shared draft is now `version`, with this desktop's text: the base moves to it at once,
    so the next autosave names that version (not the older one, which would look like a conflict)."""
    with store.transaction() as conn:
        conn.execute("PRAGMA defer_foreign_keys = ON")
        local = conn.execute(
            "SELECT id FROM replies WHERE review_id = ? AND origin = 'app' AND state IN ('draft', 'ready') "
            "ORDER BY id DESC LIMIT 1", (review_id,)).fetchone()
        if local is not None:
            _move_row(conn, "replies", int(local[0]), server_id)
        conn.execute("DELETE FROM team_base_replies WHERE (review_id = ? AND server_state IN ('draft', 'ready', "
                     "'approval')) OR id = ?", (review_id, server_id))
        conn.execute("INSERT INTO team_base_replies (id, review_id, text, state, server_state, author, version) "
                     "VALUES (?, ?, ?, 'draft', 'draft', ?, ?)", (server_id, review_id, text, author, version))
        _remember_push(conn, review_id)


def draft_discarded(store: Store, review_id: int) -> None:
    with store.transaction() as conn:
        conn.execute("DELETE FROM team_base_replies WHERE review_id = ? AND server_state IN ('draft', 'ready', "
                     "'approval')", (review_id,))
        _remember_push(conn, review_id)
