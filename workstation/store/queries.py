"""Reading the inbox: filters, full-text search, paged rows and one review's detail.

The inbox asks for the ordered ids matching a filter (cheap even for 100k reviews),
then fetches only the rows it paints, the way Anki's browser table does.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from workstation.store.db import Store
from workstation.store.refusals import Refusal, parts_from_json

VIEWS = ("needs_reply", "urgent", "due", "all", "replied", "outbox", "no_reply_needed", "archived")

_VIEW_SQL = {
    "needs_reply": "r.status = 'open' AND r.reply_state != 'sent' AND r.removed_on_platform = 0",
    "urgent": "r.status = 'open' AND r.reply_state != 'sent' AND r.level IN ('critical', 'high')",
    "due": "r.status = 'open' AND r.reply_state NOT IN ('sent', 'queued') AND r.due_at IS NOT NULL "
    "AND r.removed_on_platform = 0",
    "all": "1",
    "replied": "r.reply_state = 'sent'",
    "outbox": "r.reply_state IN ('queued', 'failed')",
    "no_reply_needed": "r.status = 'no_reply_needed'",
    "archived": "r.status = 'archived'",
}

_SORT_SQL = {
    "newest": "r.created_at DESC, r.id DESC",
    "oldest": "r.created_at ASC, r.id ASC",
    "stars": "coalesce(r.stars, 6) ASC, r.created_at DESC, r.id DESC",
    "urgency": "coalesce(r.urgency, 0) DESC, r.created_at ASC, r.id ASC",
    "deadline": "r.due_at ASC, r.id ASC",
    # The Urgent view: critical before high, then the nearest deadline first (an overdue
    # critical review must not sort below one due in 13 hours), then the urgency score.
    "urgent_first": "CASE r.level WHEN 'critical' THEN 0 ELSE 1 END, r.due_at IS NULL, r.due_at ASC, "
    "coalesce(r.urgency, 0) DESC, r.id ASC",
}


@dataclass(frozen=True)
class ReviewFilter:
    """Everything the inbox can filter on; serialisable for saved views."""

    view: str = "needs_reply"
    search: str = ""
    source_id: int | None = None
    location_id: int | None = None
    stars: tuple[int, ...] = ()
    lang: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    sort: str = "newest"
    # Triage labels, all required: "category:health_safety", "topic:service",
    # "topic:service:neg" / ":pos" (the topic with that sentiment), "flag:star_mismatch".
    labels: tuple[str, ...] = ()
    ids: tuple[int, ...] = ()  # only these reviews (e.g. the ones behind a crisis alert)
    levels: tuple[str, ...] = ()  # urgency levels ("critical", "high", "normal", "low"); empty: any

    def with_(self, **changes: Any) -> ReviewFilter:
        return replace(self, **changes)

    def to_json(self) -> str:
        data = asdict(self)
        data["date_from"] = self.date_from.isoformat() if self.date_from else None
        data["date_to"] = self.date_to.isoformat() if self.date_to else None
        return json.dumps(data, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> ReviewFilter:
        data = json.loads(text)
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        for key in ("date_from", "date_to"):
            if known.get(key):
                known[key] = date.fromisoformat(known[key])
        known["stars"] = tuple(known.get("stars") or ())
        known["labels"] = tuple(known.get("labels") or ())
        known["ids"] = tuple(known.get("ids") or ())
        known["levels"] = tuple(known.get("levels") or ())
        return cls(**known)


#: Words of one search beyond this many are ignored: each costs a pass over the index,
#: and a dozen already narrows any inbox to a handful of reviews.
MAX_SEARCH_WORDS = 12


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))


def search_words(text: str) -> list[str]:
    """The words a search needs, each once: case and accents folded, and a word dropped
    when a longer one starts with it (every review matching `ab*` also matches `a*`), so
    "a a a … a" costs one term, not 200."""
    words: list[str] = []
    for word in sorted({_fold(w) for w in re.findall(r"\w+", text, flags=re.UNICODE)}, key=len, reverse=True):
        if word and not any(longer.startswith(word) for longer in words):
            words.append(word)
    return words[:MAX_SEARCH_WORDS]


def fts_query(text: str) -> str:
    """User words → an FTS5 query: every word must match, as a prefix, accents ignored."""
    return " ".join(f'"{w}"*' for w in search_words(text))


@dataclass(frozen=True)
class SqlDialect:
    """What differs between the engines in a filter's WHERE: the placeholder, whether a list
    can be one array parameter, the constants, and the full-text condition
    (`search_clause(words) → (sql, params)`, None when the words hold nothing searchable,
    such as only emoji)."""

    placeholder: str
    arrays: bool
    true: str
    false: str
    search_clause: Callable[[str], tuple[str, list[Any]] | None]

    def one_of(self, column: str, values: Sequence[Any]) -> tuple[str, list[Any]]:
        if self.arrays:
            return f"{column} = ANY({self.placeholder})", [list(values)]
        return f"{column} IN ({','.join(self.placeholder * len(values))})", list(values)

    def one_of_ids(self, column: str, ids: Sequence[int]) -> tuple[str, list[Any]]:
        if self.arrays:
            return self.one_of(column, ids)
        # Without arrays, thousands of ids (a crisis alert's) would pass SQLite's cap on
        # parameters; they are integers, so writing them inline is safe.
        return f"{column} IN ({','.join(str(int(i)) for i in ids)})", []


def _fts5_clause(search: str) -> tuple[str, list[Any]] | None:
    match = fts_query(search)
    return ("r.id IN (SELECT rowid FROM reviews_fts WHERE reviews_fts MATCH ?)", [match]) if match else None


SQLITE = SqlDialect("?", False, "1", "0", _fts5_clause)


def filter_where(f: ReviewFilter, dialect: SqlDialect = SQLITE) -> tuple[str, list[Any]]:
    """The WHERE of `f` and its parameters, for either engine: one list of clauses, so the
    inbox of a team server filters exactly as the local one (tests/team/test_team_search.py)."""
    view = _VIEW_SQL.get(f.view, "1")
    clauses = [dialect.true if view == "1" else view]
    params: list[Any] = []
    p = dialect.placeholder

    def add(clause: tuple[str, list[Any]]) -> None:
        clauses.append(clause[0])
        params.extend(clause[1])

    if f.search.strip():
        # only emoji, symbols or invisible characters: no review holds such a word
        add(dialect.search_clause(f.search) or (dialect.false, []))
    for column, value in (("r.source_id", f.source_id), ("r.location_id", f.location_id), ("r.lang", f.lang)):
        if value is not None and value != "":
            add((f"{column} = {p}", [value]))
    if f.stars:
        add(dialect.one_of("r.stars", f.stars))
    if f.date_from:
        add((f"r.created_at >= {p}", [f.date_from.isoformat()]))
    if f.date_to:
        add((f"r.created_at < {p}", [(f.date_to + timedelta(days=1)).isoformat()]))
    if f.levels:
        add(dialect.one_of("r.level", f.levels))
    if f.ids:
        add(dialect.one_of_ids("r.id", [int(i) for i in f.ids]))
    for spec in f.labels:
        add(label_clause(spec, p))
    return " AND ".join(clauses), params


def label_clause(spec: str, placeholder: str = "?") -> tuple[str, list[str]]:
    """The condition of one triage label filter (see `ReviewFilter.labels`); `placeholder`
    is the engine's (`%s` on a team server)."""
    kind, _, rest = spec.partition(":")
    name, _, polarity = rest.partition(":")
    sentiment = {"neg": " AND sentiment < -0.05", "pos": " AND sentiment > 0.05"}.get(polarity, "")
    return (f"r.id IN (SELECT review_id FROM review_labels WHERE kind = {placeholder} "
            f"AND label = {placeholder}{sentiment})", [kind, name])


