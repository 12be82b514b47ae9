"""Headless subcommands for sources, sync, reviews, replies and the outbox (no Qt).

    workstation source add --platform P --name N [--base-url URL] [--credentials FILE]
                           [--setting KEY=VALUE …] [--secret-store auto|keychain|file]
    workstation source list
    workstation source test (--source ID | --platform P [--credentials FILE] [--setting KEY=VALUE …])
                            [--lang en|fr]
    workstation sync [--source ID | --all]   (then queues the automatic replies that are due)
    workstation review list [--source ID] [--needs-reply] [--search WORDS] [--level L] [--json]
    workstation reply queue --review ID (--text T | --file F)
    workstation reply delete --review ID / reply withdraw --review ID   (take back a queued reply or deletion)
    workstation outbox send [--source ID] [--retry-failed]

Every command takes `--data-dir` (or `--demo`: the demo database), prints its result (a summary line, one line per
problem) and exits 0 on success, 1 when a source or a reply failed, 2 on bad usage or
unreadable configuration — in which case nothing is written (`source add` also refuses,
with the connector's words, a source that could never sync). `COMMANDS` maps each
top-level word to a function taking the argument list and returning the exit code.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from workstation import paths
from workstation.analysis.model import LEVELS
from workstation.cli_language import current_language, ntr, speaking, tr
from workstation.command_line import (
    EXIT_OK,
    EXIT_PARTIAL,
    EXIT_USAGE,
    UsageError,
    UsageParser,
    cannot_read,
    pinned_clock,
    record_id,
    report_usage_errors,
    said,
    said_parts,
    said_refusal,
)
from workstation.command_store import add_database_options, open_store
from workstation.store.db import Store

if TYPE_CHECKING:
    from workstation.ops.reviews import FoundReview
    from workstation.sync.outbox_sender import SendResult
    from workstation.sync.source_sync import SyncResult

SOURCE_PLATFORMS = ("google_business", "google_play", "app_store", "trustpilot", "manual", "demo")




def _setup_logging() -> None:
    # Warnings by default; WORKSTATION_LOG_LEVEL=DEBUG shows the request trail (never secrets).
    if not logging.getLogger().handlers:
        level = os.environ.get("WORKSTATION_LOG_LEVEL", "WARNING").upper()
        logging.basicConfig(level=getattr(logging, level, logging.WARNING), stream=sys.stderr,
                            format="%(levelname)s %(name)s: %(message)s")


def _run(body: Callable[[], int]) -> int:
    _setup_logging()
    try:
        return report_usage_errors(body)
    except SystemExit as exc:  # argparse's --help: return its code instead of exiting
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE


def _open(args: argparse.Namespace, *, must_exist: bool = False) -> Store:
    return open_store(args.data_dir, demo=args.demo, must_exist=must_exist)


def _source_id(store: Store, value: int | None, *, need_connector: bool = False) -> int | None:
    from workstation.store.sync_state import get_source
    from workstation.sync.source_sync import syncable

    if value is None:
        return None
    source = get_source(store, value)
    if source is None:
        raise UsageError(tr("source {id} does not exist (see `workstation source list`)").format(id=value))
    if need_connector and not syncable(source):
        raise UsageError(tr("source {id} ({platform}) has no API to sync; import its files instead")
                         .format(id=value, platform=source.platform))
    return value


# -- source ------------------------------------------------------------------------

def _parse_settings(pairs: list[str]) -> dict[str, str]:
    settings: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise UsageError(tr("--setting expects KEY=VALUE, got {pair!r}").format(pair=pair))
        settings[key.strip()] = value.strip()
    return settings


def add_account_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--base-url", help=tr("API host override (http or https)"))
    parser.add_argument("--credentials", type=Path, help=tr("the platform's credentials file"))
    parser.add_argument("--setting", action="append", default=[], metavar="KEY=VALUE",
                        help=tr("connector setting, e.g. package_name=com.example.app"))


def account_from_args(args: argparse.Namespace) -> tuple[str, str | None, dict[str, str] | None, dict[str, str]]:
    """(platform, base URL, secrets, settings) as `source add` and `source test` read them."""
    from workstation.sources.base import ConfigError, CredentialsError
    from workstation.sources.credentials import parse_credentials_file
    from workstation.sources.endpoints import check_base_url

    platform = args.platform.strip().lower()
    if platform not in SOURCE_PLATFORMS:
        raise UsageError(tr("unknown platform {platform!r}; choose one of {choices}")
                         .format(platform=args.platform, choices=", ".join(SOURCE_PLATFORMS)))
    try:
        base_url = check_base_url(args.base_url) if args.base_url else None
    except ConfigError as exc:
        raise UsageError(said(exc)) from None
    secrets: dict[str, str] | None = None
    if args.credentials is not None:
        if platform == "manual":
            raise UsageError(tr("manual sources take no credentials"))
        try:
            secrets = parse_credentials_file(platform, args.credentials)
        except CredentialsError as exc:
            raise UsageError(said(exc)) from None
    return platform, base_url, secrets, _parse_settings(args.setting)


@dataclass(frozen=True)
class NewSource:
    """A source as `source add` reads it, checked for use (local database or team server)."""

    platform: str
    name: str
    base_url: str | None
    secrets: dict[str, str] | None
    settings: dict[str, str]
    interval: int | None


def add_new_source_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--platform", required=True, help="|".join(SOURCE_PLATFORMS))
    parser.add_argument("--name", required=True, help=tr("the source's name in the app"))
    add_account_options(parser)
    parser.add_argument("--interval", type=int, help=tr("sync every N minutes (the app's scheduler)"))


def new_source_from_args(args: argparse.Namespace) -> NewSource:
    """The source `add_new_source_options` read; an App Store key given no app ids lists its apps
    (one API call, said on stderr). Raises UsageError with one plain line."""
    from workstation.sources.base import ConfigError
    from workstation.sync.source_setup import discover_app_store_ids

    name = args.name.strip()
    if not name:
        raise UsageError(tr("--name must not be empty"))
    if args.interval is not None and args.interval < 0:
        raise UsageError(tr("--interval must be a number of minutes ≥ 0"))
    platform, base_url, secrets, settings = account_from_args(args)
    if platform == "app_store":
        try:
            settings, found = asyncio.run(discover_app_store_ids(settings, secrets, base_url=base_url))
        except ConfigError as exc:
            raise UsageError(said(exc)) from None
        if found:
            print(ntr("found {count} app on this key: {ids}", "found {count} apps on this key: {ids}", len(found))
                  .format(count=len(found), ids=", ".join(found)), file=sys.stderr)
    return NewSource(platform, name, base_url, secrets, settings, args.interval)


def _source_add(argv: list[str]) -> int:
    parser = UsageParser(prog="workstation source add", description=tr("Add a review source."))
    add_new_source_options(parser)
    parser.add_argument("--secret-store", choices=("auto", "keychain", "file"), default="auto",
                        help=tr("where the secret goes: the system keychain, or a file only you can read "
                                "in the data folder (auto: the keychain, the file where there is none)"))
    add_database_options(parser)
    args = parser.parse_args(argv)
    from workstation.sources.base import ConfigError, CredentialsError
    from workstation.store.errors import StoreError
    from workstation.sync.source_setup import add_checked_source

    new = new_source_from_args(args)
    with _open(args) as store:
        try:
            added = add_checked_source(
                store, platform=new.platform, name=new.name, settings=new.settings, secrets=new.secrets,
                base_url=new.base_url, sync_interval_min=new.interval, secret_store=args.secret_store,
                data_dir=paths.data_dir(args.data_dir),
            )
        except (ConfigError, CredentialsError, StoreError) as exc:
            raise UsageError(said(exc)) from None
    print(added.id)
    if added.secret_where:
        # stderr: stdout stays the bare id that scripts read.
        print(tr("secret saved in {where}").format(where=added.secret_where), file=sys.stderr)
    return EXIT_OK


def _source_list(argv: list[str]) -> int:
    parser = UsageParser(prog="workstation source list", description=tr("List review sources."))
    add_database_options(parser)
    args = parser.parse_args(argv)
    from workstation.store.sync_state import all_sources

    with _open(args) as store:
        sources = all_sources(store)
    print(ntr("{n} source", "{n} sources", len(sources)).format(n=len(sources)))
    for s in sources:
        status = s.status + (f" ({s.status_message})" if s.status_message and s.status != "ok" else "")
        synced = s.last_synced_at or tr("never synced")
        print(f"{s.id}\t{s.platform}\t{s.name}\t{synced}\t{status}")
    return EXIT_OK


def _source_test(argv: list[str]) -> int:
    parser = UsageParser(prog="workstation source test",
                         description=tr("Test a connection and say what the platform shows: a saved source "
                                        "(--source), or an account before adding it (--platform …)."))
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--source", type=record_id, help=tr("source id as `source list` shows it"))
    which.add_argument("--platform", help=tr("{platforms} (with --credentials, --setting)")
                       .format(platforms="|".join(SOURCE_PLATFORMS)))
    add_account_options(parser)
    parser.add_argument("--lang", choices=("en", "fr"), default=current_language(),
                        help=tr("language of the message (default: the command line's)"))
    add_database_options(parser)
    args = parser.parse_args(argv)
    from workstation.ops.accounts import check_new_source, check_saved_source

    if args.platform is not None:
        from workstation.sources.registry import has_connector

        platform, base_url, secrets, settings = account_from_args(args)
        if not has_connector(platform):
            raise UsageError(tr("{platform} sources have no connection to test; import their files instead")
                             .format(platform=platform))
        verdict = asyncio.run(check_new_source(platform, settings, secrets, base_url=base_url))
    else:
        if args.credentials or args.setting or args.base_url:
            raise UsageError(tr("--credentials, --setting and --base-url go with --platform, not --source"))
        with _open(args, must_exist=True) as store:
            source_id = _source_id(store, args.source, need_connector=True)
            assert source_id is not None
            verdict = asyncio.run(check_saved_source(store, source_id))
    # The same words as the window's "Test connection"; failures go to stderr with exit 1.
    print(verdict.message(args.lang), file=sys.stdout if verdict.ok else sys.stderr)
    return EXIT_OK if verdict.ok else EXIT_PARTIAL


def cmd_source(argv: list[str]) -> int:
    """`source add …` / `source list …` / `source test …`."""
    subs = {"add": _source_add, "list": _source_list, "test": _source_test}
    return _run(lambda: _dispatch("workstation source", subs, argv))


def _dispatch(prog: str, subs: Mapping[str, Callable[[list[str]], int]], argv: list[str]) -> int:
    if argv[:1] in (["-h"], ["--help"]):
        print(tr("usage: {prog} {{{subcommands}}} … (add --help after one for its options)")
              .format(prog=prog, subcommands=",".join(subs)))
        return EXIT_OK
    if not argv or argv[0] not in subs:
        got = f" {argv[0]!r}" if argv else ""
        raise UsageError(tr("{prog}: unknown or missing subcommand{got}; expected one of {choices}")
                         .format(prog=prog, got=got, choices=", ".join(subs)))
    return subs[argv[0]](argv[1:])


# -- sync --------------------------------------------------------------------------

def progress_printer(names: Mapping[int, str]) -> Callable[[int, int, int], None]:
    """`progress(source_id, pages, reviews)` for a long sync: one line on stderr per stored batch
    of pages (stdout keeps the result lines scripts read), as the window's status says it."""
    def show(source_id: int, pages: int, reviews: int) -> None:
        name = names.get(source_id) or tr("source {id}").format(id=source_id)
        print(tr("syncing {name}: {pages} page(s), {reviews} review(s) so far")
              .format(name=name, pages=pages, reviews=reviews), file=sys.stderr, flush=True)

    return show


