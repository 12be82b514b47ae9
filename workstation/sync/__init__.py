"""Glue between sources/ (connectors) and store/: syncing reviews in, sending the
outbox out, and the scheduler the UI drives. Qt-free and asyncio-based."""

from workstation.sync.connectors import SYNC_RETRY, ConnectorFactory, default_connector_factory
from workstation.sync.outbox_sender import SendResult, send_outbox
from workstation.sync.pacing import Pacer
from workstation.sync.reply_queue import queue_delete, queue_reply, retry_failed
from workstation.sync.scheduler import SyncScheduler
from workstation.sync.source_sync import SyncResult, sync_all, sync_source

__all__ = [
    "SYNC_RETRY",
    "ConnectorFactory",
    "Pacer",
    "SendResult",
    "SyncResult",
    "SyncScheduler",
    "default_connector_factory",
    "queue_delete",
    "queue_reply",
    "retry_failed",
    "send_outbox",
    "sync_all",
    "sync_source",
]