def _estimated_matches(store: Store, search: str) -> int:
    """Upper bound of the rows an FTS query matches, from the index's vocabulary (cheap)."""
    store._conn.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.reviews_vocab USING fts5vocab(main, reviews_fts, 'row')"
    )
    estimate: int | None = None
    for folded in search_words(search):
        docs = store._conn.execute(
            "SELECT coalesce(sum(doc), 0) FROM temp.reviews_vocab WHERE term >= ? AND term < ?",
            (folded, folded + "\uffff"),
        ).fetchone()[0]
        estimate = docs if estimate is None else min(estimate, docs)
    return estimate or 0


# Above this many full-text matches, walking the date index and stopping at the first
# page beats looking up every match and sorting them.
_WALK_DATE_INDEX_ABOVE = 1000


# Views that hold most reviews: walking the date index beats any other plan for them.
_BROAD_VIEWS = ("needs_reply", "all", "replied")


def _walk_date_index(store: Store, f: ReviewFilter, sort: str, limit: int | None) -> bool:
    """Whether to read reviews in date order and filter them, rather than let SQLite sort.

    Broad filters match most rows, so walking the date index finds the first page at once
    and needs no sort; narrow ones (a rare word, a small source) are better found first.
    """
    if sort not in ("newest", "oldest") or limit is None:
        return False
    if f.search.strip():
        return _estimated_matches(store, f.search) > _WALK_DATE_INDEX_ABOVE
    return f.view in _BROAD_VIEWS and f.source_id is None and f.location_id is None


