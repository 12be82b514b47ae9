"""Automatic replies: only the easy majority, never low ratings or complaints, off by default,
delayed into opening hours, previewed on past reviews."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from workstation.metrics.business_hours import is_open
from workstation.metrics.calendar_config import BusinessCalendar, WeeklyHours
from workstation.replies.autoreply import AutoRule, decide, preview
from workstation.replies.model import ReplyProfile, ReviewInput

NOW = datetime(2026, 6, 3, 22, 30, tzinfo=UTC)  # a Wednesday evening, after closing time
RULE = AutoRule("happy", enabled=True, delay_minutes=30)
PROFILE = ReplyProfile(signature="Claire")


def _r(n: int, stars: int | None, text: str = "", **kw: object) -> ReviewInput:
    return ReviewInput(id=str(n), text=text, stars=stars, lang="fr", **kw)  # type: ignore[arg-type]


def test_low_ratings_and_complaints_always_go_to_a_person() -> None:
    with pytest.raises(ValueError):
        AutoRule("all", min_stars=1, enabled=True)  # the rule model refuses it
    lenient = AutoRule("all", enabled=True)
    object.__setattr__(lenient, "min_stars", 1)  # and a rule forced past it still answers nothing low
    for stars in (None, 1, 2, 3):
        assert not decide(_r(1, stars, "Super"), [lenient], received_at=NOW).automatic
    gripe = _r(2, 5, "Très bon mais le serveur était désagréable et l'attente trop longue.")
    decision = decide(gripe, [RULE], received_at=NOW)
    assert not decision.automatic and "complaint" in decision.reason_en


def test_happy_reviews_get_a_checked_reply_after_the_delay() -> None:
    decision = decide(_r(3, 5, "Délicieux, merci !"), [RULE], received_at=NOW, profile=PROFILE)
    assert decision.automatic and decision.rule == "happy"
    assert decision.text and decision.text.endswith("Claire")
    assert decision.post_at == NOW + timedelta(minutes=30)


def test_off_by_default_and_filters_apply() -> None:
    review = _r(4, 5, "", platform="google_play")
    assert not decide(review, [AutoRule("off")], received_at=NOW).automatic
    rating_only = AutoRule("rating only", with_text=False, platforms=("play",), enabled=True)
    assert decide(review, [rating_only], received_at=NOW).automatic
    assert not decide(_r(5, 5, "Top"), [rating_only], received_at=NOW).automatic
    elsewhere = AutoRule("other shop", locations=("Lyon",), enabled=True)
    assert not decide(_r(6, 5, "Top", location="Paris"), [elsewhere], received_at=NOW).automatic


def test_posting_waits_for_opening_hours() -> None:
    calendar = BusinessCalendar(
        "Europe/Paris", WeeklyHours.same_every([(time(9), time(18))], range(7))
    )
    decision = decide(_r(7, 4, "Très bien"), [RULE], received_at=NOW, calendar=calendar)
    assert decision.post_at is not None and decision.post_at > NOW + timedelta(minutes=30)
    assert is_open(decision.post_at, calendar)


def test_preview_counts_disabled_rules_and_rotates_wording() -> None:
    past = [(_r(n, 5, "Super soirée, merci"), NOW - timedelta(days=n)) for n in range(6)]
    past += [(_r(99, 1, "Horrible"), NOW)]
    decisions, share = preview(past, [AutoRule("draft rule")], profile=PROFILE)
    assert share == 6 / 7
    texts = [d.text for d in decisions if d.text]
    assert len(set(texts)) == len(texts)  # never the same reply twice in a row of posts
