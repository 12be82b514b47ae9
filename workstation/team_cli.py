"""`--store URL` / `WORKSTATION_STORE` for the headless commands: which store a command runs on.

`route` takes `--store` out of the arguments. Without it (and without the variable) nothing
changes: the command runs on the SQLite database of `--data-dir`, as before. A SQLite file
given as the store is that database's folder (`--data-dir`). A `postgresql://` address
runs the commands team mode serves — `import`, `sync`, `review list` / `who`, `reply queue`,
`reply draft` / `approve` / `reject` / `withdraw` / `mark-replied` / `delete` (shared drafts,
approval, taking back, replied by hand, deleting the reply on the platform), `reply auto-rule` / `auto-run` (the team's automatic
replies, team_auto_cli.py), `outbox send [--retry-failed]`
— on the team server, through `ops/team.py`; `metrics` and `report` on this computer's copy
of it, brought up to date first (`ops.team_mirror.copy_for_figures`); any other command says in one sentence that
it does not work on a team server yet and exits 2 (never silently on SQLite).
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import os
import socket
import sys
from collections.abc import Callable, Mapping
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from workstation import paths
from workstation.cli_language import N_, ntr, tr
from workstation.command_line import (
    EXIT_OK,
    EXIT_PARTIAL,
    EXIT_USAGE,
    UsageError,
    UsageParser,
    pinned_clock,
    record_id,
    said,
    said_refusal,
)
from workstation.domain import utcnow
from workstation.error_kinds import Refusal
from workstation.store.location import (
    ENV_VAR,
    PostgresLocation,
    SqliteLocation,
    StoreUrlError,
    resolve_store,
)

if TYPE_CHECKING:
    from workstation.ops.reports import PdfDrawer
    from workstation.ops.team_presence import Presence
    from workstation.store.postgres.connection import PgStore

#: Commands that never open a store: a team server in the environment does not concern them.
STORELESS = frozenset({"analyze"})

TeamCommand = Callable[[PostgresLocation, list[str]], int]


def _store_option(argv: list[str]) -> tuple[str | None, bool, list[str]]:
    """(`--store` value, --accept-self-signed-certificate given, the other arguments)."""
    value, accept, rest = None, False, []
    args = iter(argv)
    for arg in args:
        if arg == "--store":
            value = next(args, None)
            if value is None:
                raise UsageError(tr("--store needs a value: a database file or postgresql://user@host/database"))
        elif arg.startswith("--store="):
            value = arg.split("=", 1)[1]
        elif arg == "--accept-self-signed-certificate":
            accept = True
        else:
            rest.append(arg)
    return value, accept, rest


def route(command: str, argv: list[str], env: Mapping[str, str] = os.environ) -> tuple[PostgresLocation | None, list[str]]:
    """The team server a command must run on (None: the SQLite database) and its other arguments."""
    value, accept, rest = _store_option(argv)
    if value is None and (not env.get(ENV_VAR) or command in STORELESS):
        return None, argv
    try:
        where = resolve_store(value, env, default=paths.db_path(None), accept_self_signed=accept)
    except StoreUrlError as exc:
        raise UsageError(said(exc)) from None
    if isinstance(where, SqliteLocation):
        return None, [*rest, "--data-dir", str(_sqlite_folder(where.path))]
    return where, rest


def _sqlite_folder(path: Path) -> Path:
    if path.is_dir():
        return path
    if path.name != paths.DB_NAME:
        raise UsageError(tr("{path}: a local store is the folder holding {name}; give that folder with --data-dir.")
                         .format(path=path, name=paths.DB_NAME))
    return path.parent


def _who() -> str:
    """The team member name replies and changes are signed with (the login name by default)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (a container): still a name, never empty
        return "unknown"


def _origin() -> str:
    return f"{_who()}@{socket.gethostname()}:{os.getpid()}"


def _open(where: PostgresLocation, data_dir: str | None) -> PgStore:
    from workstation.store.factory import open_team_store
    from workstation.store.postgres.errors import TeamServerUnreachable

    try:
        return open_team_store(where, data_dir=paths.data_dir(data_dir) if data_dir else None)
    except TeamServerUnreachable as exc:
        raise UsageError(tr("{problem} To work from it, run the same command without --store (and without {var}).")
                         .format(problem=exc, var=ENV_VAR)) from None


