"""Human wording for SLA statuses and calendar fallbacks, in English and French.

Durations and dates go through babel (`format_timedelta`, `format_datetime`), so the
numbers and units follow the locale ("3 hours", "2 jours"; `style="short"` → "3 h").
The phrase catalog lives here until the core gettext catalog exists; any locale
starting with "fr" gets French, everything else English.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from babel.dates import format_datetime, format_timedelta

from workstation.metrics.calendar_config import (
    DEFAULT_WEEKLY_HOURS,
    CalendarFlag,
    WeeklyHours,
)
from workstation.metrics.sla import SlaState, SlaStatus

_PHRASES: dict[str, dict[str, str]] = {
    "en": {
        SlaState.DUE: "due in {delta}",
        SlaState.DUE_SOON: "due in {delta}",
        SlaState.OVERDUE: "overdue by {delta}",
        SlaState.MET: "answered on time",
        SlaState.MISSED: "answered {delta} late",
        "due_now": "due now",
        CalendarFlag.DEFAULT_HOURS: "no opening hours set: using {hours}",
        CalendarFlag.NO_TIMEZONE: "no time zone set: using UTC",
        CalendarFlag.UNKNOWN_TIMEZONE: "unknown time zone: using UTC",
        CalendarFlag.UNKNOWN_COUNTRY: "unknown country: public holidays ignored",
        CalendarFlag.UNKNOWN_SUBDIVISION: "unknown region: national holidays only",
        "closed": "closed",
    },
    "fr": {
        SlaState.DUE: "à traiter dans {delta}",
        SlaState.DUE_SOON: "à traiter dans {delta}",
        SlaState.OVERDUE: "en retard de {delta}",
        SlaState.MET: "répondu dans les délais",
        SlaState.MISSED: "répondu avec {delta} de retard",
        "due_now": "à traiter maintenant",
        CalendarFlag.DEFAULT_HOURS: "aucun horaire d’ouverture : {hours} utilisé",
        CalendarFlag.NO_TIMEZONE: "aucun fuseau horaire : UTC utilisé",
        CalendarFlag.UNKNOWN_TIMEZONE: "fuseau horaire inconnu : UTC utilisé",
        CalendarFlag.UNKNOWN_COUNTRY: "pays inconnu : jours fériés ignorés",
        CalendarFlag.UNKNOWN_SUBDIVISION: "région inconnue : jours fériés nationaux seulement",
        "closed": "fermé",
    },
}
_DAY_NAMES = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "fr": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
}


def _lang(locale: str) -> str:
    return "fr" if locale.lower().startswith("fr") else "en"


def _babel_locale(locale: str) -> str:
    return "fr" if _lang(locale) == "fr" else "en"


def format_duration(
    delta: timedelta, locale: str = "en", *, style: Literal["long", "short", "narrow"] = "long"
) -> str:
    """A rounded, unsigned duration: "3 h", "2 days", "2 jours"."""
    return format_timedelta(abs(delta), format=style, locale=_babel_locale(locale), threshold=0.85)


def format_sla_status(
    status: SlaStatus, locale: str = "en", *, style: Literal["long", "short", "narrow"] = "long"
) -> str:
    """ "due in 3 h", "overdue by 2 days", "répondu avec 5 h de retard"… (wall-clock delta)."""
    phrases = _PHRASES[_lang(locale)]
    if status.state in (SlaState.DUE, SlaState.DUE_SOON) and status.wall_remaining < timedelta(
        minutes=1
    ):
        return phrases["due_now"]
    return phrases[status.state].format(
        delta=format_duration(status.wall_remaining, locale, style=style)
    )


def format_deadline(status: SlaStatus, tz_name: str, locale: str = "en") -> str:
    """The deadline in the location's (or user's) time zone, medium locale format."""
    try:
        zone = ZoneInfo(tz_name)
    except (KeyError, ValueError, OSError):
        zone = ZoneInfo("UTC")
    when: datetime = status.deadline.astimezone(zone)
    return format_datetime(when, format="medium", tzinfo=zone, locale=_babel_locale(locale))


def describe_hours(hours: WeeklyHours, locale: str = "en") -> str:
    """Compact weekly hours, grouping equal consecutive days: "Mon–Fri 09:00–18:00"."""
    lang = _lang(locale)
    names = _DAY_NAMES[lang]
    parts: list[str] = []
    d = 0
    while d < 7:
        e = d
        while e + 1 < 7 and hours.days[e + 1] == hours.days[d]:
            e += 1
        day = hours.days[d]
        if day:
            text = ", ".join(f"{o:%H:%M}–{c:%H:%M}" for o, c in day)
            label = names[d] if d == e else f"{names[d]}–{names[e]}"
            parts.append(f"{label} {text}")
        d = e + 1
    return "; ".join(parts) if parts else _PHRASES[lang]["closed"]


def describe_calendar_flags(flags: frozenset[CalendarFlag], locale: str = "en") -> list[str]:
    """One sentence per fallback a calendar uses, in a stable order, for a UI banner."""
    phrases = _PHRASES[_lang(locale)]
    hours = describe_hours(DEFAULT_WEEKLY_HOURS, locale)
    return [phrases[f].format(hours=hours) for f in CalendarFlag if f in flags]