def search_ids(store: Store, f: ReviewFilter, *, limit: int | None = None) -> list[int]:
    """Ids of the reviews matching `f`, in display order; with `limit`, only the first ones.

    The first `limit` ids are always a prefix of the full list, so a view can show the
    first page at once and append the rest.
    """
    where, params = filter_where(f)
    sort = {"urgent": "urgent_first", "due": "deadline"}.get(f.view) or (f.sort if f.sort in _SORT_SQL else "newest")
    hint = "INDEXED BY reviews_created" if _walk_date_index(store, f, sort, limit) else ""
    sql = f"SELECT r.id FROM reviews r {hint} WHERE {where} ORDER BY {_SORT_SQL[sort]}"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [row[0] for row in store._conn.execute(sql, params)]


def count(store: Store, f: ReviewFilter) -> int:
    where, params = filter_where(f)
    return int(store.scalar(f"SELECT count(*) FROM reviews r WHERE {where}", params))


@dataclass(frozen=True)
class InboxRow:
    """What one line of the inbox list shows."""

    id: int
    stars: int | None
    platform: str
    source_name: str
    author: str | None
    created_at: str | None
    snippet: str
    status: str
    reply_state: str
    lang: str | None
    location: str | None
    level: str | None
    removed: bool
    due_at: str | None = None
    reasons: tuple[str, ...] = ()  # triage categories (why it needs attention), by name
    first_seen_at: str | None = None  # when the app first saw it (old imports carry no deadline)


_SNIPPET_CHARS = 160


def fetch_rows(store: Store, ids: list[int]) -> dict[int, InboxRow]:
    """Rows for the given ids (one query); the snippet is cut in SQL, not in Python."""
    if not ids:
        return {}
    out: dict[int, InboxRow] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        sql = (
            "SELECT r.id, r.stars, s.platform, s.name, r.author, r.created_at, "
            f"substr(coalesce(r.title || ' — ', '') || r.text, 1, {_SNIPPET_CHARS}), r.status, "
            "r.reply_state, r.lang, l.name, r.level, r.removed_on_platform, r.due_at, "
            "(SELECT group_concat(label, char(31)) FROM review_labels "
            " WHERE review_id = r.id AND kind = 'category'), r.first_seen_at "
            "FROM reviews r JOIN sources s ON s.id = r.source_id "
            "LEFT JOIN locations l ON l.id = r.location_id "
            f"WHERE r.id IN ({','.join('?' * len(chunk))})"
        )
        for row in store._conn.execute(sql, chunk):
            snippet = " ".join(row[6].split())
            out[row[0]] = InboxRow(
                row[0], row[1], row[2], row[3], row[4], row[5], snippet, row[7], row[8],
                row[9], row[10], row[11], bool(row[12]), row[13],
                tuple(sorted(row[14].split("\x1f"))) if row[14] else (), row[15],
            )
    return out


