"""Display formatting shared by the views: stars, relative dates, status names."""

from __future__ import annotations

from datetime import UTC, datetime

from babel.dates import format_datetime, format_timedelta
from PySide6.QtCore import QCoreApplication

from workstation.domain import from_iso
from workstation.metrics.response_time import is_history


def stars_text(stars: int | None) -> str:
    if stars is None:
        return "–"
    return "★" * stars + "☆" * (5 - stars)


def relative_date(iso: str | None, locale: str, now: datetime | None = None) -> str:
    dt = from_iso(iso)
    if dt is None:
        return "–"
    delta = dt - (now or datetime.now(UTC))
    return format_timedelta(delta, add_direction=True, locale=locale, threshold=1.1)


def full_date(iso: str | None, locale: str) -> str:
    dt = from_iso(iso)
    if dt is None:
        return "–"
    return format_datetime(dt.astimezone(), format="medium", locale=locale)


def status_text(status: str, reply_state: str, removed: bool = False) -> str:
    if removed:
        return QCoreApplication.translate("Status", "Removed on platform")
    if status == "archived":
        return QCoreApplication.translate("Status", "Archived")
    if status == "no_reply_needed":
        return QCoreApplication.translate("Status", "No reply needed")
    return {
        "sent": QCoreApplication.translate("Status", "Replied"),
        "queued": QCoreApplication.translate("Status", "Reply queued"),
        "failed": QCoreApplication.translate("Status", "Reply failed"),
        "draft": QCoreApplication.translate("Status", "Draft"),
        "ready": QCoreApplication.translate("Status", "Reply ready"),
    }.get(reply_state, QCoreApplication.translate("Status", "Needs reply"))


def due_text(iso: str | None, locale: str, now: datetime | None = None) -> str:
    """"due in 3 hours" / "overdue by 2 days" for a reply deadline."""
    due = from_iso(iso)
    if due is None:
        return ""
    delta = due - (now or datetime.now(UTC))
    span = format_timedelta(abs(delta), locale=locale, threshold=1.1)
    if delta.total_seconds() >= 0:
        return QCoreApplication.translate("Due", "due in %1").replace("%1", span)
    return QCoreApplication.translate("Due", "overdue by %1").replace("%1", span)


def no_deadline_text(published_iso: str | None, first_seen_iso: str | None) -> str:
    """Why an unanswered review shows no deadline: an old review that arrived late
    (see `metrics.response_time.is_history`); empty for any other review."""
    if is_history(from_iso(published_iso), from_iso(first_seen_iso)):
        return QCoreApplication.translate("Due", "older review: no deadline")
    return ""


def is_overdue(iso: str | None, now: datetime | None = None) -> bool:
    due = from_iso(iso)
    return due is not None and due < (now or datetime.now(UTC))
