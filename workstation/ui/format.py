"""Display formatting shared by the views: stars, dates, numbers, field labels, status names.

Numbers, quotes and "Label:" go through `workstation.typography` in the window's language,
so French shows "0,1", « mot » and "Statut :" on every screen.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from babel.dates import format_date, format_timedelta
from PySide6.QtCore import QCoreApplication

from workstation import typography
from workstation.domain import from_iso
from workstation.metrics.response_time import is_history
from workstation.ui.translation import current_language

_ARG = re.compile(r"%([1-9])")


def fill_args(template: str, *values: str) -> str:
    """A translated "%1: %2" with its values put in one pass (QString.arg's way: a value
    holding "%2" is never filled in again); a number without a value stays as written."""
    return _ARG.sub(lambda m: values[int(m.group(1)) - 1] if int(m.group(1)) <= len(values) else m.group(0),
                    template)


def label(text: str, locale: str | None = None) -> str:
    """A field name with its colon: "Status:" / "Statut :"."""
    return typography.label(text, locale or current_language())


def quote(text: str, locale: str | None = None) -> str:
    """Quoted words: “word” / « mot »."""
    return typography.quote(text, locale or current_language())


def number(value: float | int, decimals: int = 0, locale: str | None = None) -> str:
    """A number as the reader writes it: "0.1" / "0,1"."""
    return typography.number(value, locale or current_language(), decimals)


def stars_text(stars: int | None) -> str:
    if stars is None:
        return "–"
    return "★" * stars + "☆" * (5 - stars)


def relative_date(iso: str | None, locale: str, now: datetime | None = None) -> str:
    dt = from_iso(iso)
    if dt is None:
        return "–"
    now = now or datetime.now(UTC)
    local = dt.astimezone()
    if is_date_only(local):  # only the day is known: "3 hours ago" would be made up
        days = (local.date() - now.astimezone(local.tzinfo).date()).days
        if days == 0:
            return QCoreApplication.translate("Dates", "today")
        return format_timedelta(timedelta(days=days), granularity="day", add_direction=True, locale=locale,
                                threshold=1.1)
    return format_timedelta(dt - now, add_direction=True, locale=locale, threshold=1.1)


def full_date(iso: str | None, locale: str) -> str:
    """"3 Dec 2026, 14:05" without seconds; the date alone for a review that only had a date."""
    dt = from_iso(iso)
    if dt is None:
        return "–"
    return local_date_text(dt.astimezone(), locale)


def is_date_only(local: datetime) -> bool:
    """A file gave only the day: it was read as local midnight, to the second."""
    return (local.hour, local.minute, local.second, local.microsecond) == (0, 0, 0, 0)


def local_date_text(local: datetime, locale: str) -> str:
    """Medium date and short time in `locale` (no "00:00:00" for a date-only value)."""
    if is_date_only(local):
        return str(format_date(local, format="medium", locale="fr" if locale.startswith("fr") else "en"))
    return typography.date_time(local, locale)


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