def full_text(store: Store, review_id: int) -> str:
    """Title and text of one review, as the list's tooltip shows it."""
    row = store._conn.execute(
        "SELECT coalesce(title || ' — ', '') || text FROM reviews WHERE id = ?", (review_id,)
    ).fetchone()
    return str(row[0]) if row else ""


@dataclass(frozen=True)
class ListedReview:
    """A review as `workstation review list --json` gives it to scripts."""

    id: int
    source_id: int
    platform: str
    external_id: str
    author: str | None
    stars: int | None
    title: str | None
    text: str
    lang: str | None
    created_at: str | None
    status: str
    reply_state: str
    level: str | None
    due_at: str | None
    removed: bool
    analysis_json: str | None


def fetch_listing(store: Store, ids: list[int]) -> list[ListedReview]:
    """Full rows for `ids`, in the order given."""
    found: dict[int, ListedReview] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for r in store._conn.execute(
            "SELECT r.id, r.source_id, s.platform, r.external_id, r.author, r.stars, r.title, r.text, r.lang, "
            "r.created_at, r.status, r.reply_state, r.level, r.due_at, r.removed_on_platform, r.analysis_json "
            f"FROM reviews r JOIN sources s ON s.id = r.source_id WHERE r.id IN ({','.join('?' * len(chunk))})",
            chunk,
        ):
            found[r[0]] = ListedReview(
                r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12], r[13],
                bool(r[14]), r[15],
            )
    return [found[i] for i in ids if i in found]


@dataclass(frozen=True)
class ReviewVersion:
    text: str
    title: str | None
    stars: int | None
    replaced_at: str


@dataclass(frozen=True)
class ReplyInfo:
    id: int
    text: str
    state: str
    origin: str
    posted_at: str | None
    updated_at: str
    last_error: str | None = None  # why the outbox could not send it (plain words)
    automatic_rule: str | None = None  # the automatic-reply rule that wrote it, while its text is unchanged
    #: `last_error` as data (`error_kinds.worded_parts`), for a window in another language;
    #: () for a row written before schema 7, or a reason without a kind.
    last_error_parts: tuple[Refusal, ...] = ()


@dataclass(frozen=True)
class ReviewDetail:
    """Everything the detail pane shows about one review."""

    id: int
    external_id: str
    platform: str
    source_name: str
    location: str | None
    author: str | None
    stars: int | None
    title: str | None
    text: str
    lang: str | None
    url: str | None
    created_at: str | None
    updated_at: str | None
    first_seen_at: str
    status: str
    reply_state: str
    removed: bool
    analysis_json: str | None
    source_kind: str = "file"
    location_id: int | None = None
    versions: list[ReviewVersion] = field(default_factory=list)
    replies: list[ReplyInfo] = field(default_factory=list)


