"""Gathering what the reply assistant needs from the store (no Qt here).

The composer gets a `ReviewInput` (text, stars, language, categories and topics from the
triage) and a `ReplyContext` (templates, the location's signature, contact and kind of
business). The profile and the stored triage labels are read by `replies.stored_inputs`,
which the automatic replies share.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from workstation.domain import review_body
from workstation.replies.library import load_library
from workstation.replies.model import ReplyProfile, ReviewInput, Template
from workstation.replies.stored_inputs import profile_settings, reply_profile, stored_labels
from workstation.store import Store
from workstation.store.business_profile import REPLY_PROFILE_KEY
from workstation.store.queries import ReviewDetail, list_locations
from workstation.store.settings import get_setting

PROFILE_KEY = REPLY_PROFILE_KEY  # one key, shared with the first-run assistant and Preferences
__all__ = ["PROFILE_KEY", "ReplyContext", "profile_settings", "reply_context", "reply_profile", "review_input",
           "templates_dir"]


@dataclass
class ReplyContext:
    """What the composer needs besides the review: templates, profiles, own contacts."""

    templates: tuple[Template, ...]
    profiles: dict[str, ReplyProfile] = field(default_factory=dict)  # by location name ("" = default)
    own_contacts: tuple[str, ...] = ()

    def profile_for(self, location: str | None) -> ReplyProfile:
        return self.profiles.get(location or "") or self.profiles.get("") or ReplyProfile()


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


def review_input(store: Store, detail: ReviewDetail) -> ReviewInput:
    """The review as the reply assistant sees it, with the triage's categories and topics
    (topics in the order the reviewer mentions them: the first matters most)."""
    labels = stored_labels(detail.analysis_json)
    return ReviewInput(
        text=review_body(detail.title, detail.text),
        stars=detail.stars,
        lang=detail.lang,
        author=detail.author,
        platform=detail.platform,
        categories=labels.categories,
        topics=labels.topics,
        read=labels.read,
        location=detail.location,
        business=get_setting(store, "business_name") or None,
    )
