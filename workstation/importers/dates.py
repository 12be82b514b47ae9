"""Parse the date formats found in review exports into aware UTC datetimes.

Accepted: ISO-8601 (date, date-time, "Z" or offset, "UTC" suffix), epoch seconds or
milliseconds, numeric day-first dates (24/11/2026, 24.11.26, 24-11-2026 14:05) with
month-first used only when it is the only valid reading (11/24/2026), year-first
slashed dates, and English or French month names ("24 nov. 2026", "November 24, 2026",
"lundi 24 novembre 2026 à 14h05"). Naive values are local to `tz`.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime, tzinfo
from functools import lru_cache

_MIN_YEAR, _MAX_YEAR = 1970, 2100

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("jan", "january", "janv", "janvier"),
        ("feb", "february", "fev", "fevr", "fevrier"),
        ("mar", "march", "mars"),
        ("apr", "april", "avr", "avril"),
        ("may", "mai"),
        ("jun", "june", "juin"),
        ("jul", "july", "juil", "juillet"),
        ("aug", "august", "aou", "aout"),
        ("sep", "sept", "september", "septembre"),
        ("oct", "october", "octobre"),
        ("nov", "november", "novembre"),
        ("dec", "december", "decembre"),
    ),
    start=1,
):
    for _name in _names:
        _MONTHS[_name] = _number

_FILLER = frozenset(
    [
        "le",
        "la",
        "l",
        "the",
        "on",
        "at",
        "a",
        "of",
        "de",
        "du",
        "et",
        "and",
        "er",
        "st",
        "nd",
        "rd",
        "th",
        "utc",
        "gmt",
        "h",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "lun",
        "mer",
        "jeu",
        "ven",
        "sam",
        "dim",
    ]
)
_EPOCH = re.compile(r"^\d{9,13}(?:\.\d+)?$")
_NUMERIC = re.compile(
    r"^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})"
    r"(?:[ T,]+(\d{1,2})[:h](\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*([ap]\.?m\.?)?)?\s*(?:utc|gmt|z)?$",
    re.IGNORECASE,
)
_TIME = re.compile(
    r"(\d{1,2})\s*[:h]\s*(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*([ap]\.?m\.?)?", re.IGNORECASE
)
_ORDINAL = re.compile(r"^(\d{1,4})(?:er|st|nd|rd|th|e)?$")


def parse_datetime(value: str, tz: tzinfo = UTC) -> datetime:
    """Parse `value` as a point in time in UTC.

    Raises:
        ValueError: the value is not a date in a recognised format or plausible range.
    """
    return _parse_cached(value.strip(), tz)


@lru_cache(maxsize=65_536)
def _parse_cached(value: str, tz: tzinfo) -> datetime:
    # Exports repeat the same dates a lot, so the cache pays for itself.
    if not value:
        raise ValueError("empty date")
    result = (
        # ISO first: the most common form, and the cheapest to rule out (no "-" at [4]).
        _parse_iso(value) or _parse_epoch(value) or _parse_numeric(value) or _parse_words(value)
    )
    if result is None:
        raise ValueError(f"not a date: {value!r}")
    if result.tzinfo is None:
        result = result.replace(tzinfo=tz)
    result = result.astimezone(UTC)
    if not _MIN_YEAR <= result.year <= _MAX_YEAR:
        raise ValueError(f"date out of range: {value!r}")
    return result


def _parse_epoch(value: str) -> datetime | None:
    if not _EPOCH.match(value):
        return None
    number = float(value)
    if len(value.split(".")[0]) >= 12:
        number /= 1000.0  # milliseconds
    try:
        return datetime.fromtimestamp(number, UTC)
    except (OverflowError, OSError, ValueError):
        return None


def _parse_iso(value: str) -> datetime | None:
    if not (len(value) >= 8 and value[:4].isdigit() and value[4] in "-"):
        return None
    try:  # the common case first: Python 3.11 reads "2026-11-24 13:05" and "…Z" as is
        return datetime.fromisoformat(value)
    except ValueError:
        pass
    text = value
    for suffix in (" UTC", " GMT", "UTC", "GMT"):
        if text.upper().endswith(suffix):
            text = text[: -len(suffix)].rstrip() + "+00:00"
            break
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _parse_numeric(value: str) -> datetime | None:
    match = _NUMERIC.match(value)
    if not match:
        return None
    a, b, c, hour, minute, sec, meridiem = match.groups()
    first, second, third = int(a), int(b), int(c)
    if len(a) == 4:
        year, month, day = first, second, third  # 2026/11/24
    elif len(c) in (2, 4) and len(a) <= 2:
        year = _full_year(third, len(c))
        # Day-first is the French and British habit; month-first only when it must be.
        day, month = (second, first) if second > 12 >= first else (first, second)
    else:
        return None
    h, m, s = _time_parts(hour, minute, sec, meridiem)
    try:
        return datetime(year, month, day, h, m, s)
    except ValueError:
        return None


def _parse_words(value: str) -> datetime | None:
    text = _plain(value)
    hour = minute = second = 0
    time_match = _TIME.search(text)
    if time_match:
        hour, minute, second = _time_parts(*time_match.groups())
        text = text[: time_match.start()] + " " + text[time_match.end() :]
    month = year = day = None
    for token in re.split(r"[\s,./\-]+", text):
        if not token or token in _FILLER or token == "a":
            continue
        if token in _MONTHS and month is None:
            month = _MONTHS[token]
            continue
        number = _ORDINAL.match(token)
        if number is None:
            return None
        digits = number.group(1)
        if len(digits) == 4 and year is None:
            year = int(digits)
        elif len(digits) <= 2 and day is None:
            day = int(digits)
        elif len(digits) == 2 and year is None:
            year = _full_year(int(digits), 2)
        else:
            return None
    if month is None or year is None or day is None:
        return None
    try:
        return datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None


def _time_parts(
    hour: str | None, minute: str | None, second: str | None, meridiem: str | None
) -> tuple[int, int, int]:
    if hour is None or minute is None:
        return 0, 0, 0
    h = int(hour)
    if meridiem:
        pm = meridiem.lower().startswith("p")
        h = (h % 12) + (12 if pm else 0)
    return h, int(minute), int(second or 0)


def _full_year(year: int, digits: int) -> int:
    if digits == 4:
        return year
    return 2000 + year if year < 70 else 1900 + year


def _plain(value: str) -> str:
    text = unicodedata.normalize("NFKD", value.casefold())
    return "".join(ch for ch in text if not unicodedata.combining(ch))
