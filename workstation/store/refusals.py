"""Refusals of a change as data: each has a stable kind and the values it names.

The team store raises its refusals (ReplyConflict, DraftConflict, ApprovalRefused,
OutboxError…) with an English sentence, which the command line prints as before, and a
`Refusal` (kind + params) attached by `refused`. The local copy records both with a
conflict (`store/team_outbound.py`), and the window words the kind in its own language
(`ui/conflict_reasons.py`), falling back to the English sentence for a kind it does not know.

This computer's own store words its errors the same way (a full disk, a locked or damaged
database, an empty reply, a rule without a name, a source named twice…): one mechanism, so
every error a window shows can be in its language while `str(error)` stays English. The
kinds and their English sentences are in `workstation/error_kinds.py` (one table, read by the
window and the command line); this module keeps how a conflict row stores a refusal, and how an outbox row
stores its reason's parts.

Every param is text; `by` may be empty when the server does not know who it was.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

# The kinds, their English sentences and `refused` live in a module below every layer
# (workstation/error_kinds.py), so the connectors and the core raise the same way.
from workstation.error_kinds import (
    KINDS,
    Refusal,
    refusal_data,
    refusal_from_data,
    refusal_from_json,
    refusal_of,
    refusal_to_json,
    refused,
)

__all__ = ["KINDS", "Refusal", "from_json", "parts_from_json", "parts_to_json", "refusal_of", "refused", "to_json"]


def to_json(refusal: Refusal | None) -> str | None:
    """How a conflict row keeps the refusal (None: an error without a kind)."""
    return None if refusal is None else refusal_to_json(refusal)


def from_json(text: str | None) -> Refusal | None:
    """The refusal a conflict row kept; None for an old row (or one that cannot be read)."""
    return refusal_from_json(text)


def parts_to_json(parts: Sequence[Refusal | None]) -> str | None:
    """How an outbox row keeps its reason's parts (`error_kinds.worded_parts`): a JSON list of
    refusals; None when there are none or one part has no kind (the English text is all
    there is to show then)."""
    if not parts or any(part is None for part in parts):
        return None
    return json.dumps([refusal_data(p) for p in parts if p is not None], ensure_ascii=False, sort_keys=True)


def parts_from_json(text: str | None) -> tuple[Refusal, ...]:
    """The parts an outbox row kept; () for an old row (its English text is shown), or one
    that cannot be read."""
    if not text:
        return ()
    try:
        data = json.loads(text)
    except ValueError:
        return ()
    if not isinstance(data, list):
        return ()
    parts = [refusal_from_data(item) for item in data]
    return tuple(p for p in parts if p is not None) if all(parts) else ()
