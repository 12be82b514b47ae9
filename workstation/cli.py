"""Headless subcommands (no Qt): `workstation import FILE…` and friends.

Each command prints one summary line plus one line per problem, and exits 0 on success,
1 when part of the work failed, 2 on bad usage or unreadable input. `report --format pdf`
draws with the `PdfDrawer` given to `main` (the entry point passes Qt's, offscreen): this
module and the commands below it never import a drawing library.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import datetime, tzinfo
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from workstation.cli_language import current_language, speaking, tolerate_narrow_encodings, tr
from workstation.command_line import (
    EXIT_OK,
    EXIT_PARTIAL,
    EXIT_USAGE,
    UsageError,
    report_usage_errors,
    said_refusal,
)
from workstation.command_store import add_database_options, open_store

if TYPE_CHECKING:
    from workstation.ops.imports import ImportOutcome
    from workstation.ops.reports import PdfDrawer


class _Parser(argparse.ArgumentParser):
    """argparse that exits with 2 and one clear line (its default, kept explicit)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, tr("{prog}: {message}").format(prog=self.prog, message=message) + "\n")


def _local_tz(name: str | None) -> tzinfo:
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            raise SystemExit(tr("unknown time zone: {name}").format(name=name)) from None
    local = datetime.now().astimezone().tzinfo
    assert local is not None
    return local


def cmd_import(argv: list[str]) -> int:
    parser = _Parser(prog="workstation import",
                     description=tr("Import review files (CSV, TSV, JSON), then triage them."))
    parser.add_argument("files", nargs="+", type=Path, help=tr("the review files"))
    add_database_options(parser)
    parser.add_argument("--location", help=tr("location for rows that do not name one"))
    parser.add_argument("--platform", help=tr("platform for rows that do not name one (e.g. yelp)"))
    parser.add_argument("--tz", help=tr("time zone of dates without one (default: this computer's)"))
    args = parser.parse_args(argv)
    from workstation.ops.imports import import_files

    tz = _local_tz(args.tz)
    try:
        store = open_store(args.data_dir, demo=args.demo)
    except UsageError as exc:
        print(tr("error: {message}").format(message=exc), file=sys.stderr)
        return EXIT_USAGE
    try:
        outcome = import_files(store, args.files, tz=tz, platform=args.platform, location=args.location)
    finally:
        store.close()
    return report_import(outcome)


def report_import(outcome: ImportOutcome) -> int:
    """The summary line, one line per problem, and the exit code (also for a team server's import)."""
    print(tr("imported {imported}, updated {updated}, unchanged {unchanged}, errors {errors}").format(
        imported=outcome.total("imported"), updated=outcome.total("updated"),
        unchanged=outcome.total("unchanged"), errors=outcome.rejected))
    for line in _problem_lines(outcome):
        print(line)
    if outcome.unreadable:
        return EXIT_USAGE
    return EXIT_PARTIAL if outcome.rejected else EXIT_OK


def _problem_lines(outcome: ImportOutcome) -> list[str]:
    """`file: reason` and `file:row: reason` as `ImportOutcome.problem_lines`, in the command's
    language (the reasons keep their message codes for that, a database refusal its kind; one
    without a kind stays the store's sentence)."""
    from workstation.importers.errors import reason_text

    lang = current_language()
    lines: list[str] = []
    for f in outcome.files:
        if f.problem is not None:
            problem = (said_refusal(f.problem_refusal, f.problem) if f.problem_refusal is not None
                       else reason_text(f.problem_code, f.problem_params, f.problem, lang))
            lines.append(tr("{path}: {problem}").format(path=f.path, problem=problem))
        lines += [tr("{path}:{row}: {problem}").format(path=f.path, row=e.row,
                                                       problem=reason_text(e.code, e.params, e.reason, lang))
                  for e in f.rejected]
    return lines


