"""The corrective action of a reply is a commitment the owner makes by posting, never a report.

An owner audit found action sentences that stated a fix as already done ("Every plate is now
checked before it leaves the kitchen.", "Nous avons contrôlé nos procédures d'hygiène…"): the
app cannot know it happened, the owner may never do it, and a completed fix admits fault in
public. Every action variant (`fix`, `short_fix` of each issue, the frame's `list_fix` and
`fix_generic`) in the base files and the per-kind overrides must say what the business will do
or is starting to do. The patterns below catch the completed-action forms the old wording used.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from workstation.replies.resources import resources_dir

ACTION_KEYS = frozenset({"fix", "short_fix", "list_fix", "fix_generic"})

# A completed action, a past event or a standing measure "now" in place.
COMPLETED = {
    "en": [
        r"\bwe have\b",
        r"\bwe've\b",
        r"\bhas\b",  # "has been", "has taken", "has gone", "has read"…
        r"\bhave (been|had)\b",
        r"\bimmediately\b",
        r"\bnow\b",  # "is now checked", "now happen", "now part of"
        r"\bwere\b",
        r"\bstarted\b",
        r"\bbrought\b",
        r"\bunder (full )?review\b",
        r"\badding staff\b",  # a measurable promise the owner may not keep
    ],
    "fr": [
        r"\bnous avons\b",
        r"\ben avons\b",
        r"\b(a|ont) été\b",
        r"\bdésormais\b",
        r"\baussitôt\b",
        r"\bimmédiatement\b",
        r"\bdès (la lecture|votre message)\b",
        r"\b(a|ont|l'a) (revu|repris|pris|examiné|vérifié|corrigé|réparé|lancé|rappelé|parlé)\b",
        r"\best (remontée|intervenue|examiné)\b",
        r"\bsont (entièrement )?revues\b",
        r"\brenforçons l'équipe\b",  # a measurable promise the owner may not keep
    ],
}

FILES = {
    "en": ("compose/en.toml", "compose/kinds/en.toml", "compose/harm/en.toml", "compose/room/en.toml", "compose/noise/en.toml", "compose/other/en.toml"),
    "fr": ("compose/fr.toml", "compose/kinds/fr.toml", "compose/harm/fr.toml", "compose/room/fr.toml", "compose/noise/fr.toml", "compose/other/fr.toml"),
}


def action_variants(data: dict[str, object], where: str) -> Iterator[tuple[str, str]]:
    for key, value in data.items():
        if isinstance(value, dict):
            yield from action_variants(value, f"{where}.{key}")
        elif key in ACTION_KEYS and isinstance(value, list):
            for sentence in value:
                yield f"{where}.{key}", str(sentence)


def completed_forms(lang: str, root: Path) -> list[str]:
    patterns = [re.compile(p, re.IGNORECASE) for p in COMPLETED[lang]]
    found = []
    for name in FILES[lang]:
        data = tomllib.loads((root / name).read_text(encoding="utf-8"))
        for where, sentence in action_variants(data, name):
            hits = [p.pattern for p in patterns if p.search(sentence)]
            if hits:
                found.append(f"{where}: {sentence!r} ({', '.join(hits)})")
    return found


@pytest.mark.parametrize("lang", sorted(FILES))
def test_action_variants_are_commitments(lang: str) -> None:
    assert completed_forms(lang, resources_dir()) == []


@pytest.mark.parametrize("lang", sorted(FILES))
def test_every_file_has_action_variants(lang: str) -> None:
    for name in FILES[lang]:
        data = tomllib.loads((resources_dir() / name).read_text(encoding="utf-8"))
        least = next((n for part, n in (("harm", 20), ("room", 5), ("noise", 5), ("other", 5)) if part in name), 50)
        assert len(list(action_variants(data, name))) > least, name


def test_patterns_catch_the_audited_sentences() -> None:
    audited = {
        "en": [
            "We immediately reviewed our hygiene procedures, food storage and checks with the whole team.",
            "Every plate is now checked before it leaves the kitchen.",
            "We are adding staff at peak times to cut waiting.",
            "The manager has taken this up with the team so it does not happen again.",
            "Each of these points has been taken up with the team concerned.",
        ],
        "fr": [
            "Nous avons contrôlé nos procédures d'hygiène et renforcé les vérifications quotidiennes.",
            "Chaque assiette est désormais vérifiée avant de quitter la cuisine.",
            "Le responsable a repris ce point avec l'équipe pour que cela ne se reproduise pas.",
        ],
    }
    for lang, sentences in audited.items():
        patterns = [re.compile(p, re.IGNORECASE) for p in COMPLETED[lang]]
        for sentence in sentences:
            assert any(p.search(sentence) for p in patterns), sentence
