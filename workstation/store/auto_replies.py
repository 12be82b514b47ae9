"""Automatic replies in the database: the owner's rules and the mark on each reply they queued.

A rule is off when created and never covers reviews below four stars (checked here and by
the table's CHECK). `queue_automatic` writes the reply, its outbox row and its mark in one
transaction, and only while the review still has no reply of any kind, so a reply a person
started or sent is never overwritten and a review is never answered twice automatically.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from workstation.domain import to_iso
from workstation.store.db import Store
from workstation.store.errors import StoreError
from workstation.store.outbox import QueuedReply, _new_row
from workstation.store.refusals import refused

LOWEST_STARS = 4  # a review rated 3 stars or less always goes to a person


class AutoRuleError(StoreError):
    """A rule that cannot be stored (below four stars, negative delay, unknown rule)."""


@dataclass(frozen=True)
class RuleRow:
    """One stored rule; empty tuples mean "any"; `location` None means every location."""

    id: int | None
    name: str
    enabled: bool = False
    enabled_at: str | None = None
    location: str | None = None
    platforms: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    min_stars: int = LOWEST_STARS
    with_text: bool | None = None
    delay_minutes: int = 60


@dataclass(frozen=True)
class Candidate:
    """An open review without any reply yet, as the runner reads it."""

    review_id: int
    platform: str
    location: str | None
    author: str | None
    stars: int | None
    title: str | None
    text: str
    lang: str | None
    level: str | None
    analysis_json: str | None
    first_seen_at: str


def _check(rule: RuleRow) -> None:
    if not rule.name.strip():
        raise refused(AutoRuleError, "rule_needs_name", "A rule needs a name.")
    if rule.min_stars < LOWEST_STARS or rule.min_stars > 5:
        raise refused(AutoRuleError, "rule_stars", "Automatic replies only answer 4- and 5-star reviews.")
    if rule.delay_minutes < 0:
        raise refused(AutoRuleError, "rule_negative_delay", "The delay cannot be negative.")


def _tuple(text: object) -> tuple[str, ...]:
    try:
        value = json.loads(str(text))
    except ValueError:
        return ()
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def _row(r: Any) -> RuleRow:
    with_text = None if r["with_text"] is None else bool(r["with_text"])
    return RuleRow(
        int(r["id"]), str(r["name"]), bool(r["enabled"]), r["enabled_at"], r["location"],
        _tuple(r["platforms_json"]), _tuple(r["languages_json"]), int(r["min_stars"]), with_text,
        int(r["delay_minutes"]),
    )


_RULE_SQL = (
    "SELECT a.*, l.name AS location FROM auto_reply_rules a LEFT JOIN locations l ON l.id = a.location_id "
)


def list_rules(store: Store, *, enabled_only: bool = False) -> list[RuleRow]:
    """Every rule (or the switched-on ones), oldest first."""
    where = "WHERE a.enabled = 1 " if enabled_only else ""
    return [_row(r) for r in store.query(_RULE_SQL + where + "ORDER BY a.id")]


def get_rule(store: Store, rule_id: int) -> RuleRow | None:
    rows = store.query(_RULE_SQL + "WHERE a.id = ?", (rule_id,))
    return _row(rows[0]) if rows else None


def _location_id(store: Store, name: str | None) -> int | None:
    if not name:
        return None
    found = store.scalar("SELECT id FROM locations WHERE name = ?", (name,))
    if found is None:
        raise refused(AutoRuleError, "rule_unknown_location", f"Unknown location: {name}.", location=name)
    return int(found)


def save_rule(store: Store, rule: RuleRow, *, now: datetime) -> int:
    """Insert (id None) or update a rule; returns its id. Never switches it on; new conditions
    switch it off until they are previewed (the name alone changes nothing)."""
    _check(rule)
    stamp = to_iso(now)
    values = (
        rule.name.strip(), _location_id(store, rule.location), json.dumps(list(rule.platforms)),
        json.dumps(list(rule.languages)), rule.min_stars,
        None if rule.with_text is None else int(rule.with_text), rule.delay_minutes, stamp,
    )
    with store.transaction() as conn:
        if rule.id is None:
            cur = conn.execute(
                "INSERT INTO auto_reply_rules (name, location_id, platforms_json, languages_json, min_stars, "
                "with_text, delay_minutes, updated_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*values, stamp),
            )
            return int(cur.lastrowid or 0)
        before = conn.execute(
            "SELECT location_id, platforms_json, languages_json, min_stars, with_text, delay_minutes "
            "FROM auto_reply_rules WHERE id = ?", (rule.id,),
        ).fetchone()
        if before is None:
            raise refused(AutoRuleError, "no_such_rule", f"There is no rule {rule.id}.", rule=rule.id)
        conn.execute("UPDATE auto_reply_rules SET name = ? WHERE id = ?", (values[0], rule.id))
        if tuple(before) != values[1:7]:
            # New conditions were never previewed: the rule stops until the owner tries it again.
            conn.execute(
                "UPDATE auto_reply_rules SET location_id = ?, platforms_json = ?, languages_json = ?, "
                "min_stars = ?, with_text = ?, delay_minutes = ?, updated_at = ?, enabled = 0 WHERE id = ?",
                (*values[1:], rule.id),
            )
        return rule.id


def mark_previewed(store: Store, rule_id: int, *, now: datetime) -> None:
    """The owner has seen what the rule, as it is now, would have posted on past reviews."""
    with store.transaction() as conn:
        conn.execute("UPDATE auto_reply_rules SET previewed_at = ? WHERE id = ?", (to_iso(now), rule_id))


def set_enabled(store: Store, rule_id: int, enabled: bool, *, now: datetime) -> None:
    """Switch a rule on (from `now`: older reviews stay with a person) or off.

    Switching on needs a preview made after the rule's conditions last changed."""
    stamp = to_iso(now)
    with store.transaction() as conn:
        row = conn.execute(
            "SELECT previewed_at IS NOT NULL AND previewed_at >= updated_at FROM auto_reply_rules WHERE id = ?",
            (rule_id,),
        ).fetchone()
        if row is None:
            raise refused(AutoRuleError, "no_such_rule", f"There is no rule {rule_id}.", rule=rule_id)
        if enabled and not row[0]:
            raise refused(AutoRuleError, "rule_not_tried",
                          "Try the rule on your past reviews first, so you see what it would post.")
        conn.execute(
            "UPDATE auto_reply_rules SET enabled = ?, enabled_at = CASE WHEN ? THEN ? ELSE enabled_at END "
            "WHERE id = ?",
            (int(enabled), int(enabled), stamp, rule_id),
        )


