"""Headless subcommands for sources, sync, reviews, replies and the outbox (no Qt).

    workstation source add --platform P --name N [--base-url URL] [--credentials FILE]
    workstation source list
    workstation sync [--source ID | --all]
    workstation review list [--source ID] [--needs-reply] [--json]
    workstation reply queue --review ID (--text T | --file F)
    workstation outbox send [--source ID] [--retry-failed]

Every command takes `--data-dir`, prints its result (a summary line, one line per
problem) and exits 0 on success, 1 when a source or a reply failed, 2 on bad usage or
unreadable configuration — in which case nothing is written. `COMMANDS` maps each
top-level word to a function taking the argument list and returning the exit code.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from workstation import paths
from workstation.command_line import (
    EXIT_OK,
    EXIT_PARTIAL,
    EXIT_USAGE,
    UsageError,
    UsageParser,
    record_id,
    report_usage_errors,
)
from workstation.store.db import Store

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


def _open(data_dir: str | None) -> Store:
    return Store(paths.db_path(data_dir))


def _source_id(store: Store, value: int | None, *, need_connector: bool = False) -> int | None:
    from workstation.store.sync_state import get_source
    from workstation.sync.source_sync import syncable

    if value is None:
        return None
    source = get_source(store, value)
    if source is None:
        raise UsageError(f"source {value} does not exist (see `workstation source list`)")
    if need_connector and not syncable(source):
        raise UsageError(f"source {value} ({source.platform}) has no API to sync; import its files instead")
    return value


# -- source ------------------------------------------------------------------------

def _parse_settings(pairs: list[str]) -> dict[str, str]:
    settings: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"--setting expects KEY=VALUE, got {pair!r}")
        settings[key.strip()] = value.strip()
    return settings


def _source_add(argv: list[str]) -> int:
    parser = UsageParser(prog="workstation source add", description="Add a review source.")
    parser.add_argument("--platform", required=True, help="|".join(SOURCE_PLATFORMS))
    parser.add_argument("--name", required=True)
    parser.add_argument("--base-url", help="API host override (http or https)")
    parser.add_argument("--credentials", type=Path, help="the platform's credentials file")
    parser.add_argument("--setting", action="append", default=[], metavar="KEY=VALUE",
                        help="connector setting, e.g. package_name=com.example.app")
    parser.add_argument("--interval", type=int, help="sync every N minutes (the app's scheduler)")
    parser.add_argument("--data-dir")
    args = parser.parse_args(argv)
    from workstation.sources.base import ConfigError, CredentialsError
    from workstation.sources.credentials import parse_credentials_file, store_secrets
    from workstation.sources.endpoints import check_base_url
    from workstation.store.sync_state import add_source

    platform = args.platform.strip().lower()
    if platform not in SOURCE_PLATFORMS:
        raise UsageError(f"unknown platform {args.platform!r}; choose one of {', '.join(SOURCE_PLATFORMS)}")
    name = args.name.strip()
    if not name:
        raise UsageError("--name must not be empty")
    if args.interval is not None and args.interval < 0:
        raise UsageError("--interval must be a number of minutes ≥ 0")
    try:
        base_url = check_base_url(args.base_url) if args.base_url else None
    except ConfigError as exc:
        raise UsageError(str(exc)) from None
    secrets: dict[str, str] | None = None
    if args.credentials is not None:
        if platform == "manual":
            raise UsageError("manual sources take no credentials")
        try:
            secrets = parse_credentials_file(platform, args.credentials)
        except CredentialsError as exc:
            raise UsageError(str(exc)) from None
    settings = _parse_settings(args.setting)

    def save(key: str) -> None:
        assert secrets is not None
        try:
            store_secrets(key, secrets)
        except CredentialsError as exc:
            raise UsageError(str(exc)) from None

    with _open(args.data_dir) as store:
        source_id = add_source(
            store, platform=platform, name=name, kind="file" if platform == "manual" else "api",
            base_url=base_url, settings=settings, sync_interval_min=args.interval,
            save_secret=save if secrets is not None else None,
        )
    print(source_id)
    return EXIT_OK


def _source_list(argv: list[str]) -> int:
    parser = UsageParser(prog="workstation source list", description="List review sources.")
    parser.add_argument("--data-dir")
    args = parser.parse_args(argv)
    from workstation.store.sync_state import all_sources

    with _open(args.data_dir) as store:
        sources = all_sources(store)
    print(f"{len(sources)} source{'s' if len(sources) != 1 else ''}")
    for s in sources:
        status = s.status + (f" ({s.status_message})" if s.status_message and s.status != "ok" else "")
        print(f"{s.id}\t{s.platform}\t{s.name}\t{s.last_synced_at or 'never synced'}\t{status}")
    return EXIT_OK


def cmd_source(argv: list[str]) -> int:
    """`source add …` / `source list …`."""
    subs = {"add": _source_add, "list": _source_list}
    return _run(lambda: _dispatch("workstation source", subs, argv))


def _dispatch(prog: str, subs: Mapping[str, Callable[[list[str]], int]], argv: list[str]) -> int:
    if argv[:1] in (["-h"], ["--help"]):
        print(f"usage: {prog} {{{','.join(subs)}}} … (add --help after one for its options)")
        return EXIT_OK
    if not argv or argv[0] not in subs:
        got = f" {argv[0]!r}" if argv else ""
        raise UsageError(f"{prog}: unknown or missing subcommand{got}; expected one of {', '.join(subs)}")
    return subs[argv[0]](argv[1:])


# -- sync --------------------------------------------------------------------------

def cmd_sync(argv: list[str]) -> int:
    """`sync [--source ID | --all]`: one line per source."""

    def body() -> int:
        parser = UsageParser(prog="workstation sync", description="Fetch new and changed reviews.")
        which = parser.add_mutually_exclusive_group()
        which.add_argument("--source", type=record_id, help="only this source id")
        which.add_argument("--all", action="store_true", help="every source with an API (default)")
        parser.add_argument("--full", action="store_true",
                            help="list everything again (finds reviews deleted on the platform)")
        parser.add_argument("--data-dir")
        args = parser.parse_args(argv)
        from workstation.sync.source_sync import sync_all

        with _open(args.data_dir) as store:
            source_id = _source_id(store, args.source, need_connector=True)
            results = asyncio.run(sync_all(
                store, source_ids=[source_id] if source_id is not None else None, full=args.full))
        if not results:
            print("no sources to sync (add one with `workstation source add`)")
        for result in results:
            print(result.summary())
        return EXIT_PARTIAL if any(not r.ok for r in results) else EXIT_OK

    return _run(body)


# -- review ------------------------------------------------------------------------

def _review_list(argv: list[str]) -> int:
    parser = UsageParser(prog="workstation review list", description="List reviews for scripts.")
    parser.add_argument("--source", type=record_id)
    parser.add_argument("--needs-reply", action="store_true")
    parser.add_argument("--json", action="store_true", help="a JSON array, one object per review")
    parser.add_argument("--data-dir")
    args = parser.parse_args(argv)
    from workstation.store.sync_state import list_reviews

    with _open(args.data_dir) as store:
        source_id = _source_id(store, args.source)
        rows = list_reviews(store, source_id=source_id, needs_reply=args.needs_reply)
    if args.json:
        keys = ("id", "source_id", "external_id", "stars", "created_at", "reply_state")
        print(json.dumps([{k: getattr(r, k) for k in keys} for r in rows], ensure_ascii=False, indent=1))
        return EXIT_OK
    print(f"{len(rows)} review{'s' if len(rows) != 1 else ''}")
    for r in rows:
        stars = f"{r.stars}★" if r.stars else "-"
        removed = "\tremoved on platform" if r.removed else ""
        print(f"{r.id}\t{r.source_id}\t{r.platform}\t{r.external_id}\t{stars}\t{r.created_at or '-'}\t"
              f"{r.reply_state}{removed}")
    return EXIT_OK


def cmd_review(argv: list[str]) -> int:
    """`review list …`."""
    return _run(lambda: _dispatch("workstation review", {"list": _review_list}, argv))


# -- reply -------------------------------------------------------------------------

def _read_text(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise UsageError(f"{path} is not UTF-8 text") from None


def _reply_queue(argv: list[str]) -> int:
    parser = UsageParser(prog="workstation reply queue", description="Queue a reply for the outbox.")
    parser.add_argument("--review", type=record_id, required=True, help="review id as `review list` shows it")
    text_group = parser.add_mutually_exclusive_group(required=True)
    text_group.add_argument("--text")
    text_group.add_argument("--file", type=Path)
    parser.add_argument("--data-dir")
    args = parser.parse_args(argv)
    from workstation.store.outbox import OutboxError
    from workstation.sync.reply_queue import queue_reply

    text = args.text if args.text is not None else _read_text(args.file)
    if not text.strip():
        raise UsageError("the reply text is empty")
    with _open(args.data_dir) as store:
        try:
            queued = queue_reply(store, args.review, text.strip())
        except OutboxError as exc:
            raise UsageError(str(exc)) from None
    print(f"queued reply {queued.reply_id} for review {args.review} ({queued.action})")
    return EXIT_OK


def cmd_reply(argv: list[str]) -> int:
    """`reply queue …` (the reply assistant adds `check` and `suggest` elsewhere)."""
    return _run(lambda: _dispatch("workstation reply", {"queue": _reply_queue}, argv))


# -- outbox ------------------------------------------------------------------------

def _outbox_send(argv: list[str]) -> int:
    parser = UsageParser(prog="workstation outbox send", description="Send queued replies.")
    parser.add_argument("--source", type=record_id)
    parser.add_argument("--retry-failed", action="store_true",
                        help="put replies the platform refused back in the queue first")
    parser.add_argument("--data-dir")
    args = parser.parse_args(argv)
    from workstation.store.outbox import retry_failed
    from workstation.sync.outbox_sender import send_outbox

    with _open(args.data_dir) as store:
        source_id = _source_id(store, args.source)
        if args.retry_failed:
            retry_failed(store, source_id=source_id)
        result = asyncio.run(send_outbox(store, source_id=source_id))
    if result.error is not None:
        raise result.error  # no counts: they would read as a success
    print(result.summary())
    for line in result.problems:
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
        print(f"error: expected one of {', '.join(COMMANDS)}", file=sys.stderr)
        return EXIT_USAGE
    return COMMANDS[args[0]](args[1:])


if __name__ == "__main__":
    raise SystemExit(main())
