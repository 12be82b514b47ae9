"""French and English typography: the one place that decides spaces, quotes and numbers.

French puts a no-break space before ":" and a narrow no-break space before ";", "!"
and "?", and uses « » quotes with narrow no-break spaces inside; English does none of
that. Numbers go through babel (decimal comma and narrow no-break group separator in
French). The window runs every French translation through `punctuate` (see
`workstation.ui.translation`), so a translator may write "Note:" or "Note :" and the
screen shows the same thing; text assembled in code uses `label`, `quote` and `number`.
Reviews themselves are never touched: they are what the customer wrote.
"""

from __future__ import annotations

import re
from datetime import datetime

from babel import Locale
from babel.dates import format_datetime
from babel.numbers import format_decimal, format_percent

NBSP = "\u00a0"  # before ":" (espace insécable)
NNBSP = "\u202f"  # before ";!?" and inside « » (espace fine insécable)
_SPACES = " \u00a0\u202f"

# A colon that ends a word and is followed by a space or the end: never "https://" or "10:30".
_COLON = re.compile(rf"(?<=\S)[{_SPACES}]*:(?=\s|$)")
_OTHER = re.compile(rf"(?<=\S)[{_SPACES}]*([;!?])(?=[\s»)\]]|$)")
_OPEN_QUOTE = re.compile(rf"“[{_SPACES}]*|«[{_SPACES}]*")
_CLOSE_QUOTE = re.compile(rf"[{_SPACES}]*”|[{_SPACES}]*»")


_ENTITY_END = re.compile(r"&#?\w+$")  # "&amp;" in rich text is no semicolon


def _spaced(match: re.Match[str]) -> str:
    if match.group(1) == ";" and _ENTITY_END.search(match.string, 0, match.start()):
        return match.group(0)
    return NNBSP + match.group(1)


def is_french(lang: str | None) -> bool:
    return bool(lang) and str(lang).lower().startswith("fr")


def punctuate(text: str, lang: str | None) -> str:
    """`text` with the spaces and quotes of `lang` ("Statut: x" → "Statut : x" in French)."""
    if not is_french(lang) or not text:
        return text
    text = _COLON.sub(NBSP + ":", text)
    text = _OTHER.sub(_spaced, text)
    text = _OPEN_QUOTE.sub("«" + NNBSP, text)
    return _CLOSE_QUOTE.sub(NNBSP + "»", text)


def label(text: str, lang: str | None) -> str:
    """A field name followed by its colon: "Status:" / "Statut :"."""
    return f"{text}{NBSP}:" if is_french(lang) else f"{text}:"


def quote(text: str, lang: str | None) -> str:
    """Quoted words: “word” / « mot »."""
    return f"«{NNBSP}{text}{NNBSP}»" if is_french(lang) else f"“{text}”"


def number(value: float | int, lang: str | None, decimals: int = 0) -> str:
    """A number in the reader's locale: 0.1 / 0,1; 1,234 / 1 234 (at most `decimals` places)."""
    pattern = "#,##0" + ("." + "#" * decimals if decimals > 0 else "")
    return str(format_decimal(value, format=pattern, locale="fr" if is_french(lang) else "en"))


def counted(value: str, lang: str | None) -> str:
    """A count kept as text (an error's value) written as `number` writes it; other text as is."""
    return number(int(value), lang) if value.isascii() and value.isdigit() else value


def fixed(value: float | int, lang: str | None, decimals: int) -> str:
    """Like `number`, always with `decimals` places ("4.00" / "4,00")."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    return str(format_decimal(value, format=pattern, locale="fr" if is_french(lang) else "en"))


def date_time(local: datetime, lang: str | None) -> str:
    """Medium date and short time ("3 déc. 2026, 14:05" / "Dec 3, 2026, 2:05 PM"), never seconds."""
    locale = Locale.parse("fr" if is_french(lang) else "en")
    pattern = str(locale.datetime_formats["medium"]).format(locale.time_formats["short"].pattern,
                                                            locale.date_formats["medium"].pattern)
    return str(format_datetime(local, pattern, locale=locale))


def signed(value: float | int, lang: str | None, decimals: int = 0) -> str:
    """A difference with its sign: "+1.5" / "+1,5", "-2" / "-2"."""
    places = "." + "0" * decimals if decimals > 0 else ""
    pattern = f"+#,##0{places};-#,##0{places}"
    return str(format_decimal(value, format=pattern, locale="fr" if is_french(lang) else "en"))


def percent(share: float, lang: str | None) -> str:
    """A share: "42%" / "42 %" (French puts a no-break space before %)."""
    pattern = f"#,##0{NBSP}%" if is_french(lang) else "#,##0%"
    return str(format_percent(share, format=pattern, locale="fr" if is_french(lang) else "en"))


def percent_change(change: float, lang: str | None) -> str:
    """A relative change: "+12%" / "+12 %" (French puts a no-break space before %)."""
    pattern = f"+#,##0{NBSP}%;-#,##0{NBSP}%" if is_french(lang) else "+#,##0%;-#,##0%"
    return str(format_percent(change, format=pattern, locale="fr" if is_french(lang) else "en"))