def delete_rule(store: Store, rule_id: int) -> None:
    """Remove a rule; the replies it queued keep their mark (by the rule's name)."""
    with store.transaction() as conn:
        if conn.execute("DELETE FROM auto_reply_rules WHERE id = ?", (rule_id,)).rowcount == 0:
            raise refused(AutoRuleError, "no_such_rule", f"There is no rule {rule_id}.", rule=rule_id)


_NO_REPLY = (
    "r.status = 'open' AND r.reply_state = 'none' AND r.removed_on_platform = 0 "
    "AND NOT EXISTS (SELECT 1 FROM replies p WHERE p.review_id = r.id AND p.state != 'none')"
)


_CANDIDATE_SQL = (
    "SELECT r.id, s.platform, l.name AS location, r.author, r.stars, r.title, r.text, r.lang, r.level, "
    "r.analysis_json, r.first_seen_at FROM reviews r JOIN sources s ON s.id = r.source_id "
    "LEFT JOIN locations l ON l.id = r.location_id "
)


def candidates(
    store: Store, *, arrived_since: str, platforms: tuple[str, ...], skip_levels: tuple[str, ...] = (),
    limit: int = 500,
) -> list[Candidate]:
    """Open, analysed, 4- or 5-star reviews of `platforms` first seen since `arrived_since`,
    with no reply at all and not at one of `skip_levels` of urgency, oldest first."""
    marks = ", ".join("?" * len(platforms)) or "NULL"
    levels = ", ".join("?" * len(skip_levels)) or "NULL"
    rows = store.query(
        _CANDIDATE_SQL + f"WHERE {_NO_REPLY} AND r.stars >= ? AND r.analysis_version IS NOT NULL "
        f"AND r.first_seen_at >= ? AND s.platform IN ({marks}) AND coalesce(r.level, '') NOT IN ({levels}) "
        "ORDER BY r.first_seen_at, r.id LIMIT ?",
        (LOWEST_STARS, arrived_since, *platforms, *skip_levels, limit),
    )
    return [Candidate(*tuple(r)) for r in rows]


