"""A refused change's reason, or any error of the core, in the window's language.

The core gives each error a user can act on a stable kind and the values it names
(`workstation/error_kinds.py`: a team refusal, a full disk, an empty reply, a bad opening
hour, a credentials file of the wrong kind, a team server address…). The English sentences
are that module's one table, and their French is in the catalog the command line reads too
(`cli_language.catalog`, resources/translations/cli_fr.po): the window and the command line
say the same words. `error_text(exc)` is what the window shows for a core error. A kind this
version does not know, an error without a kind, or a conflict recorded before kinds existed,
shows the English message (better English than nothing). In English the words are the
core's own: every sentence is the English message its kind is raised with.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from workstation.cli_language import catalog
from workstation.display_names import platform_named_in
from workstation.domain import from_iso
from workstation.error_kinds import (
    ANONYMOUS,
    SENTENCES,
    Refusal,
    os_reason_words,
    refusal_of,
    worded,
    worded_parts,
)
from workstation.typography import counted
from workstation.ui.format import full_date
from workstation.ui.translation import current_language


def known_kinds() -> set[str]:
    """The kinds this window words (anonymous wordings folded into their kind)."""
    return {key.removesuffix(ANONYMOUS) for key in SENTENCES}


def _when(stamp: str) -> str:
    """The server's time stamp as the window shows dates ("3 déc. 2026, 14:05"), or as it came."""
    try:
        return full_date(stamp, current_language()) if from_iso(stamp) is not None else stamp
    except ValueError:
        return stamp


def _window_words() -> tuple[Callable[[str], str], Callable[[str], str], Callable[[str], str],
                             Callable[[str], str]]:
    """How the window says a sentence, a time, a platform and a count, in its language."""
    lang = current_language()
    return (catalog(lang).gettext, _when, lambda value: platform_named_in(value, lang),
            lambda value: counted(value, lang))


def conflict_reason(refusal: Refusal | None, message: str) -> str:
    """Why a change was refused (by the team server, or a platform rule alone too), in the
    window's language; `message` (the English sentence) when the refusal has no kind this
    window knows or lacks a value it names."""
    return worded(refusal, message, *_window_words())


def parts_reason(parts: Sequence[Refusal], message: str) -> str:
    """A reason kept as parts (why a reply is not sent yet: the platform's words, then when
    it is tried again), in the window's language; `message` (its English) for a row written
    before parts were kept, or a part this window cannot word."""
    return worded_parts(parts, message, *_window_words())


def error_text(exc: BaseException) -> str:
    """What the window shows for an error of the core: its kind worded in the window's
    language when it has one, its own (English) message otherwise."""
    return conflict_reason(refusal_of(exc), str(exc))


def os_reason_text(exc: OSError) -> str:
    """Why the system refused a file ("the disk is full"), in the window's language."""
    return os_reason_words(exc, catalog(current_language()).gettext)
