"""Names of triage categories, topics and flags in the UI language.

The names themselves live in `workstation.display_names`, the one mapping the reports
use too; this module picks the language the window is shown in.
"""

from __future__ import annotations

from workstation.display_names import display_name
from workstation.ui.translation import current_language

LEVEL_ORDER = ("critical", "high", "normal", "low")


def label_name(kind: str, name: str, locale: str) -> str:
    return display_name(kind, name, locale)


def flag_name(name: str, locale: str | None = None) -> str:
    return display_name("flag", name, locale or current_language())


def level_name(level: str | None, locale: str | None = None) -> str:
    return display_name("level", level, locale or current_language())


def platform_name(platform: str | None, locale: str | None = None) -> str:
    return display_name("platform", platform, locale or current_language())
