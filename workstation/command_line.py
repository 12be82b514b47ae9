"""What the headless subcommands share: exit codes, the usage error, a parser that raises
it, and the error boundary that turns a usage, database or file-system problem into one
plain line and exit 2 (the traceback still goes to the log file, scrubbed)."""

from __future__ import annotations

import argparse
import errno
import logging
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import NoReturn

from workstation.cli_language import N_, current_language, tr
from workstation.display_names import platform_named_in
from workstation.error_kinds import Refusal, os_reason_words, refusal_of, worded, worded_parts
from workstation.store.errors import StoreError, known_error, unusable
from workstation.typography import counted

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE = 0, 1, 2
#: SQLite stores signed 64-bit integers: a larger id can name nothing.
MAX_ID = 2**63 - 1

_failures = logging.getLogger("workstation.failures")
_failures.propagate = False


class UsageError(Exception):
    """Bad usage, unreadable input or configuration: one line on stderr, exit 2."""


def cannot_read(path: object, exc: OSError) -> UsageError:
    """A file given on the command line could not be read: its name and why, in the command's language."""
    return UsageError(tr("cannot read {path}: {error}").format(path=path, error=os_reason_words(exc, tr)))


class UsageParser(argparse.ArgumentParser):
    """argparse that raises `UsageError` instead of printing the usage and exiting."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(tr("{prog}: {message}").format(prog=self.prog, message=message))


def record_id(value: str) -> int:
    """argparse type for a database id: a whole number from 1 to SQLite's largest."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(tr("invalid int value: {value!r}").format(value=value)) from None
    if not 1 <= number <= MAX_ID:
        raise argparse.ArgumentTypeError(tr("no such id: {value} (ids are whole numbers from 1)").format(value=value))
    return number


_OS_MESSAGES = {  # translated where printed (the language is chosen per command)
    errno.ENOSPC: N_("The disk is full: free some space and try again (nothing was lost)."),
    errno.EROFS: N_("{where} is on a read-only disk or folder."),
    errno.EACCES: N_("Permission denied: {where} cannot be read or written by this user."),
    errno.EPERM: N_("Permission denied: {where} cannot be read or written by this user."),
    errno.EEXIST: N_("{where} already exists and is not a folder."),
    errno.ENOTDIR: N_("{where} is a file, not a folder."),
    errno.EISDIR: N_("{where} is a folder, not a file."),
    errno.ENOENT: N_("{where} does not exist."),
}


def clock_value(text: str | None) -> datetime:
    """The hidden `--now` option of commands that act on time (tests, reproducible runs):
    an ISO date and time, UTC when no zone is given; the real clock when absent."""
    if not text:
        return datetime.now(UTC)
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise UsageError(tr("--now: not an ISO date and time: {text}").format(text=text)) from None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def pinned_clock(text: str | None) -> datetime | None:
    """The hidden `--now` as a time, or None when it is absent: the operation then reads its
    own clock (what a real run does)."""
    return clock_value(text) if text else None


def said(exc: BaseException) -> str:
    """An error of the core in the command's language: the sentence of its kind
    (`workstation/error_kinds.py`, the one table the window reads too) through the CLI
    catalog; its own (English) message when it has no kind. A platform is named, not coded."""
    return said_refusal(refusal_of(exc), str(exc))


def said_refusal(refusal: Refusal | None, english: str) -> str:
    """A refusal carried apart from its error (a sync's result keeps it beside its English
    `error`) in the command's language; `english` when it has no kind."""
    return worded(refusal, english, tr, platform=lambda value: platform_named_in(value, current_language()),
                  count=lambda value: counted(value, current_language()))


def said_parts(parts: Sequence[Refusal], english: str, when: Callable[[str], str]) -> str:
    """A sentence kept as parts (a send's problem line: the review or source, then the reason)
    in the command's language, `when` saying a time as the English does; `english` when it has
    no parts or one cannot be worded (`error_kinds.worded_parts`)."""
    return worded_parts(parts, english, tr, when, lambda value: platform_named_in(value, current_language()),
                        lambda value: counted(value, current_language()))


def plain_message(exc: BaseException) -> str:
    """One plain sentence for a usage, database or file-system problem."""
    if isinstance(exc, UsageError | StoreError) or refusal_of(exc) is not None:
        return said(exc)
    if isinstance(exc, sqlite3.DatabaseError):
        known = known_error(exc)
        return said(known or unusable(exc))
    if isinstance(exc, OSError):
        where = exc.filename or tr("a file")
        template = _OS_MESSAGES.get(exc.errno or 0)
        if template is None:  # our own OSErrors (e.g. DataDirError) already read as sentences
            return str(exc) if exc.errno is None else f"{where}: {os_reason_words(exc, tr)}"
        return tr(template).format(where=where)
    return str(exc)


def _log_to_file(exc: BaseException) -> None:
    """Keep the whole story (traceback) in the log file for support, never on the terminal
    (a logger of its own: the commands may also log warnings to stderr) and without ever
    failing the command."""
    from workstation import paths
    from workstation.logs import file_handler, writes_to

    try:
        folder = paths.log_dir()
        if not writes_to(_failures, folder):
            for old in list(_failures.handlers):
                _failures.removeHandler(old)
                old.close()
            _failures.addHandler(file_handler(folder))
        _failures.error("command failed: %s", plain_message(exc), exc_info=exc)
    except OSError:
        pass  # no writable log folder: the one-line message is all we can give


def _silence_stdout() -> None:
    # `workstation review list | head`: the reader left; say nothing more (as Python's docs advise).
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def report_usage_errors(body: Callable[[], int]) -> int:
    """`body()`, or EXIT_USAGE after printing `error: …` for a usage, database or file problem.

    Only the problems a user can act on are caught; a bug still raises."""
    try:
        return body()
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_PARTIAL
    except UsageError as exc:
        print(tr("error: {message}").format(message=exc), file=sys.stderr)
        return EXIT_USAGE
    except (StoreError, OSError, sqlite3.DatabaseError) as exc:
        print(tr("error: {message}").format(message=plain_message(exc)), file=sys.stderr)
        _log_to_file(exc)
        return EXIT_USAGE
