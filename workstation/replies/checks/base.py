"""What every check receives, and the helper that turns regex matches into findings."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..model import Finding, Severity

MAX_PER_CHECK = 20  # a 100 kB draft must not produce thousands of findings


@dataclass(frozen=True, slots=True)
class CheckContext:
    """The draft and what it answers.

    `text` is the draft with typographic apostrophes folded to "'" (same length, so spans
    still point into the original draft).
    """

    draft: str
    text: str
    lang: str
    platform: str | None = None
    stars: int | None = None
    review_lang: str | None = None
    previous: Sequence[str] = ()
    own_contacts: Sequence[str] = ()
    # `text` lower-cased without accents (same length): what the concept checks read.
    folded: str = ""


Check = Callable[[CheckContext], list[Finding]]


def fold(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'").replace("\u00a0", " ")


def words(pattern: str) -> re.Pattern[str]:
    """Case-insensitive pattern anchored on word boundaries.

    The end boundary only applies after a word character, so "parce qu'" or "d'" may be
    followed directly by the next word.
    """
    return re.compile(rf"(?<![\w])(?:{pattern})(?:(?<=\w)(?!\w)|(?<!\w))", re.IGNORECASE)


def finding(code: str, sev: Severity, msg: tuple[str, str], start: int, end: int) -> Finding:
    return Finding(
        code=code, severity=sev, message_en=msg[0], message_fr=msg[1], start=start, end=end
    )


def match_findings(
    code: str, sev: Severity, msg: tuple[str, str], text: str, *patterns: re.Pattern[str]
) -> list[Finding]:
    """One finding per non-overlapping match of any pattern, in text order."""
    spans: list[tuple[int, int]] = []
    for rx in patterns:
        for m in rx.finditer(text):
            if m.end() > m.start():
                spans.append((m.start(), m.end()))
            if len(spans) > 4 * MAX_PER_CHECK:
                break
    spans.sort()
    out: list[Finding] = []
    last_end = -1
    for start, end in spans:
        if start < last_end:
            continue
        out.append(finding(code, sev, msg, start, end))
        last_end = end
        if len(out) >= MAX_PER_CHECK:
            break
    return out