def _parser(prog: str, description: str) -> UsageParser:
    parser = UsageParser(prog=prog, description=description)
    parser.add_argument("--data-dir", help=tr("folder of the secrets file (when the system has no keychain)"))
    return parser


def _import(where: PostgresLocation, argv: list[str]) -> int:
    from workstation.cli import _local_tz, report_import
    from workstation.ops import team

    parser = _parser("workstation import", tr("Import review files into the team server."))
    parser.add_argument("files", nargs="+", type=Path, help=tr("the review files"))
    parser.add_argument("--location", help=tr("location for rows that do not name one"))
    parser.add_argument("--platform", help=tr("platform for rows that do not name one (e.g. yelp)"))
    parser.add_argument("--tz", help=tr("time zone of dates without one (default: this computer's)"))
    args = parser.parse_args(argv)
    tz = _local_tz(args.tz)
    with _open(where, args.data_dir) as store:
        outcome = team.import_files(store, args.files, origin=_origin(), tz=tz, platform=args.platform,
                                    location=args.location)
    return report_import(outcome)


def _sync(where: PostgresLocation, argv: list[str]) -> int:
    from workstation.ops import team

    parser = _parser("workstation sync", tr("Fetch new and changed reviews into the team server."))
    parser.add_argument("--source", type=record_id, help=tr("only this source id"))
    parser.add_argument("--all", action="store_true", help=tr("every source with an API (default)"))
    parser.add_argument("--full", action="store_true",
                        help=tr("list everything again (finds reviews deleted on the platform)"))
    parser.add_argument("--now", help=argparse.SUPPRESS)  # pins the clock (tests, reproducible runs)
    args = parser.parse_args(argv)
    pinned = pinned_clock(args.now)
    from workstation.store.postgres.sources import sources_by_id
    from workstation.sync.cli import progress_printer, sync_line

    with _open(where, args.data_dir) as store:
        progress = progress_printer({i: s.name for i, s in sources_by_id(store, None).items() if s is not None})
        outcome = asyncio.run(team.sync_sources(store, origin=_origin(), full=args.full, progress=progress,
                                                source_ids=[args.source] if args.source else None,
                                                now=(lambda: pinned) if pinned else utcnow))
    if not outcome.results:
        print(tr("no sources to sync on the team server"))
    for result in outcome.results:
        print(sync_line(result))
    return EXIT_OK if outcome.ok else EXIT_PARTIAL


def _review(where: PostgresLocation, argv: list[str]) -> int:
    from workstation.ops import team
    from workstation.sync.cli import add_review_list_options, print_found

    if argv and argv[0] == "who":
        return _who_answers(where, argv[1:])
    if not argv or argv[0] != "list":
        raise UsageError(tr("usage: workstation review list [--search WORDS] [--needs-reply] [--level L] [--json]"
                            " | review who --review N"))
    parser = _parser("workstation review list", tr("List the team server's reviews."))
    add_review_list_options(parser)
    args = parser.parse_args(argv[1:])
    with _open(where, args.data_dir) as store:
        found = team.find_reviews(store, search_text=args.search, levels=args.level, needs_reply=args.needs_reply,
                                  source_id=args.source, limit=args.limit)
    return print_found(found, as_json=args.json)


def _since_text(moment: datetime, now: datetime) -> str:
    """"10:42" today, "2026-11-30 10:42" another day, in this computer's time zone."""
    local = moment.astimezone()
    same_day = local.date() == now.astimezone().date()
    return local.strftime("%H:%M" if same_day else "%Y-%m-%d %H:%M")


def _answering_lines(found: list[Presence], now: datetime) -> list[str]:
    return [tr("{member} is answering this review since {since}").format(member=p.member,
                                                                          since=_since_text(p.since, now))
            for p in found]


def _who_answers(where: PostgresLocation, argv: list[str]) -> int:
    """`review who --review N`: who is answering the review right now (presence)."""
    from workstation.ops.team_presence import who_is_answering

    parser = _parser("workstation review who", tr("Show who is answering a review right now."))
    parser.add_argument("--review", type=record_id, required=True, help=tr("review id as `review list` shows it"))
    args = parser.parse_args(argv)
    now = utcnow()
    with _open(where, args.data_dir) as store:
        found = who_is_answering(store, args.review, now=now)
    if not found:
        print(tr("nobody is answering review {review}").format(review=args.review))
    for line in _answering_lines(found, now):
        print(line)
    return EXIT_OK


