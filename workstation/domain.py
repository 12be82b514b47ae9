"""Plain data shared by every package: platforms, statuses and the records that flow
from importers/connectors into the store.

Nothing here imports Qt, SQL or the network. Times are timezone-aware UTC datetimes.
"""

from __future__ import annotations

import enum
import hashlib
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime


class Platform(enum.StrEnum):
    """Where a review lives. The value is what the DB and the CLI use."""

    GOOGLE_BUSINESS = "google_business"
    GOOGLE_PLAY = "google_play"
    APP_STORE = "app_store"
    TRUSTPILOT = "trustpilot"
    TRIPADVISOR = "tripadvisor"
    YELP = "yelp"
    FACEBOOK = "facebook"
    DEMO = "demo"
    MANUAL = "manual"

    @property
    def label(self) -> str:
        return _PLATFORM_LABELS[self]

    @property
    def has_reply_api(self) -> bool:
        """Whether replies can be posted through an API (else: copy, open page, mark replied)."""
        return self in _REPLY_API


_PLATFORM_LABELS = {
    Platform.GOOGLE_BUSINESS: "Google",
    Platform.GOOGLE_PLAY: "Google Play",
    Platform.APP_STORE: "App Store",
    Platform.TRUSTPILOT: "Trustpilot",
    Platform.TRIPADVISOR: "Tripadvisor",
    Platform.YELP: "Yelp",
    Platform.FACEBOOK: "Facebook",
    Platform.DEMO: "Demo platform",
    Platform.MANUAL: "Other",
}
_REPLY_API = {
    Platform.GOOGLE_BUSINESS,
    Platform.GOOGLE_PLAY,
    Platform.APP_STORE,
    Platform.TRUSTPILOT,
    Platform.DEMO,
}


def platform_label(value: str) -> str:
    """A platform's display name; an unknown value is shown as it is."""
    try:
        return Platform(value).label
    except ValueError:
        return value


class TriageStatus(enum.StrEnum):
    """What the owner decided about a review (independent of the reply state)."""

    OPEN = "open"
    NO_REPLY_NEEDED = "no_reply_needed"
    ARCHIVED = "archived"


class ReplyState(enum.StrEnum):
    """Life of a reply: draft → ready → queued → sent (or failed, retried)."""

    NONE = "none"
    DRAFT = "draft"
    READY = "ready"
    QUEUED = "queued"
    SENT = "sent"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class ReplyRecord:
    """A reply that already exists on the platform or in an export file."""

    text: str
    posted_at: datetime | None = None
    external_id: str | None = None


@dataclass(frozen=True, slots=True)
class ReviewRecord:
    """A review as an importer or a connector hands it to the store.

    `external_id` is the platform's id; when a file has none, the store derives a
    stable content hash (see `content_key`).
    """

    text: str
    stars: int | None = None
    author: str | None = None
    created_at: datetime | None = None
    external_id: str | None = None
    title: str | None = None
    lang: str | None = None
    url: str | None = None
    updated_at: datetime | None = None
    location: str | None = None
    platform: str | None = None
    reply: ReplyRecord | None = None
    removed: bool = False
    extra: dict[str, str] = field(default_factory=dict)

    def content_key(self) -> str:
        """Stable id for rows without an external id.

        Author + publication time identify a review well enough and survive an edit of
        its text (so a changed review is updated, not duplicated); without both, the
        normalised text is part of the key.
        """
        day = self.created_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M") if self.created_at else ""
        author = (self.author or "").strip().casefold()
        parts = [author, day]
        if not (author and day):
            parts.append(unicodedata.normalize("NFC", " ".join(self.text.split())).casefold())
        return "h:" + hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]

    def key(self) -> str:
        return self.external_id or self.content_key()


@dataclass(frozen=True, slots=True)
class RowError:
    """A bad row in an input file: 1-based row number as a user would count it.

    `reason` is the English text; `code` and `params` let a window or report say it in
    the reader's language (`workstation.importers.errors.reason_text`)."""

    row: int
    reason: str
    code: str = field(default="", compare=False)
    params: tuple[tuple[str, str], ...] = field(default=(), compare=False)


def review_body(title: str | None, text: str) -> str:
    """The text analysed and shown for a review: its title (if any), a blank line, its text.

    Evidence offsets point into this string, so every view must build it the same way.
    """
    return f"{title}\n\n{text}" if title else text


def utcnow() -> datetime:
    return datetime.now(UTC)


def to_iso(dt: datetime | None) -> str | None:
    """Store format: UTC ISO-8601 with seconds, e.g. 2026-11-24T13:05:00Z."""
    if dt is None:
        return None
    if dt.tzinfo is None:
        raise ValueError("naive datetime")
    # isoformat is several times faster than strftime, which counts on 100k-row imports.
    return dt.astimezone(UTC).isoformat(timespec="seconds")[:-6] + "Z"


def stamp_now(now: datetime | None = None) -> str:
    """`now` (or the current time when a caller injects no clock) in the store format."""
    stamp = to_iso(now or utcnow())
    assert stamp is not None  # to_iso returns None only for None
    return stamp


def from_iso(value: str | None) -> datetime | None:
    if not value:
        return None
    return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)
