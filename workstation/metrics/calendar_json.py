"""Read and write a location's calendar settings as JSON (the `locations.hours_json`
column), so the store and the settings UI share one format.

Format (every key optional):
    {"days": {"mon": "09:00-12:00, 14:00-18:00", ..., "sun": "closed"},
     "closed": ["2026-12-24"], "subdivision": "ON"}
`days` may also be a list of 7 strings, Monday first. A day left out is closed; no
`days` at all (or nothing valid) means "no opening hours set" → the documented default.
Reading never raises: bad parts fall back and show up as calendar flags.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from workstation.metrics.calendar_config import (
    BusinessCalendar,
    CalendarError,
    DayHours,
    calendar_from_settings,
    parse_day_hours,
)

DAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _days(raw: object) -> list[DayHours] | None:
    texts: list[object]
    if isinstance(raw, dict):
        texts = [raw.get(k, "") for k in DAY_KEYS]
    elif isinstance(raw, list) and len(raw) == 7:
        texts = list(raw)
    else:
        return None
    try:
        days = [parse_day_hours(t) if isinstance(t, str) else () for t in texts]
    except CalendarError:
        return None
    return days if any(days) else None


def _dates(raw: object) -> list[date]:
    out: list[date] = []
    for item in raw if isinstance(raw, list) else []:
        try:
            out.append(date.fromisoformat(str(item)))
        except ValueError:
            continue  # one bad date must not drop the others
    return out


def calendar_from_json(
    tz_name: str | None, country: str | None, hours_json: str | None
) -> BusinessCalendar:
    """Calendar of a location row; never raises (see `calendar_from_settings`)."""
    try:
        data: Any = json.loads(hours_json) if hours_json else {}
    except (ValueError, TypeError):
        data = {}
    if not isinstance(data, dict):
        data = {}
    subdivision = data.get("subdivision")
    return calendar_from_settings(
        tz_name,
        _days(data.get("days")),
        closed_dates=_dates(data.get("closed")),
        country=country,
        subdivision=subdivision if isinstance(subdivision, str) else None,
    )


def calendar_to_json(calendar: BusinessCalendar) -> str:
    """JSON for `hours_json` (time zone and country live in their own columns).

    Default hours are written as no `days`, so the flag survives a round trip.
    """
    data: dict[str, Any] = {}
    if not calendar.uses_default_hours:
        data["days"] = {
            key: ", ".join(f"{o:%H:%M}-{c:%H:%M}" for o, c in day) or "closed"
            for key, day in zip(DAY_KEYS, calendar.hours.days, strict=True)
        }
    if calendar.closed_dates:
        data["closed"] = sorted(d.isoformat() for d in calendar.closed_dates)
    if calendar.subdivision:
        data["subdivision"] = calendar.subdivision
    return json.dumps(data, ensure_ascii=False, sort_keys=True)
