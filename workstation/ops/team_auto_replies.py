"""Automatic replies on a team server: the same runner as for one shop (ops/auto_replies.py), fed
by this desktop's local copy and writing to the team's shared outbox.

The copy holds what the decision needs — the shared rules, the reviews and their triage, the
replies already sent at each location, the opening hours, the reply signature — so a run reads
it like a shop's database: the same rules, the same pre-post check, delay and opening hours,
never below four stars. Each reply is then queued on the server (`store/postgres/auto_replies.py`)
under the team's runner lock and only while the review still has no reply of any kind, in the
transaction that holds the review row: two desktops running at once never queue twice, and a
reply a person queued, drafted or sent is never overtaken. Queued replies reach the copy (with
their "automatic" mark) at the next pull.
"""

from __future__ import annotations

from datetime import datetime

from workstation.ops.auto_replies import AutoRun, QueueFn, run_auto_replies
from workstation.ops.team import publish_changes
from workstation.replies.autoreply import CheckFn
from workstation.replies.checker import check_draft
from workstation.store.db import Store
from workstation.store.outbox import QueuedReply
from workstation.store.postgres import auto_replies as server_auto
from workstation.store.postgres.connection import PgStore


def server_queue(server: PgStore, *, author: str, now: datetime) -> QueueFn:
    """Queue in the team's shared outbox, signed by `author` (this desktop's member)."""
    def queue(review_id: int, text: str, rule_id: int | None, rule_name: str) -> QueuedReply | None:
        return server_auto.queue_automatic(server, review_id, text, rule_id=rule_id, rule_name=rule_name,
                                           author=author, now=now)

    return queue


def run_team_auto_replies(server: PgStore, copy: Store, *, author: str, origin: str, now: datetime,
                          dry_run: bool = False, check: CheckFn = check_draft) -> AutoRun:
    """Run the team's rules from `copy` (brought up to date by the caller) and queue what is due on
    `server`; `busy` when another desktop is running them right now (it answers those reviews).
    Raises StoreError when the server is away (nothing was queued for the review being written)."""
    with server_auto.runner_lock(server) as ours:
        if not ours:
            return AutoRun(busy=True)
        run = run_auto_replies(copy, now=now, dry_run=dry_run, check=check,
                               queue=server_queue(server, author=author, now=now))
    if not dry_run:
        publish_changes(server, run.changes, origin=origin)  # the other desktops pull the new replies
    return run
