"""The app's own reply wording: every sentence of the building blocks and templates drafts are
made of (`resources/compose`, `resources/templates`), recognised in a draft so that the
reply-check classifier does not judge it.

Why: the classifier is there for what the owner writes. The app's own sentences (1,564) are
written and reviewed by the team and checked block by block in the tests; those of
`compose/*.toml` and the templates are also "ok" in the classifier's training data, but not the
per-trade ones (`compose/kinds`, `harm`, `room`, `noise`), and a classifier trained on more
rounds misread two of those (issue 18, 18all3: "We regret that the meals let you down during
your stay." as an attack, a pest-control inspection as sarcasm). A composed draft the app then
blocks is a draft the owner cannot send. The rules still read every sentence: this only keeps the app's own
sentences out of the classifier (`learned.scored`), as greeting and signature lines are.

Compared as written (case and accents kept, spaces collapsed): the composer copies its blocks
as they are. A placeholder (`{first_name}`, `{list}`, `{contact}` …) matches a filling of its
kind only (`_FILLINGS`), and a block that is nothing but a placeholder is left out.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

from .sentences import split_sentences

# What a placeholder may be filled with, by its kind (the composer's fillings): a person's name
# is up to four capitalised words, a business's starts with a capital or a digit, a contact holds
# an "@", a digit or a dot, a list of topics is a few plain words. None holds what ends a
# sentence, so an owner's sentence that merely starts or ends like a block is still judged; a
# filling of another shape (a reviewer named "jdoe88") only means the sentence is classified.
_PERSON = r"[A-ZÀ-Ý][\w'’.-]*(?: [A-ZÀ-Ý][\w'’.-]*){0,3}"
_NAME = r"[A-ZÀ-Ý0-9][\w'’&.-]*(?: [\w'’&.-]+){0,5}"
_CONTACT = r"(?=[^ ]*[@\d.])[\w.+@:/()'-]+(?: [\w.+()-]+){0,5}"
_WORDS = r"[^\W\d_][\w'’,…-]*(?: [\w'’,…-]+){0,9}"
_FILLINGS = {"first_name": _PERSON, "signature": _PERSON, "business": _NAME, "location": _NAME,
             "contact": _CONTACT}
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
# Keys of the TOML files that hold no reply text (ids, labels, routing).
NOT_TEXT = frozenset({"id", "title", "kinds", "categories", "topics", "platforms", "lang"})


def reply_texts(node: object) -> list[str]:
    """Reply texts inside a parsed TOML tree (template bodies and building-block lists)."""
    if isinstance(node, str):
        return [node] if " " in node.strip() else []
    if isinstance(node, list):
        return [t for item in node for t in reply_texts(item)]
    if isinstance(node, dict):
        if "body" in node:
            return reply_texts(node["body"])
        return [t for key, value in node.items() if key not in NOT_TEXT for t in reply_texts(value)]
    return []


def wording_files(resources: Path) -> list[Path]:
    """The TOML files of the app's reply wording under `resources`, in a stable order."""
    return sorted([*resources.glob("compose/**/*.toml"), *resources.glob("templates/*/*.toml")])


def _key(text: str) -> str:
    """A sentence as compared: as written, spaces collapsed."""
    return " ".join(text.split())


def block_sentences() -> list[str]:
    """Every sentence of the app's reply wording, placeholders unfilled, a block that is only a
    placeholder (a bare "{signature}" line) left out: it would match any short sentence."""
    from workstation.paths import resources_dir  # as learned.model_dir: checkout or bundle

    out = []
    for path in wording_files(resources_dir()):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for text in reply_texts(data.get("template", data)):
            out += [
                s.text for s in split_sentences(text)
                if any(c.isalpha() for c in _PLACEHOLDER.sub("", s.text))
            ]
    return out


@lru_cache(maxsize=1)
def _known() -> tuple[frozenset[str], re.Pattern[str] | None]:
    """The app's sentences without a placeholder (exact keys), and one pattern for the rest."""
    exact: set[str] = set()
    patterns: set[str] = set()
    for sentence in block_sentences():
        key = _key(sentence)
        if "{" not in key:
            exact.add(key)
            continue
        parts = _PLACEHOLDER.split(key)  # alternates literal text and placeholder names
        patterns.add("".join(
            re.escape(part) if i % 2 == 0 else _FILLINGS.get(part, _WORDS) for i, part in enumerate(parts)
        ))
    pattern = re.compile("|".join(f"(?:{p})" for p in sorted(patterns))) if patterns else None
    return frozenset(exact), pattern


def is_own_sentence(sentence: str) -> bool:
    """Whether `sentence` is one of the app's own reply sentences (placeholders filled)."""
    key = _key(sentence)
    exact, pattern = _known()
    return key in exact or (pattern is not None and pattern.fullmatch(key) is not None)