def cmd_reply(argv: list[str]) -> int:
    """`reply check`, `reply suggest`, `reply auto-preview` (reply assistant); `reply auto-rule`,
    `reply auto-run` (automatic replies); `reply queue`, `reply delete`, `reply withdraw` (outbox)."""
    sub, rest = (argv[0], argv[1:]) if argv else ("", [])
    if sub == "check":
        from workstation.replies.cli import run_check

        return run_check(rest)
    if sub == "suggest":
        from workstation.replies.cli import run_suggest

        return run_suggest(rest)
    if sub == "auto-preview":
        from workstation.replies.cli import run_auto_preview

        return run_auto_preview(rest)
    if sub in ("auto-rule", "auto-run"):
        from workstation.replies.auto_cli import run_auto_rule, run_auto_run

        return (run_auto_rule if sub == "auto-rule" else run_auto_run)(rest)
    if sub in ("queue", "delete", "withdraw"):
        from workstation.sync.cli import cmd_reply as sync_reply

        return sync_reply(argv)
    print(tr("usage: workstation reply {check,suggest,auto-preview,auto-rule,auto-run,queue,delete,withdraw} …"),
          file=sys.stderr)
    return EXIT_USAGE


def _sync_command(name: str) -> Callable[[list[str]], int]:
    """Sources, sync, review list and outbox live in workstation.sync.cli (loaded on use)."""

    def run(argv: list[str]) -> int:
        from workstation.sync.cli import COMMANDS as SYNC_COMMANDS

        return SYNC_COMMANDS[name](argv)

    return run


def cmd_analyze(argv: list[str]) -> int:
    """`analyze --in reviews.csv --out scored.csv`: the triage, without a data dir or display."""
    parser = _Parser(prog="workstation analyze", description=tr("Score reviews from a CSV (id,text[,lang,stars,…])."))
    parser.add_argument("--in", dest="in_path", type=Path, required=True, help=tr("the CSV of reviews to score"))
    parser.add_argument("--out", dest="out_path", type=Path, required=True, help=tr("the scored CSV to write"))
    args = parser.parse_args(argv)
    from workstation.analysis.cli import run_analyze

    return run_analyze(args.in_path, args.out_path)


def cmd_metrics(argv: list[str]) -> int:
    """`metrics --json`: response rate, response times, SLA attainment, counts."""
    from workstation.metrics.cli import run_metrics

    return run_metrics(argv)


def cmd_report(argv: list[str], draw_pdf: PdfDrawer | None = None) -> int:
    """`report --format csv|pdf --out FILE` (the PDF is drawn by `draw_pdf`)."""
    from workstation.metrics.cli import run_report

    return run_report(argv, draw_pdf=draw_pdf)


def cmd_team(_argv: list[str]) -> int:
    """`team mirror|member|approval …` runs on a team server only (team_cli routes it there)."""
    print(tr("error: `workstation team` works with a team server: give its address with "
             "--store postgresql://user@host/database (or WORKSTATION_STORE)."), file=sys.stderr)
    return EXIT_USAGE


COMMANDS: dict[str, Callable[[list[str]], int]] = {
    "import": cmd_import,
    "analyze": cmd_analyze,
    "source": _sync_command("source"),
    "sync": _sync_command("sync"),
    "review": _sync_command("review"),
    "outbox": _sync_command("outbox"),
    "metrics": cmd_metrics,
    "report": cmd_report,
    "reply": cmd_reply,
    "team": cmd_team,
}


def main(argv: list[str], *, draw_pdf: PdfDrawer | None = None) -> int:
    """Run one command; `draw_pdf` draws `report --format pdf` (without one, that format is refused)."""
    command, rest = argv[0], argv[1:]
    commands: dict[str, Callable[[list[str]], int]] = {**COMMANDS, "report": partial(cmd_report, draw_pdf=draw_pdf)}

    def run() -> int:
        # --store / WORKSTATION_STORE: a postgresql:// address runs the command on the team server.
        from workstation.team_cli import route
        from workstation.team_cli import run as run_on_team

        where, args = route(command, rest)
        return commands[command](args) if where is None else run_on_team(command, where, args, draw_pdf=draw_pdf)

    tolerate_narrow_encodings()
    with speaking():
        return _main(run)


def _main(run: Callable[[], int]) -> int:
    try:
        # The one error boundary: a damaged database, a full disk or an unusable data folder
        # is one plain line and exit 2 whatever the command (the traceback goes to the log).
        return report_usage_errors(run)
    except SystemExit as exc:
        if isinstance(exc.code, str):
            print(exc.code, file=sys.stderr)
            return EXIT_USAGE
        return int(exc.code or 0)