def _warn_if_answered(store: PgStore, review_id: int, member: str) -> None:
    """`reply draft`: say when someone else is writing this review's reply (never blocks)."""
    from workstation.ops.team_presence import who_is_answering

    now = utcnow()
    for line in _answering_lines(who_is_answering(store, review_id, now=now, exclude_member=member), now):
        print(tr("warning: {who}; agree with them before you both write a reply.").format(who=line),
              file=sys.stderr)


def _reply(where: PostgresLocation, argv: list[str]) -> int:
    from workstation.ops import team_answers
    from workstation.store.outbox import OutboxError
    from workstation.store.postgres.approval import SendKind
    from workstation.sync.cli import _read_text

    if argv and argv[0] == "draft":
        return _draft(where, argv[1:])
    if argv and argv[0] in ("approve", "reject"):
        return _decide(where, argv[0], argv[1:])
    if argv and argv[0] in ("withdraw", "mark-replied", "delete"):
        return _answered(where, argv[0], argv[1:])
    if argv and argv[0] in ("auto-rule", "auto-run"):
        from workstation import team_auto_cli

        if argv[0] == "auto-rule":
            return team_auto_cli.run_rule(where, argv[1:], data_dir=_data_dir_of(argv), author=_who(),
                                          origin=_origin())
        return team_auto_cli.run_now(where, argv[1:], author=_who(), origin=_origin())
    if not argv or argv[0] != "queue":
        return _unsupported(f"reply {argv[0] if argv else ''}".strip())
    parser = _parser("workstation reply queue", tr("Queue a reply in the team's shared outbox (an approver's "
                                                   "queue of a colleague's waiting reply, unchanged, approves it)."))
    parser.add_argument("--review", type=record_id, required=True, help=tr("review id as `review list` shows it"))
    text_group = parser.add_mutually_exclusive_group(required=True)
    text_group.add_argument("--text", help=tr("the reply's text"))
    text_group.add_argument("--file", type=Path, help=tr("a UTF-8 text file holding the reply"))
    parser.add_argument("--as", dest="author", default=None, help=tr("your name in the team (default: login name)"))
    args = parser.parse_args(argv[1:])
    text = args.text if args.text is not None else _read_text(args.file)
    if not text.strip():
        raise UsageError(tr("the reply text is empty"))
    author = args.author or _who()
    with _open(where, args.data_dir) as store:
        try:
            sent, _changes = team_answers.send_reply(store, args.review, text, author=author, origin=_origin())
        except OutboxError as exc:
            raise UsageError(said(exc)) from None
    if sent.kind is SendKind.WAITING:
        print(tr("the reply to review {review} waits for an approver (its location asks for approval): {message}")
              .format(review=args.review, message=sent.message))
    elif sent.queued is not None and sent.kind is SendKind.APPROVED:
        print(tr("approved: reply {reply} to review {review} is queued ({action})")
              .format(reply=sent.queued.reply_id, review=args.review, action=sent.queued.action))
    elif sent.queued is not None:
        print(tr("queued reply {reply} for review {review} ({action})")
              .format(reply=sent.queued.reply_id, review=args.review, action=sent.queued.action))
    return EXIT_OK


_ANSWERED_HELP = {  # translated where the parser is built
    "withdraw": N_("Take back the review's queued reply (or queued deletion) before a sender posts it."),
    "mark-replied": N_("Record a reply you posted on the platform yourself (the review is answered for the team)."),
    "delete": N_("Delete the review's reply on the platform (queued in the team's outbox; the review then "
                 "needs a reply again)."),
}


