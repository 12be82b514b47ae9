"""Automatic replies for the easy majority, under the owner's rules (off by default).

A rule names what it may answer: platforms, languages, locations, four- or five-star
reviews with or without text. Whatever the rule says, a review rated three stars or less,
a review that raises a complaint, or a draft the pre-post check objects to goes to a
person. Posting waits for the rule's delay and then for the location's opening hours.
`preview` runs the rules over past reviews so the owner sees what would have been posted
before switching a rule on; it never posts anything itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from workstation.metrics.business_hours import next_opening
from workstation.metrics.calendar_config import BusinessCalendar

from .checker import check_draft
from .complaints import review_points
from .drafting import draft_suggestions
from .limits import normalise_platform
from .model import Finding, ReplyProfile, ReviewInput
from .suggester import enrich

LOWEST_STARS = 4  # never below: low ratings always get a person
# Earlier replies the near-duplicate check compares with, as the composer does (drafts.posted_reply_texts).
COMPARED_REPLIES = 50
CheckFn = Callable[..., list[Finding]]


@dataclass(frozen=True, slots=True)
class AutoRule:
    """What one rule may answer; an empty tuple means "any".

    A rule cannot be made for reviews below four stars: asking for it raises ValueError,
    so no caller (window, command line, stored row) can widen it by mistake.
    """

    name: str
    platforms: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    locations: tuple[str, ...] = ()
    min_stars: int = LOWEST_STARS
    with_text: bool | None = None  # None: both; False: rating-only reviews; True: with text
    delay_minutes: int = 60
    enabled: bool = False
    id: int | None = None

    def __post_init__(self) -> None:
        if not LOWEST_STARS <= self.min_stars <= 5:
            raise ValueError(f"automatic replies answer only {LOWEST_STARS}- and 5-star reviews")
        if self.delay_minutes < 0:
            raise ValueError("the delay cannot be negative")


@dataclass(frozen=True, slots=True)
class AutoDecision:
    """What would happen to one review: posted automatically (text, when) or left to a person."""

    review_id: str | None
    rule: str | None
    text: str | None
    post_at: datetime | None
    reason_en: str
    reason_fr: str
    rule_id: int | None = None

    @property
    def automatic(self) -> bool:
        return self.text is not None


def _matches(rule: AutoRule, review: ReviewInput) -> bool:
    stars = review.stars
    if stars is None or stars < max(rule.min_stars, LOWEST_STARS):
        return False
    has_text = bool(review.text.strip())
    if rule.with_text is not None and rule.with_text != has_text:
        return False
    if rule.platforms and normalise_platform(review.platform) not in {
        normalise_platform(p) for p in rule.platforms
    }:
        return False
    if rule.languages and has_text and review.lang not in rule.languages:
        return False
    return not rule.locations or review.location in rule.locations


def _person(review: ReviewInput, en: str, fr: str, rule: str | None = None) -> AutoDecision:
    return AutoDecision(review.id, rule, None, None, en, fr)


def decide(
    review: ReviewInput,
    rules: Sequence[AutoRule],
    *,
    received_at: datetime,
    profile: ReplyProfile | None = None,
    calendar: BusinessCalendar | None = None,
    previous_replies: Sequence[str] = (),
    include_disabled: bool = False,
    check: CheckFn = check_draft,
) -> AutoDecision:
    """The automatic reply for `review`, or why it needs a person.

    Args:
        received_at: when the review arrived (UTC); posting waits the rule's delay from it.
        calendar: the location's opening hours; replies are posted only while it is open.
        include_disabled: for `preview`, rules not yet switched on count too.
        check: the pre-post check (the composer's `check_draft`; tests hand in their own).
    """
    stars = review.stars
    if stars is None or stars < LOWEST_STARS:
        return _person(
            review,
            "Rated 3 stars or less (or not rated): always answered by a person.",
            "Note de 3 étoiles ou moins (ou sans note) : toujours traité par une personne.",
        )
    rich = enrich(review)
    rule = next((r for r in rules if (r.enabled or include_disabled) and _matches(r, rich)), None)
    if rule is None:
        return _person(review, "No rule covers this review.", "Aucune règle ne couvre cet avis.")
    if rich.categories or review_points(rich).complaints:
        return _person(
            review,
            "The review raises a complaint: a person should answer it.",
            "L'avis soulève un problème : une personne doit y répondre.",
            rule.name,
        )
    # The drafts rotate: the first one the pre-post check has nothing at all to say about is
    # posted (the check the composer runs, with the same earlier replies); else a person answers.
    contacts = [profile.contact] if profile and profile.contact else []
    draft = next(
        (
            s.text
            for s in draft_suggestions(rich, profile=profile, previous_replies=previous_replies)
            if not check(
                s.text,
                lang=rich.lang or "en",
                review=rich,
                previous_replies=previous_replies[:COMPARED_REPLIES],
                own_contacts=contacts,
            )
        ),
        None,
    )
    if draft is None:
        return _person(
            review,
            "The pre-post check found something to look at in every draft: a person should answer.",
            "La vérification avant publication a relevé un point dans chaque brouillon : "
            "une personne doit répondre.",
            rule.name,
        )
    post_at = received_at + timedelta(minutes=max(0, rule.delay_minutes))
    if calendar is not None:
        post_at = next_opening(post_at, calendar)
    return AutoDecision(
        review.id,
        rule.name,
        draft,
        post_at,
        f"Automatic reply by rule “{rule.name}”.",
        f"Réponse automatique par la règle « {rule.name} ».",
        rule.id,
    )


def preview(
    reviews: Sequence[tuple[ReviewInput, datetime]],
    rules: Sequence[AutoRule],
    *,
    profile: ReplyProfile | None = None,
    calendar: BusinessCalendar | None = None,
) -> tuple[list[AutoDecision], float]:
    """Decisions on past reviews (rules counted even when switched off), and the share of
    reviews that would have been answered automatically."""
    decisions: list[AutoDecision] = []
    posted: list[str] = []
    for review, received_at in reviews:
        decision = decide(
            review,
            rules,
            received_at=received_at,
            profile=profile,
            calendar=calendar,
            previous_replies=posted,
            include_disabled=True,
        )
        if decision.text is not None:
            posted.insert(0, decision.text)  # rotation: later drafts steer away from it
        decisions.append(decision)
    share = sum(d.automatic for d in decisions) / len(decisions) if decisions else 0.0
    return decisions, share
