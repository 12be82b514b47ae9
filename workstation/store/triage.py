"""Changing a review's triage status, with the information needed to undo it.

`set_status` returns the previous status of each review; handing that back to
`restore_statuses` is the undo. Both write an audit-log line in the same transaction.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from workstation.domain import TriageStatus, to_iso, utcnow
from workstation.store.db import Store


@dataclass(frozen=True)
class StatusChange:
    """What one triage action did; enough to undo it."""

    new_status: str
    previous: tuple[tuple[int, str], ...]  # (review id, status before)

    @property
    def ids(self) -> list[int]:
        return [review_id for review_id, _ in self.previous]


def set_status(store: Store, ids: Sequence[int], status: TriageStatus | str) -> StatusChange:
    status = TriageStatus(status)
    stamp = to_iso(utcnow())
    with store.transaction() as conn:
        previous: list[tuple[int, str]] = []
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            marks = ",".join("?" * len(chunk))
            previous += conn.execute(f"SELECT id, status FROM reviews WHERE id IN ({marks})", chunk).fetchall()
            conn.execute(
                f"UPDATE reviews SET status = ?, status_changed_at = ? WHERE id IN ({marks})",
                [str(status), stamp, *chunk],
            )
        conn.execute(
            "INSERT INTO audit_log (at, action, detail) VALUES (?, 'status', ?)",
            (stamp, json.dumps({"status": str(status), "ids": [i for i, _ in previous]})),
        )
    return StatusChange(str(status), tuple(previous))


def restore_statuses(store: Store, change: StatusChange) -> None:
    """Undo a StatusChange."""
    stamp = to_iso(utcnow())
    with store.transaction() as conn:
        conn.executemany(
            "UPDATE reviews SET status = ?, status_changed_at = ? WHERE id = ?",
            [(old, stamp, review_id) for review_id, old in change.previous],
        )
        conn.execute(
            "INSERT INTO audit_log (at, action, detail) VALUES (?, 'undo_status', ?)",
            (stamp, json.dumps({"ids": change.ids})),
        )