def sync_line(result: SyncResult) -> str:
    """`SyncResult.summary` in the command's language: `source 3: new 2, updated 1, removed 0,
    replies 1`, `source 3: offline`, or the sync's own sentence when it failed."""
    where = tr("source {id}").format(id=result.source_id)
    if result.offline:
        return tr("{source}: offline").format(source=where)
    if result.error is not None:
        return tr("{source}: {error}").format(source=where, error=said_refusal(result.error_refusal, result.error))
    line = tr("{source}: new {new}, updated {updated}, removed {removed}, replies {replies}").format(
        source=where, new=result.new, updated=result.updated, removed=result.removed, replies=result.replies)
    if result.skipped:
        line += tr(" ({n} unreadable skipped)").format(n=result.skipped)
    return line


def send_line(result: SendResult) -> str:
    """`SendResult.summary` in the command's language."""
    return tr("sent {sent}, failed {failed}, pending {pending}").format(
        sent=result.sent, failed=result.failed, pending=result.pending)


def problem_lines(result: SendResult) -> list[str]:
    """A send's problem lines in the command's language (`review 7: …`, `source 3: …`: the
    numbers `review list` and `source list` show), times as this computer's clock reads; a
    line without parts in its English."""
    from workstation.sync.outbox_sender import local_time

    return [said_parts(result.problem_parts.get(i, ()), line, local_time) for i, line in enumerate(result.problems)]


