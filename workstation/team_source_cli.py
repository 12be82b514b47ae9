"""`workstation source …` on a team server: the team's review sources.

    workstation source add --platform P --name N [--credentials FILE] [--setting K=V] [--base-url URL]
    workstation source list
    workstation source credentials --source ID --credentials FILE

`add` records the source on the server and its secret in this computer's keychain;
`credentials` gives another desktop the same secret so that it can sync the source too
(`ops/team_sources.py`). Exit 0 when done, 2 for a usage mistake or a refused account.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from workstation.command_line import EXIT_OK, UsageError, UsageParser, record_id

if TYPE_CHECKING:
    from workstation.store.location import PostgresLocation
    from workstation.store.postgres.connection import PgStore

Opener = Callable[["PostgresLocation", "str | None"], "PgStore"]
_USAGE = "usage: workstation source {add,list,credentials} … --store postgresql://…"


def _parser(prog: str, description: str) -> UsageParser:
    parser = UsageParser(prog=prog, description=description)
    parser.add_argument("--data-dir", help="this computer's data folder")
    return parser


def run_source(where: PostgresLocation, argv: list[str], *, open_store: Opener) -> int:
    from workstation.sources.base import ConfigError, CredentialsError
    from workstation.store.errors import StoreError

    verbs = {"add": _add, "list": _list, "credentials": _credentials}
    if not argv or argv[0] not in verbs:
        raise UsageError(_USAGE)
    try:
        return verbs[argv[0]](where, argv[1:], open_store)
    except (ConfigError, CredentialsError, StoreError) as exc:
        raise UsageError(str(exc)) from None


def _add(where: PostgresLocation, argv: list[str], open_store: Opener) -> int:
    from workstation.ops.team_sources import add_team_source
    from workstation.sync.cli import SOURCE_PLATFORMS, account_from_args, add_account_options

    parser = _parser("workstation source add", "Add a review source to the team server.")
    parser.add_argument("--platform", required=True, help="|".join(SOURCE_PLATFORMS))
    parser.add_argument("--name", required=True)
    add_account_options(parser)
    parser.add_argument("--interval", type=int, help="sync every N minutes (the app's scheduler)")
    args = parser.parse_args(argv)
    name = args.name.strip()
    if not name:
        raise UsageError("--name must not be empty")
    if args.interval is not None and args.interval < 0:
        raise UsageError("--interval must be a number of minutes ≥ 0")
    platform, base_url, secrets, settings = account_from_args(args)
    with open_store(where, args.data_dir) as store:
        source_id = add_team_source(store, platform=platform, name=name, settings=settings, secrets=secrets,
                                    base_url=base_url, sync_interval_min=args.interval)
    print(source_id)
    if secrets:  # stderr: stdout stays the bare id that scripts read
        print("secret saved in this computer's system keychain; other computers of the team that sync this "
              f"source run: workstation source credentials --source {source_id} --credentials FILE",
              file=sys.stderr)
    return EXIT_OK


def _list(where: PostgresLocation, argv: list[str], open_store: Opener) -> int:
    from workstation.ops.team_sources import team_sources

    args = _parser("workstation source list", "List the team's review sources.").parse_args(argv)
    with open_store(where, args.data_dir) as store:
        found = team_sources(store)
    print(f"{len(found)} source{'s' if len(found) != 1 else ''}")
    for info in found:
        s = info.source
        status = s.status + (f" ({s.status_message})" if s.status_message and s.status != "ok" else "")
        here = "" if info.secret_here else "\tno secret on this computer: run `source credentials`"
        print(f"{s.id}\t{s.platform}\t{s.name}\t{s.last_synced_at or 'never synced'}\t{status}{here}")
    return EXIT_OK


def _credentials(where: PostgresLocation, argv: list[str], open_store: Opener) -> int:
    from workstation.ops.team_sources import save_source_secret
    from workstation.sources.credentials import parse_credentials_file
    from workstation.store.postgres.sources import sources_by_id

    parser = _parser("workstation source credentials",
                     "Save a team source's credentials in this computer's keychain, so it can sync it.")
    parser.add_argument("--source", type=record_id, required=True, help="source id as `source list` shows it")
    parser.add_argument("--credentials", required=True, help="the platform's credentials file")
    args = parser.parse_args(argv)
    with open_store(where, args.data_dir) as store:
        source = sources_by_id(store, [args.source]).get(args.source)
        if source is None:
            raise UsageError(f"No source {args.source} on the team server (see `workstation source list`).")
        secrets = parse_credentials_file(source.platform, Path(args.credentials))
        save_source_secret(store, args.source, secrets)
    print(f"credentials of source {args.source} ({source.name}) saved in this computer's system keychain")
    return EXIT_OK