def queue_automatic(
    store: Store, review_id: int, text: str, *, rule_id: int | None, rule_name: str, now: datetime
) -> QueuedReply | None:
    """Queue `text` as the review's first reply and mark it automatic, in one transaction.

    None (nothing written) when the review got a reply, a draft or a status meanwhile.
    """
    stamp = to_iso(now)
    assert stamp is not None
    with store.transaction() as conn:
        free = conn.execute(f"SELECT 1 FROM reviews r WHERE r.id = ? AND {_NO_REPLY}", (review_id,)).fetchone()
        if free is None:
            return None
        cur = conn.execute(
            "INSERT INTO replies (review_id, text, state, origin, created_at, updated_at) "
            "VALUES (?, ?, 'queued', 'app', ?, ?)",
            (review_id, text, stamp, stamp),
        )
        reply_id = int(cur.lastrowid or 0)
        outbox_id = _new_row(store, reply_id, "post", text, stamp)
        conn.execute("UPDATE reviews SET reply_state = 'queued' WHERE id = ?", (review_id,))
        conn.execute(
            "INSERT INTO auto_replies (reply_id, rule_id, rule_name, text, queued_at) VALUES (?, ?, ?, ?, ?)",
            (reply_id, rule_id, rule_name, text, stamp),
        )
    return QueuedReply(reply_id, outbox_id, "post")


def recent_automatic_texts(store: Store, limit: int = 200) -> list[str]:
    """Texts of the latest automatic replies, newest first (the next one steers away from them)."""
    return [str(r[0]) for r in store._conn.execute(
        "SELECT text FROM auto_replies ORDER BY queued_at DESC, reply_id DESC LIMIT ?", (limit,)
    )]


def automatic_rule_names(store: Store, reply_ids: list[int]) -> dict[int, str]:
    """Reply id → the rule that wrote it, for replies still carrying the text the rule queued."""
    if not reply_ids:
        return {}
    marks = ", ".join("?" * len(reply_ids))
    return {
        int(rid): str(name)
        for rid, name in store._conn.execute(
            "SELECT a.reply_id, a.rule_name FROM auto_replies a JOIN replies p ON p.id = a.reply_id "
            f"WHERE a.reply_id IN ({marks}) AND a.text = p.text",
            reply_ids,
        )
    }


def sent_replies(store: Store) -> list[tuple[str, bool]]:
    """(posted_at, automatic) of every posted reply (the app's and those found online), for the
    dashboard's share of automatic replies."""
    return [
        (str(posted), bool(auto))
        for posted, auto in store._conn.execute(
            "SELECT p.posted_at, EXISTS (SELECT 1 FROM auto_replies a WHERE a.reply_id = p.id "
            "AND a.text = p.text) FROM replies p WHERE p.state = 'sent' AND p.posted_at IS NOT NULL"
        )
    ]


def location_reply_texts(store: Store, review_id: int, limit: int = 50) -> list[str]:
    """Replies sent or waiting to be sent at the review's location (other reviews), newest first:
    what the near-duplicate check compares a new reply with."""
    return [str(r[0]) for r in store._conn.execute(
        "SELECT rp.text FROM replies rp JOIN reviews r ON r.id = rp.review_id, reviews me "
        "WHERE me.id = ? AND rp.state IN ('sent', 'queued', 'sending') AND r.location_id IS me.location_id "
        "AND rp.review_id != me.id ORDER BY coalesce(rp.posted_at, rp.updated_at) DESC, rp.id DESC LIMIT ?",
        (review_id, limit),
    )]


def usual_language(store: Store, location: str | None) -> str | None:
    """The language most reviews of a location are written in ('en' or 'fr'), None if unknown:
    a rating without text is answered in it."""
    found = store.scalar(
        "SELECT r.lang FROM reviews r LEFT JOIN locations l ON l.id = r.location_id "
        "WHERE l.name IS ? AND r.lang IN ('en', 'fr') GROUP BY r.lang ORDER BY count(*) DESC, r.lang LIMIT 1",
        (location,),
    )
    return str(found) if found else None


def past_reviews(store: Store, *, location: str | None = None, limit: int = 200) -> list[Candidate]:
    """The latest reviews (of one location, or all), newest first, whatever their reply: the preview's sample."""
    where = "WHERE l.name = ? " if location else ""
    params: tuple[object, ...] = (location, limit) if location else (limit,)
    rows = store.query(
        _CANDIDATE_SQL + where + "ORDER BY coalesce(r.created_at, r.first_seen_at) DESC, r.id DESC LIMIT ?",
        params,
    )
    return [Candidate(*tuple(r)) for r in rows]