def cmd_sync(argv: list[str]) -> int:
    """`sync [--source ID | --all]`: one line per source, then one for the automatic replies.

    A scheduled headless sync is how many owners run the app: the automatic replies that are
    due are queued here as on the window's sync cycle (same op; `outbox send` posts them)."""

    def body() -> int:
        parser = UsageParser(prog="workstation sync", description=tr("Fetch new and changed reviews, then "
                                                                     "queue the automatic replies that are due."))
        which = parser.add_mutually_exclusive_group()
        which.add_argument("--source", type=record_id, help=tr("only this source id"))
        which.add_argument("--all", action="store_true", help=tr("every source with an API (default)"))
        parser.add_argument("--full", action="store_true",
                            help=tr("list everything again (finds reviews deleted on the platform)"))
        parser.add_argument("--now", help=argparse.SUPPRESS)  # pins the clock (tests, reproducible runs)
        add_database_options(parser)
        args = parser.parse_args(argv)
        pinned = pinned_clock(args.now)
        from workstation.domain import utcnow
        from workstation.ops.auto_replies import has_live_rules, run_auto_replies
        from workstation.ops.sync import sync_sources
        from workstation.store.sync_state import all_sources

        with _open(args) as store:
            source_id = _source_id(store, args.source, need_connector=True)
            progress = progress_printer({s.id: s.name for s in all_sources(store)})
            # New reviews come out triaged (urgency, reasons, deadlines), as in the window.
            outcome = asyncio.run(sync_sources(
                store, source_ids=[source_id] if source_id is not None else None, full=args.full,
                now=(lambda: pinned) if pinned else utcnow, progress=progress))
            # After the sync, so the reviews it just fetched and triaged are answered too.
            auto = run_auto_replies(store, now=pinned or utcnow()) if has_live_rules(store) else None
        results = outcome.results
        if not results:
            print(tr("no sources to sync (add one with `workstation source add`)"))
        for result in results:
            print(sync_line(result))
        if auto is not None:
            print(tr("automatic replies: queued {queued}, waiting {waiting}, left to a person {person}").format(
                queued=auto.count("queued"), waiting=auto.count("waiting"),
                person=auto.count("person") + auto.count("taken")))
        return EXIT_PARTIAL if any(not r.ok for r in results) else EXIT_OK

    return _run(body)


