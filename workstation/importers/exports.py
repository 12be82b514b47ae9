"""Recognise well-known platform exports (Google Play monthly CSV, Trustpilot CSV)."""

from __future__ import annotations

import re
from pathlib import Path

from workstation.domain import Platform
from workstation.importers.fields import normalize_header

_PLAY_FILE = re.compile(r"^reviews(?:_reviews)?_[A-Za-z0-9_.]+_\d{6}\.csv$", re.IGNORECASE)
_PLAY_HEADERS = frozenset(
    normalize_header(h)
    for h in (
        "Package Name",
        "Review Submit Date and Time",
        "Star Rating",
        "Review Link",
        "Developer Reply Text",
        "App Version Code",
        "Reviewer Language",
    )
)
_TRUSTPILOT_HEADERS = frozenset(
    normalize_header(h)
    for h in (
        "Review Consumer User ID",
        "Business Unit ID",
        "Review Stars",
        "Source Of Review",
        "Webshop Name",
        "Company Reply Date (UTC)",
        "Review Created (UTC)",
        # the same export saved as JSON from the API (flattened keys)
        "consumer.displayName",
        "businessUnit.id",
        "companyReply.text",
    )
)


def platform_hint_for(headers: list[str], path: Path | None = None) -> str | None:
    """The platform an export file comes from, judged by its name and its columns."""
    names = {normalize_header(h) for h in headers}
    if len(names & _PLAY_HEADERS) >= 3:
        return Platform.GOOGLE_PLAY.value
    if len(names & _TRUSTPILOT_HEADERS) >= 2 or any("trustpilot" in n for n in names):
        return Platform.TRUSTPILOT.value
    if path is not None and _PLAY_FILE.match(path.name):
        return Platform.GOOGLE_PLAY.value
    return None
