"""The database a headless command works on: the user's, or the demo's with `--demo`.

Commands that only read (`metrics`, `report`, `review list`) refuse a database that
does not exist yet instead of silently creating an empty one and reporting nothing.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from workstation import paths
from workstation.cli_language import tr
from workstation.command_line import UsageError, said
from workstation.store.db import Store
from workstation.store.errors import StoreError


def add_database_options(parser: argparse.ArgumentParser) -> None:
    """`--data-dir DIR` and `--demo`, the same on every command."""
    parser.add_argument("--data-dir", help=tr("folder of the database (default: the user data folder)"))
    parser.add_argument("--demo", action="store_true", help=tr("act on the demo database (built if missing)"))
    # Set by team mode (team_cli.py) to the team server's local copy; not for users.
    parser.add_argument("--database", type=Path, help=argparse.SUPPRESS)


def open_store(data_dir: str | None, *, demo: bool = False, must_exist: bool = False,
               database: Path | None = None) -> Store:
    """Open the chosen database (`database`: a given file, a team server's local copy); raises
    UsageError with one plain line when it cannot be used."""
    if database is not None:
        path = database
    elif demo:
        from workstation.demo import demo_db

        path = demo_db(data_dir, force=False)
        _triage_demo(path)
    else:
        path = paths.db_path(data_dir)
        if must_exist and not path.exists():
            raise UsageError(
                tr("no review database at {path}: import or sync reviews first, or pass --demo / --data-dir")
                .format(path=path))
    try:
        return Store(path)
    except StoreError as exc:
        raise UsageError(said(exc)) from None


def _triage_demo(path: Path) -> None:
    """A demo database freshly built for a command is triaged first, as the window would do
    after its first paint (once: later runs find nothing pending)."""
    from workstation.analysis.model import ANALYSIS_VERSION
    from workstation.ops.process import process_new_reviews
    from workstation.store.analysis_results import count_pending

    with Store(path) as store:
        if count_pending(store, ANALYSIS_VERSION):
            process_new_reviews(store)