# -- review ------------------------------------------------------------------------

def add_review_list_options(parser: argparse.ArgumentParser) -> None:
    """The filters of `review list`, the same on this computer's store and on a team server."""
    parser.add_argument("--source", type=record_id, help=tr("only this source id"))
    parser.add_argument("--needs-reply", action="store_true", help=tr("the inbox's \"needs a reply\" view"))
    parser.add_argument("--search", default="",
                        help=tr("words to find (accents and case ignored, as in the window)"))
    parser.add_argument("--level", action="append", default=[], choices=LEVELS,
                        help=tr("urgency level; repeat for several"))
    parser.add_argument("--limit", type=int, help=tr("at most this many (newest first)"))
    parser.add_argument("--json", action="store_true", help=tr("a JSON array, one object per review"))


def _review_list(argv: list[str]) -> int:
    parser = UsageParser(prog="workstation review list", description=tr("List reviews for scripts."))
    add_review_list_options(parser)
    add_database_options(parser)
    args = parser.parse_args(argv)
    from workstation.ops.reviews import find_reviews

    with _open(args, must_exist=True) as store:
        source_id = _source_id(store, args.source)
        found = find_reviews(store, search=args.search, levels=args.level, needs_reply=args.needs_reply,
                             source_id=source_id, limit=args.limit)
    return print_found(found, as_json=args.json)


