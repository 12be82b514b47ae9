""""Équipement" is not "équipe", and "exceptionnellement" is not praise (issue 18, bug fixes).

The staff words matched "équipe" as a prefix, so a hotel's fittings ("manque d'équipement",
"Équipements insuffisants") were read as the staff, and on one or two stars the draft apologised
for how the team had treated the guest. On reply points P1-P9 that was 12 false staff apologies;
on severity-train's development sources, 12 drafts answering a staff complaint nobody made.
"""

from __future__ import annotations

import pytest

from workstation.replies.complaint_cues import complaint_cues
from workstation.replies.complaints import review_points
from workstation.replies.keywords import PRAISE_WORDS
from workstation.replies.model import ReviewInput


@pytest.mark.parametrize(
    "text",
    [
        "La situation géographique / Les équipements rudimentaires voire inexistants",
        "Le manque d'équipement dans la chambre, la piscine fermée.",
    ],
)
def test_the_fittings_are_not_the_staff(text: str) -> None:
    points = review_points(ReviewInput(text=text, stars=2, lang="fr", read=True)).complaints
    assert "staff" not in points and "staff_behaviour" not in points
    assert not complaint_cues(text, 2)


def test_the_team_is_still_the_staff() -> None:
    text = "L'équipe ne nous a jamais aidés."
    assert "staff_behaviour" in {c.category for c in complaint_cues(text, 2)}


def test_exceptionally_is_not_praise() -> None:
    assert not PRAISE_WORDS.search("Bar fermé à minuit (exceptionnellement)")
    assert PRAISE_WORDS.search("Un accueil exceptionnel")
