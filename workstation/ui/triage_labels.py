"""Names of triage categories, topics and flags in the UI language.

The names themselves live in `workstation.display_names`, the one mapping the reports
use too; this module picks the language the window is shown in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workstation.display_names import chip_name, display_name
from workstation.domain import platform_label
from workstation.ui.translation import current_language

LEVEL_ORDER = ("critical", "high", "normal", "low")


def label_name(kind: str, name: str, locale: str) -> str:
    return display_name(kind, name, locale)


def chip_label(category: str, locale: str) -> str:
    """A reason's name on the inbox's chip (short where the full name is long)."""
    return chip_name(category, locale)


def flag_name(name: str, locale: str | None = None) -> str:
    return display_name("flag", name, locale or current_language())


def level_name(level: str | None, locale: str | None = None) -> str:
    return display_name("level", level, locale or current_language())


def platform_name(platform: str | None, locale: str | None = None) -> str:
    return display_name("platform", platform, locale or current_language())


def source_named(platform: str | None, name: str) -> str:
    """A source's name as the window shows it: a platform's default name in the window's
    language ("Démo"), the user's own name as they wrote it."""
    return platform_named(platform, name) or name


def platform_named(platform: str | None, name: str) -> str | None:
    """A source named after its platform (the demo's "Demo platform", imported files'
    "Google (files)": the store writes those names in English) as the window names it, in
    its language; None for a name the user chose."""
    english, shown = platform_label(platform or ""), platform_name(platform)
    if name in (english, shown):
        return shown
    if name == f"{english} (files)":
        return QCoreApplication.translate("SourceName", "%1 (files)").replace("%1", shown)
    return None