def _answered(where: PostgresLocation, verb: str, argv: list[str]) -> int:
    """`reply withdraw --review N` (take back a queued reply or deletion no sender has yet) / `reply
    mark-replied --review N --text T|--file F` (posted on the platform by hand) / `reply delete
    --review N` (delete the reply on the platform: queued in the shared outbox)."""
    from workstation.ops import team_answers
    from workstation.store.outbox import OutboxError
    from workstation.sync.cli import _read_text

    parser = _parser(f"workstation reply {verb}", tr(_ANSWERED_HELP[verb]))
    parser.add_argument("--review", type=record_id, required=True, help=tr("review id as `review list` shows it"))
    if verb == "mark-replied":
        text_group = parser.add_mutually_exclusive_group(required=True)
        text_group.add_argument("--text", help=tr("the reply's text"))
        text_group.add_argument("--file", type=Path, help=tr("a UTF-8 text file holding the reply"))
    parser.add_argument("--as", dest="author", default=None, help=tr("your name in the team (default: login name)"))
    args = parser.parse_args(argv)
    author = args.author or _who()
    with _open(where, args.data_dir) as store:
        try:
            if verb == "withdraw":
                taken, _ = team_answers.withdraw_reply(store, args.review, by=author, origin=_origin())
                if taken is None:
                    print(tr("review {review} had no queued reply any more").format(review=args.review))
                elif taken.action == "delete":
                    print(tr("the deletion of reply {reply} to review {review} was taken back: "
                             "the reply stays on the platform").format(reply=taken.reply_id, review=args.review))
                else:
                    print(tr("reply {reply} to review {review} taken back: it is the review's draft again")
                          .format(reply=taken.reply_id, review=args.review))
            elif verb == "delete":
                queued, _ = team_answers.delete_reply(store, args.review, by=author, origin=_origin())
                print(tr("the deletion of reply {reply} to review {review} is queued in the team's outbox; once a "
                         "sender has posted it (outbox send), the review needs a reply again")
                      .format(reply=queued.reply_id, review=args.review))
            else:
                text = args.text if args.text is not None else _read_text(args.file)
                if not text.strip():
                    raise UsageError(tr("the reply text is empty"))
                reply_id, _ = team_answers.mark_replied_by_hand(store, args.review, text, author=author,
                                                                origin=_origin())
                print(tr("review {review} is marked as replied by hand (reply {reply}); "
                         "no one in the team will queue another reply to it").format(review=args.review,
                                                                                      reply=reply_id))
        except OutboxError as exc:
            print(tr("error: {message}").format(message=said(exc)), file=sys.stderr)
            return EXIT_PARTIAL
    return EXIT_OK


def _decide(where: PostgresLocation, verb: str, argv: list[str]) -> int:
    """`reply approve|reject --review N [--note TEXT] [--as NAME]`: an approver's decision."""
    from workstation.ops import team
    from workstation.store.outbox import OutboxError

    parser = _parser(f"workstation reply {verb}",
                     tr("Queue a reply waiting for approval.") if verb == "approve"
                     else tr("Send a reply waiting for approval back to its author."))
    parser.add_argument("--review", type=record_id, required=True, help=tr("review id as `review list` shows it"))
    parser.add_argument("--note", default="", help=tr("why it goes back (reject)"))
    parser.add_argument("--as", dest="author", default=None, help=tr("your name in the team (default: login name)"))
    args = parser.parse_args(argv)
    approver = args.author or _who()
    with _open(where, args.data_dir) as store:
        try:
            if verb == "approve":
                queued, _ = team.approve_reply(store, args.review, approver=approver, origin=_origin())
                print(tr("approved: reply {reply} to review {review} is queued ({action})")
                      .format(reply=queued.reply_id, review=args.review, action=queued.action))
            else:
                back, _ = team.reject_reply(store, args.review, approver=approver, note=args.note, origin=_origin())
                print(tr("sent back to {author}: the reply to review {review} is a draft again")
                      .format(author=back.author or tr("its author"), review=args.review))
        except OutboxError as exc:
            print(tr("error: {message}").format(message=said(exc)), file=sys.stderr)
            return EXIT_PARTIAL
    return EXIT_OK


