"""The owner's say over what a draft answers: leave out a point the review never raised, add
one the analysis missed.

The points found (`complaints.review_points`) are a guess; a draft that apologises for
something nobody said, or skips what the customer was angry about, is worse than a slower
reply. The window and `reply suggest --answer` let the owner replace the guess with a chosen
list; the drafts then answer exactly that list, most serious first. A praised topic the owner
marks as a complaint is no longer thanked; with no complaint chosen, a 4–5★ review (or a 3★
one that praises) is thanked as when none is found, and a 1–2★ one gets the general apology.
"""

from __future__ import annotations

from collections.abc import Iterable

from .complaints import ISSUE_ORDER, Points, covered_by
from .limits import normalise_platform

# What the owner can add: every point the building blocks answer, except the two topics that
# a category answers in full and that a shop owner would not tell from it ("Billing & payment"
# beside "Fraud, billing or refund", "Staff" beside "Staff behaviour"): two entries for one thing.
CHOOSABLE: tuple[str, ...] = tuple(i for i in ISSUE_ORDER if i not in {"billing", "staff"})
# Points about an app: offered for a review of an app, or to an online business (which may
# have one); a bakery's owner has no use for "App crash / bug" in the list.
APP_POINTS = frozenset({"app_crash", "login"})
_APP_PLATFORMS = frozenset({"google_play", "app_store"})


def points_offered(platform: str | None, kind: str | None) -> tuple[str, ...]:
    """The points the owner may add to a review of `platform`, for a business of `kind`."""
    if normalise_platform(platform) in _APP_PLATFORMS or kind == "online":
        return CHOOSABLE
    return tuple(p for p in CHOOSABLE if p not in APP_POINTS)


class UnknownPoint(ValueError):
    """A chosen point that no building block answers (the message names it)."""


def unknown_points(chosen: Iterable[str]) -> list[str]:
    """The ids of `chosen` that no building block answers, sorted."""
    return sorted(set(chosen) - set(ISSUE_ORDER))


def choose_points(found: Points, chosen: Iterable[str]) -> Points:
    """`found` with its complaints replaced by `chosen`, ordered most serious first.

    A category drops the topic it already answers (as for the points found), and a chosen
    complaint is no longer thanked as praise.

    Raises:
        UnknownPoint: an id of `chosen` is not one of `ISSUE_ORDER`.
    """
    wanted = set(chosen)
    unknown = unknown_points(wanted)
    if unknown:
        raise UnknownPoint(", ".join(unknown))
    wanted -= covered_by(wanted)
    complaints = tuple(i for i in ISSUE_ORDER if i in wanted)
    return Points(complaints=complaints, praised=tuple(p for p in found.praised if p not in wanted))
