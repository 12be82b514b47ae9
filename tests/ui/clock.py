"""A clock the test moves by hand: the reply's undo delay passes without sleeping."""

from __future__ import annotations

from datetime import datetime, timedelta

from workstation.ui.composer import Composer


class FakeClock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def let_send_delay_pass(composer: Composer) -> None:
    """Move the composer's clock to the end of the pending send's delay and let it tick."""
    assert composer.pending is not None, "no reply is waiting to be sent"
    composer.clock = FakeClock(composer.pending.due)
    composer.tick()
