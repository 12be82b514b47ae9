"""Words of an incident used for something else (issue 17, round 35, docs/triage-model.md).

An insurer's customer "files a claim" (the product, not a lawsuit); "a formal complaint" goes to
the business itself (the guide: not a legal threat); a door "poorly hung" is no illness; "treated
like animals" is rude treatment (staff behaviour), not discrimination, which needs a protected
trait; "if we got hurt" in a happy review is a hypothesis. British "spoilt" food is spoiled food.
The sentences were written from usage and the severity guide, not copied from labelled reviews.
"""

from __future__ import annotations

import pytest

from workstation.analysis import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


@pytest.mark.parametrize(
    ("text", "stars", "lang", "absent"),
    [
        ("It is far too hard to file a claim with this insurer, the website keeps failing.", 1, "en", "legal_threat"),
        ("I filed a claim three weeks ago and nobody has answered.", 1, "en", "legal_threat"),
        ("I made a formal complaint to the manager about the wait.", 2, "en", "legal_threat"),
        ("The door was poorly hung and the corridor poorly lit.", 2, "en", "health_safety"),
        ("The event was poorly organised and the staff poorly trained.", 1, "en", "health_safety"),
        ("We were treated like animals at the gate by the ground staff.", 1, "en", "discrimination_harassment"),
        ("Lovely cruise, and no worries if we got hurt: we knew we were covered.", 5, "en", "health_safety"),
        ("Super séjour, et si on se blesse le personnel sait quoi faire.", 5, "fr", "health_safety"),
    ],
)
def test_not_an_incident(analyzer: Analyzer, text: str, stars: int, lang: str, absent: str) -> None:
    assert absent not in analyzer.analyze(text, stars=stars, lang=lang).categories, text


@pytest.mark.parametrize(
    ("text", "stars", "lang", "present"),
    [
        ("We will file a lawsuit if the money is not returned.", 1, "en", "legal_threat"),
        ("The cake was spoilt and smelled sour when it arrived.", 1, "en", "health_safety"),
        ("I was poorly for two days after eating there.", 1, "en", "health_safety"),
        ("We were treated like animals by the rude manager who shouted at us.", 1, "en", "staff_behaviour"),
        ("My son got hurt on the broken swing and nobody helped.", 1, "en", "health_safety"),
    ],
)
def test_the_incident_still_counts(analyzer: Analyzer, text: str, stars: int, lang: str, present: str) -> None:
    assert present in analyzer.analyze(text, stars=stars, lang=lang).categories, text
