"""What the headless subcommands share: exit codes, the usage error, a parser that raises
it, and the wrapper that turns it (or an unusable database) into one line and exit 2."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import NoReturn

from workstation.store.errors import StoreError

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad usage, unreadable input or configuration: one line on stderr, exit 2."""


class UsageParser(argparse.ArgumentParser):
    """argparse that raises `UsageError` instead of printing the usage and exiting."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


def report_usage_errors(body: Callable[[], int]) -> int:
    """`body()`, or EXIT_USAGE after printing `error: …` for a usage or database problem."""
    try:
        return body()
    except (UsageError, StoreError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
