"""`workstation team …` on a team server: who is in the team and who approves, and which
locations want replies approved.

    workstation team member list
    workstation team member add NAME [--role agent|approver] [--as YOU]
    workstation team member set-role NAME agent|approver [--as YOU]
    workstation team approval list
    workstation team approval on|off --location NAME|ID [--as YOU]

Only an approver changes anything (the first approver of a new team excepted, see
`store/postgres/members.py`). Exit 0 when done, 1 when refused (one `error:` line saying
why and what to do), 2 for a usage mistake.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from workstation.cli_language import N_, tr
from workstation.command_line import EXIT_OK, EXIT_PARTIAL, UsageError, UsageParser, said

if TYPE_CHECKING:
    from workstation.store.location import PostgresLocation
    from workstation.store.postgres.connection import PgStore

_USAGE = N_("usage: workstation team member {list,add,set-role} … | "
            "workstation team approval {list,on,off} [--location NAME] | workstation team mirror [--as NAME]")
_ROLES = ("agent", "approver")

#: (the team server, the command's name for help, data dir) → an open store; given by team_cli.
Opener = Callable[["PostgresLocation", "str | None"], "PgStore"]


def _parser(prog: str, description: str) -> UsageParser:
    parser = UsageParser(prog=prog, description=description)
    parser.add_argument("--data-dir", help=tr("folder of the secrets file (when the system has no keychain)"))
    parser.add_argument("--as", dest="actor", default=None, help=tr("your name in the team (default: login name)"))
    return parser


def run_team(where: PostgresLocation, argv: list[str], *, open_store: Opener, who: Callable[[], str],
             origin: str) -> int:
    from workstation.ops.team_admin import TeamChangeRefused

    if len(argv) < 2 or (argv[0], argv[1]) not in {("member", "list"), ("member", "add"), ("member", "set-role"),
                                                   ("approval", "list"), ("approval", "on"), ("approval", "off")}:
        raise UsageError(tr(_USAGE))
    topic, verb, rest = argv[0], argv[1], argv[2:]
    try:
        if topic == "member":
            return _member(where, verb, rest, open_store, who, origin)
        return _approval(where, verb, rest, open_store, who, origin)
    except TeamChangeRefused as exc:
        print(tr("error: {message}").format(message=said(exc)), file=sys.stderr)
        return EXIT_PARTIAL


def _member(where: PostgresLocation, verb: str, argv: list[str], open_store: Opener, who: Callable[[], str],
            origin: str) -> int:
    from workstation.ops import team_admin

    parser = _parser(f"workstation team member {verb}", tr("Team members and their roles on the team server."))
    if verb != "list":
        parser.add_argument("name", help=tr("the member's name in the team"))
    if verb == "add":
        parser.add_argument("--role", choices=_ROLES, default="agent", help=tr("agent (default) or approver"))
    if verb == "set-role":
        parser.add_argument("role", choices=_ROLES, help=tr("agent or approver"))
    args = parser.parse_args(argv)
    with open_store(where, args.data_dir) as store:
        if verb == "list":
            found = team_admin.list_members(store)
            if not found:
                print(tr("no team members yet: everyone is an agent until an approver is added "
                         "(workstation team member add NAME --role approver)"))
            for member in found:
                print(tr("{name}: {role}").format(name=member.name, role=member.role))
            return EXIT_OK
        actor = args.actor or who()
        if verb == "add":
            member, _ = team_admin.add_member(store, args.name, args.role, actor=actor, origin=origin)
            print((tr("{name} joined the team as an approver") if member.role == "approver"
                   else tr("{name} joined the team as an agent")).format(name=member.name))
        else:
            member, _ = team_admin.set_role(store, args.name, args.role, actor=actor, origin=origin)
            print((tr("{name} is now an approver") if member.role == "approver"
                   else tr("{name} is now an agent")).format(name=member.name))
    return EXIT_OK


def _approval(where: PostgresLocation, verb: str, argv: list[str], open_store: Opener, who: Callable[[], str],
              origin: str) -> int:
    from workstation.ops import team_admin

    parser = _parser(f"workstation team approval {verb}", tr("Whether a location's replies wait for an approver."))
    if verb != "list":
        parser.add_argument("--location", required=True, help=tr("the location's name (or its number)"))
    args = parser.parse_args(argv)
    with open_store(where, args.data_dir) as store:
        if verb == "list":
            locations = team_admin.location_approvals(store)
            if not locations:
                print(tr("the team server has no location yet"))
            for location in locations:
                print((tr("{name}: replies wait for an approver") if location.required
                       else tr("{name}: no approval")).format(name=location.name))
            return EXIT_OK
        switched, _ = team_admin.set_approval(store, args.location, verb == "on", actor=args.actor or who(),
                                              origin=origin)
    print((tr("{name}: agents' replies now wait for an approver") if switched.required
           else tr("{name}: replies are queued without approval")).format(name=switched.name))
    return EXIT_OK
