"""What the reply assistant reads from the store, shared by the composer and automatic replies:
the business's reply profile (signature, public contact, kind of business) per location, and a review's
categories and topics from its stored triage."""

from __future__ import annotations

import json
from typing import Any, NamedTuple

from workstation.store import Store
from workstation.store.business_profile import REPLY_PROFILE_KEY
from workstation.store.settings import get_setting

from .complaints import ALIASES, TOPIC_ALIASES
from .model import BUSINESS_KINDS, ReplyProfile

# The triage's flags that name a situation the template library answers.
_FLAG_SITUATIONS = {"review_bombing": "review_bombing"}


def profile_settings(store: Store) -> dict[str, Any]:
    """{"signature", "contact", "kind", "locations": {name: {"signature", "contact", "kind"}}}
    with defaults ("" for a value not set)."""
    value = get_setting(store, REPLY_PROFILE_KEY) or {}
    return {
        "signature": value.get("signature", ""),
        "contact": value.get("contact", ""),
        "kind": value.get("kind", ""),
        "locations": dict(value.get("locations", {})),
    }


def reply_profile(store: Store, location: str | None) -> ReplyProfile:
    """The signature, contact and kind of business replies for `location` use (the
    business's by default; a kind the app does not know counts as none)."""
    settings = profile_settings(store)
    specific = settings["locations"].get(location or "", {})
    business = get_setting(store, "business_name") or None
    kind = next((k for k in (specific.get("kind"), settings["kind"]) if k in BUSINESS_KINDS), None)
    return ReplyProfile(
        signature=specific.get("signature") or settings["signature"] or (f"— {business}" if business else None),
        contact=specific.get("contact") or settings["contact"] or None,
        kind=kind,
        business=business,
        location=location,
    )


class StoredLabels(NamedTuple):
    """A stored triage in the reply assistant's ids; `read` False when there is none (or it
    cannot be read), so the composer may fall back on its own keyword guess."""

    categories: tuple[str, ...]
    topics: tuple[str, ...]
    read: bool


def stored_labels(analysis_json: str | None) -> StoredLabels:
    """Categories and topics of a stored triage in the template library's ids; topics in the
    order the reviewer mentions them (the first matters most). None or unreadable → not read."""
    if not analysis_json:
        return StoredLabels((), (), read=False)
    try:
        data = json.loads(analysis_json)
        categories = [str(c) for c in data.get("categories", ())]
        topics = [str(t["topic"]) for t in sorted(data.get("topics", ()), key=lambda t: t.get("start", 0))]
        categories += [_FLAG_SITUATIONS[f] for f in data.get("flags", ()) if f in _FLAG_SITUATIONS]
    except (ValueError, TypeError, KeyError, AttributeError):
        return StoredLabels((), (), read=False)
    return StoredLabels(
        tuple(dict.fromkeys(ALIASES.get(c, c) for c in categories)),
        tuple(dict.fromkeys(TOPIC_ALIASES.get(t, t) for t in topics)),
        read=True,
    )