def _draft(where: PostgresLocation, argv: list[str]) -> int:
    """`reply draft --review N [--text T | --file F | --discard] [--base-version V]`: show or save
    the review's shared draft. A save names the version it was written from; a newer one saved
    by someone else meanwhile is reported, never overwritten."""
    from workstation.ops import team
    from workstation.store.postgres.drafts import DraftConflict, NoSuchReview
    from workstation.sync.cli import _read_text

    parser = _parser("workstation reply draft", tr("Show or save a review's shared reply draft on the team server."))
    parser.add_argument("--review", type=record_id, required=True, help=tr("review id as `review list` shows it"))
    text_group = parser.add_mutually_exclusive_group()
    text_group.add_argument("--text", help=tr("the draft's text"))
    text_group.add_argument("--file", type=Path, help=tr("a UTF-8 text file holding the draft"))
    text_group.add_argument("--discard", action="store_true", help=tr("delete the draft"))
    parser.add_argument("--base-version", type=int, default=None,
                        help=tr("the draft version your text starts from (none: there was no draft)"))
    parser.add_argument("--as", dest="author", default=None, help=tr("your name in the team (default: login name)"))
    args = parser.parse_args(argv)
    with _open(where, args.data_dir) as store:
        _warn_if_answered(store, args.review, args.author or _who())
        if args.text is None and args.file is None and not args.discard:
            draft = team.current_draft(store, args.review)
            if draft is None:
                print(tr("review {review} has no draft").format(review=args.review))
            else:
                print(tr("draft version {version} by {author} ({when}):").format(
                    version=draft.version, author=draft.author or "-", when=draft.updated_at))
                print(draft.text)
            return EXIT_OK
        text = "" if args.discard else args.text if args.text is not None else _read_text(args.file)
        if not args.discard and not text.strip():
            raise UsageError(tr("the draft text is empty (use --discard to delete the draft)"))
        try:
            saved, _changes = team.save_draft(store, args.review, text, author=args.author or _who(),
                                              base_version=args.base_version, origin=_origin())
        except (DraftConflict, NoSuchReview) as exc:
            print(tr("error: {message}").format(message=said(exc)), file=sys.stderr)
            return EXIT_PARTIAL
    print(tr("draft of review {review} discarded").format(review=args.review) if saved is None
          else tr("saved draft version {version} of review {review}").format(version=saved.version,
                                                                              review=args.review))
    return EXIT_OK


def _outbox(where: PostgresLocation, argv: list[str]) -> int:
    from workstation.ops import team

    if not argv or argv[0] != "send":
        raise UsageError(tr("usage: workstation outbox send"))
    parser = _parser("workstation outbox send", tr("Send the team's queued replies (any number of senders at once)."))
    parser.add_argument("--retry-failed", action="store_true",
                        help=tr("put replies the platform refused back in the queue first (checked on the platform "
                                "before they are sent again)"))
    parser.add_argument("--as", dest="author", default=None, help=tr("your name in the team (default: login name)"))
    parser.add_argument("--now", help=argparse.SUPPRESS)  # pins the clock (tests, reproducible runs)
    args = parser.parse_args(argv[1:])
    pinned = pinned_clock(args.now)
    left: tuple[tuple[int, str], ...] = ()
    left_why: tuple[Refusal, ...] = ()  # the same reasons as data, one per `left` (said in the command's language)
    with _open(where, args.data_dir) as store:
        if args.retry_failed:
            from workstation.ops.team_answers import retry_failed

            retried, _ = retry_failed(store, by=args.author or _who(), origin=_origin(), now=pinned)
            left, left_why = retried.left, retried.refusals
            # The English says "(ies)" for any number (as before); the French agrees with it.
            print(ntr("{n} failed reply(ies) queued again", "{n} failed reply(ies) queued again",
                      len(retried.requeued)).format(n=len(retried.requeued)))
        result = asyncio.run(team.send_outbox(store, sender=_origin(), origin=_origin(),
                                              now=(lambda: pinned) if pinned else utcnow)).result
    if result.error is not None:
        raise result.error
    from workstation.sync.cli import problem_lines, send_line

    print(send_line(result))
    for line in problem_lines(result):
        print(line)
    for i, (review_id, why) in enumerate(left):
        said_why = said_refusal(left_why[i] if i < len(left_why) else None, why)
        print(tr("review {review}: {why}").format(review=review_id, why=said_why))
    return EXIT_PARTIAL if result.failed or result.problems or left else EXIT_OK


def _team(where: PostgresLocation, argv: list[str]) -> int:
    """`team mirror` (this computer's copy) / `team member …` / `team approval …` (team_admin_cli.py)."""
    if argv and argv[0] == "mirror":
        return _mirror(where, argv[1:])
    from workstation.team_admin_cli import run_team

    return run_team(where, argv, open_store=_open, who=_who, origin=_origin())


