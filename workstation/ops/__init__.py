"""The use cases, written once: what the window and the command line both call.

One small module per use case — `imports`, `sync`, `process` (analyse → deadlines →
labels → crises), `replies` (queue: check + draft → outbox in one transaction; withdraw,
take back a queued reply or deletion, retry, drafts), `triage` (status changes and undo), `outbox` (send), `reviews` (search),
`metrics`, `reports`. Every mutation returns an `OpChanges` (see `changes`) saying what
changed, so the window redraws only what it must. Qt-free; long operations take a
`cancelled` callable checked between small batches and a `progress(done, total)` callback.
"""

from workstation.ops.changes import NO_CHANGES, CancelToken, OpChanges

__all__ = ["NO_CHANGES", "CancelToken", "OpChanges"]
