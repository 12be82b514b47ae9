"""`workstation reply auto-rule … / auto-run` with `--store postgresql://…`: the team's automatic replies.

The rules belong to the team (shared on the server). `auto-rule` brings this computer's copy of
the server up to date, runs the very command one shop runs (replies/auto_cli.py) on that copy,
then sends the change to the server — the last desktop to change a rule wins, as for the other
shared settings. `auto-run` brings the copy up to date, runs the rules from it and queues the
replies that are due in the team's shared outbox (ops/team_auto_replies.py: one desktop runs
them at a time, never a second reply to a review), then copies the result back. Both refuse in
one line when the server does not answer (nothing is changed anywhere).
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from pathlib import Path

from workstation import paths
from workstation.cli_language import tr
from workstation.command_line import UsageError, UsageParser, clock_value
from workstation.ops.team_mirror import LinkState, TeamLink, open_local_copy
from workstation.store.db import Store
from workstation.store.location import PostgresLocation


@contextlib.contextmanager
def _fresh_copy(where: PostgresLocation, data_dir: Path, *, author: str, origin: str
                ) -> Iterator[tuple[Store, TeamLink]]:
    """This computer's copy, brought up to date (push, then pull), with the open link; the copy is
    brought up to date again on the way out, so the server has the command's work at once."""
    with open_local_copy(data_dir, where) as copy, \
            TeamLink(where, author=author, origin=origin, data_dir=data_dir) as link:
        outcome = link.mirror_once(copy)
        if outcome.state is not LinkState.UP_TO_DATE:
            raise UsageError(tr("{problem} Automatic replies need the team server: nothing was changed.")
                             .format(problem=outcome.message))
        yield copy, link
        after = link.mirror_once(copy)
        if after.state is not LinkState.UP_TO_DATE:  # the change waits in the copy for the next mirror
            raise UsageError(tr("{problem} The change is kept on this computer and goes to the team server at the "
                                "next `workstation team mirror` that reaches it.").format(problem=after.message))


def run_rule(where: PostgresLocation, argv: list[str], *, data_dir: str | None, author: str, origin: str) -> int:
    """`reply auto-rule {list,add,preview,on,off,delete} …` on the team's rules."""
    from workstation.replies.auto_cli import run_auto_rule

    with _fresh_copy(where, paths.data_dir(data_dir), author=author, origin=origin) as (copy, _link):
        return run_auto_rule([*argv, "--database", str(copy.path)])


def run_now(where: PostgresLocation, argv: list[str], *, author: str, origin: str) -> int:
    """`reply auto-run [--dry-run] [--json]`: queue the team's automatic replies that are due."""
    from workstation.ops.team_auto_replies import run_team_auto_replies
    from workstation.replies.auto_cli import print_run

    parser = UsageParser(prog="workstation reply auto-run",
                         description=tr("Queue the team's automatic replies that are due in the shared outbox."))
    parser.add_argument("--data-dir", help=tr("folder of this computer's copy of the team server"))
    parser.add_argument("--dry-run", action="store_true", help=tr("say what would be queued, write nothing"))
    parser.add_argument("--json", action="store_true", help=tr("print JSON"))
    parser.add_argument("--as", dest="author", default=None, help=tr("your name in the team (default: login name)"))
    parser.add_argument("--now", help=argparse.SUPPRESS)  # pins the clock (tests)
    args = parser.parse_args(argv)
    member = args.author or author
    with _fresh_copy(where, paths.data_dir(args.data_dir), author=member, origin=origin) as (copy, link):
        run = run_team_auto_replies(link.server(), copy, author=member, origin=origin, now=clock_value(args.now),
                                    dry_run=args.dry_run)
    return print_run(run, dry_run=args.dry_run, as_json=args.json)
