"""A plain banner in the reply view when someone else is answering the same review
("Camille is answering this review since 10:42"), so two people do not write the same reply.

It takes a presence provider (`ops.team_presence.PresenceProvider`: on a team server the
desktop's `PresenceBoard`, kept current by the server's notifications; none when working
alone) and only reads it: the provider answers from memory, so the banner asks again every
few seconds — a heartbeat that stopped makes the name go away without any notification.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from babel.dates import format_time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QWidget

from workstation.domain import utcnow
from workstation.ui import format as fmt
from workstation.ui.banner_frame import banner_text

if TYPE_CHECKING:  # psycopg stays unloaded when nobody works on a team server
    from collections.abc import Callable

    from workstation.ops.team_presence import Presence, PresenceProvider

_REFRESH_MS = 5000


class PresenceBanner(QFrame):
    """Hidden unless the provider reports another person on the review shown."""

    def __init__(self, provider: PresenceProvider | None, locale: str, parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] = utcnow) -> None:
        super().__init__(parent)
        self.provider = provider
        self.locale = locale
        self.clock = clock
        self.review_id: int | None = None
        _row, self.text = banner_text(self, "presenceBanner", background="#FEF5E7", border="#D68910",
                                      text_colour="#6E2C00")
        self.setAccessibleName(self.tr("Someone else is answering"))
        self._timer = QTimer(self)
        self._timer.setInterval(_REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self.hide()

    def set_provider(self, provider: PresenceProvider | None) -> None:
        """The window joined (or left) a team server."""
        self.provider = provider
        self.show_review(self.review_id)

    def show_review(self, review_id: int | None) -> None:
        """The reply view now shows `review_id` (None: it closed); the provider is told."""
        self.review_id = review_id
        if self.provider is not None:
            self.provider.showing(review_id)
        if self.provider is None or review_id is None:
            self._timer.stop()
        else:
            self._timer.start()
        self.refresh()

    def refresh(self) -> None:
        others = (list(self.provider.others_answering(self.review_id))
                  if self.provider is not None and self.review_id is not None else [])
        if not others:
            self.text.clear()
            self.hide()
            return
        self.text.setText(self.describe(others))
        self.show()

    def describe(self, others: list[Presence]) -> str:
        if len(others) == 1:
            return (self.tr("%1 is answering this review since %2.")
                    .replace("%1", others[0].member).replace("%2", self._since(others[0].since)))
        names = ", ".join(self.tr("%1 (since %2)").replace("%1", p.member).replace("%2", self._since(p.since))
                          for p in others)
        return self.tr("%1 are answering this review: agree on who replies.").replace("%1", names)

    def _since(self, moment: datetime) -> str:
        """"10:42" today, with the date another day, in this computer's time zone."""
        local = moment.astimezone()
        if local.date() != self.clock().astimezone().date():
            return fmt.local_date_text(local, self.locale)
        lang = "fr" if self.locale.lower().startswith("fr") else "en"
        return str(format_time(local, format="short", locale=lang))
