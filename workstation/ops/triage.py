"""Triage: archive, "no reply needed", back to the inbox, and undo.

Each change returns what it did (`StatusChange`), which is all `undo` needs.
"""

from __future__ import annotations

from collections.abc import Sequence

from workstation.domain import TriageStatus
from workstation.ops.changes import OpChanges
from workstation.store import triage as store_triage
from workstation.store.db import Store
from workstation.store.triage import StatusChange


def _changes(ids: Sequence[int]) -> OpChanges:
    return OpChanges(reviews=True, counts=True, review_ids=frozenset(ids))


def set_status(store: Store, ids: Sequence[int], status: TriageStatus | str) -> tuple[StatusChange, OpChanges]:
    """Move reviews to a triage status (one transaction, audit-logged)."""
    change = store_triage.set_status(store, ids, status)
    return change, _changes(change.ids)


def undo(store: Store, change: StatusChange) -> OpChanges:
    """Put back the statuses a `set_status` replaced."""
    store_triage.restore_statuses(store, change)
    return _changes(change.ids)
