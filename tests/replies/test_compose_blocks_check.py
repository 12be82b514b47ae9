"""Every building block of the app's composed replies passes the pre-post check, rules and
trained classifier together: the app must never block or warn about its own wording.

The classifier is retrained from time to time (docs/reply-check-model.md); the positive-reply
blocks were once misread after a merge (seven harmless ones blocked), so each block is checked
on its own, with its placeholders filled as a reply would fill them. The wording per kind of
business (resources/compose/kinds/) and the points kept apart (resources/compose/room/, noise/) are checked
the same way."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from workstation.replies.blocks import load_blocks
from workstation.replies.checker import check_draft
from workstation.replies.checks.learned import CATEGORIES
from workstation.replies.french import insert_nouns
from workstation.replies.model import ReviewInput

COMPOSE = Path(__file__).resolve().parents[2] / "resources" / "compose"
FILLED = {
    "en": {"first_name": "Daniel", "business": "Maison Dupont", "contact": "hello@dupont.example",
           "list": "the wait and the noise", "item": "the lemon tart", "signature": "Claire"},
    "fr": {"first_name": "Daniel", "business": "Maison Dupont", "contact": "bonjour@dupont.example",
           "list": "l'attente et le bruit", "item": "la tarte au citron", "signature": "Claire"},
}
# What the classifier and the wording rules report; situational hints (a missing thanks in a
# lone block) are not about the wording.
WORDING_CODES = {c.code for c in CATEGORIES.values()} | {"personal_attack", "sarcasm"}


def _texts(node: object) -> list[str]:
    if isinstance(node, str):
        return [node] if " " in node.strip() else []
    if isinstance(node, list):
        return [t for item in node for t in _texts(item)]
    if isinstance(node, dict):
        return [t for key, value in node.items() if key != "lang" for t in _texts(value)]
    return []


def _blocks(lang: str) -> list[str]:
    data = tomllib.loads((COMPOSE / f"{lang}.toml").read_text(encoding="utf-8"))
    # Dish nouns ("the chips") only ever appear inside a sentence: test_positive_compose
    # checks every dish in every mention.
    data.pop("item", None)
    frame = data["frame"]
    # A greeting is the first line of a reply, as the composer writes it.
    greetings = frame.pop("greeting_named") + frame.pop("greeting")
    texts = [f"{g}\n{frame['ack'][0]}" for g in greetings] + _texts(data)
    fill = FILLED[lang]
    return [re.sub(r"\{(\w+)\}", lambda m: fill.get(m.group(1), "Sam"), t) for t in texts]


def _kind_blocks(lang: str) -> list[str]:
    """Every sentence of the wording per kind of business; a noun ("your order") only ever
    appears inside a sentence, so it is checked in the apology that lists the points."""
    data = tomllib.loads((COMPOSE / "kinds" / f"{lang}.toml").read_text(encoding="utf-8"))
    base = load_blocks(lang)
    nouns = []
    for table in data.values():
        for issue in table.get("issue", {}).values() if isinstance(table, dict) else ():
            nouns += [issue.pop(k) for k in ("noun", "short_noun") if k in issue]
    texts = _texts(data) + [insert_nouns(base.frame["brief_sorry"][0], "list", [n], base.conjunction) for n in nouns]
    fill = FILLED[lang]
    return [re.sub(r"\{(\w+)\}", lambda m: fill.get(m.group(1), "Sam"), t) for t in texts]


def _point_blocks(lang: str, point: str) -> list[str]:
    """Every sentence of a point's own blocks (resources/compose/<point>/), its noun in the apology
    that lists the points."""
    table = tomllib.loads((COMPOSE / point / f"{lang}.toml").read_text(encoding="utf-8"))[point]
    base = load_blocks(lang)
    nouns = [table.pop(k) for k in ("noun", "short_noun") if k in table]
    return _texts(table) + [insert_nouns(base.frame["brief_sorry"][0], "list", [n], base.conjunction) for n in nouns]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_gripe_sentence_passes_the_check(lang: str) -> None:
    _assert_pass(lang, list(load_blocks(lang).frame["gripe"]), at_least=2)


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("point", ["room", "noise", "other"])
def test_every_block_of_a_point_kept_apart_passes_the_check(lang: str, point: str) -> None:
    _assert_pass(lang, _point_blocks(lang, point), at_least=9)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_compose_block_passes_the_check(lang: str) -> None:
    _assert_pass(lang, _blocks(lang), at_least=100)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_kind_of_business_block_passes_the_check(lang: str) -> None:
    _assert_pass(lang, _kind_blocks(lang), at_least=100)


def _assert_pass(lang: str, blocks: list[str], at_least: int) -> None:
    assert len(blocks) > at_least
    flagged = []
    for block in blocks:
        for stars in (1, 5):
            found = check_draft(
                block,
                lang=lang,
                review=ReviewInput(stars=stars, lang=lang),
                own_contacts=[FILLED[lang]["contact"]],
            )
            codes = {f.code for f in found if f.code in WORDING_CODES}
            if codes:
                flagged.append((stars, sorted(codes), block))
    assert not flagged, flagged
