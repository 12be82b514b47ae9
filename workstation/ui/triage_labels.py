"""Names of triage categories, topics and flags in the UI language.

Category and topic names come from the analysis resource files (one source of truth
for the rules and their labels); flag names are the UI's own.
"""

from __future__ import annotations

import json
from functools import cache

from PySide6.QtCore import QCoreApplication

from workstation.paths import resources_dir

LEVEL_ORDER = ("critical", "high", "normal", "low")


@cache
def _resource_labels() -> dict[tuple[str, str], tuple[str, str]]:
    out: dict[tuple[str, str], tuple[str, str]] = {}
    folder = resources_dir() / "analysis"
    for kind, file, key in (("category", "categories.json", "categories"), ("topic", "topics.json", "topics")):
        try:
            specs = json.loads((folder / file).read_text(encoding="utf-8")).get(key, {})
        except (OSError, ValueError):
            continue  # the analysis reports a broken resource itself; names fall back to ids
        for name, spec in specs.items():
            out[(kind, name)] = (str(spec.get("label_en", name)), str(spec.get("label_fr", name)))
    return out


def label_name(kind: str, name: str, locale: str) -> str:
    if kind == "flag":
        return flag_name(name)
    en, fr = _resource_labels().get((kind, name), (name.replace("_", " "), name.replace("_", " ")))
    return fr if locale == "fr" else en


def flag_name(name: str) -> str:
    return {
        "star_mismatch": QCoreApplication.translate("Triage", "Text and stars disagree"),
        "mentions_person": QCoreApplication.translate("Triage", "Mentions a person by name"),
        "near_duplicate": QCoreApplication.translate("Triage", "Near-duplicate of another review"),
        "review_bombing": QCoreApplication.translate("Triage", "Possible review bombing"),
    }.get(name, name.replace("_", " "))


def level_name(level: str | None) -> str:
    return {
        "critical": QCoreApplication.translate("Triage", "Critical"),
        "high": QCoreApplication.translate("Triage", "High"),
        "normal": QCoreApplication.translate("Triage", "Normal"),
        "low": QCoreApplication.translate("Triage", "Low"),
    }.get(level or "", "")
