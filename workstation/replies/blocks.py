"""Reply building blocks per language (resources/compose/<lang>.toml), validated on load.

A block is a list of interchangeable sentences; `frame` holds the parts every reply shares
(greeting, thanks, offline channel, close, and their `brief_` forms for short limits),
`issue.<id>` the apology and corrective action for one category or topic (and a short action),
plus a short noun used when several points share one sentence.
Positive replies also draw on `praise.<topic>` (thanks that pick up what the reviewer liked)
and `item` (dishes, drinks, places a reviewer may name, with their article: "la pizza").

The base files are worded for a restaurant or café. `load_blocks(lang, kind)` lays the
sentences of resources/compose/kinds/<lang>.toml over them for a kind of business: for a
restaurant its `[restaurant]` table (the few blocks a restaurant words otherwise than the base
files must keep for the check's training data: a broken machine, not a product to exchange);
for any other kind first its `[other]` table (no kitchen, plates or floor team), then the kind's
own table (`[online]`, `[services]`…). Each table may replace `frame` lists, `praise`
lists and the fields of an `issue` (noun, sorry, fix, short_fix, short_noun); what it does
not name keeps the base wording. The kinds file lives apart so that the reply check's
training data, which reads every sentence of the base files, is unchanged; so does
resources/compose/harm/<lang>.toml (`load_harm`): health & safety worded by what happened (an
injury, an illness after a meal, an allergy, pests) and the close of a reply about harm, and
resources/compose/room/<lang>.toml: a criticised room (bed, shower, heating, soundproofing), and
resources/compose/noise/<lang>.toml: the noise of a dining room or a hotel's common areas, and
resources/compose/other/<lang>.toml: criticism no other point names, acknowledged last.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from .model import BUSINESS_KINDS, ReplyError
from .resources import resources_dir

FRAME_KEYS = (
    "greeting_named",
    "greeting",
    "ack",
    "ack_serious",
    "ack_short",
    "sorry_generic",
    "fix_generic",
    "list_sorry",
    "list_fix",
    "offline_contact",
    "offline",
    "close_mixed",
    "close_negative",
    "close_negative_nobiz",
    "thanks_positive",
    "praise",
    "thanks_rating",
    "thanks_mixed",
    "close_positive",
    "close_positive_biz",
    "invite",
    "invite_app",
    "mention",
    "brief_sorry",
    "brief_offline_contact",
    "brief_offline",
    "brief_close",
)


@dataclass(frozen=True, slots=True)
class IssueBlocks:
    """What a reply says about one point: apology variants, action variants, a short noun.

    `short_fix` and `short_noun` serve the brief form of a reply that must fit a short limit
    (Google Play's 350 characters): one apology naming every point, the top point's action.
    """

    noun: str
    sorry: tuple[str, ...]
    fix: tuple[str, ...]
    short_fix: tuple[str, ...]
    short_noun: str  # the noun itself unless the file gives a shorter "short_noun"


@dataclass(frozen=True, slots=True)
class BlockSet:
    lang: str
    conjunction: str  # "and" / "et", to list several points in one sentence
    frame: dict[str, tuple[str, ...]]
    issues: dict[str, IssueBlocks]
    praise: dict[str, tuple[str, ...]]  # topic -> thanks for what was praised
    items: dict[str, str]  # word a reviewer writes (lower case) -> noun phrase with its article


def _variants(table: dict[str, object], key: str, where: str) -> tuple[str, ...]:
    value = table.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
        raise ReplyError(f"{where}: '{key}' must be a non-empty list of sentences")
    return tuple(value)


def _issue_blocks(table: object, where: str) -> IssueBlocks:
    """One point's blocks from its table (noun, sorry, fix, short_fix, optional short_noun)."""
    noun = table.get("noun") if isinstance(table, dict) else None
    if not isinstance(table, dict) or not isinstance(noun, str) or not noun:
        raise ReplyError(f"{where}: needs a 'noun'")
    short_noun = table.get("short_noun", noun)
    if not isinstance(short_noun, str) or not short_noun:
        raise ReplyError(f"{where}: 'short_noun' must be a noun phrase")
    return IssueBlocks(
        noun, _variants(table, "sorry", where), _variants(table, "fix", where), _variants(table, "short_fix", where),
        short_noun,
    )


def _read_toml(path: Path) -> dict[str, Any]:
    """A blocks file, parsed; ReplyError (one plain line) if it cannot be read."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ReplyError(f"cannot read reply blocks {path}: {exc}") from exc


def load_blocks(lang: str, kind: str | None = None) -> BlockSet:
    """The shipped blocks for `lang` ("en" or "fr"), worded for `kind` of business (one of
    BUSINESS_KINDS; None means "restaurant"); ReplyError if a file is unusable."""
    return _load_kind(lang, kind or "restaurant")


@lru_cache(maxsize=16)
def _load_kind(lang: str, kind: str) -> BlockSet:
    if kind not in BUSINESS_KINDS:
        raise ReplyError(f"unknown kind of business: {kind!r}")
    path = resources_dir() / "compose" / "kinds" / f"{lang}.toml"
    data = _read_toml(path)
    blocks = _load_base(lang)
    for table in ("restaurant",) if kind == "restaurant" else ("other", kind):
        overlay = data.get(table, {})
        if not isinstance(overlay, dict):
            raise ReplyError(f"{path}: [{table}] must be a table")
        blocks = _overlay(blocks, overlay, f"{path} [{table}]")
    # A shop's or an online seller's "bed" or "kettle" is an item they sold, and a care business
    # does not confirm in public who stayed with it: their own "what did not work" answers it.
    room = blocks.issues["product_defect"] if kind in _ROOMLESS_KINDS else _load_point(lang, "room")
    points = {"room": room, "noise": _load_point(lang, "noise"), "other": _load_point(lang, "other")}
    return replace(blocks, issues=blocks.issues | points, frame=blocks.frame | {"gripe": _load_gripe(lang)})


@lru_cache(maxsize=4)
def _load_gripe(lang: str) -> tuple[str, ...]:
    """resources/compose/gripe/<lang>.toml: thanks for what a happy review says could be better."""
    path = resources_dir() / "compose" / "gripe" / f"{lang}.toml"
    return _variants(_read_toml(path), "gripe", str(path))


_ROOMLESS_KINDS = frozenset({"shop", "online", "care"})


@lru_cache(maxsize=8)
def _load_point(lang: str, point: str) -> IssueBlocks:
    """resources/compose/<point>/<lang>.toml: the apology and action for a point the base files do
    not have (a room, noise), kept apart like the kinds file."""
    path = resources_dir() / "compose" / point / f"{lang}.toml"
    return _issue_blocks(_read_toml(path).get(point), f"{path} [{point}]")


def _overlay(blocks: BlockSet, data: dict[str, Any], where: str) -> BlockSet:
    frame_raw = data.get("frame", {})
    praise_raw = data.get("praise", {})
    issues_raw = data.get("issue", {})
    if not all(isinstance(t, dict) for t in (frame_raw, praise_raw, issues_raw)):
        raise ReplyError(f"{where}: frame, praise and issue must be tables")
    unknown = (set(frame_raw) - set(FRAME_KEYS)) | (set(issues_raw) - set(blocks.issues))
    if unknown:
        raise ReplyError(f"{where}: unknown blocks {sorted(unknown)}")
    frame = dict(blocks.frame) | {k: _variants(frame_raw, k, f"{where}.frame") for k in frame_raw}
    praise = dict(blocks.praise) | {k: _variants(praise_raw, k, f"{where}.praise") for k in praise_raw}
    issues = dict(blocks.issues)
    for issue_id, table in issues_raw.items():
        at = f"{where}.issue.{issue_id}"
        if not isinstance(table, dict):
            raise ReplyError(f"{at}: must be a table")
        lists = {k: _variants(table, k, at) for k in ("sorry", "fix", "short_fix") if k in table}
        nouns = {k: table[k] for k in ("noun", "short_noun") if k in table}
        if not all(isinstance(v, str) and v for v in nouns.values()):
            raise ReplyError(f"{at}: nouns must be noun phrases")
        if "noun" in nouns and "short_noun" not in nouns:
            nouns["short_noun"] = nouns["noun"]
        changes: dict[str, Any] = {**lists, **nouns}
        issues[issue_id] = replace(issues[issue_id], **changes)
    return replace(blocks, frame=frame, praise=praise, issues=issues)


@dataclass(frozen=True, slots=True)
class HarmBlocks:
    """Health & safety worded by what happened ("injury", "illness", "allergy", "pests":
    workstation/replies/harm_kind.py) and the close of a reply about harm to a person."""

    issues: dict[str, IssueBlocks]
    close: tuple[str, ...]


HARM_KINDS = ("injury", "illness", "allergy", "pests")


@lru_cache(maxsize=4)
def load_harm(lang: str) -> HarmBlocks:
    """resources/compose/harm/<lang>.toml; ReplyError if it is unusable. A file apart from the
    base blocks, whose sentences the reply check's classifier was trained on."""
    path = resources_dir() / "compose" / "harm" / f"{lang}.toml"
    data = _read_toml(path)
    issues = {kind: _issue_blocks(data.get(kind), f"{path} [{kind}]") for kind in HARM_KINDS}
    return HarmBlocks(issues, _variants(data, "close", str(path)))


@lru_cache(maxsize=4)
def _load_base(lang: str) -> BlockSet:
    path = resources_dir() / "compose" / f"{lang}.toml"
    data = _read_toml(path)
    frame_raw = data.get("frame")
    issues_raw = data.get("issue")
    if not isinstance(frame_raw, dict) or not isinstance(issues_raw, dict):
        raise ReplyError(f"{path}: needs a [frame] table and [issue.<id>] tables")
    frame = {key: _variants(frame_raw, key, f"{path} [frame]") for key in FRAME_KEYS}
    conjunction = frame_raw.get("and")
    if not isinstance(conjunction, str) or not conjunction:
        raise ReplyError(f"{path} [frame]: 'and' must be a word")
    issues = {issue_id: _issue_blocks(table, f"{path} [issue.{issue_id}]") for issue_id, table in issues_raw.items()}
    praise_raw = data.get("praise", {})
    items_raw = data.get("item", {})
    if not isinstance(praise_raw, dict) or not isinstance(items_raw, dict):
        raise ReplyError(f"{path}: [praise] and [item] must be tables")
    praise = {topic: _variants(praise_raw, topic, f"{path} [praise]") for topic in praise_raw}
    if not all(isinstance(v, str) and v for v in items_raw.values()):
        raise ReplyError(f"{path} [item]: each item needs its noun phrase")
    items = {str(k).casefold(): str(v) for k, v in items_raw.items()}
    return BlockSet(
        lang=lang, conjunction=conjunction, frame=frame, issues=issues, praise=praise, items=items
    )