def review_detail(store: Store, review_id: int) -> ReviewDetail | None:
    rows = store.query(
        "SELECT r.*, s.platform, s.name AS source_name, s.kind AS source_kind, l.name AS location FROM reviews r "
        "JOIN sources s ON s.id = r.source_id LEFT JOIN locations l ON l.id = r.location_id "
        "WHERE r.id = ?",
        (review_id,),
    )
    if not rows:
        return None
    r = rows[0]
    versions = [
        ReviewVersion(v["text"], v["title"], v["stars"], v["replaced_at"])
        for v in store.query(
            "SELECT text, title, stars, replaced_at FROM review_versions WHERE review_id = ? ORDER BY id DESC",
            (review_id,),
        )
    ]
    replies = [
        ReplyInfo(p["id"], p["text"], p["state"], p["origin"], p["posted_at"], p["updated_at"], p["last_error"],
                  p["auto_rule"], parts_from_json(p["last_error_refusal"]))
        for p in store.query(
            "SELECT id, text, state, origin, posted_at, updated_at, (SELECT last_error FROM outbox o "
            "WHERE o.reply_id = replies.id ORDER BY o.id DESC LIMIT 1) AS last_error, "
            "(SELECT last_error_refusal FROM outbox o "
            "WHERE o.reply_id = replies.id ORDER BY o.id DESC LIMIT 1) AS last_error_refusal, "
            "(SELECT a.rule_name FROM auto_replies a WHERE a.reply_id = replies.id AND a.text = replies.text) "
            "AS auto_rule FROM replies WHERE review_id = ? ORDER BY id",
            (review_id,),
        )
    ]
    return ReviewDetail(
        id=r["id"], external_id=r["external_id"], platform=r["platform"], source_name=r["source_name"],
        location=r["location"], author=r["author"], stars=r["stars"], title=r["title"], text=r["text"],
        lang=r["lang"], url=r["url"], created_at=r["created_at"], updated_at=r["updated_at"],
        first_seen_at=r["first_seen_at"], status=r["status"], reply_state=r["reply_state"],
        removed=bool(r["removed_on_platform"]), analysis_json=r["analysis_json"],
        source_kind=r["source_kind"], location_id=r["location_id"], versions=versions, replies=replies,
    )


def view_counts(store: Store) -> dict[str, int]:
    """How many reviews each standard view holds (sidebar badges).

    The views' own SQL rules are applied to a few grouped rows (grouped on the covering
    triage index), so a view is defined once, in `_VIEW_SQL`.
    """
    sums = ", ".join(f"coalesce(sum(CASE WHEN {sql} THEN n END), 0)" for sql in _VIEW_SQL.values())
    row = store._conn.execute(
        f"SELECT {sums} FROM (SELECT status, reply_state, removed_on_platform, level, "
        "CASE WHEN due_at IS NULL THEN NULL ELSE 1 END AS due_at, count(*) AS n "
        "FROM reviews GROUP BY 1, 2, 3, 4, 5) r"
    ).fetchone()
    return {view: int(n) for view, n in zip(_VIEW_SQL, row, strict=True)}


@dataclass(frozen=True)
class SourceInfo:
    id: int
    platform: str
    name: str
    kind: str
    reviews: int | None
    last_synced_at: str | None
    status: str


def list_sources(store: Store, *, with_counts: bool = True) -> list[SourceInfo]:
    """Sources, with their number of reviews unless `with_counts` is False (faster)."""
    n = "(SELECT count(*) FROM reviews r WHERE r.source_id = s.id)" if with_counts else "NULL"
    return [
        SourceInfo(*row)
        for row in store._conn.execute(
            f"SELECT s.id, s.platform, s.name, s.kind, {n}, s.last_synced_at, s.status "
            "FROM sources s ORDER BY s.platform, s.name"
        )
    ]


@dataclass(frozen=True)
class LocationInfo:
    id: int
    name: str
    reviews: int | None


def list_locations(store: Store, *, with_counts: bool = True) -> list[LocationInfo]:
    n = "(SELECT count(*) FROM reviews r WHERE r.location_id = l.id)" if with_counts else "NULL"
    return [
        LocationInfo(*row)
        for row in store._conn.execute(f"SELECT l.id, l.name, {n} FROM locations l ORDER BY l.name")
    ]


def languages(store: Store) -> list[str]:
    return [r[0] for r in store._conn.execute("SELECT DISTINCT lang FROM reviews WHERE lang IS NOT NULL ORDER BY 1")]