def _mirror(where: PostgresLocation, argv: list[str]) -> int:
    """`team mirror`: bring this computer's copy of the team server up to date (push, then pull)."""
    from workstation.ops.team_mirror import LinkState, TeamLink, open_local_copy, waiting_count

    parser = _parser("workstation team mirror",
                     tr("Send this computer's replies and drafts to the team server and copy the server's changes."))
    parser.add_argument("--as", dest="author", default=None, help=tr("your name in the team (default: login name)"))
    args = parser.parse_args(argv)
    data_dir = paths.data_dir(args.data_dir)
    author = args.author or _who()
    with open_local_copy(data_dir, where) as cache, \
            TeamLink(where, author=author, origin=_origin(), data_dir=data_dir) as link:
        outcome = link.mirror_once(cache)
        waiting = waiting_count(cache)
    if outcome.state is not LinkState.UP_TO_DATE:
        print(tr("error: {message}").format(message=outcome.message), file=sys.stderr)
        if waiting:
            print(ntr("{n} review(s) with replies, drafts or triage changes wait in this computer's copy; they go "
                      "to the team server at the next `workstation team mirror` that reaches it.",
                      "{n} review(s) with replies, drafts or triage changes wait in this computer's copy; they go "
                      "to the team server at the next `workstation team mirror` that reaches it.", waiting)
                  .format(n=waiting), file=sys.stderr)
        return EXIT_USAGE
    print(outcome.summary())
    return EXIT_OK if outcome.ok else EXIT_PARTIAL


def _data_dir_of(argv: list[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg == "--data-dir" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--data-dir="):
            return arg.split("=", 1)[1]
    return None


def _on_local_copy(run_command: Callable[[list[str]], int]) -> TeamCommand:
    """`metrics` / `report` on a team server: on this computer's copy, brought up to date first
    (or, with the server away, as of its last update — said in one line on stderr)."""
    def run(where: PostgresLocation, argv: list[str]) -> int:
        from workstation.ops.team_mirror import copy_for_figures

        copy = copy_for_figures(paths.data_dir(_data_dir_of(argv)), where, author=_who(), origin=_origin())
        if copy.fresh:
            print(tr("Figures from this computer's copy of the team server, brought up to date just now."),
                  file=sys.stderr)
        elif copy.as_of is None:
            raise UsageError(tr("{problem} This computer has no copy of the team server yet, so there are no "
                                "figures to show: try again when the server answers.").format(problem=copy.message))
        else:
            as_of = copy.as_of.astimezone().strftime("%Y-%m-%d %H:%M %Z").strip()
            print(tr("{problem}. These figures are from this computer's copy of the team server as of {when}.")
                  .format(problem=copy.message.rstrip("."), when=as_of), file=sys.stderr)
        return run_command([*argv, "--database", str(copy.path)])

    return run


def _metrics(argv: list[str]) -> int:
    from workstation.metrics.cli import run_metrics

    return run_metrics(argv)


def _report(argv: list[str], draw_pdf: PdfDrawer | None = None) -> int:
    from workstation.metrics.cli import run_report

    return run_report(argv, draw_pdf=draw_pdf)


def _source(where: PostgresLocation, argv: list[str]) -> int:
    """`source add|list|credentials`: the team's sources (team_source_cli.py)."""
    from workstation.team_source_cli import run_source

    return run_source(where, argv, open_store=_open)


TEAM_COMMANDS: dict[str, TeamCommand] = {
    "import": _import, "source": _source, "sync": _sync, "review": _review, "reply": _reply, "outbox": _outbox,
    "team": _team, "metrics": _on_local_copy(_metrics), "report": _on_local_copy(_report),
}


def _unsupported(command: str) -> int:
    print(tr("error: `workstation {command}` does not work on a team server yet; run it without --store "
             "(and without {var}) to use this computer's database.").format(command=command, var=ENV_VAR),
          file=sys.stderr)
    return EXIT_USAGE


def run(command: str, where: PostgresLocation, argv: list[str], *, draw_pdf: PdfDrawer | None = None) -> int:
    """Run one command on the team server; errors are plain lines (the caller's boundary).
    `draw_pdf` draws `report --format pdf` (see `cli.main`)."""
    commands: dict[str, TeamCommand] = {**TEAM_COMMANDS, "report": _on_local_copy(partial(_report, draw_pdf=draw_pdf))}
    if command not in commands:
        return _unsupported(command)
    if "--demo" in argv:
        raise UsageError(tr("--demo works on this computer's demo database, not on a team server."))
    try:
        return commands[command](where, argv)
    except argparse.ArgumentError as exc:  # pragma: no cover - UsageParser raises UsageError
        raise UsageError(said(exc)) from None
