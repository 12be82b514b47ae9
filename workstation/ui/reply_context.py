"""Gathering what the reply assistant needs from the store (no Qt here).

The composer gets a `ReviewInput` (text, stars, language, categories and topics from the
triage) and a `ReplyContext` (templates, the location's signature and contact).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workstation.domain import review_body
from workstation.replies.complaints import ALIASES, TOPIC_ALIASES
from workstation.replies.library import load_library
from workstation.replies.model import ReplyProfile, ReviewInput, Template
from workstation.store import Store
from workstation.store.business_profile import REPLY_PROFILE_KEY
from workstation.store.queries import ReviewDetail, list_locations
from workstation.store.settings import get_setting

PROFILE_KEY = REPLY_PROFILE_KEY  # one key, shared with the first-run assistant and Preferences


@dataclass
class ReplyContext:
    """What the composer needs besides the review: templates, profiles, own contacts."""

    templates: tuple[Template, ...]
    profiles: dict[str, ReplyProfile] = field(default_factory=dict)  # by location name ("" = default)
    own_contacts: tuple[str, ...] = ()

    def profile_for(self, location: str | None) -> ReplyProfile:
        return self.profiles.get(location or "") or self.profiles.get("") or ReplyProfile()


def profile_settings(store: Store) -> dict[str, Any]:
    """{"signature", "contact", "locations": {name: {"signature", "contact"}}} with defaults."""
    value = get_setting(store, PROFILE_KEY) or {}
    return {
        "signature": value.get("signature", ""),
        "contact": value.get("contact", ""),
        "locations": dict(value.get("locations", {})),
    }


def reply_profile(store: Store, location: str | None) -> ReplyProfile:
    settings = profile_settings(store)
    specific = settings["locations"].get(location or "", {})
    business = get_setting(store, "business_name") or None
    return ReplyProfile(
        signature=specific.get("signature") or settings["signature"] or (f"— {business}" if business else None),
        contact=specific.get("contact") or settings["contact"] or None,
        business=business,
        location=location,
    )


def templates_dir(store: Store) -> Path | None:
    """The user's own templates (and the list of disabled ones), next to the database."""
    return store.path.parent / "templates" if store.path is not None else None


def reply_context(store: Store) -> tuple[ReplyContext, list[str]]:
    """Templates (built-in + the user's folder) and the profile; also the load problems."""
    result = load_library(templates_dir(store))
    settings = profile_settings(store)
    contacts = {settings["contact"], *(v.get("contact", "") for v in settings["locations"].values())}
    issues = [f"{i.path.name}:{i.line or '?'}: {i.message}" for i in result.issues]
    locations = [loc.name for loc in list_locations(store, with_counts=False)]
    profiles = {name: reply_profile(store, name) for name in ["", *locations]}
    context = ReplyContext(result.templates, profiles, tuple(c for c in contacts if c))
    return context, issues


# The triage engine's ids → the template library's ids, where they differ.
_CATEGORY_FOR_TEMPLATES = ALIASES
_TOPIC_FOR_TEMPLATES = TOPIC_ALIASES
_FLAG_SITUATIONS = {"review_bombing": "review_bombing"}


def review_input(store: Store, detail: ReviewDetail) -> ReviewInput:
    """The review as the reply assistant sees it, with the triage's categories and topics
    (topics in the order the reviewer mentions them: the first matters most)."""
    categories: list[str] = []
    topics: list[str] = []
    if detail.analysis_json:
        try:
            data = json.loads(detail.analysis_json)
            categories = [str(c) for c in data.get("categories", ())]
            topics = [str(t["topic"]) for t in sorted(data.get("topics", ()), key=lambda t: t.get("start", 0))]
            categories += [_FLAG_SITUATIONS[f] for f in data.get("flags", ()) if f in _FLAG_SITUATIONS]
        except (ValueError, TypeError, KeyError, AttributeError):
            categories, topics = [], []
    return ReviewInput(
        text=review_body(detail.title, detail.text),
        stars=detail.stars,
        lang=detail.lang,
        author=detail.author,
        platform=detail.platform,
        categories=tuple(dict.fromkeys(_CATEGORY_FOR_TEMPLATES.get(c, c) for c in categories)),
        topics=tuple(dict.fromkeys(_TOPIC_FOR_TEMPLATES.get(t, t) for t in topics)),
        location=detail.location,
        business=get_setting(store, "business_name") or None,
    )
