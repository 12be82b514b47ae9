"""Normalise small cell values: platform names, language codes, ids inside review links."""

from __future__ import annotations

import re
from urllib.parse import unquote

from workstation.domain import Platform
from workstation.importers.fields import normalize_header

_PLATFORM_ALIASES: dict[str, Platform] = {
    "google": Platform.GOOGLE_BUSINESS,
    "google maps": Platform.GOOGLE_BUSINESS,
    "google business": Platform.GOOGLE_BUSINESS,
    "google business profile": Platform.GOOGLE_BUSINESS,
    "google my business": Platform.GOOGLE_BUSINESS,
    "gbp": Platform.GOOGLE_BUSINESS,
    "gmb": Platform.GOOGLE_BUSINESS,
    "google play": Platform.GOOGLE_PLAY,
    "google play store": Platform.GOOGLE_PLAY,
    "play": Platform.GOOGLE_PLAY,
    "play store": Platform.GOOGLE_PLAY,
    "android": Platform.GOOGLE_PLAY,
    "app store": Platform.APP_STORE,
    "appstore": Platform.APP_STORE,
    "apple": Platform.APP_STORE,
    "ios": Platform.APP_STORE,
    "trip advisor": Platform.TRIPADVISOR,
    "fb": Platform.FACEBOOK,
}
for _platform in Platform:
    _PLATFORM_ALIASES[normalize_header(_platform.value)] = _platform

_LANG_NAMES = {
    "english": "en",
    "anglais": "en",
    "french": "fr",
    "francais": "fr",
    "german": "de",
    "allemand": "de",
    "spanish": "es",
    "espagnol": "es",
    "italian": "it",
    "italien": "it",
    "dutch": "nl",
    "neerlandais": "nl",
}
_REVIEW_ID = re.compile(r"[?&#:;]reviewid=([^&#\s]+)", re.IGNORECASE)
_LANG_CODE = re.compile(r"^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*$")


def normalize_platform(value: str) -> Platform | None:
    """A known platform for "Google Play", "google_play", "Trustpilot"…, else None."""
    return _PLATFORM_ALIASES.get(normalize_header(value))


def normalize_lang(value: str) -> str | None:
    """The primary language code ("fr_FR", "FR", "Français" -> "fr"), or None."""
    text = value.strip().casefold()
    if not text:
        return None
    match = _LANG_CODE.match(text)
    if match:
        return match.group(1)
    return _LANG_NAMES.get(normalize_header(text))


def review_id_from_link(link: str) -> str | None:
    """The `reviewid=` value of a Play Console link (in its query or '#' fragment), if any."""
    match = _REVIEW_ID.search(link)
    if match is None:
        return None
    return unquote(match.group(1)).strip() or None
