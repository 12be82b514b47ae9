"""Saved views (a named inbox filter in the sidebar): saving one, deleting one.

In team mode the store is the desktop's local copy: the change set says `settings`, so the
window's team link pushes the view soon (`ui/team_link.py`) and the other desktops pull it
(`store/team_views_copy.py`); on a single SQLite store it is just saved.
"""

from __future__ import annotations

from workstation.ops.changes import OpChanges
from workstation.store import settings
from workstation.store.db import Store
from workstation.store.queries import ReviewFilter

VIEWS_CHANGED = OpChanges(settings=True)


def save_view(store: Store, name: str, f: ReviewFilter) -> OpChanges:
    """Save the filter under `name` (a view of that name is replaced); nothing for a blank name."""
    if not name.strip():
        return OpChanges()
    settings.save_view(store, name, f)
    return VIEWS_CHANGED


def delete_view(store: Store, name: str) -> OpChanges:
    settings.delete_view(store, name)
    return VIEWS_CHANGED
