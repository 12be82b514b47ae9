"""Send the outbox: post, update or delete queued replies on their platforms.

A reply is never posted twice (see `sync/outbox_sender.py`: each state change is
committed before the network call, a lock keeps the app and a scheduled job apart).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from workstation.domain import utcnow
from workstation.ops.changes import OpChanges
from workstation.store.db import Store
from workstation.sync.connectors import ConnectorFactory
from workstation.sync.outbox_sender import SendResult
from workstation.sync.outbox_sender import send_outbox as _send


@dataclass(frozen=True)
class Sent:
    result: SendResult
    changes: OpChanges

    @property
    def ok(self) -> bool:
        return not self.result.failed and not self.result.problems


async def send_outbox(
    store: Store,
    *,
    source_id: int | None = None,
    retry_failed: bool = False,
    connector_factory: ConnectorFactory | None = None,
    now: Callable[[], datetime] = utcnow,
) -> Sent:
    """Send what is queued (of one source, or all); `retry_failed` re-queues refused replies first."""
    from workstation.ops.replies import retry_failed as retry

    changes = retry(store, source_id=source_id)[1] if retry_failed else OpChanges()
    result = await _send(store, source_id=source_id, connector_factory=connector_factory, now=now)
    if result.sent or result.failed:
        changes |= OpChanges(reviews=True, counts=True, outbox=True)
    return Sent(result, changes)
