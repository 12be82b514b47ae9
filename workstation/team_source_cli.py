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

from workstation.cli_language import N_, ntr, tr
from workstation.command_line import EXIT_OK, UsageError, UsageParser, record_id, said

if TYPE_CHECKING:
    from workstation.store.location import PostgresLocation
    from workstation.store.postgres.connection import PgStore

Opener = Callable[["PostgresLocation", "str | None"], "PgStore"]
_USAGE = N_("usage: workstation source {add,list,credentials} … --store postgresql://…")


def _parser(prog: str, description: str) -> UsageParser:
    parser = UsageParser(prog=prog, description=description)
    parser.add_argument("--data-dir", help=tr("this computer's data folder"))
    return parser


def run_source(where: PostgresLocation, argv: list[str], *, open_store: Opener) -> int:
    from workstation.sources.base import ConfigError, CredentialsError
    from workstation.store.errors import StoreError

    verbs = {"add": _add, "list": _list, "credentials": _credentials}
    if not argv or argv[0] not in verbs:
        raise UsageError(tr(_USAGE))
    try:
        return verbs[argv[0]](where, argv[1:], open_store)
    except (ConfigError, CredentialsError, StoreError) as exc:
        raise UsageError(said(exc)) from None


def _add(where: PostgresLocation, argv: list[str], open_store: Opener) -> int:
    from workstation.ops.team_sources import add_team_source
    from workstation.sync.cli import add_new_source_options, new_source_from_args

    parser = _parser("workstation source add", tr("Add a review source to the team server."))
    add_new_source_options(parser)
    args = parser.parse_args(argv)
    new = new_source_from_args(args)
    with open_store(where, args.data_dir) as store:
        source_id = add_team_source(store, platform=new.platform, name=new.name, settings=new.settings,
                                    secrets=new.secrets, base_url=new.base_url, sync_interval_min=new.interval)
    print(source_id)
    if new.secrets:  # stderr: stdout stays the bare id that scripts read
        print(tr("secret saved in this computer's system keychain; other computers of the team that sync this "
                 "source run: workstation source credentials --source {id} --credentials FILE").format(id=source_id),
              file=sys.stderr)
    return EXIT_OK


def _list(where: PostgresLocation, argv: list[str], open_store: Opener) -> int:
    from workstation.ops.team_sources import team_sources

    args = _parser("workstation source list", tr("List the team's review sources.")).parse_args(argv)
    with open_store(where, args.data_dir) as store:
        found = team_sources(store)
    print(ntr("{n} source", "{n} sources", len(found)).format(n=len(found)))
    for info in found:
        s = info.source
        status = s.status + (f" ({s.status_message})" if s.status_message and s.status != "ok" else "")
        here = "" if info.secret_here else "\t" + tr("no secret on this computer: run `source credentials`")
        synced = s.last_synced_at or tr("never synced")
        print(f"{s.id}\t{s.platform}\t{s.name}\t{synced}\t{status}{here}")
    return EXIT_OK


def _credentials(where: PostgresLocation, argv: list[str], open_store: Opener) -> int:
    from workstation.ops.team_sources import save_source_secret
    from workstation.sources.credentials import parse_credentials_file
    from workstation.store.postgres.sources import sources_by_id

    parser = _parser("workstation source credentials",
                     tr("Save a team source's credentials in this computer's keychain, so it can sync it."))
    parser.add_argument("--source", type=record_id, required=True, help=tr("source id as `source list` shows it"))
    parser.add_argument("--credentials", required=True, help=tr("the platform's credentials file"))
    args = parser.parse_args(argv)
    with open_store(where, args.data_dir) as store:
        source = sources_by_id(store, [args.source]).get(args.source)
        if source is None:
            raise UsageError(tr("No source {id} on the team server (see `workstation source list`).")
                             .format(id=args.source))
        secrets = parse_credentials_file(source.platform, Path(args.credentials))
        save_source_secret(store, args.source, secrets)
    print(tr("credentials of source {id} ({name}) saved in this computer's system keychain")
          .format(id=args.source, name=source.name))
    return EXIT_OK