def print_found(found: Sequence[FoundReview], *, as_json: bool) -> int:
    """`review list`'s output, the same whichever store the reviews came from."""
    if as_json:
        print(json.dumps([f.to_json() for f in found], ensure_ascii=False, indent=1))
        return EXIT_OK
    print(ntr("{n} review", "{n} reviews", len(found)).format(n=len(found)))
    for f in found:
        r = f.row
        stars = f"{r.stars}★" if r.stars else "-"
        removed = "\t" + tr("removed on platform") if r.removed else ""
        print(f"{r.id}\t{r.source_id}\t{r.platform}\t{r.external_id}\t{stars}\t{r.created_at or '-'}\t"
              f"{r.level or '-'}\t{r.due_at or '-'}\t{r.reply_state}{removed}")
    return EXIT_OK


def cmd_review(argv: list[str]) -> int:
    """`review list …`."""
    return _run(lambda: _dispatch("workstation review", {"list": _review_list}, argv))


# -- reply -------------------------------------------------------------------------

def _read_text(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise cannot_read(path, exc) from None
    except UnicodeDecodeError:
        raise UsageError(tr("{path} is not UTF-8 text").format(path=path)) from None


def _one_review_parser(command: str, description: str) -> UsageParser:
    """`workstation reply <command> --review N`, with the database options and the hidden
    `--now` that pins the clock (tests, reproducible runs)."""
    parser = UsageParser(prog=f"workstation reply {command}", description=description)
    parser.add_argument("--review", type=record_id, required=True, help=tr("review id as `review list` shows it"))
    parser.add_argument("--now", help=argparse.SUPPRESS)
    add_database_options(parser)
    return parser


def _reply_queue(argv: list[str]) -> int:
    parser = _one_review_parser("queue", tr("Queue a reply for the outbox."))
    text_group = parser.add_mutually_exclusive_group(required=True)
    text_group.add_argument("--text", help=tr("the reply's text"))
    text_group.add_argument("--file", type=Path, help=tr("a UTF-8 text file holding the reply"))
    args = parser.parse_args(argv)
    from workstation.ops.replies import queue_reply
    from workstation.store.outbox import OutboxError

    text = args.text if args.text is not None else _read_text(args.file)
    if not text.strip():
        raise UsageError(tr("the reply text is empty"))
    with _open(args) as store:
        try:
            queued = queue_reply(store, args.review, text, now=pinned_clock(args.now)).reply
        except OutboxError as exc:
            raise UsageError(said(exc)) from None
    print(tr("queued reply {reply} for review {review} ({action})")
          .format(reply=queued.reply_id, review=args.review, action=queued.action))
    return EXIT_OK


def _reply_delete(argv: list[str]) -> int:
    parser = _one_review_parser("delete", tr("Delete a review's reply on the platform (queued for the next outbox "
                                             "send), where the platform allows it; a reply not sent yet is taken "
                                             "back instead."))
    args = parser.parse_args(argv)
    from workstation.ops.replies import withdraw_reply
    from workstation.store.outbox import OutboxError

    with _open(args) as store:
        try:
            queued = withdraw_reply(store, args.review, now=pinned_clock(args.now)).reply
        except OutboxError as exc:
            raise UsageError(said(exc)) from None
    if queued.action == "cancel":
        print(tr("reply {reply} to review {review} was not sent yet: taken back, it is a draft again")
              .format(reply=queued.reply_id, review=args.review))
    else:
        print(tr("the deletion of reply {reply} to review {review} is queued; "
                 "`outbox send` deletes it on the platform").format(reply=queued.reply_id, review=args.review))
    return EXIT_OK


def _reply_withdraw(argv: list[str]) -> int:
    parser = _one_review_parser("withdraw", tr("Take back a review's queued reply (it becomes a draft again) or "
                                               "the queued deletion of its reply on the platform (the reply stays), "
                                               "before it is sent."))
    args = parser.parse_args(argv)
    from workstation.ops.replies import take_back
    from workstation.store.outbox import OutboxError

    with _open(args) as store:
        try:
            taken = take_back(store, args.review, now=pinned_clock(args.now)).reply
        except OutboxError as exc:
            print(tr("error: {message}").format(message=said(exc)), file=sys.stderr)
            return EXIT_PARTIAL
    if taken.action == "delete":
        print(tr("the deletion of reply {reply} to review {review} was taken back: "
                 "the reply stays on the platform").format(reply=taken.reply_id, review=args.review))
    else:
        print(tr("reply {reply} to review {review} taken back: it is a draft again")
              .format(reply=taken.reply_id, review=args.review))
    return EXIT_OK


def cmd_reply(argv: list[str]) -> int:
    """`reply queue …` / `reply delete …` / `reply withdraw …` (the reply assistant adds `check`
    and `suggest` elsewhere)."""
    return _run(lambda: _dispatch("workstation reply", {"queue": _reply_queue, "delete": _reply_delete,
                                                        "withdraw": _reply_withdraw}, argv))


# -- outbox ------------------------------------------------------------------------

def _outbox_send(argv: list[str]) -> int:
    parser = UsageParser(prog="workstation outbox send", description=tr("Send queued replies."))
    parser.add_argument("--source", type=record_id, help=tr("only this source id"))
    parser.add_argument("--retry-failed", action="store_true",
                        help=tr("put replies the platform refused back in the queue first"))
    parser.add_argument("--now", help=argparse.SUPPRESS)  # pins the clock (tests, reproducible runs)
    add_database_options(parser)
    args = parser.parse_args(argv)
    from workstation.domain import utcnow
    from workstation.ops.outbox import send_outbox

    pinned = pinned_clock(args.now)
    with _open(args) as store:
        source_id = _source_id(store, args.source)
        result = asyncio.run(send_outbox(store, source_id=source_id, retry_failed=args.retry_failed,
                                         now=(lambda: pinned) if pinned else utcnow)).result
    if result.error is not None:
        raise result.error  # no counts: they would read as a success
    print(send_line(result))
    for line in problem_lines(result):
        print(line)
    return EXIT_PARTIAL if result.failed or result.problems else EXIT_OK


def cmd_outbox(argv: list[str]) -> int:
    """`outbox send …`."""
    return _run(lambda: _dispatch("workstation outbox", {"send": _outbox_send}, argv))


COMMANDS: dict[str, Callable[[list[str]], int]] = {
    "source": cmd_source,
    "sync": cmd_sync,
    "review": cmd_review,
    "reply": cmd_reply,
    "outbox": cmd_outbox,
}


def main(argv: list[str] | None = None) -> int:
    """`python -m workstation.sync.cli <command> …` (until the lead wires COMMANDS in)."""
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] not in COMMANDS:
        print(tr("error: expected one of {choices}").format(choices=", ".join(COMMANDS)), file=sys.stderr)
        return EXIT_USAGE
    with speaking():
        return COMMANDS[args[0]](args[1:])


if __name__ == "__main__":
    raise SystemExit(main())
