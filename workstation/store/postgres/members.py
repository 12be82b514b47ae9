"""Running the team: its members' roles and each location's approval switch (team mode only).

Only an approver changes them (`roles.is_approver`). A new team has no approver: until it
has one, whoever runs the first command may appoint one (usually themselves) — afterwards
the rule holds, and the last approver cannot be made an agent (the team would lock itself
out, or open the door to anyone again). Approval cannot be switched on while nobody could
approve. Every check runs in the transaction that writes, under a lock on the members
table, so two people changing roles at once take turns.

Names are what people sign their replies with (`--as` or the login name): anyone who can
reach the database can type any name, so this keeps honest people from stepping on each
other; the database's own accounts and rights are what keep others out.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass

from workstation.store.errors import StoreError
from workstation.store.postgres.connection import PgStore
from workstation.store.postgres.drafts import Conn
from workstation.store.postgres.roles import ROLES, is_approver


class TeamChangeRefused(StoreError):
    """Not allowed (not an approver, last approver, nobody to approve) or unknown name."""


@dataclass(frozen=True)
class Member:
    name: str
    role: str


@dataclass(frozen=True)
class LocationApproval:
    id: int
    name: str
    required: bool


@contextlib.contextmanager
def _changing_team(store: PgStore, actor: str, what: str) -> Iterator[Conn]:
    """A transaction holding the team's lock, once `actor` was found allowed to do `what`."""
    with store.transaction() as conn:
        # Blocks other writers of team_members (and itself), not readers: role changes take turns.
        conn.execute("LOCK TABLE team_members IN SHARE ROW EXCLUSIVE MODE")
        _may_run_the_team(conn, actor, what)
        yield conn


def _approvers(conn: Conn) -> list[str]:
    return [str(n) for (n,) in conn.execute("SELECT name FROM team_members WHERE role = 'approver' ORDER BY name")]


def _may_run_the_team(conn: Conn, actor: str, what: str) -> None:
    """Approvers run the team; a team without any approver lets anyone appoint the first one."""
    if _approvers(conn) and not is_approver(conn, actor):
        raise TeamChangeRefused(f"Only an approver can {what}; {actor} is not one. Ask an approver of the team.")


def _clean(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise TeamChangeRefused("A team member needs a name.")
    return cleaned


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise TeamChangeRefused(f"Unknown role {role!r}: a member is an agent or an approver.")


def list_members(store: PgStore) -> list[Member]:
    with store.connection() as conn:
        return [Member(str(n), str(r)) for n, r in conn.execute("SELECT name, role FROM team_members ORDER BY name")]


def add_member(store: PgStore, name: str, role: str, *, actor: str) -> Member:
    """Register a member; refused for an existing name (change a role with `set_role`)."""
    name, actor = _clean(name), _clean(actor)
    _check_role(role)
    with _changing_team(store, actor, "add team members") as conn:
        if not _approvers(conn) and role != "approver":
            raise TeamChangeRefused("The team has no approver yet: add one first (--role approver), then the agents.")
        existing = conn.execute("SELECT role FROM team_members WHERE name = %s", (name,)).fetchone()
        if existing is not None:
            raise TeamChangeRefused(f"{name} is already a member ({existing[0]}); change the role with set-role.")
        conn.execute("INSERT INTO team_members (name, role) VALUES (%s, %s)", (name, role))
    return Member(name, role)


def set_role(store: PgStore, name: str, role: str, *, actor: str) -> Member:
    """Change a member's role (only an approver; never the last approver to agent)."""
    name, actor = _clean(name), _clean(actor)
    _check_role(role)
    with _changing_team(store, actor, "change roles") as conn:
        existing = conn.execute("SELECT role FROM team_members WHERE name = %s", (name,)).fetchone()
        if existing is None:
            raise TeamChangeRefused(f"{name} is not a member of the team; add them first (team member add).")
        if existing[0] == "approver" and role != "approver" and _approvers(conn) == [name]:
            raise TeamChangeRefused(f"{name} is the team's last approver: make someone else an approver first.")
        conn.execute("UPDATE team_members SET role = %s WHERE name = %s", (role, name))
    return Member(name, role)


def location_approvals(store: PgStore) -> list[LocationApproval]:
    with store.connection() as conn:
        rows = conn.execute("SELECT id, name, approval_required FROM locations ORDER BY name").fetchall()
    return [LocationApproval(int(i), str(n), bool(r)) for i, n, r in rows]


def set_approval(store: PgStore, location: str, required: bool, *, actor: str) -> LocationApproval:
    """Switch approval on or off for a location (by name, or id); only an approver, and on only
    when someone can approve."""
    actor = _clean(actor)
    with _changing_team(store, actor, "switch approval") as conn:
        if required and not _approvers(conn):
            raise TeamChangeRefused("Nobody could approve the replies: make someone an approver first "
                                    "(team member add NAME --role approver).")
        row = conn.execute("SELECT id, name FROM locations WHERE name = %s", (location,)).fetchone()
        if row is None and location.isdigit() and len(location) < 19:  # a location's id, as listed
            row = conn.execute("SELECT id, name FROM locations WHERE id = %s", (int(location),)).fetchone()
        if row is None:
            known = ", ".join(str(n) for (n,) in conn.execute("SELECT name FROM locations ORDER BY name"))
            raise TeamChangeRefused(f"No location called {location!r} on the team server"
                                    + (f" (there are: {known})." if known else " (it has no location yet)."))
        conn.execute("UPDATE locations SET approval_required = %s WHERE id = %s", (int(required), row[0]))
    return LocationApproval(int(row[0]), str(row[1]), required)
