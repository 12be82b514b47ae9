"""The reply view's presence banner, with a fake provider: it names who else is answering the
review shown (EN/FR, time of day in this computer's zone), tells the provider which review this
desktop shows and when it leaves, hides when nobody else is there, and stays hidden when the
window works alone (no provider)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from babel.dates import format_time

from workstation.ops.team_presence import Presence
from workstation.ui.main_window import MainWindow
from workstation.ui.presence_banner import PresenceBanner

from .conftest import NOW
from .visible import elided

SINCE = NOW - timedelta(minutes=18)


class FakePresence:
    """What a team desktop's PresenceBoard answers, set by the test."""

    def __init__(self) -> None:
        self.others: dict[int, list[Presence]] = {}
        self.shown: list[int | None] = []

    def others_answering(self, review_id: int) -> list[Presence]:
        return self.others.get(review_id, [])

    def showing(self, review_id: int | None) -> None:
        self.shown.append(review_id)


def _someone(member: str, review_id: int, since: datetime = SINCE) -> Presence:
    return Presence(f"{member.lower()}@desk:1", member, review_id, since, since)


def _time(moment: datetime, language: str) -> str:
    return str(format_time(moment.astimezone(), format="short", locale=language))


@pytest.mark.gui
def test_the_reply_view_names_who_else_is_answering(window_1280: MainWindow, language: str) -> None:
    provider = FakePresence()
    window_1280.clock = lambda: NOW  # the reply view is made on first use, with the window's clock
    window_1280.set_presence(provider)
    review_id = window_1280.current_review_id()
    assert review_id is not None
    provider.others[review_id] = [_someone("Camille", review_id)]
    window_1280.open_composer()
    composer = window_1280.composer
    assert composer is not None
    banner = composer.presence_banner
    assert provider.shown == [review_id]
    assert banner.isVisible()
    expected = {"en": f"Camille is answering this review since {_time(SINCE, 'en')}.",
                "fr": f"Camille répond à cet avis depuis {_time(SINCE, 'fr')}."}[language]
    assert banner.text.text() == expected
    assert elided(banner) == []
    # She left (or her heartbeat stopped): the next look hides the banner.
    provider.others[review_id] = []
    banner.refresh()
    assert not banner.isVisible()
    window_1280.close_composer()
    assert provider.shown == [review_id, None]


@pytest.mark.gui
def test_several_people_and_another_day(qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    provider = FakePresence()
    provider.others[7] = [_someone("Camille", 7, SINCE - timedelta(days=1)), _someone("Bob", 7)]
    banner = PresenceBanner(provider, language, clock=lambda: NOW)
    qtbot.addWidget(banner)
    banner.show_review(7)
    text = banner.text.text()
    assert text.startswith("Camille (") and "Bob (" in text
    assert _time(SINCE, language) in text
    assert ("agree on who replies" if language == "en" else "mettez-vous d'accord") in text
    # Camille's "since" was yesterday: the date is shown, not a time that reads as today.
    assert str((SINCE - timedelta(days=1)).astimezone().year) in text
    banner.show_review(8)  # a review nobody else answers
    assert banner.isHidden() and provider.shown == [7, 8]


@pytest.mark.gui
def test_working_alone_shows_no_banner(window_1280: MainWindow) -> None:
    window_1280.open_composer()
    composer = window_1280.composer
    assert composer is not None and composer.presence_banner.provider is None
    assert composer.presence_banner.isHidden()
