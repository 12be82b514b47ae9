"""The command line's language: French or English, chosen once per command, and its catalog.

Which language: `WORKSTATION_LANG` (`fr` or `en`) when set, else the POSIX locale variables
in the order the C library reads them (`LC_ALL`, `LC_MESSAGES`, `LANG`: "fr_FR.UTF-8",
"fr_CA", "fr" → French; the first one set decides, "C" or "POSIX" → English), else, where
none is set (Windows, a macOS app launched from the Finder), `locale.getlocale()`; English
otherwise. `LANGUAGE` (GNU's list) is not read: the window and the report follow the same
three variables.

What is said: `tr("…")` / `ntr("…", "…", n)` look the English text up in the compiled
catalog `resources/translations/cli_fr.mo` (stdlib gettext; `scripts/translations.py`
extracts, typesets and compiles it with babel). English is the source text itself. Texts
built before the language is known (module constants) are marked with `N_` and looked up
where they are printed.

argparse says its own words ("usage:", "options", "error:"…) through `gettext.gettext`,
bound when argparse is imported, which picks the language from the locale variables only;
`speaking(lang)` points those two names at our catalog while a command runs, so
`WORKSTATION_LANG` rules argparse too, and puts them back afterwards. No Qt here.
"""

from __future__ import annotations

import argparse
import codecs
import gettext
import locale
import os
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import cache
from typing import TextIO

LANGUAGES = ("en", "fr")
ENV_VAR = "WORKSTATION_LANG"
DOMAIN = "cli"
_POSIX_VARS = ("LC_ALL", "LC_MESSAGES", "LANG")

_chosen: str | None = None  # set by `speaking` while a command runs


def _from_locale_name(value: str) -> str:
    return "fr" if value.strip().lower().startswith("fr") else "en"


def choose_language(env: Mapping[str, str] | None = None) -> str:
    """"fr" or "en" for the user running the command (see the module docstring)."""
    env = os.environ if env is None else env
    forced = env.get(ENV_VAR, "").strip().lower()
    if forced in LANGUAGES:
        return forced
    for name in _POSIX_VARS:
        value = env.get(name, "")
        if value:
            return _from_locale_name(value)
    try:
        system = locale.getlocale()[0] or ""
    except ValueError:  # a malformed locale setting: English rather than a crash
        system = ""
    return _from_locale_name(system)


def current_language() -> str:
    """The language of the running command; outside one, the user's (`choose_language`)."""
    return _chosen or choose_language()


@cache
def catalog(lang: str) -> gettext.NullTranslations:
    """The compiled catalog of `lang`; English (and a missing file) is the source text."""
    if lang == "en":
        return gettext.NullTranslations()
    from workstation.paths import resources_dir

    # One flat file next to the Qt ones (cli_fr.mo), not gettext's <lang>/LC_MESSAGES tree.
    try:
        with (resources_dir() / "translations" / f"{DOMAIN}_{lang}.mo").open("rb") as fh:
            return gettext.GNUTranslations(fh)
    except OSError:  # a broken install still speaks, in English
        return gettext.NullTranslations()


def tr(message: str) -> str:
    """`message` in the command's language."""
    return catalog(current_language()).gettext(message)


def ntr(singular: str, plural: str, n: int) -> str:
    """The singular or plural form for `n`, in the command's language."""
    return catalog(current_language()).ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Marks a text for extraction without translating it yet (module constants)."""
    return message


@contextmanager
def speaking(lang: str | None = None) -> Iterator[str]:
    """Run a command in `lang` (default: `choose_language()`), argparse's words included."""
    global _chosen
    before = (_chosen, argparse._, argparse.ngettext)  # type: ignore[attr-defined]
    _chosen = lang if lang in LANGUAGES else choose_language()
    argparse._ = tr  # type: ignore[attr-defined]
    argparse.ngettext = ntr  # type: ignore[attr-defined]
    try:
        yield _chosen
    finally:
        _chosen, argparse._, argparse.ngettext = before  # type: ignore[attr-defined]


def _utf(encoding: str | None) -> bool:
    try:
        return codecs.lookup(encoding or "ascii").name.startswith("utf")
    except LookupError:
        return False


def tolerate_narrow_encodings(*streams: TextIO) -> None:
    """Let a stream that cannot encode every character replace it instead of failing.

    Windows writes redirected output in the ANSI code page (cp1252), which has no narrow
    no-break space (French typography: "Note\u202f:", « … ») nor "★": printing one would end
    the command with UnicodeEncodeError after its work was done. A UTF-8 stream (terminals,
    Linux, macOS, the tests) is left as it is."""
    for stream in streams or (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and not _utf(getattr(stream, "encoding", None)):
            reconfigure(errors="replace")
