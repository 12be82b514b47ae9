"""The business as its owner describes it: name, locations (time zone, opening hours),
and the signature and public contact put in replies.

What the first-run assistant and the Preferences dialog read and save, in one place.
Opening hours are stored in each location's `hours_json` (the `metrics.calendar_json`
format the deadlines use); a few presets cover most shops, anything else set in
"Reply targets and opening hours" is kept as it is ("custom").
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from workstation.store.db import Store
from workstation.store.metrics_data import (
    LocationSettings,
    location_settings,
    save_location_settings,
)
from workstation.store.settings import add_locations, get_setting, set_setting

REPLY_PROFILE_KEY = "reply_profile"
_WEEK = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# preset → the days it opens and its hours
HOURS_PRESETS: dict[str, tuple[tuple[str, ...], str]] = {
    "mon_fri": (_WEEK[:5], "09:00-18:00"),
    "mon_sat": (_WEEK[:6], "09:00-19:00"),
    "tue_sat": (_WEEK[1:6], "09:00-18:00"),
    "every_day": (_WEEK, "09:00-19:00"),
}
CUSTOM = "custom"


def preset_hours_json(preset: str) -> str:
    days, hours = HOURS_PRESETS[preset]
    return json.dumps({"days": {day: hours if day in days else "closed" for day in _WEEK}})


def preset_of(hours_json: str | None) -> str | None:
    """Which preset these hours are; None when none set, CUSTOM for anything else."""
    if not hours_json:
        return None
    try:
        data = json.loads(hours_json)
    except ValueError:
        return CUSTOM
    for name in HOURS_PRESETS:
        if isinstance(data, dict) and data == json.loads(preset_hours_json(name)):
            return name
    return CUSTOM


@dataclass
class BusinessLocation:
    name: str
    timezone: str | None = None
    hours: str | None = None  # a HOURS_PRESETS key, CUSTOM (kept as stored) or None (not set)


@dataclass
class BusinessProfile:
    business_name: str = ""
    locations: list[BusinessLocation] = field(default_factory=list)
    signature: str = ""
    contact: str = ""
    kind: str = ""  # kind of business replies are worded for (replies.model.BUSINESS_KINDS), "" none


def load_profile(store: Store) -> BusinessProfile:
    return profile_from(get_setting(store, "business_name"), get_setting(store, REPLY_PROFILE_KEY),
                        location_settings(store))


def profile_from(name: Any, reply: Any, locations: Iterable[LocationSettings]) -> BusinessProfile:
    """The profile of the stored settings (`business_name`, `reply_profile`) and locations (either store)."""
    reply = reply or {}
    return BusinessProfile(
        business_name=name if isinstance(name, str) else "",
        locations=[BusinessLocation(s.name, s.timezone, preset_of(s.hours_json)) for s in locations],
        signature=str(reply.get("signature", "")) if isinstance(reply, dict) else "",
        contact=str(reply.get("contact", "")) if isinstance(reply, dict) else "",
        kind=str(reply.get("kind", "")) if isinstance(reply, dict) else "",
    )


def save_profile(store: Store, profile: BusinessProfile) -> None:
    """Save everything; a location's country, review link and custom hours are kept.

    Locations are added, never deleted here (their reviews keep pointing at them)."""
    set_setting(store, "business_name", profile.business_name.strip())
    names = location_names(profile)
    add_locations(store, names)
    set_setting(store, "locations", names)
    stored = {s.name: s for s in location_settings(store)}
    for loc in profile.locations:
        row = stored.get(loc.name.strip())
        if row is None:
            continue
        save_location_settings(store, row.id, timezone=loc.timezone or row.timezone, country=row.country,
                               hours_json=location_hours(loc, row), review_url=row.review_url)
    set_setting(store, REPLY_PROFILE_KEY, reply_settings(get_setting(store, REPLY_PROFILE_KEY), profile))


def location_names(profile: BusinessProfile) -> list[str]:
    return [loc.name.strip() for loc in profile.locations if loc.name.strip()]


def location_hours(loc: BusinessLocation, row: LocationSettings) -> str | None:
    """The hours to store for a location: a preset's, or what is stored (custom or not set)."""
    return row.hours_json if loc.hours in (None, CUSTOM) else preset_hours_json(loc.hours)


def reply_settings(stored: Any, profile: BusinessProfile) -> dict[str, Any]:
    """The `reply_profile` setting with the profile's signature, contact and kind of business
    (other keys kept)."""
    reply = dict(stored) if isinstance(stored, dict) else {}
    reply["signature"] = profile.signature.strip()
    reply["contact"] = profile.contact.strip()
    reply["kind"] = profile.kind
    reply.setdefault("locations", {})
    return reply
