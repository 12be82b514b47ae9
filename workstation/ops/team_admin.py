"""Running a team server: members' roles and each location's approval switch (only an
approver may; see `store/postgres/members.py` for the rules). Each change is published to
the other desktops as a `settings` change set."""

from __future__ import annotations

from workstation.ops.changes import OpChanges
from workstation.ops.team import publish_changes
from workstation.store.postgres import members
from workstation.store.postgres.connection import PgStore
from workstation.store.postgres.members import LocationApproval, Member, TeamChangeRefused

__all__ = ["LocationApproval", "Member", "TeamChangeRefused", "add_member", "list_members", "location_approvals",
           "set_approval", "set_role"]

_SETTINGS = OpChanges(settings=True)


def list_members(store: PgStore) -> list[Member]:
    return members.list_members(store)


def add_member(store: PgStore, name: str, role: str, *, actor: str, origin: str) -> tuple[Member, OpChanges]:
    """Raises TeamChangeRefused (not an approver, name taken, first member not an approver…)."""
    member = members.add_member(store, name, role, actor=actor)
    publish_changes(store, _SETTINGS, origin=origin)
    return member, _SETTINGS


def set_role(store: PgStore, name: str, role: str, *, actor: str, origin: str) -> tuple[Member, OpChanges]:
    """Raises TeamChangeRefused (not an approver, unknown member, the last approver…)."""
    member = members.set_role(store, name, role, actor=actor)
    publish_changes(store, _SETTINGS, origin=origin)
    return member, _SETTINGS


def location_approvals(store: PgStore) -> list[LocationApproval]:
    return members.location_approvals(store)


def set_approval(store: PgStore, location: str, required: bool, *, actor: str,
                 origin: str) -> tuple[LocationApproval, OpChanges]:
    """Raises TeamChangeRefused (not an approver, unknown location, nobody to approve)."""
    switched = members.set_approval(store, location, required, actor=actor)
    publish_changes(store, _SETTINGS, origin=origin)
    return switched, _SETTINGS
